extension Workspace {
    /// Builds the model from a decoded `Workspace` document.
    init(decoding document: IRValue) {
        let spec = document["spec"]
        name = spec?["workspace"]?.string("name")
        conformanceTier = spec?.string("conformance_tier") ?? spec?["ossa"]?.string("conformance_tier")
        projects = (spec?.objects("projects") ?? []).compactMap { project in
            project.string("name").map { Project(name: $0, path: project.string("path"), team: project.string("team")) }
        }
        agents = (spec?.objects("agents") ?? []).map { agent in
            RegisteredAgent(
                id: agent.string("id") ?? agent.string("name"), path: agent.string("path"),
                project: agent.string("project"), enabled: agent.bool("enabled"),
                owner: agent.string("owner"), model: agent.string("model"))
        }
        teams = (spec?["teams"]?.entries ?? []).map { Located($0.key, $0.keyRange) }
        discovery = spec?["discovery"].map(Discovery.init(decoding:))
        orchestration = spec?["orchestration"].map(Orchestration.init(decoding:))
        registry = spec?["registry"].map { registry in
            Registry(type: registry.string("type"), connection: registry.string("connection"), namespace: registry.string("namespace"))
        }
        contextResources = (spec?["context"]?.objects("resources") ?? []).map { resource in
            ContextResource(name: resource.string("name"), type: resource.string("type"), connection: resource.string("connection"))
        }
        bridges = (spec?.objects("bridges") ?? []).map { Bridge(protocol: $0.string("protocol"), enabled: $0.bool("enabled")) }
        compliance = spec?["compliance"].map { compliance in
            Compliance(
                frameworks: compliance.strings("frameworks"), audit: compliance["audit"].map(Audit.init(decoding:)),
                dataGovernance: compliance["data_governance"])
        }
        monitoring = spec?["monitoring"].map(Monitoring.init(decoding:))
        security = spec?["security"].map(Security.init(decoding:))
        deployment = spec?["deployment"].map(Deployment.init(decoding:))
        budgets = spec?["budgets"].map { budgets in
            Budgets(
                daily: budgets.money("daily"), weekly: budgets.money("weekly"), monthly: budgets.money("monthly"),
                perTeam: OSSAReads.allocations(budgets["per_team"]), perProject: OSSAReads.allocations(budgets["per_project"]),
                alertThreshold: budgets.percentage("alert_threshold"))
        }
        suppliers = (spec?.objects("suppliers") ?? []).map { supplier in
            Supplier(
                name: supplier.string("name"), dpa: supplier.bool("dpa"), baa: supplier.bool("baa"),
                processingRegions: supplier.strings("processing_regions"))
        }
    }
}

extension Workspace.Discovery {
    init(decoding discovery: IRValue) {
        enabled = discovery.bool("enabled")
        scanPaths = discovery.strings("scan_paths") + discovery.strings("scan_patterns") + discovery.strings("patterns")
        excludePaths = discovery.strings("exclude_paths") + discovery.strings("exclude_patterns")
        autoRegister = discovery.bool("auto_register")
        refreshInterval = discovery.duration("refresh_interval")
    }
}

extension Workspace.Orchestration {
    init(decoding orchestration: IRValue) {
        strategy = orchestration.string("strategy")
        patterns = orchestration.strings("patterns")
        maxConcurrent = orchestration.int("max_concurrent")
        timeout = orchestration.duration("timeout")
        errorHandling = orchestration.string("error_handling")
        maxAttempts = orchestration["retry"]?.int("max_attempts")
        let rules = orchestration.objects("routing_rules") + (orchestration["routing"]?.objects("rules") ?? [])
        routingRules = rules.map { rule in
            Workspace.RoutingRule(pattern: rule.string("pattern"), agents: rule.strings("agents"), priority: rule.string("priority"))
        }
        conflictResolution = orchestration.string("conflict_resolution")
    }
}

extension Workspace.Audit {
    init(decoding audit: IRValue) {
        enabled = audit.bool("enabled")
        level = audit.string("level")
        retention = audit.duration("retention")
        immutable = audit.bool("immutable")
        destinations = [audit.string("storage")].compactMap { $0 } + audit.strings("destinations")
        events = audit.strings("events")
    }
}

extension Workspace.Monitoring {
    init(decoding monitoring: IRValue) {
        let metrics = monitoring["metrics"]
        let alerting = monitoring["alerting"]
        metricsEnabled = metrics?.bool("enabled")
        metricNames = metrics?.strings("custom_metrics") ?? []
        alertingEnabled = alerting?.bool("enabled")
        alertChannels = alerting?.strings("channels") ?? []
        alertRules = (alerting?.objects("rules") ?? []).map { rule in
            let condition = rule.string("condition")
            let parsed = condition.flatMap { Workspace.AlertCondition(parsing: $0.value) }
            return Workspace.AlertRule(
                name: rule.string("name"), condition: condition,
                metric: rule.string("metric") ?? parsed.flatMap { parsed in condition.map { Located(parsed.metric, $0.range) } },
                metricIsWritten: rule.string("metric") != nil,
                threshold: rule.number("threshold") ?? parsed?.threshold.flatMap { value in condition.map { Located(value, $0.range) } },
                severity: rule.string("severity"),
                channels: [rule.string("channel")].compactMap { $0 } + rule.strings("channels"))
        }
        tracingEnabled = monitoring["tracing"]?.bool("enabled")
    }
}

