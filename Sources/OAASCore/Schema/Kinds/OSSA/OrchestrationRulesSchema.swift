/// The OAAS `OrchestrationRules` kind: how a workspace routes work to projects and agents, the
/// orchestration patterns it runs, coordination, cost optimisation and alerts. There is no published
/// schema for this kind; keys follow seed `003_…` and the OAAS example files
/// (`06-workspace-enterprise/orchestration-rules.yml`, `.agents-workspace/orchestration-rules.yml`).
enum OrchestrationRulesSchema {
    /// Routing strategies named by the enterprise example and the zod workspace schema.
    static let routingStrategies = [
        "capability_match", "load_balance", "priority", "intelligent_routing", "round_robin", "weighted",
    ]

    /// Load-balancing algorithms the examples route with.
    static let loadBalancingAlgorithms = [
        "round_robin", "weighted_round_robin", "least_busy", "least_connections", "least_latency",
        "resource_based", "resource_aware", "priority_based", "capability_score", "intelligent", "random",
    ]

    /// Priorities a team's requests get.
    static let priorities = ["low", "medium", "high", "critical"]

    /// Alert severities.
    static let severities = ["info", "low", "medium", "warning", "high", "critical"]

    /// A count of requests, or `"unlimited"`.
    static let countOrUnlimited = Shape.either([.int(min: 0), .oneOfWords(["unlimited"])])

    static let resourceThresholds = ObjectShape(
        "oaas-orchestrationrules-resource-thresholds", doc: "Utilisation above which a project is skipped.",
        fields: [
            Field("cpu", .grammar(.percentage(.percent)), "CPU utilisation limit, in percent."),
            Field("memory", .grammar(.percentage(.percent)), "Memory utilisation limit, in percent."),
            Field("gpu", .grammar(.percentage(.percent)), "GPU utilisation limit, in percent."),
        ])

    static let capabilityRoute = ObjectShape(
        "oaas-orchestrationrules-capability-route", doc: "Where requests for one capability go.",
        hints: ["projects": "preferred_projects", "fallback": "fallback_projects", "strategy": "load_balancing", "confidence": "required_confidence"],
        fields: [
            Field("capability", .string, required: true, "The capability this rule routes."),
            Field("required_confidence", .number(min: 0, max: 1), "Lowest match confidence accepted, from 0 to 1."),
            Field("preferred_projects", .list(.string), "Projects tried first; \"*\" means any project."),
            Field("fallback_projects", .list(.string), "Projects tried when no preferred project can serve; empty means no fallback."),
            Field("load_balancing", .oneOfWords(loadBalancingAlgorithms), "How requests are spread over the projects."),
            Field("weights", .dictionary(.number(min: 0)), "Per-project weights for weighted round robin."),
            Field("health_check_required", .bool, "Whether a project must pass its health check to be chosen."),
            Field("timeout", .grammar(.duration(bareUnit: .milliseconds)), "How long a routed request may take; a bare number is milliseconds."),
            Field("require_certification", .oneOfWords(["bronze", "silver", "gold", "platinum"]), "Lowest certification level a serving agent must hold."),
            Field("isolation_level", .string, "How strictly requests are isolated (\"strict\")."),
            Field("audit_trail", .bool, "Whether routed requests are audited."),
            Field("resource_thresholds", .object(resourceThresholds), "Utilisation above which a project is skipped."),
            Field("queue_overflow_strategy", .string, "What happens when the queue is full (\"elastic_scaling\")."),
            Field("require_human_review", .bool, "Whether results need human review."),
            Field("retention_period", .grammar(.duration(bareUnit: .days)), "How long records of routed requests are kept; a bare number is days."),
        ])

    static let domainRoute = ObjectShape(
        "oaas-orchestrationrules-domain-route", doc: "Where requests for one domain go.",
        hints: ["projects": "route_to_projects", "preferred_projects": "route_to_projects", "expertise": "expertise_required"],
        fields: [
            Field("domain", .string, required: true, "The domain this rule routes."),
            Field("expertise_required", .list(.string), "Expertise a serving agent must have."),
            Field("route_to_projects", .list(.string), required: true, "The projects that serve the domain."),
            Field("confidence_threshold", .number(min: 0, max: 1), "Lowest match confidence accepted, from 0 to 1."),
            Field("gpu_required", .bool, "Whether serving needs a GPU."),
            Field("compliance_requirements", .list(.string), "Frameworks the serving projects must comply with (\"sox\", \"hipaa\")."),
            Field("data_residency", .string, "The region data must stay in."),
        ])

