/// API, integration, security, compliance, deployment and monitoring sections of an OAAS `Agent`.
extension OSSAAgentSchema {
    static let logLevels = ["trace", "debug", "info", "warn", "warning", "error", "fatal"]

    static let api = ObjectShape(
        "oaas-agent-api", doc: "The agent's API.",
        hints: ["url": "base_url", "spec": "specification"],
        fields: [
            Field("specification", .string, "Path to the OpenAPI document."),
            Field("base_url", .grammar(.url), "Where the API is served."),
            Field("version", .string, "The API version."),
            Field("endpoints", .any, "Endpoint descriptions (free-form)."),
        ])

    static let contextManagement = ObjectShape(
        "oaas-agent-context-management", doc: "How the agent manages its context window.",
        fields: [
            Field("max_tokens", .int(min: 1), "The context budget, in tokens."),
            Field("optimization", .either([.string, .object(ObjectShape(
                "oaas-agent-context-optimization", doc: "How the context is kept small.",
                fields: [
                    Field("strategy", .string, "The strategy (\"adaptive\")."),
                    Field("compression", .bool, "Whether context is compressed."),
                    Field("summarization", .bool, "Whether old context is summarised."),
                ]))]), "How the context is kept small: a strategy name or settings."),
            Field("memory", .object(ObjectShape(
                "oaas-agent-memory", doc: "Where the agent remembers.",
                fields: [
                    Field("type", .string, "The memory type (\"persistent\")."),
                    Field("capacity", .int(min: 0), "How many entries are kept."),
                    Field("storage", .string, "Where memory is stored (\"redis\")."),
                ])), "Where the agent remembers."),
        ])

    static let contextPath = ObjectShape(
        "oaas-agent-context-path", doc: "A path the agent reads knowledge from.",
        fields: [
            Field("path", .string, required: true, "The path."),
            Field("description", .string, "What the path holds."),
            Field("languages", .list(.string), "Languages found there."),
            Field("frameworks", .list(.string), "Frameworks found there."),
            Field("formats", .list(.string), "File formats found there."),
        ])

    static let requestRate = ObjectShape(
        "oaas-agent-rate-limiting", doc: "How many requests the agent accepts.",
        fields: [
            Field("enabled", .bool, "Whether rate limiting is on."),
            Field("requests_per_minute", .int(min: 0), "Requests allowed per minute."),
            Field("burst", .int(min: 0), "Requests allowed in a burst."),
            Field("burst_allowance", .int(min: 0), "Requests allowed in a burst."),
            Field("per_user_limit", .int(min: 0), "Requests per minute allowed per user."),
            Field("by_key", .bool, "Whether limits apply per API key."),
        ])

    static let integration = ObjectShape(
        "oaas-agent-integration", doc: "How callers integrate with the agent.",
        fields: [
            Field("authentication", .object(ObjectShape(
                "oaas-agent-integration-auth", doc: "How callers authenticate.",
                fields: [
                    Field("type", .oneOfWords(["api_key", "oauth2", "jwt", "mtls", "mTLS", "basic", "none"]), "The method."),
                    Field("config", .dictionary(.string), "Method settings (issuer, audience)."),
                ])), "How callers authenticate."),
            Field("rate_limiting", .object(requestRate), "How many requests the agent accepts."),
            Field("retry", .object(ObjectShape(
                "oaas-agent-retry", doc: "How failed calls are retried.",
                fields: [
                    Field("enabled", .bool, "Whether calls are retried."),
                    Field("max_attempts", .int(min: 1), "Most attempts per call."),
                    Field("backoff", .oneOfWords(["exponential", "linear", "fixed"]), "How the delay grows."),
                    Field("initial_delay", .grammar(.duration(bareUnit: .milliseconds)), "The first delay; a bare number is milliseconds."),
                ])), "How failed calls are retried."),
            Field("timeout", .object(ObjectShape(
                "oaas-agent-timeouts", doc: "Call timeouts; bare numbers are milliseconds.",
                fields: [
                    Field("request", .grammar(.duration(bareUnit: .milliseconds)), "How long a request may take."),
                    Field("connection", .grammar(.duration(bareUnit: .milliseconds)), "How long connecting may take."),
                ])), "Call timeouts."),
        ])

