/// Workspace sections for running the workspace: resources, health, compliance, monitoring, deployment,
/// budgets, suppliers, data and governance facts. The compliance checks (reference
/// `compliance-frameworks.md`, section 2) read several of these keys.
extension WorkspaceSchema {
    static let resourceLimits = ObjectShape(
        "oaas-workspace-resource-limits", doc: "Upper bounds on what the workspace may use.",
        fields: [
            Field("max_agents", .int(min: 0), "How many agents may run."),
            Field("max_workflows", .int(min: 0), "How many workflows may run."),
            Field("memory_limit", .grammar(.size), "Memory available to the workspace."),
            Field("cpu_limit", .grammar(.cpu), "CPU available to the workspace."),
        ])

    static let resourceAllocation = ObjectShape(
        "oaas-workspace-resource-allocation", doc: "What each agent is given.",
        fields: [
            Field("cpu_per_agent", .grammar(.cpu), "CPU given to each agent."),
            Field("memory_per_agent", .grammar(.size), "Memory given to each agent."),
        ])

    static let resourceScaling = ObjectShape(
        "oaas-workspace-resource-scaling", doc: "Automatic scaling of agent replicas.",
        fields: [
            Field("enabled", .bool, "Whether scaling is automatic."),
            Field("min_replicas", .int(min: 0), "The fewest replicas."),
            Field("max_replicas", .int(min: 1), "The most replicas."),
            Field("target_cpu", .grammar(.percentage(.percent)), "The CPU use scaling aims for."),
        ])

    static let resources = ObjectShape(
        "oaas-workspace-resources", doc: "Resource limits, allocation and scaling.",
        fields: [
            Field("limits", .object(resourceLimits), "Upper bounds."),
            Field("allocation", .object(resourceAllocation), "What each agent is given."),
            Field("scaling", .object(resourceScaling), "Automatic scaling."),
        ])

    static let healthCheck = ObjectShape(
        "oaas-workspace-health-check", doc: "A health check of one service.",
        hints: ["url": "endpoint", "path": "endpoint"],
        fields: [
            Field("name", .string, required: true, "The service checked."),
            Field("endpoint", .string, "The URL or path probed."),
            Field("interval", .grammar(.duration(bareUnit: .seconds)), "How often it is probed (bare numbers are seconds)."),
            Field("timeout", .grammar(.duration(bareUnit: .seconds)), "How long a probe may take (bare numbers are seconds)."),
        ])

    static let probe = ObjectShape(
        "oaas-workspace-probe", doc: "A Kubernetes-style probe.",
        fields: [
            Field("initial_delay", .grammar(.duration(bareUnit: .seconds)), "The wait before the first probe (bare numbers are seconds)."),
            Field("period", .grammar(.duration(bareUnit: .seconds)), "The time between probes (bare numbers are seconds)."),
            Field("timeout", .grammar(.duration(bareUnit: .seconds)), "How long a probe may take (bare numbers are seconds)."),
            Field("failure_threshold", .int(min: 1), "Failures in a row before the service counts as down."),
            Field("success_threshold", .int(min: 1), "Successes in a row before the service counts as up."),
        ])

    static let health = ObjectShape(
        "oaas-workspace-health", doc: "Health checks of the workspace's services.",
        fields: [
            Field("checks", .list(.object(healthCheck)), "Service health checks."),
            Field("startup_probe", .object(probe), "The startup probe."),
            Field("liveness_probe", .object(probe), "The liveness probe."),
            Field("readiness_probe", .object(probe), "The readiness probe."),
        ])

    /// Framework identifiers accepted in `compliance.frameworks`: the seed's snake_case spelling and the
    /// kebab-case spelling used by labels and the compliance CLI.
    static let frameworkWords = [
        "iso_42001", "nist_ai_rmf", "eu_ai_act", "sox", "hipaa", "gdpr", "soc2", "ccpa", "pci_dss", "iso_27001", "fedramp",
        "iso-42001", "nist-ai-rmf", "eu-ai-act", "pci-dss", "iso-27001", "soc2-type2",
    ]

    static let auditReview = ObjectShape(
        "oaas-workspace-audit-review", doc: "Periodic review of audit logs.",
        fields: [
            Field("frequency", GovernanceSchema.frequency, "How often logs are reviewed."),
            Field("last_review", .grammar(.date), "When logs were last reviewed."),
            Field("owner", .string, "Who reviews them."),
        ])

