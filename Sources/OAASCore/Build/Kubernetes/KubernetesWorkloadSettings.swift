/// Requests and limits, probes, autoscaling and the rollout strategy of a workload, from what the
/// workspace says, with the documented defaults and a warning wherever Kubernetes cannot take a setting
/// as written.
enum KubernetesWorkloadSettings {
    /// Requests and limits as written for one workload (any may be missing).
    struct ResourceInput {
        var cpuRequest: Located<CPUQuantity>?
        var memoryRequest: Located<ByteSize>?
        var cpuLimit: Located<CPUQuantity>?
        var memoryLimit: Located<ByteSize>?
    }

    /// Scaling as written for one workload.
    struct ScalingInput {
        var minReplicas: Located<Int>?
        var maxReplicas: Located<Int>?
        var cpuPercent: Int?
        var memoryPercent: Int?
        /// Where a message about the scaling points when neither bound is written.
        var path: DataPath?
    }

    /// The CPU request and memory request used when nothing is written: the daemon runs every AOF agent.
    static let daemonDefaults = (cpu: CPUQuantity(millicores: 500), memory: ByteSize(bytes: 512 * 1_048_576))
    /// The CPU and memory request of an OAAS agent that writes none.
    static let agentDefaults = (cpu: CPUQuantity(millicores: 250), memory: ByteSize(bytes: 256 * 1_048_576))
    /// The CPU use a HorizontalPodAutoscaler aims at when the scaling settings name no target.
    static let defaultCPUPercent = 80

    /// Requests and limits: each request is the written request, else the written limit, else the
    /// workspace's allocation per agent, else the default; each limit is the written limit, else the
    /// request (so that a pod gets what it asked for and no more). A request above its limit, which the
    /// API server rejects, is lowered to the limit with a warning.
    static func resources(
        _ input: ResourceInput, allocation: (cpu: CPUQuantity?, memory: ByteSize?),
        defaults: (cpu: CPUQuantity, memory: ByteSize), sink: inout DiagnosticSink
    ) -> KubernetesResources {
        var cpuRequest = input.cpuRequest?.value ?? input.cpuLimit?.value ?? allocation.cpu ?? defaults.cpu
        var memoryRequest = input.memoryRequest?.value ?? input.memoryLimit?.value ?? allocation.memory ?? defaults.memory
        let cpuLimit = input.cpuLimit?.value ?? cpuRequest
        let memoryLimit = input.memoryLimit?.value ?? memoryRequest
        if let request = input.cpuRequest, let limit = input.cpuLimit, request.value.millicores > limit.value.millicores {
            sink.report(
                .kubernetesRequestAboveLimit,
                "cpu request \(cpu(request.value)) is above the limit \(cpu(limit.value)), which Kubernetes rejects; the request is lowered to the limit",
                at: request.range)
            cpuRequest = limit.value
        }
        if let request = input.memoryRequest, let limit = input.memoryLimit, request.value.bytes > limit.value.bytes {
            sink.report(
                .kubernetesRequestAboveLimit,
                "memory request \(memory(request.value)) is above the limit \(memory(limit.value)), which Kubernetes rejects; the request is lowered to the limit",
                at: request.range)
            memoryRequest = limit.value
        }
        return KubernetesResources(
            cpuRequest: cpu(cpuRequest), memoryRequest: memory(memoryRequest), cpuLimit: cpu(cpuLimit), memoryLimit: memory(memoryLimit))
    }

    /// A HorizontalPodAutoscaler's bounds and targets, or nil when no bound is written. A minimum of 0
    /// (which needs an alpha feature) becomes 1 and a maximum below the minimum becomes the minimum, each
    /// with a warning.
    static func autoscaling(_ input: ScalingInput, sink: inout DiagnosticSink) -> KubernetesAutoscaling? {
        guard input.minReplicas != nil || input.maxReplicas != nil else { return nil }
        var minimum = input.minReplicas?.value ?? 1
        if let written = input.minReplicas, written.value < 1 {
            sink.report(
                .kubernetesInvalidScaling,
                "min_replicas \(written.value) cannot be expressed by a HorizontalPodAutoscaler, which keeps at least one replica; using 1",
                at: written.range)
            minimum = 1
        }
        var maximum = input.maxReplicas?.value ?? minimum
        if let written = input.maxReplicas, written.value < minimum {
            sink.report(
                .kubernetesInvalidScaling,
                "max_replicas \(written.value) is below min_replicas \(minimum); using \(minimum)", at: written.range)
            maximum = minimum
        }
        let cpu = input.cpuPercent ?? (input.memoryPercent == nil ? defaultCPUPercent : nil)
        return KubernetesAutoscaling(
            minReplicas: minimum, maxReplicas: maximum, cpuPercent: cpu.map { max(1, $0) },
            memoryPercent: input.memoryPercent.map { max(1, $0) })
    }

