/// Lowers the workspace to a `KubernetesPlan`: per environment a namespace, the AOF daemon (which runs
/// the AOF agents, fleets, flows and triggers it loads from ConfigMaps) and one service per OAAS agent.
/// Every decision that needs the workspace (names, images, variables, scaling, egress) is made here and
/// reported here; `KubernetesBackend` only writes the manifests.
public enum KubernetesLowering {
    /// What the lowering of one workload reads.
    struct Scope {
        let environment: BuildEnvironment
        let directory: String
        let namespace: String
        let facts: KubernetesWorkspaceFacts
        let variables: ProvidedVariables
        let runtime: KubernetesRuntimeVariables
        let environmentVariables: KubernetesEnvironmentVariables
        let contextConfigMap: String?

        /// The labels of a workload's objects and the subset its selectors match.
        func labels(name: String, component: String, team: String?, version: String?) -> (all: [KubernetesPair], selector: [KubernetesPair]) {
            let instance = KubernetesNames.labelValue("\(name)-\(directory)") ?? name
            let selector = [KubernetesPair("app.kubernetes.io/name", name), KubernetesPair("app.kubernetes.io/instance", instance)]
            var all = selector
            if let version = version.flatMap(KubernetesNames.labelValue) { all.append(KubernetesPair("app.kubernetes.io/version", version)) }
            all.append(KubernetesPair("app.kubernetes.io/component", component))
            all += common
            if let team = team.flatMap(KubernetesNames.labelValue) { all.append(KubernetesPair("oaas.dev/team", team)) }
            return (all, selector)
        }

        /// The labels of everything in the environment.
        var common: [KubernetesPair] {
            var labels: [KubernetesPair] = []
            if let partOf = facts.partOf { labels.append(KubernetesPair("app.kubernetes.io/part-of", partOf)) }
            labels.append(KubernetesPair("app.kubernetes.io/managed-by", "oaas"))
            if let environment = KubernetesNames.labelValue(environment.name) {
                labels.append(KubernetesPair("oaas.dev/environment", environment))
            }
            if let stage = environment.stage.flatMap(KubernetesNames.labelValue) { labels.append(KubernetesPair("oaas.dev/stage", stage)) }
            return labels
        }
    }

    /// Namespaces that belong to Kubernetes: an environment's own name never becomes one of them.
    static let systemNamespaces: Set<String> = ["default", "kube-system", "kube-public", "kube-node-lease"]

    /// Lowers the environments of a build.
    /// - Returns: the plan and the lowering's findings.
    public static func lower(_ context: BuildContext) -> (plan: KubernetesPlan, diagnostics: [Diagnostic]) {
        var sink = DiagnosticSink()
        let facts = KubernetesWorkspaceFacts(context.resources)
        let runtime = KubernetesRuntimeVariables(context.result)
        let shared = KubernetesSharedFiles(context.resources, variables: context.variables, runtime: runtime, sink: &sink)
        var hasDaemon = false
        for resource in context.resources {
            if case .daemonConfig = resource.model { hasDaemon = true }
        }
        if !hasDaemon { reportUndeployed(context.resources, sink: &sink) }
        var directories = KubernetesNameScope()
        var environments: [KubernetesEnvironment] = []
        for environment in context.environments {
            let origin = origin(of: environment, facts: facts)
            let directory = directories.map(
                environment.name, what: "environment", range: origin.range, path: origin.path, sink: &sink)
            // The namespace is reported on its own when the context names one; else it is the environment's
            // name, kept out of the namespaces Kubernetes itself uses (`default` becomes `oaas-default`).
            var namespaceScope = KubernetesNameScope()
            let namespace = environment.namespace.map {
                namespaceScope.map(
                    $0.value, what: "namespace", range: $0.range, path: DataPath([.key("spec"), .key("namespace")]), sink: &sink)
            } ?? directory.map { systemNamespaces.contains($0) ? "oaas-" + $0 : $0 }
            let variables = KubernetesEnvironmentVariables(environment, variables: context.variables, sink: &sink)
            guard let directory, let namespace else { continue }
            let scope = Scope(
                environment: environment, directory: directory, namespace: namespace, facts: facts, variables: context.variables,
                runtime: runtime, environmentVariables: variables,
                contextConfigMap: variables.plain.isEmpty ? nil : KubernetesNames.label(directory + "-context").name)
            var workloadNames = KubernetesNameScope()
            var workloads: [KubernetesWorkload] = []
            for resource in context.resources {
                switch resource.model {
                case .daemonConfig(let daemon):
                    if let workload = KubernetesDaemonLowering.lower(
                        resource, daemon, shared: shared, scope: scope, names: &workloadNames, sink: &sink) {
                        workloads.append(workload)
                    }
                case .ossaAgent(let agent):
                    if let workload = KubernetesAgentLowering.lower(resource, agent, scope: scope, names: &workloadNames, sink: &sink) {
                        workloads.append(workload)
                    }
                default:
                    break
                }
            }
            environments.append(KubernetesEnvironment(
                name: environment.name, directory: directory, namespace: namespace, labels: scope.common,
                contextConfigMap: scope.contextConfigMap, contextEnvironment: variables.plain,
                workloads: workloads.sorted { $0.name < $1.name },
                sharedFiles: hasDaemon ? shared.files.map(\.file) : []))
        }
        return (KubernetesPlan(environments: environments), sink.diagnostics)
    }

