/// The AOF documents a daemon loads from its directories (agents, fleets, flows, triggers), one
/// ConfigMap each: a ConfigMap holds at most 1 MiB, so one per document keeps a large workspace
/// deployable, and a change to one agent changes one object.
struct KubernetesSharedFiles {
    /// The directory of the daemon a document is loaded from.
    enum Directory: String, CaseIterable {
        case agents, flows, triggers
    }

    /// One document, rendered.
    struct File {
        let file: KubernetesConfigFile
        let directory: Directory
    }

    /// The documents, sorted by ConfigMap name.
    private(set) var files: [File] = []
    /// The AOF agents, for the daemon's writable directories and model providers.
    private(set) var agents: [AOFAgent] = []
    /// What the documents leave for the runtime, sorted.
    private(set) var runtimeVariables: [String] = []
    /// Whole URLs in the documents.
    private(set) var urls: [URLValue] = []
    /// The ports webhook triggers listen on (`spec.config.port`), sorted.
    private(set) var triggerPorts: [Int] = []

    /// Renders every AOF agent, fleet, flow and trigger.
    init(_ resources: [Resource], variables: ProvidedVariables, runtime needs: KubernetesRuntimeVariables, sink: inout DiagnosticSink) {
        var scopes: [String: KubernetesNameScope] = [:]
        var runtime: Set<String> = []
        for resource in resources {
            let placement: (component: String, what: String, directory: Directory)
            switch resource.model {
            case .aofAgent(let agent):
                placement = ("aof-agent", "AOF agent", .agents)
                agents.append(agent)
            // Fleets sit with the agents they coordinate: the daemon names no fleet directory.
            case .agentFleet: placement = ("aof-fleet", "AOF fleet", .agents)
            case .agentFlow: placement = ("aof-flow", "AOF flow", .flows)
            case .trigger:
                placement = ("aof-trigger", "AOF trigger", .triggers)
                if let port = resource.document["spec"]?["config"]?["port"]?.int, !triggerPorts.contains(port) {
                    triggerPorts.append(port)
                }
            default: continue
            }
            guard let name = resource.name, !name.value.isEmpty else { continue }
            var scope = scopes[placement.component] ?? KubernetesNameScope()
            let mapped = scope.map(
                name.value, prefix: placement.component + "-", what: placement.what,
                range: name.range, path: Self.namePath(resource), sink: &sink)
            scopes[placement.component] = scope
            guard let configMap = mapped, let key = KubernetesNames.label(name.value, maxLength: 200).name else { continue }
            let rendered = KubernetesConfigRendering.render(resource.document, variables: variables, sink: &sink)
            runtime.formUnion(needs.needed(by: resource, symbolic: rendered.runtimeVariables))
            urls += rendered.urls
            files.append(File(
                file: KubernetesConfigFile(
                    configMap: configMap, key: key + ".yaml", content: rendered.json, source: resource.file,
                    component: placement.component),
                directory: placement.directory))
        }
        files.sort { $0.file.configMap < $1.file.configMap }
        triggerPorts.sort()
        runtimeVariables = runtime.sorted()
    }

    /// Where a resource's name is written: `metadata.name`, or `name` in a flat AOF agent.
    static func namePath(_ resource: Resource) -> DataPath {
        resource.document["metadata"]?["name"] != nil ? DataPath([.key("metadata"), .key("name")]) : DataPath([.key("name")])
    }
}