    static let audit = ObjectShape(
        "oaas-workspace-audit", doc: "Audit logging: what is recorded, where, and for how long.",
        hints: ["retention_days": "retention", "retention_period": "retention", "immutable_storage": "immutable", "storage_location": "storage"],
        fields: [
            Field("enabled", .bool, "Whether audit logging is on."),
            Field("level", .oneOfWords(["basic", "standard", "detailed", "comprehensive", "forensic"]), "How much is recorded."),
            Field("log_level", .oneOfWords(["trace", "debug", "info", "warn", "warning", "error"]), "The lowest log level recorded."),
            Field("storage", .string, "Where audit records are stored, such as \"elasticsearch\"."),
            Field("destinations", .list(.string), "Further places audit records are sent."),
            Field("retention", .grammar(.duration(bareUnit: .days)), "How long audit records are kept (bare numbers are days)."),
            Field("immutable", .bool, "Whether records are write-once."),
            Field("tamper_evident", .bool, "Whether records are hash-chained or signed."),
            Field("events", .list(.string), "Which events are recorded."),
            Field("review", .object(auditReview), "Periodic review of the logs."),
        ])

    static let complianceDataGovernance = ObjectShape(
        "oaas-workspace-compliance-data-governance", doc: "Data handling rules that compliance requires.",
        fields: [
            Field("classification", .string, "How strictly data is classified, such as \"strict\"."),
            Field("encryption", .oneOfWords(["required", "optional", "none"]), "Whether data must be encrypted."),
            Field("anonymization", .either([.bool, .string]), "Whether personal data is anonymised."),
            Field("gdpr_compliant", .bool, "Whether data handling follows the GDPR."),
            Field("pii_detection", .bool, "Whether personal data is detected automatically."),
            Field("residency", .string, "Where data must stay, such as \"eu_only\"."),
        ])

    static let compliance = ObjectShape(
        "oaas-workspace-compliance", doc: "The compliance frameworks that apply and their audit and data rules.",
        hints: ["standards": "frameworks"],
        fields: [
            Field("frameworks", .list(.oneOfWords(frameworkWords)), "The frameworks the workspace must comply with."),
            Field("audit", .object(audit), "Audit logging."),
            Field("data_governance", .object(complianceDataGovernance), "Data handling rules."),
        ])

    static let metrics = ObjectShape(
        "oaas-workspace-metrics", doc: "Metrics the workspace exports.",
        hints: ["scrape_interval": "interval", "collection_interval": "interval", "metrics": "custom_metrics", "exporter": "export"],
        fields: [
            Field("enabled", .bool, "Whether metrics are exported."),
            Field("export", .string, "The export format or system, such as \"prometheus\"."),
            Field("endpoint", .string, "Where metrics are served or sent, a path or a URL."),
            Field("interval", .grammar(.duration(bareUnit: .seconds)), "How often metrics are collected (bare numbers are seconds)."),
            Field("retention", .grammar(.duration(bareUnit: .days)), "How long metrics are kept (bare numbers are days)."),
            Field("custom_metrics", .list(.string), "The names of the workspace's own metrics; alert rules may refer to them."),
        ])

    static let logging = ObjectShape(
        "oaas-workspace-logging", doc: "Logging settings.",
        hints: ["destination": "destinations", "outputs": "destinations"],
        fields: [
            Field("level", .oneOfWords(["trace", "debug", "info", "warn", "warning", "error", "fatal"]), "The lowest level logged."),
            Field("format", .oneOfWords(["json", "jsonl", "text", "structured", "logfmt"]), "The log format."),
            Field("destinations", .list(.string), "Where logs go: stdout, a system name or a URL."),
            Field("output", .string, "A single place logs are written, such as a file path."),
            Field("sampling", .dictionary(.number(min: 0, max: 1)), "The fraction of records kept, per level."),
        ])

    static let tracing = ObjectShape(
        "oaas-workspace-tracing", doc: "Distributed tracing settings.",
        fields: [
            Field("enabled", .bool, "Whether tracing is on."),
            Field("provider", .string, "The tracing system, such as \"jaeger\"."),
            Field("endpoint", .grammar(.url), "Where traces are sent."),
            Field("sampling_rate", .number(min: 0, max: 1), "The fraction of requests traced."),
        ])

