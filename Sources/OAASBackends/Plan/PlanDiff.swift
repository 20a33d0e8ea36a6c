import OAASCore

/// What a change to the workspace does, plan against plan: the entities added and removed, and for each
/// changed one, the settings added, removed and changed, by path, with where the new value is written.
///
/// Lists of named things (flow nodes, tools, members) are compared by their `id` or `name`, not their
/// position, so inserting a node shows as one added node rather than every later node changed. A value
/// that stays the same but moves (a default now written out, a line moved) is not a change.
public enum PlanDiff {
    /// How something changed.
    public enum Change: String, Sendable {
        case added, removed, changed
    }

    /// One setting's change.
    public struct SettingChange: Sendable {
        /// The path, with list items named by `id`/`name` where they have one (`spec.nodes[id=approve]`).
        public let path: String
        /// How it changed.
        public let change: Change
        /// The old value, rendered as compact JSON; nil when added.
        public let old: String?
        /// The new value, rendered as compact JSON; nil when removed.
        public let new: String?
        /// Where the new value is written (`file:line:col` or `default`), when known.
        public let origin: String?
    }

    /// One entity's change.
    public struct EntityChange: Sendable {
        /// The plan section (`agents`, `flows`, `teams`, `environments`, `variables` …).
        public let section: String
        /// The entity's name.
        public let name: String
        /// Its kind, when it has one.
        public let kind: String?
        /// Where it is declared (the new plan's source, or the old one's when removed).
        public let source: String?
        /// How it changed.
        public let change: Change
        /// The settings that changed, for a changed entity, sorted by path.
        public let settings: [SettingChange]
    }

    /// The sections compared, in the order they are reported.
    static let sections = [
        "environments", "variables", "agents", "fleets", "flows", "triggers", "contexts", "daemons", "policies", "teams",
    ]

    /// Fields of an entity that identify it or are derived from its settings; not compared.
    static let skipped: Set<String> = ["name", "kind", "dialect", "source", "provenance", "approvals", "limits", "budgets"]

