/// Coordination, failure handling, optimisation, governance, monitoring, security and compliance
/// sections of `OrchestrationRules`.
extension OrchestrationRulesSchema {
    static let consensusMechanism = ObjectShape(
        "oaas-orchestrationrules-consensus-mechanism", doc: "How agents agree under one mechanism.",
        fields: [
            Field("required_votes", .number(min: 0, max: 1), "Share of votes needed, from 0 to 1."),
            Field("timeout", .grammar(.duration(bareUnit: .milliseconds)), "How long a vote may take; a bare number is milliseconds."),
            Field("weight_by", .string, "What votes are weighted by (\"expertise_score\")."),
            Field("threshold", .number(min: 0, max: 1), "Weighted share needed, from 0 to 1."),
            Field("minimum_participants", .int(min: 1), "Fewest agents that must take part."),
            Field("required_agreement", .number(min: 0, max: 1), "Share of participants that must agree, from 0 to 1."),
        ])

    static let consensus = ObjectShape(
        "oaas-orchestrationrules-consensus", doc: "How agents reach agreement.",
        fields: [
            Field("default_mechanism", .string, "The mechanism used by default; one of `mechanisms`."),
            Field("mechanisms", .dictionary(.object(consensusMechanism)), "The mechanisms, by name."),
        ])

    static let conflictStrategy = ObjectShape(
        "oaas-orchestrationrules-conflict-strategy", doc: "One way of settling disagreements.",
        fields: [
            Field("description", .string, "What the strategy does."),
            Field("factors", .list(.string), "What the strategy weighs."),
            Field("require_approval", .bool, "Whether a human must approve the outcome."),
            Field("approvers", .list(.string), "Who may approve."),
        ])

    static let conflictResolution = ObjectShape(
        "oaas-orchestrationrules-conflict-resolution", doc: "How disagreements between agents are settled.",
        fields: [
            Field("default_strategy", .string, "The strategy used by default; one of `strategies`."),
            Field("strategies", .dictionary(.object(conflictStrategy)), "The strategies, by name."),
        ])

    static let algorithm = ObjectShape(
        "oaas-orchestrationrules-algorithm", doc: "Settings of one load-balancing algorithm.",
        fields: [
            Field("description", .string, "What the algorithm does."),
            Field("sticky_sessions", .bool, "Whether a client keeps its project."),
            Field("metric", .string, "The metric the algorithm reads."),
            Field("metrics", .list(.string), "The metrics the algorithm reads."),
            Field("scoring_factors", .list(.dictionary(.number(min: 0, max: 1))), "Weighted factors, each a one-key mapping such as `capability_match: 0.5`."),
            Field("resources_checked", .list(.string), "The resources checked."),
            Field("reset_counter", .int(min: 1), "Requests after which the counter restarts."),
            Field("weight_update_interval", .grammar(.duration(bareUnit: .seconds)), "How often weights are updated; a bare number is seconds."),
            Field("connection_tracking", .bool, "Whether open connections are tracked."),
            Field("latency_window", .grammar(.duration(bareUnit: .seconds)), "The window latency is measured over."),
            Field("percentile", .number(min: 0, max: 100), "The latency percentile compared."),
            Field("threshold_based", .bool, "Whether projects over a threshold are skipped."),
            Field("ml_model", .string, "The model that predicts load."),
            Field("features", .list(.string), "The model's input features."),
        ])

    static let breakerSettings = ObjectShape(
        "oaas-orchestrationrules-breaker-settings", doc: "The workspace-wide circuit breaker.",
        hints: ["threshold": "failure_threshold"],
        fields: [
            Field("enabled", .bool, "Whether the circuit breaker is on."),
            Field("failure_threshold", .int(min: 1), "Failures that open the circuit."),
            Field("timeout", .grammar(.duration(bareUnit: .milliseconds)), "How long the circuit stays open; a bare number is milliseconds."),
            Field("reset_timeout", .grammar(.duration(bareUnit: .milliseconds)), "How long before recovery is tried; a bare number is milliseconds."),
            Field("half_open_requests", .int(min: 1), "Trial requests allowed while half open."),
        ])

