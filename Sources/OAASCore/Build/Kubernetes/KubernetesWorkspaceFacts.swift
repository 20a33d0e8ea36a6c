/// What the Workspace and the SecurityPolicy documents say that holds for every workload: the name the
/// objects are `part-of`, resources per agent, autoscaling, probe timing, where traffic may come from and
/// go to, and which team owns each project.
struct KubernetesWorkspaceFacts {
    /// Probe timing from `spec.health.*_probe`.
    struct ProbeTiming {
        var initialDelay: Int?
        var period: Int?
        var timeout: Int?
        var failureThreshold: Int?
        var successThreshold: Int?
    }

    /// `spec.resources.scaling`.
    struct Scaling {
        var minReplicas: Located<Int>?
        var maxReplicas: Located<Int>?
        var cpuPercent: Int?
    }

    /// The first Workspace document.
    var workspace: Resource?
    /// The `app.kubernetes.io/part-of` value: the workspace's `metadata.name`, as a label value.
    var partOf: String?
    /// `resources.allocation.cpu_per_agent`.
    var cpuPerAgent: CPUQuantity?
    /// `resources.allocation.memory_per_agent`.
    var memoryPerAgent: ByteSize?
    /// `resources.scaling`, unless `enabled: false`.
    var scaling: Scaling?
    /// `health.liveness_probe`, `readiness_probe`, `startup_probe`.
    var liveness: ProbeTiming?
    var readiness: ProbeTiming?
    var startup: ProbeTiming?
    /// Egress allowlist entries of the Workspace and every SecurityPolicy, in document order.
    var egressAllowlist: [String] = []
    /// Address ranges allowed in, as `address/prefix`, sorted and unique.
    var ingressCIDRs: [String] = []
    /// The team of each project, by project name.
    var projectTeams: [String: String] = [:]

    init(_ resources: [Resource]) {
        for resource in resources {
            switch resource.model {
            case .workspace(let model):
                guard workspace == nil else { continue }
                read(resource, model)
            case .securityPolicy(let policy):
                guard let network = policy.network else { continue }
                for entry in network.egressAllowlist { egressAllowlist.append(entry.value) }
                ingressCIDRs += network.allowedCIDRs.map { Self.cidr($0.value) }
            default:
                break
            }
        }
        ingressCIDRs = Array(Set(ingressCIDRs)).sorted()
    }

    private mutating func read(_ resource: Resource, _ model: Workspace) {
        workspace = resource
        partOf = resource.name.flatMap { KubernetesNames.labelValue($0.value) }
        let spec = resource.document["spec"]
        let allocation = spec?["resources"]?["allocation"]
        if case .cpu(let cpu)? = allocation?["cpu_per_agent"]?.typed { cpuPerAgent = cpu }
        if case .size(let size)? = allocation?["memory_per_agent"]?.typed { memoryPerAgent = size }
        if let section = spec?["resources"]?["scaling"], section.bool("enabled")?.value != false {
            var cpu: Int?
            if case .percentage(let percentage)? = section["target_cpu"]?.typed { cpu = Self.percent(percentage) }
            scaling = Scaling(minReplicas: section.int("min_replicas"), maxReplicas: section.int("max_replicas"), cpuPercent: cpu)
        }
        let health = spec?["health"]
        liveness = health?["liveness_probe"].map(Self.timing)
        readiness = health?["readiness_probe"].map(Self.timing)
        startup = health?["startup_probe"].map(Self.timing)
        if let security = model.security {
            for entry in security.egressAllowlist { egressAllowlist.append(entry.value) }
            ingressCIDRs += security.allowedCIDRs.map { Self.cidr($0.value) }
        }
        for project in model.projects {
            if let team = project.team?.value { projectTeams[project.name.value] = team }
        }
    }

    /// A percentage as whole percent (`70%` and `0.7` where the field takes fractions both give 70).
    static func percent(_ percentage: Percentage) -> Int { Int((percentage.fraction * 100).rounded()) }

    /// A CIDR block as Kubernetes writes it: a single address gets its full prefix length.
    static func cidr(_ block: CIDRBlock) -> String { "\(block.address)/\(block.prefixLength)" }

    /// Whole seconds of a duration, at least 1.
    static func seconds(_ duration: Duration) -> Int { max(1, Int((Double(duration.milliseconds) / 1_000).rounded(.up))) }

    private static func timing(_ value: IRValue) -> ProbeTiming {
        ProbeTiming(
            initialDelay: value.duration("initial_delay").map { max(0, Int($0.value.seconds.rounded(.up))) },
            period: value.duration("period").map { seconds($0.value) },
            timeout: value.duration("timeout").map { seconds($0.value) },
            failureThreshold: value.int("failure_threshold")?.value,
            successThreshold: value.int("success_threshold")?.value)
    }
}