    /// The changes from `old` to `new`, by section order then name.
    public static func diff(old: JSON, new: JSON) -> [EntityChange] {
        var changes: [EntityChange] = []
        for section in sections {
            let before = entities(old, section)
            let after = entities(new, section)
            let keys = Set(before.map(\.key)).union(after.map(\.key)).sorted()
            let beforeByKey = Dictionary(before.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
            let afterByKey = Dictionary(after.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
            for key in keys {
                let oldEntity = beforeByKey[key]
                let newEntity = afterByKey[key]
                let shown = newEntity ?? oldEntity!
                let name = shown.member("name")?.stringValue ?? key
                let kind = shown.member("kind")?.stringValue
                let source = shown.member("source")?.stringValue
                switch (oldEntity, newEntity) {
                case (nil, .some):
                    changes.append(EntityChange(section: section, name: name, kind: kind, source: source, change: .added, settings: []))
                case (.some, nil):
                    changes.append(EntityChange(section: section, name: name, kind: kind, source: source, change: .removed, settings: []))
                case (.some(let oldValue), .some(let newValue)):
                    let settings = compare(oldValue, newValue)
                    if !settings.isEmpty {
                        changes.append(EntityChange(section: section, name: name, kind: kind, source: source, change: .changed, settings: settings))
                    }
                default:
                    break
                }
            }
        }
        return changes
    }

    /// A section's entities by key: the name, with the kind when two entities share a name.
    static func entities(_ plan: JSON, _ section: String) -> [(key: String, value: JSON)] {
        var list: [JSON] = []
        if section == "variables" {
            if case .array(let items)? = plan.member("variables")?.member("symbolic") { list = items }
        } else if case .array(let items)? = plan.member(section) {
            list = items
        }
        var counts: [String: Int] = [:]
        for item in list { counts[item.member("name")?.stringValue ?? "", default: 0] += 1 }
        var result: [(key: String, value: JSON)] = []
        for item in list {
            let name = item.member("name")?.stringValue ?? ""
            let kind = item.member("kind")?.stringValue
            result.append((counts[name, default: 0] > 1 && kind != nil ? "\(name) (\(kind!))" : name, item))
        }
        return result
    }

    /// The settings that differ between two versions of an entity.
    static func compare(_ old: JSON, _ new: JSON) -> [SettingChange] {
        var before: [String: Leaf] = [:]
        var after: [String: Leaf] = [:]
        flattenEntity(old, into: &before)
        flattenEntity(new, into: &after)
        let origins = new.member("provenance")
        var changes: [SettingChange] = []
        for path in Set(before.keys).union(after.keys).sorted() {
            let oldLeaf = before[path]
            let newLeaf = after[path]
            let origin = newLeaf.flatMap { $0.rawPath }.flatMap { origins?.member($0)?.stringValue }
            switch (oldLeaf, newLeaf) {
            case (nil, .some(let leaf)):
                changes.append(SettingChange(path: path, change: .added, old: nil, new: leaf.text, origin: origin))
            case (.some(let leaf), nil):
                changes.append(SettingChange(path: path, change: .removed, old: leaf.text, new: nil, origin: nil))
            case (.some(let was), .some(let now)) where was.text != now.text:
                changes.append(SettingChange(path: path, change: .changed, old: was.text, new: now.text, origin: origin))
            default:
                break
            }
        }
        return changes
    }

    /// A compared value: its compact JSON and, inside `settings`, its path in the plan's provenance.
    struct Leaf {
        let text: String
        let rawPath: String?
    }

    static func flattenEntity(_ entity: JSON, into leaves: inout [String: Leaf]) {
        guard case .object(let entries) = entity else { return }
        for (key, value) in entries where !skipped.contains(key) {
            if key == "references", case .array(let references) = value {
                flattenReferences(references, into: &leaves)
            } else if key == "settings" {
                flatten(value, path: "", rawPath: "", settings: true, into: &leaves)
            } else {
                flatten(value, path: key, rawPath: key, settings: false, into: &leaves)
            }
        }
    }

    /// One leaf per reference, named by what refers and the name (`references[node "fix" → k8s-ops]`), whose
    /// value lists what the name resolves to: a reviewer sees "now resolves elsewhere", not index shifts.
    static func flattenReferences(_ references: [JSON], into leaves: inout [String: Leaf]) {
        for reference in references {
            let name = reference.member("name")?.stringValue ?? ""
            let role = reference.member("role")?.stringValue ?? ""
            var path = "references[\(role) → \(name)]"
            var suffix = 2
            while leaves[path] != nil {
                path = "references[\(role) → \(name) #\(suffix)]"
                suffix += 1
            }
            var targets: [String] = []
            if case .array(let resolved)? = reference.member("resolved") {
                for target in resolved {
                    let kind = target.member("kind")?.stringValue ?? ""
                    let targetName = target.member("name")?.stringValue ?? ""
                    let source = target.member("source")?.stringValue ?? ""
                    targets.append("\(kind) \(targetName) (\(source))")
                }
            }
            if targets.isEmpty { targets = [reference.member("external") == .bool(true) ? "external" : "unresolved"] }
            leaves[path] = Leaf(text: targets.sorted().joined(separator: ", "), rawPath: nil)
        }
    }

    static func flatten(_ value: JSON, path: String, rawPath: String, settings: Bool, into leaves: inout [String: Leaf]) {
        func join(_ base: String, _ key: String) -> String { base.isEmpty ? key : "\(base).\(key)" }
        switch value {
        case .object(let entries) where !entries.isEmpty:
            for (key, member) in entries {
                flatten(member, path: join(path, key), rawPath: join(rawPath, key), settings: settings, into: &leaves)
            }
        case .array(let items) where !items.isEmpty && items.allSatisfy(\.isContainer):
            let names = itemNames(items)
            for (index, item) in items.enumerated() {
                let label = names.map { "[\($0[index])]" } ?? "[\(index)]"
                flatten(item, path: path + label, rawPath: rawPath + "[\(index)]", settings: settings, into: &leaves)
            }
        default:
            leaves[path] = Leaf(text: compact(value), rawPath: settings ? rawPath : nil)
        }
    }

    /// `id=x` or `name=x` labels for list items, when every item has a distinct one.
    static func itemNames(_ items: [JSON]) -> [String]? {
        for field in ["id", "name", "alert", "title"] {
            var labels: [String] = []
            var seen: Set<String> = []
            for item in items {
                guard let text = item.member(field)?.stringValue, seen.insert(text).inserted else { break }
                labels.append("\(field)=\(text)")
            }
            if labels.count == items.count { return labels }
        }
        return nil
    }

    /// A value as one line of JSON.
    public static func compact(_ value: JSON) -> String {
        switch value {
        case .array(let items): "[" + items.map(compact).joined(separator: ", ") + "]"
        case .object(let entries): "{" + entries.map { JSON.quoted($0.0) + ": " + compact($0.1) }.joined(separator: ", ") + "}"
        default: String(value.rendered().dropLast())
        }
    }
}

extension JSON {
    /// Whether this is a non-empty object or list.
    var isContainer: Bool {
        switch self {
        case .object(let entries): !entries.isEmpty
        case .array(let items): !items.isEmpty
        default: false
        }
    }

}