    static let loadBalancing = ObjectShape(
        "oaas-orchestrationrules-load-balancing", doc: "Load-balancing algorithms and the circuit breaker.",
        fields: [
            Field("algorithms", .dictionary(.object(algorithm)), "The algorithms, by name."),
            Field("circuit_breaker", .object(breakerSettings), "The workspace-wide circuit breaker."),
        ])

    static let coordination = ObjectShape(
        "oaas-orchestrationrules-coordination", doc: "Consensus, conflict resolution and load-balancing algorithms.",
        fields: [
            Field("consensus", .object(consensus), "How agents reach agreement."),
            Field("conflict_resolution", .object(conflictResolution), "How disagreements are settled."),
            Field("load_balancing", .object(loadBalancing), "Load-balancing algorithms."),
        ])

    static let coordinationRule = ObjectShape(
        "oaas-orchestrationrules-coordination-rule", doc: "One context-sharing or handoff rule.",
        hints: ["name": "rule"],
        fields: [
            Field("rule", .string, required: true, "The rule's name."),
            Field("description", .string, "What the rule does."),
            Field("condition", .string, "When the rule applies (\"same_domain\")."),
            Field("scope", .string, "Who receives shared context (\"workspace_wide\")."),
            Field("priority", .int(min: 0), "The rule's rank; lower runs first."),
            Field("timeout", .grammar(.duration(bareUnit: .seconds)), "How long a handoff may take; a bare number is seconds."),
        ])

    static let coordinationRules = ObjectShape(
        "oaas-orchestrationrules-coordination-rules", doc: "Context-sharing and handoff rules.",
        fields: [
            Field("context_sharing", .list(.object(coordinationRule)), "When context is shared between projects."),
            Field("handoff_rules", .list(.object(coordinationRule)), "When work is handed to another project."),
        ])

    static let retryPolicy = ObjectShape(
        "oaas-orchestrationrules-retry-policy", doc: "How failed requests are retried.",
        hints: ["max_attempts": "max_retries", "retries": "max_retries"],
        fields: [
            Field("max_retries", .int(min: 0), "How often a request is retried."),
            Field("backoff", .oneOfWords(["exponential", "linear", "fixed"]), "How the delay grows."),
            Field("initial_delay", .grammar(.duration(bareUnit: .milliseconds)), "The first delay; a bare number is milliseconds."),
            Field("max_delay", .grammar(.duration(bareUnit: .milliseconds)), "The longest delay; a bare number is milliseconds."),
        ])

    static let fallbackStrategy = ObjectShape(
        "oaas-orchestrationrules-fallback", doc: "One fallback strategy.",
        fields: [
            Field("strategy", .string, required: true, "The strategy's name."),
            Field("description", .string, "What the strategy does."),
        ])

    static let deadLetterQueue = ObjectShape(
        "oaas-orchestrationrules-dead-letter-queue", doc: "Where requests that keep failing go.",
        fields: [
            Field("enabled", .bool, "Whether the queue is on."),
            Field("max_retention", .grammar(.duration(bareUnit: .seconds)), "How long requests stay in the queue; a bare number is seconds."),
            Field("alert_threshold", .int(min: 0), "Queue length that raises an alert."),
        ])

    static let failureHandling = ObjectShape(
        "oaas-orchestrationrules-failure-handling", doc: "Retry policies, fallbacks and the dead-letter queue.",
        fields: [
            Field("retry_policies", .dictionary(.object(retryPolicy)), "Retry policies, by name."),
            Field("fallback_strategies", .list(.object(fallbackStrategy)), "Fallbacks, in the order they are tried."),
            Field("dead_letter_queue", .object(deadLetterQueue), "Where requests that keep failing go."),
        ])

