/// The documents of one workspace, by kind. A directory tree may hold several workspaces (the corpus
/// does): a document belongs to the workspace whose `Workspace` document sits in the nearest directory
/// above it (or in its own); a document with no `Workspace` above it forms a workspace with the other
/// documents of its own directory. Passes that compare facts across files compare them only within one
/// scope, so that two unrelated example workspaces are never held to each other's numbers.
struct WorkspaceScope {
    /// The scope's key (see `keys(in:)`).
    let key: String
    /// Workspace documents, in file order.
    var workspaces: [(resource: Resource, model: Workspace)] = []
    /// WorkspaceContext documents, in file order.
    var contexts: [(resource: Resource, model: WorkspaceContext)] = []
    /// OrchestrationRules documents, in file order.
    var orchestration: [(resource: Resource, model: OrchestrationRules)] = []
    /// GovernanceConfiguration documents, in file order.
    var governance: [(resource: Resource, model: GovernanceConfiguration)] = []
    /// SecurityPolicy documents, in file order.
    var security: [(resource: Resource, model: SecurityPolicy)] = []
    /// ObservabilityConfiguration documents, in file order.
    var observability: [(resource: Resource, model: ObservabilityConfiguration)] = []

    /// The scope key of every resource, by index in `project.resources`: `workspace:<dir>` for a
    /// document under a `Workspace` document's directory, `file:<dir>` otherwise.
    static func keys(in project: Project) -> [String] {
        var workspaceDirectories = Set<String>()
        for resource in project.resources {
            if case .workspace = resource.model { workspaceDirectories.insert(directory(of: resource.file)) }
        }
        var keys: [String] = []
        keys.reserveCapacity(project.resources.count)
        for resource in project.resources {
            let own = directory(of: resource.file)
            var key = "file:" + own
            var candidate: String? = own
            while let current = candidate {
                if workspaceDirectories.contains(current) {
                    key = "workspace:" + current
                    break
                }
                candidate = parent(of: current)
            }
            keys.append(key)
        }
        return keys
    }

    /// Groups the project's OAAS documents into scopes, sorted by key.
    static func all(in project: Project) -> [WorkspaceScope] {
        let keys = keys(in: project)
        var scopes: [String: WorkspaceScope] = [:]
        for (index, resource) in project.resources.enumerated() {
            let key = keys[index]
            var scope = scopes[key] ?? WorkspaceScope(key: key)
            switch resource.model {
            case .workspace(let model): scope.workspaces.append((resource, model))
            case .workspaceContext(let model): scope.contexts.append((resource, model))
            case .orchestrationRules(let model): scope.orchestration.append((resource, model))
            case .governance(let model): scope.governance.append((resource, model))
            case .securityPolicy(let model): scope.security.append((resource, model))
            case .observability(let model): scope.observability.append((resource, model))
            default: continue
            }
            scopes[key] = scope
        }
        return scopes.keys.sorted().compactMap { scopes[$0] }
    }

    private static func directory(of file: String) -> String {
        guard let slash = file.lastIndex(of: "/") else { return "" }
        return String(file[file.startIndex..<slash])
    }

    private static func parent(of directory: String) -> String? {
        if directory.isEmpty { return nil }
        guard let slash = directory.lastIndex(of: "/") else { return "" }
        return String(directory[directory.startIndex..<slash])
    }
}