    static let alertRule = ObjectShape(
        "oaas-workspace-alert-rule", doc: "An alert raised when a condition on a metric holds.",
        hints: ["expr": "condition", "expression": "condition", "query": "condition", "duration": "for", "level": "severity"],
        fields: [
            Field("name", .string, required: true, "The alert's name."),
            Field("condition", .string, "The expression that raises the alert, such as \"error_rate > 0.05\"."),
            Field("metric", .string, "The metric the alert watches, when not written in the condition."),
            Field("threshold", .number(), "The value that raises the alert, when not written in the condition."),
            Field("for", .grammar(.duration(bareUnit: .seconds)), "How long the condition must hold (bare numbers are seconds)."),
            Field("severity", .oneOfWords(["critical", "high", "warning", "medium", "low", "info"]), "How urgent the alert is."),
            Field("channel", .string, "The channel notified; one of alerting.channels."),
            Field("channels", .list(.string), "The channels notified; each one of alerting.channels."),
            Field("description", .string, "What the alert means."),
        ])

    static let alerting = ObjectShape(
        "oaas-workspace-alerting", doc: "Alert channels and rules.",
        hints: ["alerts": "rules", "notification_channels": "channels"],
        fields: [
            Field("enabled", .bool, "Whether alerting is on."),
            Field("channels", .list(.string), "The channels alerts may go to, such as \"slack\" or \"pagerduty\"."),
            Field("rules", .list(.object(alertRule)), "The alert rules."),
        ])

    static let monitoring = ObjectShape(
        "oaas-workspace-monitoring", doc: "Metrics, logging, tracing and alerting.",
        hints: ["alerts": "alerting", "logs": "logging", "traces": "tracing"],
        fields: [
            Field("enabled", .bool, "Whether monitoring is on."),
            Field("metrics", .object(metrics), "Exported metrics."),
            Field("logging", .object(logging), "Logging."),
            Field("tracing", .object(tracing), "Tracing."),
            Field("alerting", .object(alerting), "Alerting."),
        ])

    static let multiRegion = ObjectShape(
        "oaas-workspace-multi-region", doc: "Running in several regions.",
        fields: [
            Field("enabled", .bool, "Whether the workspace runs in several regions."),
            Field("regions", .list(.string), "The regions, such as \"eu-west-1\"."),
            Field("failover", .oneOfWords(["automatic", "manual"]), "How traffic moves when a region fails."),
        ])

    static let disasterRecovery = ObjectShape(
        "oaas-workspace-disaster-recovery", doc: "Recovery objectives and backup regions.",
        hints: ["recovery_point_objective": "rpo", "recovery_time_objective": "rto"],
        fields: [
            Field("enabled", .bool, "Whether disaster recovery is set up."),
            Field("rpo", .grammar(.duration(bareUnit: .seconds)), "The recovery point objective: data loss tolerated (bare numbers are seconds)."),
            Field("rto", .grammar(.duration(bareUnit: .seconds)), "The recovery time objective: downtime tolerated (bare numbers are seconds)."),
            Field("backup_regions", .list(.string), "Regions that hold backups."),
            Field("last_test", .grammar(.date), "When recovery was last tested."),
        ])

    static let deployment = ObjectShape(
        "oaas-workspace-deployment", doc: "Regions, failover and disaster recovery.",
        hints: ["dr": "disaster_recovery", "region": "regions"],
        fields: [
            Field("environment", .string, "The environment deployed to, such as \"production\"."),
            Field("regions", .list(.string), "The regions the workspace runs in."),
            Field("failover", .oneOfWords(["automatic", "manual"]), "How traffic moves when a region fails."),
            Field("data_residency", .string, "How data residency is handled, such as \"enforced\"."),
            Field("multi_region", .object(multiRegion), "Running in several regions."),
            Field("disaster_recovery", .either([.object(disasterRecovery), .string]),
                  "Recovery objectives, as settings or as seed 003's \"4h RTO, 1h RPO\"."),
        ])

