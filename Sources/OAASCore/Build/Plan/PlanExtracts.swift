/// Lenses on a resource's settings that a reviewer looks for first: every approval, limit and budget
/// setting, wherever the kind keeps it, found by the keys that name them. A matched section is taken
/// whole; nothing below it is matched again.
enum PlanExtracts {
    /// Sections whose key names an approval (`approval`, `approval_required`, `approvals` …), and flow
    /// nodes of type `Approval`.
    static func approvals(_ settings: JSON) -> [JSON] {
        collect(settings) { key, value in
            if key.contains("approv") { return true }
            return value.member("type")?.stringValue?.lowercased() == "approval"
        }
    }

    /// Sections whose key names a limit or a quota (`limits`, `rate_limits`, `max_tokens_limit` …).
    static func limits(_ settings: JSON) -> [JSON] {
        collect(settings) { key, _ in key.contains("limit") || key.contains("quota") }
    }

    /// Sections whose key names a budget or cost control (`budgets`, `per_team_budget`, `cost_controls`,
    /// `max_cost_per_day` …).
    static func budgets(_ settings: JSON) -> [JSON] {
        collect(settings) { key, _ in key.contains("budget") || key.contains("cost_control") || key.hasPrefix("max_cost") }
    }

    /// Every section `matches` accepts, as `{path, value}`, in document order.
    static func collect(_ settings: JSON, _ matches: (String, JSON) -> Bool) -> [JSON] {
        var found: [JSON] = []
        walk(settings, path: "", key: "", matches: matches, into: &found)
        return found
    }

    /// Keys whose contents describe data rather than configure the platform (a JSON Schema's
    /// `requires_approval` property is not an approval setting).
    static let dataSections: Set<String> = ["output_schema", "input_schema", "properties", "parameters"]

    private static func walk(_ value: JSON, path: String, key: String, matches: (String, JSON) -> Bool, into found: inout [JSON]) {
        if dataSections.contains(key) { return }
        if !path.isEmpty, matches(key.lowercased(), value) {
            found.append(.object([("path", .string(path)), ("value", value)]))
            return
        }
        switch value {
        case .object(let entries):
            for (name, member) in entries {
                walk(member, path: path.isEmpty ? name : "\(path).\(name)", key: name, matches: matches, into: &found)
            }
        case .array(let items):
            for (index, item) in items.enumerated() {
                walk(item, path: "\(path)[\(index)]", key: "", matches: matches, into: &found)
            }
        default:
            break
        }
    }
}
