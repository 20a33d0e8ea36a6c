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
    init(_ configuration: EffectiveConfiguration, variables: ProvidedVariables) {
        var builder = Builder(variables: variables)
        settings = builder.lower(configuration.root)
        provenance = builder.provenance.sorted { $0.0 < $1.0 }
        symbolic = builder.symbolic
    }

    private struct Builder {
        let variables: ProvidedVariables
        var provenance: [(String, JSON)] = []
        var symbolic: [SymbolicUse] = []

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
                // A masked secret is already safe; only whole references and text around them are resolved.
                guard !node.masked else { return .string(text) }
                var key: String?
                if case .key(let name)? = node.path.components.last { key = name }
                let resolved = VariableResolver.resolve(text, variables: variables, key: key)
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