    static let budgets = ObjectShape(
        "oaas-workspace-budgets", doc: "Spending limits for the workspace.",
        hints: [
            "daily_budget": "daily", "monthly_budget": "monthly", "per_team_budgets": "per_team", "per_team_budget": "per_team",
            "teams": "per_team", "projects": "per_project",
        ],
        fields: [
            Field("currency", .string, "The currency of amounts written without one, such as \"USD\"."),
            Field("daily", .grammar(.money), "Spending allowed per day."),
            Field("weekly", .grammar(.money), "Spending allowed per week."),
            Field("monthly", .grammar(.money), "Spending allowed per month."),
            Field("per_team", .dictionary(.grammar(.money)), "Spending allowed per team and month, by team name."),
            Field("per_project", .dictionary(.grammar(.money)), "Spending allowed per project and month, by project name."),
            Field("alert_threshold", .grammar(.percentage(.fraction)), "The share of a budget at which an alert is raised."),
        ])

    static let optimization = ObjectShape(
        "oaas-workspace-optimization", doc: "Cost optimisation strategies.",
        fields: [
            Field("token_caching", .either([.bool, .string]), "How aggressively responses are cached."),
            Field("model_selection", .either([.bool, .string]), "How models are chosen for cost."),
            Field("request_batching", .either([.bool, .string]), "Whether requests are batched."),
            Field("response_streaming", .either([.bool, .string]), "How streamed responses are cut short."),
        ])

    static let supplier = ObjectShape(
        "oaas-workspace-supplier", doc: "An external provider of models, tools or services.",
        fields: [
            Field("name", .string, required: true, "The provider's name."),
            Field("type", .string, "What it provides, such as \"model\" or \"vector_store\"."),
            Field("contract", .string, "A reference to the contract."),
            Field("dpa", .bool, "Whether a GDPR data processing agreement is in place."),
            Field("baa", .bool, "Whether a HIPAA business associate agreement is in place."),
            Field("dpf_certified", .bool, "Whether the provider is certified under the EU-US Data Privacy Framework."),
            Field("processing_regions", .list(.string), "Where the provider processes data."),
            Field("last_review", .grammar(.date), "When the provider was last reviewed."),
            Field("attestation", .string, "A reference to the provider's SOC 2 report or other attestation."),
        ])

    static let backup = ObjectShape(
        "oaas-workspace-backup", doc: "Backups of the workspace's data.",
        fields: [
            Field("enabled", .bool, "Whether backups are taken."),
            Field("schedule", .grammar(.cron), "When backups are taken (cron)."),
            Field("retention", .grammar(.duration(bareUnit: .days)), "How long backups are kept (bare numbers are days)."),
            Field("last_restore_test", .grammar(.date), "When a restore was last tested."),
        ])

    static let operations = ObjectShape(
        "oaas-workspace-operations", doc: "Operational controls.",
        fields: [Field("backup", .object(backup), "Backups.")])

    static let transfer = ObjectShape(
        "oaas-workspace-data-transfer", doc: "A transfer of personal data out of its home jurisdiction.",
        fields: [
            Field("destination", .string, required: true, "Where the data goes: a region or country."),
            Field("mechanism", .oneOfWords(["adequacy", "scc", "bcr", "code_of_conduct", "certification", "derogation_49"]), "The GDPR transfer mechanism relied on."),
            Field("reference", .string, "A reference to the signed clauses or decision."),
            Field("tia", .bool, "Whether a transfer impact assessment was made."),
        ])

    static let data = ObjectShape(
        "oaas-workspace-data", doc: "What data the workspace handles and where it may go.",
        fields: [
            Field("classifications", .list(.string), "The classes of data handled, such as \"pii\" or \"phi\"."),
            Field("personal_data", .bool, "Whether personal data is processed."),
            Field("subjects_in_eu", .bool, "Whether data subjects are in the EU."),
            Field("residency", .string, "Where data must stay, such as \"eu_only\"."),
            Field("retention", .grammar(.duration(bareUnit: .days)), "How long personal data is kept (bare numbers are days)."),
            Field("transfers", .list(.object(transfer)), "Transfers out of the home jurisdiction."),
            Field("storage", .dictionary(.any), "Storage settings, passed through."),
            Field("vectors", .dictionary(.any), "Vector store settings, passed through."),
            Field("cache", .dictionary(.any), "Cache settings, passed through."),
        ])

