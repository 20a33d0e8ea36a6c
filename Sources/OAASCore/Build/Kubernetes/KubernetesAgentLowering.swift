/// An OAAS agent's workload: a service that listens on one port (`oaas.dev/port`, default 8080), gets
/// its definition at `/etc/oaas/agent.yaml` (also named by `OAAS_AGENT_CONFIG`), and is probed, sized and
/// scaled as its `deployment`, `scaling`, `resource_requirements` and `monitoring` sections say, with
/// the Workspace's `resources` and `health` settings as defaults.
enum KubernetesAgentLowering {
    /// The annotation naming the port the agent listens on.
    static let portAnnotation = "oaas.dev/port"
    /// The port of an agent without the annotation.
    static let defaultPort = 8080
    /// Where the definition is mounted.
    static let configDirectory = "/etc/oaas"

    static func lower(
        _ resource: Resource, _ agent: OSSAAgent, scope: KubernetesLowering.Scope, names: inout KubernetesNameScope,
        sink: inout DiagnosticSink
    ) -> KubernetesWorkload? {
        let spec = resource.document["spec"]
        let deployment = spec?["deployment"]
        guard isDeployed(agent, to: scope.environment), let written = resource.name ?? agent.name else { return nil }
        let namePath = resource.name == nil ? DataPath([.key("spec"), .key("agent"), .key("name")]) : DataPath([.key("metadata"), .key("name")])
        guard let name = names.map(written.value, what: "agent", range: written.range, path: namePath, sink: &sink),
              let configMap = KubernetesNames.label(name + "-config").name
        else { return nil }
        let image = KubernetesImages.image(
            for: resource, workspace: scope.facts.workspace, name: name, what: "agent", variables: scope.variables, sink: &sink)
        let rendered = KubernetesConfigRendering.render(resource.document, variables: scope.variables, sink: &sink)
        let config = KubernetesConfigFile(
            configMap: configMap, key: "agent.yaml", content: rendered.json, source: resource.file, component: "agent-config")
        let facts = scope.facts

        // Probes: `deployment.health_checks` by kind, else the one health endpoint, else a TCP check.
        let checks = deployment?["health_checks"]
        let healthCheck = deployment?["health_check"]
        let endpoint = path(healthCheck?["endpoint"]?.text) ?? path(spec?["monitoring"]?["health_check"]?.text)
        let livenessPath = path(checks?["liveness"]?.text) ?? endpoint
        let readinessPath = path(checks?["readiness"]?.text) ?? livenessPath
        let startupPath = path(checks?["startup"]?.text)
        let own = healthCheck.map(timing)
        func action(_ path: String?) -> KubernetesProbe.Action { path.map { .http(path: $0) } ?? .tcp }
        let startupTiming = own ?? facts.startup
        let startup: KubernetesProbe? = startupPath != nil || facts.startup != nil
            ? KubernetesWorkloadSettings.probe(action(startupPath ?? livenessPath), timing: startupTiming, allowsSuccessThreshold: false)
            : nil

        // Scaling: the agent's own bounds, else the Workspace's.
        // `deployment.scaling.auto_scale: false` fixes the replicas at the minimum.
        let ownScaling = spec?["scaling"]
        let fixed = deployment?["scaling"]?.bool("auto_scale")?.value == false
        var scaling = KubernetesWorkloadSettings.ScalingInput(
            minReplicas: agent.deployment?.minInstances, maxReplicas: agent.deployment?.maxInstances,
            cpuPercent: percent(ownScaling?["target_cpu"]), memoryPercent: percent(ownScaling?["target_memory"]))
        if scaling.minReplicas == nil, scaling.maxReplicas == nil, let workspace = facts.scaling {
            scaling = KubernetesWorkloadSettings.ScalingInput(
                minReplicas: workspace.minReplicas, maxReplicas: workspace.maxReplicas, cpuPercent: workspace.cpuPercent)
        }
        let autoscaling = fixed ? nil : KubernetesWorkloadSettings.autoscaling(scaling, sink: &sink)
        let fixedReplicas = fixed ? agent.deployment?.minInstances?.value : nil

        let requests = deployment?["resources"]?["requests"] ?? spec?["resource_requirements"]
        let limits = deployment?["resources"]?["limits"]
        let resources = KubernetesWorkloadSettings.resources(
            KubernetesWorkloadSettings.ResourceInput(
                cpuRequest: cpu(requests?["cpu"]), memoryRequest: size(requests?["memory"]),
                cpuLimit: cpu(limits?["cpu"]), memoryLimit: size(limits?["memory"])),
            allocation: (facts.cpuPerAgent, facts.memoryPerAgent), defaults: KubernetesWorkloadSettings.agentDefaults, sink: &sink)

        let metadata = resource.document["metadata"]
        let team = metadata?["labels"]?["team"]?.text ?? metadata?["project"]?.text.flatMap { facts.projectTeams[$0] }
        let labels = scope.labels(name: name, component: "agent", team: team, version: metadata?["version"]?.text)
        var environment = scope.environmentVariables.variables(
            needing: scope.runtime.needed(by: resource, symbolic: rendered.runtimeVariables))
        environment.append(KubernetesEnvVar(name: "OAAS_AGENT_CONFIG", source: .value(configDirectory + "/agent.yaml")))
        // The agent's own address (`api.base_url`) is where it is reached, not where it connects to.
        let ownHost = spec?["api"]?["base_url"]?.text.flatMap(KubernetesEgressLowering.hostAndPort)
        var urls: [URLValue] = []
        for url in rendered.urls + scope.environmentVariables.urls where KubernetesEgressLowering.hostAndPort(url.text) != ownHost {
            urls.append(url)
        }
        let configVolume = KubernetesVolume(
            name: "config", mountPath: configDirectory,
            content: .files([KubernetesVolume.Item(configMap: configMap, key: config.key, path: config.key)]))
        return KubernetesWorkload(
            role: .agent, name: name, source: resource.file, labels: labels.all, selector: labels.selector, image: image,
            args: [], workingDir: nil, port: port(resource, sink: &sink), triggerPorts: [],
            liveness: KubernetesWorkloadSettings.probe(action(livenessPath), timing: own ?? facts.liveness, allowsSuccessThreshold: false),
            readiness: KubernetesWorkloadSettings.probe(action(readinessPath), timing: own ?? facts.readiness, allowsSuccessThreshold: true),
            startup: startup, resources: resources,
            replicas: max(1, agent.deployment?.replicas?.value ?? fixedReplicas ?? autoscaling?.minReplicas ?? 1),
            autoscaling: autoscaling,
            strategy: KubernetesWorkloadSettings.strategy(agent.deployment?.strategy, sink: &sink),
            environment: environment, environmentConfigMaps: scope.contextConfigMap.map { [$0] } ?? [],
            environmentSecrets: scope.environmentVariables.wholeSecrets,
            configFiles: [config],
            volumes: [configVolume] + KubernetesDaemonLowering.scratch([], avoiding: [configDirectory]),
            egress: KubernetesEgressLowering.egress(urls: urls, implied: [], allowlist: facts.egressAllowlist),
            ingressCIDRs: facts.ingressCIDRs)
    }

