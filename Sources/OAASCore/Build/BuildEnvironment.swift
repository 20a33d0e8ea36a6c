/// An environment a workspace is deployed into: an AOF `Context` (its cluster, namespace, environment
/// variables, approval rules and limits), or, for a workspace that declares none, one environment
/// named after the workspace.
public struct BuildEnvironment: Sendable {
    /// The environment's name: the context's `metadata.name`, or the workspace's.
    public let name: String
    /// The namespace the context names (`spec.namespace`), when it names one.
    public let namespace: Located<String>?
    /// `metadata.labels.environment` (`production`, `staging`), when written.
    public let stage: String?
    /// The context, when the environment is one.
    public let context: AOFContext?
    /// The context's document, when the environment is one.
    public let resource: Resource?

    /// Whether the environment is production: its name or its `environment` label says `prod`.
    public var isProduction: Bool {
        (stage ?? name).lowercased().hasPrefix("prod") || name.lowercased().hasPrefix("prod")
    }

    /// Every environment of a workspace, sorted by name: one per AOF `Context` document, or, when there is
    /// none, one named after the first `Workspace` document (or `default`).
    public static func all(in project: Project) -> [BuildEnvironment] {
        var environments: [BuildEnvironment] = []
        var workspaceName: String?
        for resource in project.resources {
            switch resource.model {
            case .aofContext(let context):
                guard let name = resource.name?.value, !name.isEmpty else { continue }
                let stage = resource.document["metadata"]?["labels"]?["environment"]?.text
                environments.append(BuildEnvironment(
                    name: name, namespace: context.namespace, stage: stage, context: context, resource: resource))
            case .workspace:
                if workspaceName == nil { workspaceName = resource.name?.value }
            default:
                break
            }
        }
        if environments.isEmpty {
            environments.append(BuildEnvironment(
                name: workspaceName ?? "default", namespace: nil, stage: nil, context: nil, resource: nil))
        }
        // Two contexts with one name are already a `ref.duplicate-*` error; keep the first.
        var seen: Set<String> = []
        return environments.sorted { $0.name < $1.name }.filter { seen.insert($0.name).inserted }
    }

    /// The environments `--env NAME` selects: the one with that name, else those whose `environment`
    /// label is NAME (`--env production`); every environment when `name` is nil.
    /// - Returns: the environments, or nil when none matches.
    public static func select(_ name: String?, in project: Project) -> [BuildEnvironment]? {
        let all = all(in: project)
        guard let name else { return all }
        let byName = all.filter { $0.name == name }
        if !byName.isEmpty { return byName }
        let byStage = all.filter { $0.stage == name }
        return byStage.isEmpty ? nil : byStage
    }
}
