/// Which environment variables each deployed document needs from its pod: the `${VAR}` references its
/// platform expands (`RequiredVariables`, the analysis behind `oaas vars`, so that `${event}`, a flow
/// node's output or a variable a script sets itself is not mistaken for one) and the variables a
/// DaemonConfig names in `*_env` keys.
struct KubernetesRuntimeVariables {
    private var expanded: [String: Set<String>] = [:]
    private var named: [String: Set<String>] = [:]

    /// Collects the variables of a compilation.
    init(_ result: Compiler.Result) {
        let context = SemanticContext(project: result.project, symbols: result.symbols, options: CompileOptions(), sources: [:])
        var byFile: [String: [Resource]] = [:]
        for resource in result.project.resources { byFile[resource.file, default: []].append(resource) }
        for variable in RequiredVariables.collect(context) {
            for use in variable.uses where use.expanded || use.isNamed {
                guard let resource = Self.resource(containing: use.range, in: byFile[use.range.file] ?? []) else { continue }
                if use.isNamed {
                    named[Self.key(resource), default: []].insert(variable.name)
                } else {
                    expanded[Self.key(resource), default: []].insert(variable.name)
                }
            }
        }
    }

    /// The variables a document needs at run time: those of `symbolic` (the references its rendering left
    /// as `${VAR}`) that the platform expands, and those it names in `*_env` keys. Sorted.
    func needed(by resource: Resource, symbolic: [String]) -> [String] {
        let key = Self.key(resource)
        let expandedNames = expanded[key] ?? []
        var names = named[key] ?? []
        for name in symbolic where expandedNames.contains(name) { names.insert(name) }
        return names.sorted()
    }

    private static func key(_ resource: Resource) -> String { "\(resource.file)#\(resource.documentIndex)" }

    private static func resource(containing range: SourceRange, in resources: [Resource]) -> Resource? {
        for resource in resources {
            let document = resource.document.range
            if document.start.offset <= range.start.offset, range.start.offset <= document.end.offset { return resource }
        }
        return nil
    }
}
