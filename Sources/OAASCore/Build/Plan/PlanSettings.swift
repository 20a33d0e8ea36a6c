/// One resource's effective configuration as the plan holds it: the settings after defaults with every
/// `${VAR}` the env files provide substituted, the origin of every value, and the variables left symbolic.
struct PlanSettings {
    /// A variable left symbolic, with where it is used.
    struct SymbolicUse {
        /// The variable's name.
        let name: String
        /// Whether it stays symbolic because it holds a secret (rather than because nothing provides it).
        let isSecret: Bool
        /// Where the value that uses it is written.
        let range: SourceRange
    }

    /// The settings: ignored keys left out, mapping keys sorted, secrets masked or symbolic.
    let settings: JSON
    /// Each value's origin by data path: `file:line:col`, or `default`, sorted by path.
    let provenance: [(String, JSON)]
    /// Variables left symbolic, in document order.
    let symbolic: [SymbolicUse]

    /// Lowers a resource's effective configuration.
    /// - Parameters:
    ///   - configuration: the resource's effective configuration.
    ///   - variables: what `--env-file` provides.
    ///   - resource: the resource, for which of its fields the platform expands variables in.
    init(_ configuration: EffectiveConfiguration, variables: ProvidedVariables, resource: Resource) {
        var builder = Builder(variables: variables, resource: resource)
        settings = builder.lower(configuration.root)
        provenance = builder.provenance.sorted { $0.0 < $1.0 }
        symbolic = builder.symbolic
    }

    private struct Builder {
        let variables: ProvidedVariables
        let resource: Resource
        var provenance: [(String, JSON)] = []
        var symbolic: [SymbolicUse] = []

        /// How the platform expands references at a path, or nil where it does not.
        func mode(at path: DataPath) -> VariableResolver.Mode? {
            switch ExpansionRules.expansion(of: PathKeys(path), in: resource) {
            case .external: .shell
            case .loadTime: .loadTime
            case .flowRunTime: .flowRunTime
            case .verbatim, .ignored: nil
            }
        }

        mutating func lower(_ node: EffectiveNode) -> JSON {
            let path = node.path.description
            var written: SourceRange?
            switch node.origin {
            case .written(let range):
                written = range
                if !path.isEmpty { provenance.append((path, .string("\(range.file):\(range.start.line):\(range.start.column)"))) }
            case .defaulted:
                if !path.isEmpty { provenance.append((path, .string("default"))) }
            case .ignored:
                break
            }
            switch node.value {
            case .null: return .null
            case .bool(let value): return .bool(value)
            case .int(let value): return .int(value)
            case .number(let value): return .number(value)
            case .string(let text):
                // A masked secret is already safe; a field the platform reads as written keeps its text.
                guard !node.masked, TemplateString.mayContainTemplates(text), let mode = mode(at: node.path) else {
                    return .string(text)
                }
                var key: String?
                if case .key(let name)? = node.path.components.last { key = name }
                let resolved = VariableResolver.resolve(text, variables: variables, key: key, mode: mode)
                if let range = written {
                    for name in resolved.secrets { symbolic.append(SymbolicUse(name: name, isSecret: true, range: range)) }
                    for name in resolved.unresolved { symbolic.append(SymbolicUse(name: name, isSecret: false, range: range)) }
                }
                return .string(resolved.text)
            case .list(let items):
                var values: [JSON] = []
                values.reserveCapacity(items.count)
                for item in items { values.append(lower(item)) }
                return .array(values)
            case .object(let members):
                // The first spelling of a key wins, as the runtime reads it; later ones are ignored keys.
                var entries: [(String, JSON)] = []
                var keys: Set<String> = []
                for member in members where !member.node.isIgnored && keys.insert(member.key).inserted {
                    entries.append((member.key, lower(member.node)))
                }
                entries.sort { $0.0 < $1.0 }
                return .object(entries)
            }
        }
    }
}