    /// Where an environment's name comes from: the context's `metadata.name`, else the Workspace's, else
    /// nowhere (the default name `default`, which always maps).
    private static func origin(
        of environment: BuildEnvironment, facts: KubernetesWorkspaceFacts
    ) -> (located: Located<String>, range: SourceRange?, path: DataPath?) {
        let path = DataPath([.key("metadata"), .key("name")])
        if let name = environment.resource?.name { return (name, name.range, path) }
        if let name = facts.workspace?.name, name.value == environment.name { return (name, name.range, path) }
        let nowhere = SourceRange.fileStart("")
        return (Located(environment.name, nowhere), nil, nil)
    }

    /// Without a DaemonConfig nothing runs the AOF documents: each gets a note rather than a silent drop.
    private static func reportUndeployed(_ resources: [Resource], sink: inout DiagnosticSink) {
        for resource in resources {
            let what: String
            switch resource.model {
            case .aofAgent: what = "AOF agent"
            case .agentFleet: what = "AOF fleet"
            case .agentFlow: what = "AOF flow"
            case .trigger: what = "AOF trigger"
            default: continue
            }
            guard let name = resource.name else { continue }
            sink.report(
                .kubernetesNotDeployed,
                "\(what) \"\(name.value)\" is not deployed: no DaemonConfig in the workspace runs AOF documents",
                at: name.range, path: KubernetesSharedFiles.namePath(resource))
        }
    }

    /// The diagnostics of the lowering and its parts.
    static let kinds: [DiagnosticKind] =
        [.kubernetesNotDeployed] + KubernetesWorkloadSettings.kinds + KubernetesDaemonLowering.kinds + KubernetesAgentLowering.kinds
}

extension DiagnosticKind {
    static let kubernetesNotDeployed = DiagnosticKind(
        id: "kubernetes.not-deployed", severity: .note,
        summary: "an AOF document the kubernetes target does not deploy, since no daemon runs it",
        explanation: """
            AOF agents, fleets, flows and triggers are not services of their own: the AOF daemon \
            (`aofctl serve`, configured by a DaemonConfig) loads them from its directories and runs them. \
            The `kubernetes` target ships them in ConfigMaps mounted into the daemon's Deployment. A \
            workspace without a DaemonConfig has nothing to run them, so they appear in no manifest. Add \
            a DaemonConfig (its `agents`, `flows` and `triggers` directories say where they are loaded \
            from) if they are meant to run in the cluster.
            """,
        example: "apiVersion: aof.dev/v1\nkind: Agent\nmetadata:\n  name: k8s-ops   # and no DaemonConfig anywhere\n",
        remediation: "add a DaemonConfig to deploy the AOF documents, or ignore the note if they run elsewhere")
}