    static let dpia = ObjectShape(
        "oaas-workspace-dpia", doc: "A data protection impact assessment.",
        fields: [
            Field("completed", .bool, "Whether it is done."),
            Field("date", .grammar(.date), "When it was done."),
            Field("evidence", .string, "A reference to the assessment."),
        ])

    static let purpose = ObjectShape(
        "oaas-workspace-processing-purpose", doc: "A purpose for which personal data is processed.",
        fields: [
            Field("purpose", .string, required: true, "The purpose."),
            Field("lawful_basis", .oneOfWords([
                "consent", "contract", "legal_obligation", "vital_interests", "public_task", "legitimate_interests",
            ]), "The GDPR Article 6 lawful basis."),
        ])

    static let privacy = ObjectShape(
        "oaas-workspace-privacy", doc: "Privacy controls for personal data.",
        fields: [
            Field("dpia", .object(dpia), "The data protection impact assessment."),
            Field("ropa", .string, "A reference to the records of processing activities."),
            Field("redact_pii", .bool, "Whether personal data is masked in logs and prompts."),
            Field("log_pseudonymisation", .bool, "Whether personal data in logs is pseudonymised."),
            Field("purposes", .list(.object(purpose)), "Processing purposes and their lawful bases."),
            Field("profiling", .bool, "Whether people are profiled."),
            Field("automated_decisions", .bool, "Whether decisions with legal effect are automated."),
            Field("special_categories", .bool, "Whether special categories of personal data are processed."),
            Field("large_scale", .bool, "Whether processing is on a large scale."),
            Field("systematic_monitoring", .bool, "Whether people are systematically monitored."),
        ])

    static let aiPolicy = ObjectShape(
        "oaas-workspace-ai-policy", doc: "The organisation's AI policy.",
        fields: [
            Field("document", .string, "A reference to the policy."),
            Field("owner", .string, "Who owns it."),
            Field("last_review", .grammar(.date), "When it was last reviewed."),
            Field("review_frequency", GovernanceSchema.frequency, "How often it is reviewed."),
        ])

    static let role = ObjectShape(
        "oaas-workspace-role", doc: "A governance role and who holds it.",
        fields: [
            Field("name", .string, required: true, "The role's name."),
            Field("members", .list(.string), "Who holds it."),
            Field("responsibilities", .list(.string), "What it is responsible for."),
        ])

    static let incidentResponse = ObjectShape(
        "oaas-workspace-incident-response", doc: "How incidents are reported and handled.",
        fields: [
            Field("plan", .string, "A reference to the incident response plan."),
            Field("contact", .string, "Who to contact."),
            Field("channel", .string, "Where concerns are reported."),
            Field("last_test", .grammar(.date), "When the plan was last tested."),
            Field("breach_notification_hours", .int(min: 0), "Hours within which personal data breaches are notified."),
            Field("dpo_contact", .string, "The data protection officer's contact."),
            Field("supervisory_authority", .string, "The data protection authority notified."),
            Field("breach_register", .string, "A reference to the breach register."),
            Field("serious_incident_deadline_days", .int(min: 0), "Days within which serious AI incidents are reported."),
            Field("authority_contact", .string, "The market surveillance authority's contact."),
        ])

    static let killSwitch = ObjectShape(
        "oaas-workspace-kill-switch", doc: "The means to stop the AI system.",
        fields: [
            Field("enabled", .bool, "Whether a kill switch exists."),
            Field("owner", .string, "Who may use it."),
        ])

    static let documentation = ObjectShape(
        "oaas-workspace-documentation", doc: "Keeping of compliance documentation.",
        fields: [Field("retention", .grammar(.duration(bareUnit: .days)), "How long documentation is kept (bare numbers are days).")])

    static let governance = ObjectShape(
        "oaas-workspace-governance", doc: "Governance facts: policy, roles, incident response and kill switch.",
        fields: [
            Field("ai_policy", .object(aiPolicy), "The AI policy."),
            Field("roles", .list(.object(role)), "Governance roles."),
            Field("incident_response", .object(incidentResponse), "Incident handling."),
            Field("kill_switch", .object(killSwitch), "The means to stop the AI system."),
            Field("regulatory_requirements", .list(.string), "The laws and standards that apply."),
            Field("documentation", .object(documentation), "Keeping of documentation."),
        ])
}