    static let security = ObjectShape(
        "oaas-agent-security", doc: "Authentication, authorisation and data protection.",
        hints: ["auth": "authentication", "classification": "data_classification"],
        fields: [
            Field("authentication", .either([.string, .object(ObjectShape(
                "oaas-agent-authentication", doc: "How callers authenticate.",
                fields: [
                    Field("required", .bool, "Whether authentication is required."),
                    Field("methods", .list(.oneOfWords(["api_key", "oauth2", "jwt", "mtls", "mTLS", "basic"])), "Accepted methods."),
                ]))]), "How callers authenticate: a method name or settings."),
            Field("authorization", .either([.string, .object(ObjectShape(
                "oaas-agent-authorization", doc: "How access is decided.",
                fields: [
                    Field("enabled", .bool, "Whether authorisation is enforced."),
                    Field("model", .oneOfWords(["rbac", "abac", "acl", "simple", "none"]), "The model."),
                    Field("roles", .list(.string), "Roles known to the agent."),
                ]))]), "How access is decided: a model name or settings."),
            Field("audit_logging", .bool, "Whether calls are audit-logged."),
            Field("data_classification", .oneOfWords(["public", "internal", "confidential", "restricted"]), "How sensitive the agent's data is."),
            Field("rate_limiting", .object(requestRate), "How many requests the agent accepts."),
            Field("encryption", .object(ObjectShape(
                "oaas-agent-encryption", doc: "How data is encrypted.",
                fields: [
                    Field("at_rest", .either([.bool, .string]), "Encryption at rest: a switch or a cipher."),
                    Field("in_transit", .either([.bool, .string]), "Encryption in transit: a switch or a TLS level."),
                ])), "How data is encrypted."),
            Field("vulnerability_scanning", .bool, "Whether the agent is scanned for vulnerabilities."),
            Field("dependency_checking", .bool, "Whether dependencies are checked."),
            Field("code_signing", .bool, "Whether the agent's code is signed."),
            Field("secrets_management", .object(ObjectShape(
                "oaas-agent-secrets", doc: "Where the agent's secrets live.",
                fields: [
                    Field("provider", .string, "The secret store (\"vault\")."),
                    Field("path", .string, "The path within the store."),
                ])), "Where the agent's secrets live."),
        ])

    static let audit = ObjectShape(
        "oaas-agent-audit", doc: "The agent's audit trail.",
        fields: [
            Field("enabled", .bool, "Whether auditing is on."),
            Field("level", .oneOfWords(["basic", "detailed", "comprehensive", "forensic"]), "How much is recorded."),
            Field("storage", .string, "Where records go."),
            Field("retention", .grammar(.duration(bareUnit: .days)), "How long records are kept; a bare number is days."),
        ])

    static let compliance = ObjectShape(
        "oaas-agent-compliance", doc: "Compliance frameworks and audit.",
        hints: ["certification": "certification_level"],
        fields: [
            Field("frameworks", .list(.string), "Frameworks the agent complies with (\"iso-42001\")."),
            Field("standards", .list(.string), "Standards the agent complies with (\"iso_42001\")."),
            Field("certifications", .list(.string), "Certifications held."),
            Field("certification_level", .oneOfWords(["bronze", "silver", "gold", "platinum"]), "The OAAS certification level."),
            Field("audit_trail", .bool, "Whether an audit trail is kept."),
            Field("data_governance", .bool, "Whether data governance applies."),
            Field("data_handling", .object(ObjectShape(
                "oaas-agent-data-handling", doc: "How the agent handles data.",
                fields: [
                    Field("encryption", .oneOfWords(["at_rest", "in_transit", "both", "none"]), "What is encrypted."),
                    Field("retention", .grammar(.duration(bareUnit: .days)), "How long data is kept; a bare number is days."),
                    Field("classification", .list(.string), "Data classes handled."),
                ])), "How the agent handles data."),
            Field("audit", .object(audit), "The audit trail."),
        ])

    static let complianceFramework = ObjectShape(
        "oaas-agent-compliance-framework", doc: "A compliance framework and how far it is implemented.",
        fields: [
            Field("name", .string, required: true, "The framework (\"ISO_42001\")."),
            Field("level", .oneOfWords(["planned", "implementing", "implemented", "certified"]), "How far it is implemented."),
            Field("maturity_level", .int(min: 1, max: 5), "Maturity from 1 to 5."),
        ])