    static let teamRoute = ObjectShape(
        "oaas-orchestrationrules-team-route", doc: "What one team may reach, at which priority and within which limits.",
        hints: ["projects": "allowed_projects", "budget": "budget_limit", "rate": "rate_limit"],
        fields: [
            Field("allowed_projects", .list(.string), "Projects the team may use; \"*\" means all."),
            Field("priority", .oneOfWords(priorities), "The priority of the team's requests."),
            Field("rate_limit", countOrUnlimited, "Requests per minute, or \"unlimited\"."),
            Field("budget_limit", .either([.grammar(.money), .oneOfWords(["unlimited"])]), "The team's spending limit, or \"unlimited\"."),
            Field("gpu_access", .bool, "Whether the team may use GPU projects."),
            Field("bypass_queue", .bool, "Whether the team's requests skip the queue."),
            Field("audit_exempt", .bool, "Whether the team's requests are exempt from auditing."),
            Field("require_mfa", .bool, "Whether the team must use multi-factor authentication."),
        ])

    static let costStrategy = ObjectShape(
        "oaas-orchestrationrules-cost-strategy", doc: "One cost-optimisation strategy.",
        fields: [
            Field("name", .string, required: true, "The strategy (\"token_budget_routing\", \"model_selection\")."),
            Field("description", .string, "What the strategy does."),
            Field("enabled", .bool, "Whether the strategy is on."),
            Field("max_tokens_per_request", .int(min: 1), "Most tokens one request may use."),
            Field("max_cost_per_request", .grammar(.money), "Most one request may cost."),
            Field("prefer_cached_responses", .bool, "Whether cached responses are preferred."),
            Field("prefer_smaller_models", .bool, "Whether smaller, cheaper models are preferred."),
            Field("fallback_on_budget_exceeded", .bool, "Whether a cheaper model is used once the budget is spent."),
            Field("alert_on_threshold", .grammar(.percentage(.percent)), "Budget use, in percent, that raises an alert."),
        ])

    static let costOptimization = ObjectShape(
        "oaas-orchestrationrules-cost-optimization", doc: "Cost-based routing.",
        fields: [
            Field("enabled", .bool, "Whether cost-based routing is on."),
            Field("strategies", .list(.object(costStrategy)), "The strategies applied."),
        ])

    static let routingRules = ObjectShape(
        "oaas-orchestrationrules-routing", doc: "How requests are routed to projects: by capability, domain and team.",
        hints: ["strategy": "default_strategy", "teams": "team_routing", "capabilities": "capability_routing", "domains": "domain_routing"],
        fields: [
            Field("default_strategy", .oneOfWords(routingStrategies), "The routing strategy used when no rule matches."),
            Field("fallback_strategy", .string, "The strategy used when the default one fails (\"round_robin\")."),
            Field("cache_routing_decisions", .bool, "Whether routing decisions are cached."),
            Field("cache_ttl", .grammar(.duration(bareUnit: .seconds)), "How long a routing decision is cached; a bare number is seconds."),
            Field("capability_routing", .list(.object(capabilityRoute)), "Per-capability routes."),
            Field("domain_routing", .list(.object(domainRoute)), "Per-domain routes."),
            Field("team_routing", .dictionary(.object(teamRoute)), "Per-team access, priority and limits, keyed by team."),
            Field("cost_optimization", .object(costOptimization), "Cost-based routing."),
        ])

    static let spec = ObjectShape(
        "oaas-orchestrationrules-spec", doc: "Orchestration rules: routing, patterns, coordination, cost optimisation and alerts.",
        hints: ["routing": "routing_rules", "patterns": "orchestration_patterns"],
        fields: [
            Field("routing_rules", .object(routingRules), "How requests are routed to projects."),
            Field("orchestration_patterns", .object(patterns), "Named multi-agent patterns, by pattern type."),
            Field("coordination", .object(coordination), "Consensus, conflict resolution and load-balancing algorithms."),
            Field("coordination_rules", .object(coordinationRules), "Context-sharing and handoff rules."),
            Field("load_balancing", .object(loadBalancing), "Load-balancing algorithms and the circuit breaker."),
            Field("failure_handling", .object(failureHandling), "Retry policies, fallbacks and the dead-letter queue."),
            Field("optimization", .object(optimization), "Caching, batching and pre-warming rules."),
            Field("governance", .object(governance), "Access control, audit and rate-limiting rules."),
            Field("monitoring", .object(monitoring), "Metrics, tracing and alerts for orchestration."),
            Field("security", .object(security), "Authentication and encryption between agents."),
            Field("compliance", .object(compliance), "Audit, data governance and compliance validation."),
        ])

    static let kind = KindDefinition(
        dialect: .ossa, name: "OrchestrationRules",
        doc: "Orchestration rules: routing, patterns, coordination, cost optimisation and alerts.",
        document: Envelope.ossaDocument("oaas-orchestrationrules", kind: "OrchestrationRules", spec: spec),
        model: { .orchestrationRules(OrchestrationRules(decoding: $0)) })
}