    static let optimizationRule = ObjectShape(
        "oaas-orchestrationrules-optimization-rule", doc: "One caching, batching or pre-warming rule.",
        hints: ["name": "rule"],
        fields: [
            Field("rule", .string, required: true, "The rule's name."),
            Field("description", .string, "What the rule does."),
            Field("ttl", .grammar(.duration(bareUnit: .seconds)), "How long cached results live; a bare number is seconds."),
            Field("scope", .string, "Where the cache is shared (\"workspace\", \"project\")."),
            Field("window", .grammar(.duration(bareUnit: .milliseconds)), "How long requests are gathered into a batch; a bare number is milliseconds."),
            Field("max_batch_size", .int(min: 1), "Most requests in one batch."),
            Field("agents", .list(.string), "Agents kept warm."),
        ])

    static let optimization = ObjectShape(
        "oaas-orchestrationrules-optimization", doc: "Caching, batching and pre-warming rules.",
        fields: [
            Field("caching", .list(.object(optimizationRule)), "Caching rules."),
            Field("batching", .list(.object(optimizationRule)), "Batching rules."),
            Field("prewarming", .list(.object(optimizationRule)), "Pre-warming rules."),
            Field("token_caching", .string, "How aggressively tokens are cached (seed 003)."),
            Field("model_selection", .string, "How models are chosen (\"cost-aware\", seed 003)."),
            Field("request_batching", .string, "Whether requests are batched (seed 003)."),
            Field("response_streaming", .string, "How responses are streamed (seed 003)."),
        ])

    static let governanceRule = ObjectShape(
        "oaas-orchestrationrules-governance-rule", doc: "One access-control or audit rule.",
        hints: ["name": "rule"],
        fields: [
            Field("rule", .string, required: true, "The rule's name."),
            Field("description", .string, "What the rule does."),
            Field("enforcement", .oneOfWords(["strict", "permissive", "fail_safe"]), "How strictly the rule is enforced."),
            Field("retention", .grammar(.duration(bareUnit: .days)), "How long audit records are kept; a bare number is days."),
        ])

    static let requestRate = ObjectShape(
        "oaas-orchestrationrules-request-rate", doc: "A request rate.",
        fields: [
            Field("requests_per_minute", .int(min: 0), "Requests allowed per minute."),
            Field("burst", .int(min: 0), "Requests allowed in a burst."),
        ])

    static let rateLimiting = ObjectShape(
        "oaas-orchestrationrules-rate-limiting", doc: "Rate limits, by default, team and capability.",
        fields: [
            Field("default", .object(requestRate), "The limit when no other applies."),
            Field("by_team", .dictionary(countOrUnlimited), "Requests per minute, by team."),
            Field("by_capability", .dictionary(countOrUnlimited), "Requests per minute, by capability."),
        ])

    static let governance = ObjectShape(
        "oaas-orchestrationrules-governance", doc: "Access control, audit and rate-limiting rules.",
        fields: [
            Field("access_control", .list(.object(governanceRule)), "Access-control rules."),
            Field("audit", .list(.object(governanceRule)), "Audit rules."),
            Field("rate_limiting", .object(rateLimiting), "Rate limits."),
        ])

    static let alert = ObjectShape(
        "oaas-orchestrationrules-alert", doc: "An alert raised when a condition on a metric holds.",
        hints: ["expr": "condition", "alert": "name", "level": "severity"],
        fields: [
            Field("name", .string, required: true, "The alert's name."),
            Field("condition", .string, required: true, "The condition, such as \"error_rate > 0.05\"."),
            Field("severity", .oneOfWords(severities), "How serious the alert is."),
            Field("metric", .string, "The metric the condition reads, when it is not the condition's first word."),
            Field("channels", .list(.string), "Where the alert is sent."),
            Field("description", .string, "What the alert means."),
        ])

    static let metricsCollection = ObjectShape(
        "oaas-orchestrationrules-metrics", doc: "Which orchestration metrics are collected.",
        fields: [
            Field("enabled", .bool, "Whether metrics are collected."),
            Field("interval", .grammar(.duration(bareUnit: .seconds)), "How often; a bare number is seconds."),
            Field("retention", .grammar(.duration(bareUnit: .days)), "How long metrics are kept; a bare number is days."),
            Field("collected_metrics", .list(.string), "The metrics collected."),
        ])