    /// The Deployment strategy for a written rollout strategy: rolling updates (the default) or recreate.
    /// Blue-green and canary rollouts need a controller beyond a Deployment: they become rolling updates,
    /// with a warning.
    static func strategy(_ written: Located<String>?, sink: inout DiagnosticSink) -> String {
        guard let written else { return "RollingUpdate" }
        let word = written.value.lowercased().filter { $0.isLetter }
        switch word {
        case "rollingupdate", "rolling", "rollout": return "RollingUpdate"
        case "recreate": return "Recreate"
        default:
            sink.report(
                .kubernetesUnsupportedStrategy,
                "deployment strategy \"\(written.value)\" has no Kubernetes Deployment equivalent; the Deployment rolls updates instead (use a rollout controller such as Argo Rollouts for it)",
                at: written.range)
            return "RollingUpdate"
        }
    }

    /// A probe with the workspace's timing, or the defaults (10 s period, 3 s timeout, 3 failures).
    /// Liveness and startup probes always need one success, as Kubernetes requires.
    static func probe(
        _ action: KubernetesProbe.Action, timing: KubernetesWorkspaceFacts.ProbeTiming?, allowsSuccessThreshold: Bool
    ) -> KubernetesProbe {
        KubernetesProbe(
            action: action, initialDelaySeconds: timing?.initialDelay, periodSeconds: max(1, timing?.period ?? 10),
            timeoutSeconds: max(1, timing?.timeout ?? 3), failureThreshold: max(1, timing?.failureThreshold ?? 3),
            successThreshold: allowsSuccessThreshold ? max(1, timing?.successThreshold ?? 1) : 1)
    }

    /// `500m`, or whole cores (`2`).
    static func cpu(_ quantity: CPUQuantity) -> String {
        quantity.millicores % 1_000 == 0 ? String(quantity.millicores / 1_000) : "\(quantity.millicores)m"
    }

    /// The largest binary unit that divides the size (`512Mi`, `2Gi`), else a decimal one (`500M`), else bytes.
    static func memory(_ size: ByteSize) -> String {
        let bytes = size.bytes
        guard bytes > 0 else { return "0" }
        for (unit, factor) in [("Ti", Int64(1) << 40), ("Gi", Int64(1) << 30), ("Mi", Int64(1) << 20), ("Ki", Int64(1) << 10)]
        where bytes % factor == 0 {
            return "\(bytes / factor)\(unit)"
        }
        for (unit, factor) in [("T", Int64(1_000_000_000_000)), ("G", Int64(1_000_000_000)), ("M", Int64(1_000_000)), ("k", Int64(1_000))]
        where bytes % factor == 0 {
            return "\(bytes / factor)\(unit)"
        }
        return String(bytes)
    }

    /// The diagnostics of the settings.
    static let kinds: [DiagnosticKind] = [.kubernetesInvalidScaling, .kubernetesRequestAboveLimit, .kubernetesUnsupportedStrategy]
}

extension DiagnosticKind {
    static let kubernetesInvalidScaling = DiagnosticKind(
        id: "kubernetes.invalid-scaling", severity: .warning,
        summary: "replica bounds a HorizontalPodAutoscaler cannot take, adjusted",
        explanation: """
            The `kubernetes` target turns `min_replicas`/`max_replicas` (an OAAS agent's `scaling` or \
            `deployment.scaling`, or the Workspace's `resources.scaling`) into an `autoscaling/v2` \
            HorizontalPodAutoscaler. Its `minReplicas` must be at least 1 (scaling to zero needs an alpha \
            feature gate) and its `maxReplicas` at least `minReplicas`; the API server rejects anything \
            else. The manifests use 1 and the minimum instead; fix the bounds so that they say what runs.
            """,
        example: "scaling:\n  min_replicas: 0\n  max_replicas: 4\n",
        remediation: "use min_replicas of at least 1 and max_replicas of at least min_replicas")

    static let kubernetesRequestAboveLimit = DiagnosticKind(
        id: "kubernetes.request-above-limit", severity: .warning,
        summary: "a resource request above its limit, lowered to the limit",
        explanation: """
            Kubernetes rejects a container whose CPU or memory request is above its limit. The request \
            (`deployment.resources.requests`, or `resource_requirements`) is lowered to the limit \
            (`deployment.resources.limits`) in the manifests, since the limit is the bound the workspace \
            promises not to exceed. Make the request at most the limit.
            """,
        example: "deployment:\n  resources:\n    requests: {cpu: \"1\", memory: 2Gi}\n    limits: {cpu: 500m, memory: 1Gi}\n",
        remediation: "make each request at most its limit")

    static let kubernetesUnsupportedStrategy = DiagnosticKind(
        id: "kubernetes.unsupported-strategy", severity: .warning,
        summary: "a rollout strategy a Deployment cannot perform",
        explanation: """
            A Deployment either rolls pods over (`RollingUpdate`) or replaces them all at once \
            (`Recreate`). Blue-green and canary rollouts need a controller such as Argo Rollouts or \
            Flagger, which the `kubernetes` target does not generate: the Deployment rolls updates, \
            which is not what the workspace promises. Write `rolling_update` or `recreate`, or manage the \
            rollout with such a controller.
            """,
        example: "deployment:\n  strategy: blue_green\n",
        remediation: "write rolling_update or recreate, or use a rollout controller")
}