    static let performance = ObjectShape(
        "oaas-agent-performance", doc: "Token optimisation and caching.",
        fields: [
            Field("token_optimization", .either([.bool, .object(ObjectShape(
                "oaas-agent-token-optimization", doc: "How tokens are saved.",
                fields: [
                    Field("enabled", .bool, "Whether tokens are optimised."),
                    Field("target_savings", .string, "The savings aimed at (\"35-45%\")."),
                    Field("strategies", .list(.string), "The strategies used."),
                ]))]), "How tokens are saved."),
            Field("caching", .either([.bool, .object(ObjectShape(
                "oaas-agent-caching", doc: "How results are cached.",
                fields: [
                    Field("enabled", .bool, "Whether results are cached."),
                    Field("ttl", .grammar(.duration(bareUnit: .seconds)), "How long results live; a bare number is seconds."),
                    Field("levels", .list(.string), "What is cached."),
                ]))]), "How results are cached."),
            Field("monitoring", .dictionary(.bool), "Performance monitoring switches (metrics, tracing, health checks)."),
        ])

    static let resources = ObjectShape(
        "oaas-agent-resources", doc: "CPU and memory.",
        fields: [
            Field("cpu", .grammar(.cpu), "CPU (\"500m\")."),
            Field("memory", .grammar(.size), "Memory (\"512Mi\")."),
        ])

    static let resourceRequirements = ObjectShape(
        "oaas-agent-resource-requirements", doc: "Resources the agent needs.",
        fields: [
            Field("cpu", .grammar(.cpu), "CPU (\"250m\")."),
            Field("memory", .grammar(.size), "Memory (\"512Mi\")."),
            Field("storage", .grammar(.size), "Storage (\"2Gi\")."),
            Field("network", .string, "Network bandwidth (\"100Mbps\")."),
            Field("gpu", .string, "The GPU needed."),
        ])

    static let scaling = ObjectShape(
        "oaas-agent-scaling", doc: "How the agent scales.",
        fields: [
            Field("min_replicas", .int(min: 0), "Fewest replicas."),
            Field("max_replicas", .int(min: 1), "Most replicas."),
            Field("target_cpu", .grammar(.percentage(.percent)), "CPU use that triggers scaling, in percent."),
            Field("target_memory", .grammar(.percentage(.percent)), "Memory use that triggers scaling, in percent."),
        ])

    static let deployment = ObjectShape(
        "oaas-agent-deployment", doc: "How the agent is deployed.",
        fields: [
            Field("strategy", .string, "The rollout strategy (\"rolling_update\")."),
            Field("replicas", .int(min: 0), "How many replicas run."),
            Field("environments", .list(.string), "Environments deployed to."),
            Field("scaling", .object(ObjectShape(
                "oaas-agent-deployment-scaling", doc: "Instance autoscaling.",
                fields: [
                    Field("min_instances", .int(min: 0), "Fewest instances."),
                    Field("max_instances", .int(min: 1), "Most instances."),
                    Field("auto_scale", .bool, "Whether instances scale automatically."),
                    Field("metrics", .list(.string), "Conditions that trigger scaling (\"cpu_usage > 70\")."),
                ])), "Instance autoscaling."),
            Field("health_check", .object(ObjectShape(
                "oaas-agent-health-check", doc: "The health check.",
                fields: [
                    Field("endpoint", .string, "The health endpoint."),
                    Field("interval", .grammar(.duration(bareUnit: .seconds)), "How often it is called; a bare number is seconds."),
                    Field("timeout", .grammar(.duration(bareUnit: .milliseconds)), "How long a check may take; a bare number is milliseconds."),
                    Field("success_threshold", .int(min: 1), "Passes needed to be healthy."),
                    Field("failure_threshold", .int(min: 1), "Failures needed to be unhealthy."),
                ])), "The health check."),
            Field("health_checks", .dictionary(.string), "Probe endpoints (liveness, readiness, startup)."),
            Field("resources", .object(ObjectShape(
                "oaas-agent-deployment-resources", doc: "Resource requests and limits.",
                fields: [
                    Field("requests", .object(resources), "Resources reserved."),
                    Field("limits", .object(resources), "Resources allowed at most."),
                ])), "Resource requests and limits."),
        ])

