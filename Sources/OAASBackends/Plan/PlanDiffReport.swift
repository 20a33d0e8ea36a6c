import OAASCore

/// `oaas plan --diff` output: what a reviewer reads on a pull request.
public enum PlanDiffReport {
    /// Text, one block per entity: `+` added, `-` removed, `~` changed with its settings below,
    /// each new value followed by where it is written; then a summary line.
    ///
    ///     ~ agents/k8s-ops (Agent, agents/k8s-ops.yaml:9)
    ///         ~ spec.model: "google:gemini-2.5-flash" → "google:gemini-2.5-pro"   # agents/k8s-ops.yaml:21:10
    ///         + spec.max_retries: 3   # agents/k8s-ops.yaml:30:3
    ///         - spec.temperature: 0.1
    public static func text(_ changes: [PlanDiff.EntityChange]) -> String {
        var output = ""
        for change in changes {
            var details: [String] = []
            if let kind = change.kind { details.append(kind) }
            if let source = change.source { details.append(source) }
            let suffix = details.isEmpty ? "" : " (\(details.joined(separator: ", ")))"
            output += "\(symbol(change.change)) \(change.section)/\(change.name)\(suffix)\n"
            for setting in change.settings {
                var line = "    \(symbol(setting.change)) \(setting.path): "
                switch setting.change {
                case .added: line += setting.new ?? ""
                case .removed: line += setting.old ?? ""
                case .changed: line += "\(setting.old ?? "") → \(setting.new ?? "")"
                }
                if let origin = setting.origin { line += "   # \(origin)" }
                output += line + "\n"
            }
        }
        output += summary(changes) + "\n"
        return output
    }

    /// `Plan: 1 added, 2 changed, 0 removed.` or `Plan: no changes.`
    public static func summary(_ changes: [PlanDiff.EntityChange]) -> String {
        guard !changes.isEmpty else { return "Plan: no changes." }
        let added = changes.filter { $0.change == .added }.count
        let changed = changes.filter { $0.change == .changed }.count
        let removed = changes.filter { $0.change == .removed }.count
        return "Plan: \(added) added, \(changed) changed, \(removed) removed."
    }

    /// JSON: `{schemaVersion: 1, changes: [{section, name, kind, source, change, settings: [{path, change,
    /// old, new, origin}]}], summary: {added, changed, removed}}`; values are the compact JSON text.
    public static func json(_ changes: [PlanDiff.EntityChange]) -> String {
        var items: [JSON] = []
        for change in changes {
            var settings: [JSON] = []
            for setting in change.settings {
                settings.append(.object([
                    ("path", .string(setting.path)),
                    ("change", .string(setting.change.rawValue)),
                    ("old", setting.old.map(JSON.string) ?? .null),
                    ("new", setting.new.map(JSON.string) ?? .null),
                    ("origin", setting.origin.map(JSON.string) ?? .null),
                ]))
            }
            items.append(.object([
                ("section", .string(change.section)),
                ("name", .string(change.name)),
                ("kind", change.kind.map(JSON.string) ?? .null),
                ("source", change.source.map(JSON.string) ?? .null),
                ("change", .string(change.change.rawValue)),
                ("settings", .array(settings)),
            ]))
        }
        return JSON.object([
            ("schemaVersion", .int(1)),
            ("changes", .array(items)),
            ("summary", .object([
                ("added", .int(changes.filter { $0.change == .added }.count)),
                ("changed", .int(changes.filter { $0.change == .changed }.count)),
                ("removed", .int(changes.filter { $0.change == .removed }.count)),
            ])),
        ]).rendered()
    }

    static func symbol(_ change: PlanDiff.Change) -> String {
        switch change {
        case .added: "+"
        case .removed: "-"
        case .changed: "~"
        }
    }
}
