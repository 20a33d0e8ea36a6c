extension OrchestrationRules {
    /// Builds the model from a decoded `OrchestrationRules` document.
    init(decoding document: IRValue) {
        let spec = document["spec"]
        routing = spec?["routing_rules"].map(Self.routing)
        let patternSection = spec?["orchestration_patterns"]
        patterns = PatternKind.allCases.flatMap { kind in
            Self.patternValues(patternSection?[kind.rawValue], kind: kind).map { Self.pattern($0, kind: kind) }
        }
        coordination = Self.coordination(spec?["coordination"], loadBalancing: spec?["load_balancing"])
        coordinationRules = ["context_sharing", "handoff_rules"].flatMap { section in
            (spec?["coordination_rules"]?.objects(section) ?? []).map { rule in
                CoordinationRule(
                    section: section, rule: rule.string("rule"), condition: rule.string("condition"),
                    scope: rule.string("scope"), priority: rule.int("priority"), timeout: rule.duration("timeout"))
            }
        }
        circuitBreaker = spec?["load_balancing"]?["circuit_breaker"].map { breaker in
            CircuitBreaker(
                enabled: breaker.bool("enabled"), agent: nil, fallbackAgent: nil,
                threshold: breaker.int("failure_threshold"), timeout: breaker.duration("timeout"),
                resetTimeout: breaker.duration("reset_timeout"), halfOpenRequests: breaker.int("half_open_requests"),
                openFallback: nil, openAlert: nil)
        }
        retryPolicies = (spec?["failure_handling"]?["retry_policies"]?.entries ?? []).map { entry in
            RetryPolicy(
                name: Located(entry.key, entry.keyRange), maxRetries: entry.value.int("max_retries"),
                backoff: entry.value.string("backoff"), initialDelay: entry.value.duration("initial_delay"),
                maxDelay: entry.value.duration("max_delay"))
        }
        rateLimits = spec?["governance"]?["rate_limiting"].map { limits in
            RateLimits(
                defaultRequestsPerMinute: limits["default"]?.int("requests_per_minute"),
                byTeam: Self.limits(limits["by_team"]).map { (team: $0.key, limit: $0.limit) },
                byCapability: Self.limits(limits["by_capability"]).map { (capability: $0.key, limit: $0.limit) })
        }
        let monitoring = spec?["monitoring"]
        metrics = (monitoring?["metrics"]?.strings("collected_metrics") ?? []) + (monitoring?.strings("tracked_metrics") ?? [])
        alerts = (monitoring?.objects("alerts") ?? []).map { alert in
            Alert(
                name: alert.string("name"), condition: alert.string("condition"), severity: alert.string("severity"),
                metric: alert.string("metric") ?? alert["condition"].flatMap(OSSAAlertCondition.metric(in:)),
                metricIsWritten: alert.string("metric") != nil,
                channels: alert.strings("channels"))
        }
        compliance = spec?["compliance"].map { compliance in
            Compliance(
                auditEnabled: compliance["audit"]?.bool("enabled"), auditEvents: compliance["audit"]?.strings("events") ?? [],
                auditRetention: compliance["audit"]?.duration("retention"),
                piiDetection: compliance["data_governance"]?.bool("pii_detection"),
                frameworks: compliance["validation"]?.strings("frameworks") ?? [])
        }
        let prewarmed = (spec?["optimization"]?.objects("prewarming") ?? []).flatMap { $0.strings("agents") }
        agentReferences = patterns.flatMap(\.agentReferences) + prewarmed
        var projects: [Located<String>] = []
        if let routing {
            projects += routing.capabilities.flatMap { $0.preferredProjects + $0.fallbackProjects + $0.weights.map(\.project) }
            projects += routing.domains.flatMap(\.projects)
            projects += routing.teams.flatMap(\.allowedProjects)
        }
        projectReferences = projects + patterns.flatMap(\.projectReferences)
    }

    private static func routing(_ routing: IRValue) -> Routing {
        Routing(
            defaultStrategy: routing.string("default_strategy"), fallbackStrategy: routing.string("fallback_strategy"),
            cacheTTL: routing.duration("cache_ttl"),
            capabilities: routing.objects("capability_routing").map { route in
                CapabilityRoute(
                    capability: route.string("capability"), requiredConfidence: route.number("required_confidence"),
                    preferredProjects: route.strings("preferred_projects"), fallbackProjects: route.strings("fallback_projects"),
                    loadBalancing: route.string("load_balancing"),
                    weights: route.keyed("weights", \.locatedNumber).map { ($0.key, $0.value) },
                    timeout: route.duration("timeout"), requireCertification: route.string("require_certification"),
                    requireHumanReview: route.bool("require_human_review"), auditTrail: route.bool("audit_trail"),
                    retentionPeriod: route.duration("retention_period"))
            },
            domains: routing.objects("domain_routing").map { route in
                DomainRoute(
                    domain: route.string("domain"), expertiseRequired: route.strings("expertise_required"),
                    projects: route.strings("route_to_projects"), confidenceThreshold: route.number("confidence_threshold"),
                    complianceRequirements: route.strings("compliance_requirements"), dataResidency: route.string("data_residency"))
            },
            teams: (routing["team_routing"]?.entries ?? []).map { entry in
                let team = entry.value
                return TeamRoute(
                    team: Located(entry.key, entry.keyRange), allowedProjects: team.strings("allowed_projects"),
                    priority: team.string("priority"), rateLimit: team["rate_limit"].flatMap(OSSALimitReader.count),
                    budgetLimit: team["budget_limit"].flatMap(OSSALimitReader.money),
                    auditExempt: team.bool("audit_exempt"), requireMFA: team.bool("require_mfa"))
            },
            costOptimization: routing["cost_optimization"].map { cost in
                CostOptimization(
                    enabled: cost.bool("enabled"),
                    strategies: cost.objects("strategies").map { strategy in
                        CostStrategy(
                            name: strategy.string("name"), maxTokensPerRequest: strategy.int("max_tokens_per_request"),
                            maxCostPerRequest: strategy.money("max_cost_per_request"),
                            alertOnThreshold: strategy.percentage("alert_on_threshold"),
                            fallbackOnBudgetExceeded: strategy.bool("fallback_on_budget_exceeded"))
                    })
            })
    }

    /// The patterns of one kind: a list of named patterns, or (for fan-out) seed 003's single mapping,
    /// read as one unnamed pattern.
    private static func patternValues(_ section: IRValue?, kind: PatternKind) -> [IRValue] {
        guard let section else { return [] }
        if kind == .fanout, case .object = section.content, section["fanout"] == nil {
            let entry = IREntry(key: "fanout", writtenKey: "fanout", keyRange: section.range, value: section)
            return [IRValue(.object([entry]), range: section.range, path: section.path)]
        }
        return section.items.filter { if case .object = $0.content { true } else { false } }
    }

    /// A parallel group: a mapping of settings, or seed 003's `- Applications: [backend, frontend]`.
    private static func group(_ group: IRValue) -> Group {
        if group.entries.count == 1, let only = group.entries.first, only.key != "projects", !only.value.items.isEmpty {
            return Group(
                name: Located(only.key, only.keyRange), projects: only.value.items.compactMap(\.located),
                agentType: nil, maxParallel: nil, timeout: nil)
        }
        return Group(
            name: group.string("name"), projects: group.strings("projects"), agentType: group.string("agent_type"),
            maxParallel: group.int("max_parallel"), timeout: group.duration("timeout"))
    }

    private static func pattern(_ pattern: IRValue, kind: PatternKind) -> Pattern {
        let fanOut = pattern["fanout"].map { spread in
            FanOut(
                target: spread.string("target"), filter: spread.string("filter"), agent: spread.string("agent"),
                batchSize: spread.int("batch_size"), parallelBatches: spread.int("parallel_batches"),
                aggregation: spread.string("aggregation") ?? pattern["fanin"]?.string("aggregation"),
                timeout: spread.duration("timeout"))
        }
        let mapReduce: MapReduce? = kind == .mapreduce
            ? MapReduce(
                splitter: pattern["map"]?.string("splitter"), chunkSize: pattern["map"].flatMap(Self.size(at: "chunk_size")),
                parallelMappers: pattern["map"]?.int("parallel_mappers"), mapperAgent: pattern["map"]?.string("mapper_agent"),
                reducerAgent: pattern["reduce"]?.string("reducer_agent"),
                intermediateStorage: pattern["reduce"]?.string("intermediate_storage"))
            : nil
        let circuitBreaker: CircuitBreaker? = kind == .circuitBreaker
            ? CircuitBreaker(
                enabled: nil, agent: pattern.string("agent"), fallbackAgent: pattern.string("fallback_agent"),
                threshold: pattern.int("threshold"), timeout: pattern.duration("timeout"),
                resetTimeout: pattern.duration("reset_timeout"), halfOpenRequests: pattern.int("half_open_requests"),
                openFallback: pattern["states"]?["open"]?.string("fallback"),
                openAlert: pattern["states"]?["open"]?.string("alert"))
            : nil
        return Pattern(
            kind: kind, name: pattern.string("name"), description: pattern.string("description"), range: pattern.range,
            maxRetries: pattern.int("max_retries"), timeout: pattern.duration("timeout"),
            steps: pattern.objects("steps").map { step in
                Step(
                    name: step.string("name"), project: step.string("project"), agent: step.string("agent"),
                    timeout: step.duration("timeout"), required: step.bool("required"), onFailure: step.string("on_failure"))
            },
            groups: pattern.objects("groups").map(Self.group),
            maxParallel: pattern.int("max_parallel"), fanOut: fanOut,
            stages: pattern.objects("stages").map { stage in
                Stage(
                    name: stage.string("name"), projects: [stage.string("project")].compactMap { $0 } + stage.strings("projects"),
                    agents: stage.strings("agents"), parallel: stage.bool("parallel"), timeout: stage.duration("timeout"))
            },
            mapReduce: mapReduce, circuitBreaker: circuitBreaker)
    }

    private static func coordination(_ coordination: IRValue?, loadBalancing: IRValue?) -> Coordination? {
        guard coordination != nil || loadBalancing?["algorithms"] != nil else { return nil }
        let consensus = coordination?["consensus"]
        let conflicts = coordination?["conflict_resolution"]
        let algorithms = (coordination?["load_balancing"]?["algorithms"]?.entries ?? [])
            + (loadBalancing?["algorithms"]?.entries ?? [])
        return Coordination(
            defaultMechanism: consensus?.string("default_mechanism"),
            mechanisms: (consensus?["mechanisms"]?.entries ?? []).map { entry in
                ConsensusMechanism(
                    name: Located(entry.key, entry.keyRange), requiredVotes: entry.value.number("required_votes"),
                    timeout: entry.value.duration("timeout"), minimumParticipants: entry.value.int("minimum_participants"))
            },
            defaultConflictStrategy: conflicts?.string("default_strategy"),
            conflictStrategies: (conflicts?["strategies"]?.entries ?? []).map { entry in
                ConflictStrategy(
                    name: Located(entry.key, entry.keyRange), factors: entry.value.strings("factors"),
                    requireApproval: entry.value.bool("require_approval"), approvers: entry.value.strings("approvers"))
            },
            algorithms: algorithms.map { Located($0.key, $0.keyRange) })
    }

    private static func limits(_ map: IRValue?) -> [(key: Located<String>, limit: Located<LimitValue<Int>>)] {
        (map?.entries ?? []).compactMap { entry in
            OSSALimitReader.count(entry.value).map { (Located(entry.key, entry.keyRange), $0) }
        }
    }

    private static func size(at key: String) -> (IRValue) -> Located<ByteSize>? {
        { value in
            guard let size = value[key], case .size(let bytes)? = size.typed else { return nil }
            return Located(bytes, size.range)
        }
    }
}

/// Reads limits written as a number or amount, or as `"unlimited"`.
enum OSSALimitReader {
    /// A count such as a rate limit.
    static func count(_ value: IRValue) -> Located<LimitValue<Int>>? {
        if value.text == "unlimited" { return Located(.unlimited, value.range) }
        return value.int.map { Located(.limited($0), value.range) }
    }

    /// An amount of money such as a budget.
    static func money(_ value: IRValue) -> Located<LimitValue<Money>>? {
        if value.text == "unlimited" { return Located(.unlimited, value.range) }
        guard case .money(let money)? = value.typed else { return nil }
        return Located(.limited(money), value.range)
    }
}