    static let tracing = ObjectShape(
        "oaas-orchestrationrules-tracing", doc: "Distributed tracing of orchestrations.",
        fields: [
            Field("enabled", .bool, "Whether tracing is on."),
            Field("sampling_rate", .number(min: 0, max: 1), "Share of orchestrations traced, from 0 to 1."),
            Field("trace_id_propagation", .string, "How trace IDs are passed on (\"w3c\")."),
        ])

    static let monitoring = ObjectShape(
        "oaas-orchestrationrules-monitoring", doc: "Metrics, tracing and alerts for orchestration.",
        fields: [
            Field("metrics", .object(metricsCollection), "Which metrics are collected."),
            Field("tracked_metrics", .list(.string), "The metrics tracked."),
            Field("tracing", .object(tracing), "Distributed tracing."),
            Field("alerts", .list(.object(alert)), "Alerts on orchestration metrics."),
        ])

    static let security = ObjectShape(
        "oaas-orchestrationrules-security", doc: "Authentication and encryption between agents.",
        fields: [
            Field("inter_agent_auth", .object(ObjectShape(
                "oaas-orchestrationrules-inter-agent-auth", doc: "How agents authenticate to each other.",
                fields: [
                    Field("method", .string, "The method (\"mutual_tls\")."),
                    Field("certificate_rotation", .grammar(.duration(bareUnit: .days)), "How often certificates are rotated; a bare number is days."),
                ])), "How agents authenticate to each other."),
            Field("orchestration_auth", .object(ObjectShape(
                "oaas-orchestrationrules-orchestration-auth", doc: "Who may start orchestrations.",
                fields: [
                    Field("model", .string, "The authorisation model (\"rbac\")."),
                    Field("policy_engine", .string, "The policy engine (\"opa\")."),
                    Field("policy_update_interval", .grammar(.duration(bareUnit: .seconds)), "How often policies are reloaded; a bare number is seconds."),
                ])), "Who may start orchestrations."),
            Field("encryption", .object(ObjectShape(
                "oaas-orchestrationrules-encryption", doc: "Encryption of orchestration data.",
                fields: [
                    Field("in_transit", .string, "Encryption in transit (\"tls_1_3\")."),
                    Field("at_rest", .string, "Encryption at rest (\"aes_256_gcm\")."),
                    Field("key_management", .string, "Where keys are kept (\"vault\")."),
                ])), "Encryption of orchestration data."),
        ])

    static let compliance = ObjectShape(
        "oaas-orchestrationrules-compliance", doc: "Audit, data governance and compliance validation.",
        fields: [
            Field("audit", .object(ObjectShape(
                "oaas-orchestrationrules-audit", doc: "The orchestration audit trail.",
                fields: [
                    Field("enabled", .bool, "Whether the audit trail is on."),
                    Field("events", .list(.string), "The events recorded."),
                    Field("retention", .grammar(.duration(bareUnit: .days)), "How long records are kept; a bare number is days."),
                    Field("immutable_storage", .bool, "Whether records are write-once."),
                ])), "The audit trail."),
            Field("data_governance", .object(ObjectShape(
                "oaas-orchestrationrules-data-governance", doc: "Handling of personal data.",
                fields: [
                    Field("pii_detection", .bool, "Whether personal data is detected."),
                    Field("pii_handling", .string, "What happens to detected personal data (\"redact\")."),
                    Field("data_residency_enforcement", .bool, "Whether data residency is enforced."),
                ])), "Handling of personal data."),
            Field("validation", .object(ObjectShape(
                "oaas-orchestrationrules-validation", doc: "When compliance is checked, against which frameworks.",
                fields: [
                    Field("pre_orchestration", .bool, "Whether compliance is checked before a run."),
                    Field("post_orchestration", .bool, "Whether compliance is checked after a run."),
                    Field("continuous", .bool, "Whether compliance is checked continuously."),
                    Field("frameworks", .list(.string), "The frameworks checked (\"iso-42001\", \"sox\")."),
                ])), "When compliance is checked."),
        ])
}