extension Workspace.Security {
    init(decoding security: IRValue) {
        let authentication = security["authentication"]
        let authorization = security["authorization"]
        let encryption = security["encryption"]
        let network = security["network"]
        let tls = security["tls"] ?? network?["tls"]
        authenticationEnabled = authentication?.bool("enabled")
        authenticationProviders = (authentication?["providers"]?.items ?? []).compactMap { $0.located ?? $0.string("type") }
        mfaRequired = authentication?.bool("mfa_required")
        mfaRequiredRoles = authentication?.strings("mfa_required_roles") ?? []
        authorizationEnabled = authorization?.bool("enabled")
        authorizationModel = authorization?.string("model")
        rolePolicies = (authorization?.objects("policies") ?? []).map {
            Workspace.RolePolicy(role: $0.string("role"), permissions: $0.strings("permissions"))
        }
        encryptionAtRest = encryption?.bool("at_rest")
        encryptionInTransit = encryption?.bool("in_transit")
        keyManagement = encryption?.string("key_management")
        tlsEnabled = tls?.bool("enabled")
        tlsMinVersion = OSSAReads.tlsVersion(tls?["min_version"])
        allowedCIDRs = OSSAReads.cidrs(network?["allowed_ips"]) + OSSAReads.cidrs(network?["ingress_allowlist"])
        egressAllowlist = network?.strings("egress_allowlist") ?? []
        audit = security["audit"].map(Workspace.Audit.init(decoding:))
        sessionIdleTimeout = security["session"]?.duration("idle_timeout")
    }
}

extension Workspace.Deployment {
    init(decoding deployment: IRValue) {
        let multiRegion = deployment["multi_region"]
        let recovery = deployment["disaster_recovery"]
        regions = deployment.strings("regions") + (multiRegion?.strings("regions") ?? [])
        backupRegions = recovery?.strings("backup_regions") ?? []
        failover = deployment.string("failover") ?? multiRegion?.string("failover")
        rpo = recovery?.duration("rpo") ?? recovery.flatMap { Self.objective("RPO", in: $0) }
        rto = recovery?.duration("rto") ?? recovery.flatMap { Self.objective("RTO", in: $0) }
    }

    /// Reads `4h RTO, 1h RPO`: the duration written before `name`.
    static func objective(_ name: String, in value: IRValue) -> Located<Duration>? {
        guard case .string(let text) = value.content else { return nil }
        for part in text.split(separator: ",") {
            let words = part.split(separator: " ")
            guard words.count == 2, words[1].uppercased() == name else { continue }
            let scalar = Scalar(text: String(words[0]), style: .doubleQuoted, tag: nil)
            if case .success(let duration) = Duration.parse(scalar, bareUnit: .seconds) { return Located(duration, value.range) }
        }
        return nil
    }
}

extension Workspace {
    /// A simple alert condition, `metric op number` (`error_rate > 0.05`), or at least the metric it starts
    /// with; a condition that starts with a function call (`rate(x[5m]) > 1`) names no metric here.
    struct AlertCondition: Equatable {
        /// The metric name the condition starts with.
        let metric: String
        /// The number compared with, when the condition is `metric op number`.
        let threshold: Double?

        init?(parsing text: String) {
            let scalars = Array(text.trimmingWhitespace().unicodeScalars)
            func isNameStart(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic || scalar == "_" }
            func isName(_ scalar: Unicode.Scalar) -> Bool {
                isNameStart(scalar) || ("0"..."9").contains(scalar) || scalar == "." || scalar == ":"
            }
            guard let first = scalars.first, isNameStart(first) else { return nil }
            var index = scalars.firstIndex { !isName($0) } ?? scalars.endIndex
            if index < scalars.endIndex, scalars[index] == "(" { return nil }
            metric = String(String.UnicodeScalarView(scalars[..<index]))
            while index < scalars.endIndex, scalars[index] == " " { index += 1 }
            let operators = [">=", "<=", "==", "!=", ">", "<"]
            let rest = String(String.UnicodeScalarView(scalars[index...]))
            guard let op = operators.first(where: { rest.hasPrefix($0) }) else {
                threshold = nil
                return
            }
            let number = rest.dropFirst(op.count).trimmingWhitespace()
            threshold = DecimalText.parse(number)
        }
    }
}

/// Typed reads shared by the OAAS workspace-family decoders (`Workspace`, `GovernanceConfiguration`,
/// `SecurityPolicy`).
enum OSSAReads {
    /// The date in a value decoded with the date grammar.
    static func date(_ value: IRValue?) -> Located<DateValue>? {
        guard let value, case .date(let date)? = value.typed else { return nil }
        return Located(date, value.range)
    }

    /// The TLS version in a value decoded with the TLS grammar.
    static func tlsVersion(_ value: IRValue?) -> Located<TLSVersion>? {
        guard let value, case .tlsVersion(let version)? = value.typed else { return nil }
        return Located(version, value.range)
    }

    /// The CIDR blocks in a list decoded with the CIDR grammar.
    static func cidrs(_ value: IRValue?) -> [Located<CIDRBlock>] {
        (value?.items ?? []).compactMap { item in
            guard case .cidr(let block)? = item.typed else { return nil }
            return Located(block, item.range)
        }
    }

    /// A CIDR block written in a free string field (a firewall source such as "10.0.0.0/8").
    static func cidr(inText value: Located<String>?) -> Located<CIDRBlock>? {
        guard let value, value.value.first?.isNumber == true || value.value.contains(":"),
              case .success(let block) = CIDRBlock.parse(value.value) else { return nil }
        return Located(block, value.range)
    }

    /// The amounts of a name-to-money map, in document order.
    static func allocations(_ value: IRValue?) -> [Workspace.Allocation] {
        (value?.entries ?? []).compactMap { entry in
            guard case .money(let money)? = entry.value.typed else { return nil }
            return Workspace.Allocation(name: Located(entry.key, entry.keyRange), amount: Located(money, entry.value.range))
        }
    }
}