    static let alert = ObjectShape(
        "oaas-agent-alert", doc: "An alert on one of the agent's metrics.",
        hints: ["expr": "condition"],
        fields: [
            Field("name", .string, required: true, "The alert's name."),
            Field("condition", .string, required: true, "The condition, such as \"error_rate > 0.05\"."),
            Field("metric", .string, "The metric the condition reads, when it is not its first word."),
            Field("severity", .oneOfWords(["info", "low", "medium", "warning", "high", "critical"]), "How serious the alert is."),
            Field("action", .string, "What happens when it fires (\"notify_oncall\")."),
            Field("channels", .list(.string), "Where it is sent."),
        ])

    static let monitoring = ObjectShape(
        "oaas-agent-monitoring", doc: "Metrics, logging, tracing and alerts.",
        fields: [
            Field("metrics", .either([.bool, .object(ObjectShape(
                "oaas-agent-metrics", doc: "Metrics export.",
                fields: [
                    Field("enabled", .bool, "Whether metrics are exported."),
                    Field("export", .string, "The format (\"prometheus\")."),
                    Field("endpoint", .string, "The metrics endpoint."),
                    Field("interval", .grammar(.duration(bareUnit: .seconds)), "How often; a bare number is seconds."),
                    Field("custom_metrics", .list(.string), "Metrics the agent defines."),
                ]))]), "Metrics export: a switch or settings."),
            Field("logging", .object(ObjectShape(
                "oaas-agent-logging", doc: "Logging.",
                fields: [
                    Field("level", .oneOfWords(logLevels), "The log level."),
                    Field("format", .oneOfWords(["json", "jsonl", "text", "structured"]), "The format."),
                    Field("destinations", .list(.string), "Where logs go."),
                    Field("sampling_rate", .number(min: 0, max: 1), "Share of records kept, from 0 to 1."),
                ])), "Logging."),
            Field("tracing", .object(ObjectShape(
                "oaas-agent-tracing", doc: "Tracing.",
                fields: [
                    Field("enabled", .bool, "Whether tracing is on."),
                    Field("provider", .string, "The backend (\"jaeger\")."),
                    Field("endpoint", .grammar(.url), "Where traces are sent."),
                    Field("sampling_rate", .number(min: 0, max: 1), "Share of traces kept, from 0 to 1."),
                ])), "Tracing."),
            Field("alerts", .list(.object(alert)), "Alerts on the agent's metrics."),
            Field("alerting", .object(ObjectShape(
                "oaas-agent-alerting", doc: "Threshold alerting.",
                fields: [
                    Field("enabled", .bool, "Whether alerting is on."),
                    Field("channels", .list(.string), "Where alerts are sent."),
                    Field("thresholds", .dictionary(.number()), "Alert thresholds, by metric."),
                ])), "Threshold alerting."),
            Field("health_check", .string, "The health endpoint."),
            Field("metrics_endpoint", .string, "The metrics endpoint."),
            Field("logging_level", .oneOfWords(logLevels), "The log level."),
        ])

    static let orchestration = ObjectShape(
        "oaas-agent-orchestration", doc: "Orchestration patterns the agent takes part in.",
        fields: [
            Field("patterns", .list(.oneOfWords([
                "sequential", "parallel", "fanout", "pipeline", "mapreduce", "circuit_breaker", "saga", "workflow",
            ])), "Patterns supported."),
            Field("error_handling", .oneOfWords(["fail_fast", "continue", "compensate"]), "What happens when a step fails."),
            Field("timeout", .grammar(.duration(bareUnit: .seconds)), "How long a run may take; a bare number is seconds."),
        ])

    static let projectMetadata = ObjectShape(
        "oaas-agent-project-metadata", doc: "Authorship and links.",
        fields: [
            Field("author", .string, "Who wrote the agent."),
            Field("organization", .string, "The owning organisation."),
            Field("license", .string, "The licence."),
            Field("repository", .grammar(.url), "The source repository."),
            Field("documentation", .grammar(.url), "The documentation."),
            Field("support", .string, "Where to get support."),
            Field("tags", .list(.string), "Free-form tags."),
        ])
}