    /// Whether the agent runs in an environment: always, unless `deployment.environments` lists others
    /// (matched against the environment's name, its `environment` label and its namespace).
    static func isDeployed(_ agent: OSSAAgent, to environment: BuildEnvironment) -> Bool {
        guard let listed = agent.deployment?.environments, !listed.isEmpty else { return true }
        let names = Set([environment.name, environment.stage, environment.namespace?.value].compactMap { $0?.lowercased() })
        return listed.contains { names.contains($0.value.lowercased()) }
    }

    /// The `oaas.dev/port` annotation, or the default; a value that is not a port is an error.
    private static func port(_ resource: Resource, sink: inout DiagnosticSink) -> Int {
        guard let written = KubernetesImages.annotation(portAnnotation, of: resource) else { return defaultPort }
        if let port = Int(written.value.value.trimmingWhitespace()), (1...65_535).contains(port) { return port }
        sink.report(
            .kubernetesInvalidAnnotation,
            "annotation \"\(portAnnotation)\" is \"\(written.value.value)\", not a port between 1 and 65535",
            at: written.value.range, path: written.path)
        return defaultPort
    }

    /// The path of a health endpoint written as a path or a URL.
    private static func path(_ text: String?) -> String? {
        guard let text = text?.trimmingWhitespace(), !text.isEmpty else { return nil }
        if text.hasPrefix("/") { return text }
        guard text.contains("://"), let slash = text.split(separator: "/", maxSplits: 3, omittingEmptySubsequences: false).dropFirst(3).first
        else { return nil }
        return "/" + slash
    }

    private static func timing(_ check: IRValue) -> KubernetesWorkspaceFacts.ProbeTiming {
        KubernetesWorkspaceFacts.ProbeTiming(
            initialDelay: nil, period: check.duration("interval").map { KubernetesWorkspaceFacts.seconds($0.value) },
            timeout: check.duration("timeout").map { KubernetesWorkspaceFacts.seconds($0.value) },
            failureThreshold: check.int("failure_threshold")?.value, successThreshold: check.int("success_threshold")?.value)
    }

    private static func percent(_ value: IRValue?) -> Int? {
        guard case .percentage(let percentage)? = value?.typed else { return nil }
        return KubernetesWorkspaceFacts.percent(percentage)
    }

    private static func cpu(_ value: IRValue?) -> Located<CPUQuantity>? {
        guard let value, case .cpu(let cpu)? = value.typed else { return nil }
        return Located(cpu, value.range)
    }

    private static func size(_ value: IRValue?) -> Located<ByteSize>? {
        guard let value, case .size(let size)? = value.typed else { return nil }
        return Located(size, value.range)
    }

    /// The diagnostics of an agent's lowering.
    static let kinds: [DiagnosticKind] = [.kubernetesInvalidAnnotation]
}

extension DiagnosticKind {
    static let kubernetesInvalidAnnotation = DiagnosticKind(
        id: "kubernetes.invalid-annotation", severity: .error,
        summary: "an `oaas.dev/` annotation whose value the kubernetes target cannot use",
        explanation: """
            The `kubernetes` target reads deployment facts that workspace files have no field for from \
            annotations: `oaas.dev/port` is the port an OAAS agent listens on (default 8080), used for \
            its container port, Service, probes and NetworkPolicy. A value that is not a whole number \
            from 1 to 65535 would produce manifests that point at nothing, so the build stops.
            """,
        example: "metadata:\n  annotations:\n    oaas.dev/port: http   # not a number\n",
        remediation: "write the port as a number between 1 and 65535")
}
