/// How the platform treats the `${…}` references written in one field.
enum Expansion: Sendable, Equatable {
    /// The AOF flow executor replaces them when the node runs: exact keys (`event`, `trigger`,
    /// `<node>.output`, `<node>.result`, Transform exports), then environment variables whose names are
    /// made of `A-Z` and `_` only. `shell` marks a Script command, which `sh -c` then runs: what the
    /// executor leaves is expanded (or rejected) by the shell.
    case flowRunTime(shell: Bool)
    /// Replaced from the environment when the resource loads (AOF Context and Trigger): any name; an unset
    /// variable, or a `${VAR:-default}`, stays literal text.
    case loadTime
    /// OAAS workspace files: substituted by the tooling that deploys them, shell style.
    case external
    /// A field the platform reads as written: a `${…}` in it reaches the platform as literal text. The
    /// reason completes "… is passed on literally: <reason>".
    case verbatim(reason: String)
    /// A field the platform ignores, prose, or a key the schema does not know: not judged.
    case ignored

    /// Whether the platform expands references in this field at all.
    var expands: Bool {
        switch self {
        case .flowRunTime, .loadTime, .external: true
        case .verbatim, .ignored: false
        }
    }
}

/// One string value that holds `${…}` references or foreign template markers, with what the platform
/// does with it.
struct TemplateSite: Sendable {
    /// The string value.
    let value: IRValue
    /// Its text.
    let text: String
    /// Its references and markers.
    let template: TemplateString
    /// What the platform does with references in it.
    let expansion: Expansion
    /// The key of the mapping entry that holds the value (the variable's name in an `env` map).
    let key: String?
    /// Where that key is written.
    let keyRange: SourceRange?
    /// For a value inside an AgentFlow node: the node's id and type.
    let node: (id: String, type: String?)?
    /// For a connection's `when`: the connection's `from`.
    let connectionFrom: String?
}

/// Finds every string of a resource that may hold templates, guided by the kind's shape so that keys
/// the schema does not know (already reported, ignored by the platform) are left out.
enum TemplateSites {
    /// The sites of one resource, in document order.
    static func collect(_ resource: Resource) -> [TemplateSite] {
        var collector = Collector(resource: resource)
        collector.walk(resource.document, shape: .object(resource.kind.document), key: nil, keyRange: nil, known: true)
        return collector.sites
    }

    /// The sites of every resource, in project order.
    static func collect(_ project: Project) -> [(resource: Resource, sites: [TemplateSite])] {
        var result: [(resource: Resource, sites: [TemplateSite])] = []
        for resource in project.resources {
            let sites = collect(resource)
            if !sites.isEmpty { result.append((resource, sites)) }
        }
        return result
    }

    private struct Collector {
        let resource: Resource
        var sites: [TemplateSite] = []

        mutating func walk(_ value: IRValue, shape: Shape?, key: String?, keyRange: SourceRange?, known: Bool) {
            switch value.content {
            case .string(let text), .typed(_, let text):
                guard known, TemplateString.mayContainTemplates(text) else { return }
                let template = TemplateString(text)
                guard !template.references.isEmpty || !template.foreign.isEmpty else { return }
                let path = PathKeys(value.path)
                sites.append(TemplateSite(
                    value: value, text: text, template: template,
                    expansion: ExpansionRules.expansion(of: path, in: resource),
                    key: key, keyRange: keyRange,
                    node: ExpansionRules.node(of: path, in: resource),
                    connectionFrom: ExpansionRules.connectionFrom(of: path, in: resource)))
            case .list(let items):
                let itemShape = Self.itemShape(of: shape)
                for item in items {
                    walk(item, shape: itemShape, key: key, keyRange: keyRange, known: known)
                }
            case .object(let entries):
                for entry in entries {
                    let (childShape, childKnown) = Self.child(entry.key, of: shape, for: value)
                    walk(entry.value, shape: childShape, key: entry.key, keyRange: entry.keyRange, known: known && childKnown)
                }
            default:
                return
            }
        }

        static func itemShape(of shape: Shape?) -> Shape? {
            switch shape {
            case .list(let item)?: item
            case .either(let shapes)?: shapes.lazy.compactMap { if case .list(let item) = $0 { item } else { nil } }.first
            case .any?: .any
            default: nil
            }
        }

        static func child(_ key: String, of shape: Shape?, for value: IRValue) -> (Shape?, Bool) {
            switch shape {
            case .object(let object)?:
                if let field = object.field(forKey: key) { return (field.shape, true) }
                if let extra = object.extra { return (extra, true) }
                return (nil, false)
            case .dictionary(let valueShape)?:
                return (valueShape, true)
            case .either(let shapes)?:
                for candidate in shapes {
                    if case .object = candidate { return child(key, of: candidate, for: value) }
                    if case .dictionary = candidate { return child(key, of: candidate, for: value) }
                    if case .any = candidate { return (.any, true) }
                }
                return (nil, false)
            case .any?, nil:
                return (.any, true)
            default:
                return (nil, false)
            }
        }
    }
}

/// A data path as plain keys, with `#` for sequence indices, and the indices kept apart.
struct PathKeys: Sendable {
    /// The keys; `#` stands for an index.
    let keys: [String]
    /// The indices, in order.
    let indices: [Int]

    /// Splits a data path.
    init(_ path: DataPath) {
        var keys: [String] = []
        var indices: [Int] = []
        for component in path.components {
            switch component {
            case .key(let key): keys.append(key)
            case .index(let index):
                keys.append("#")
                indices.append(index)
            }
        }
        self.keys = keys
        self.indices = indices
    }

    /// Whether the path starts with these keys.
    func starts(with prefix: [String]) -> Bool {
        keys.count >= prefix.count && Array(keys[0..<prefix.count]) == prefix
    }

    /// The key at a position, if any.
    subscript(index: Int) -> String? { index < keys.count ? keys[index] : nil }
}
