/// The OAAS `Workspace` kind (workspace.yml): projects, discovery, orchestration, registry, shared context,
/// bridges, compliance, monitoring, security, deployment and budgets. Keys follow seed `003_…` and the
/// enterprise example it describes (`examples/06-workspace-enterprise/workspace.yml`), plus the basic
/// example's `projects` and the keys the OSSA validators read (`tier`, `resources.limits`).
/// Compliance, monitoring, deployment and budgets are in `WorkspaceSchema+Operations.swift`; security is
/// in `WorkspaceSchema+Security.swift`.
enum WorkspaceSchema {
    static let info = ObjectShape(
        "oaas-workspace-info", doc: "The workspace's own name and description.",
        fields: [
            Field("name", .string, "The workspace's name."),
            Field("description", .string, "What the workspace is for."),
            Field("type", .string, "The kind of workspace, such as \"enterprise_platform\" or \"local\"."),
            Field("scope", .string, "Who the workspace serves, such as \"department\" or \"organization\"."),
            Field("governance_level", .string, "How much governance applies, such as \"basic\" or \"enterprise\"."),
        ])

    static let project = ObjectShape(
        "oaas-workspace-project", doc: "A project whose agents the workspace discovers and orchestrates.",
        hints: ["directory": "path", "dir": "path", "id": "name"],
        fields: [
            Field("name", .string, required: true, "The project's name; orchestration rules and teams refer to it by this name."),
            Field("path", .string, "Where the project is, relative to the workspace."),
            Field("description", .string, "What the project is."),
            Field("team", .string, "The team that owns the project."),
            Field("owner", .string, "The person or role accountable for the project."),
            Field("enabled", .bool, "Whether the project takes part in orchestration."),
            Field("tags", .list(.string), "Free-form tags."),
        ])

    static let agentEntry = ObjectShape(
        "oaas-workspace-agent", doc: "An agent registered with the workspace by hand.",
        hints: ["manifest": "path"],
        fields: [
            Field("id", .string, "The agent's identifier."),
            Field("name", .string, "The agent's name."),
            Field("path", .string, "Where the agent's manifest is."),
            Field("project", .string, "The project the agent belongs to."),
            Field("enabled", .bool, "Whether the agent is available to orchestration."),
            Field("priority", .number(), "Routing priority; higher is preferred."),
            Field("owner", .string, "The person or role accountable for the agent."),
            Field("model", .string, "The model the agent uses."),
            Field("provider", .string, "The model provider."),
            Field("capabilities", .list(.string), "What the agent can do."),
            Field("tags", .list(.string), "Free-form tags."),
        ])

    static let discoveryValidation = ObjectShape(
        "oaas-workspace-discovery-validation", doc: "Checks applied to discovered agents.",
        fields: [
            Field("required_level", .int(min: 0), "The minimum conformance level a discovered agent must have."),
            Field("enforce_schemas", .bool, "Whether discovered manifests must validate against their schema."),
            Field("reject_invalid", .bool, "Whether agents that fail validation are left out."),
        ])

    static let discoveryCache = ObjectShape(
        "oaas-workspace-discovery-cache", doc: "Caching of discovery results.",
        fields: [
            Field("enabled", .bool, "Whether results are cached."),
            Field("ttl", .grammar(.duration(bareUnit: .seconds)), "How long results are kept (bare numbers are seconds)."),
        ])

    static let discovery = ObjectShape(
        "oaas-workspace-discovery", doc: "How the workspace finds agents in its projects.",
        hints: ["interval": "refresh_interval", "scan_interval": "refresh_interval", "paths": "scan_paths"],
        fields: [
            Field("enabled", .bool, "Whether discovery runs."),
            Field("protocol", .string, "The discovery protocol, such as \"uadp\"."),
            Field("scan_paths", .list(.string), "Directories or globs searched for agents."),
            Field("exclude_paths", .list(.string), "Globs left out of the search."),
            Field("patterns", .list(.string), "Manifest file patterns searched for (basic example)."),
            Field("scan_patterns", .list(.string), "Globs searched for agents (OSSA 0.1.2 and the zod schema)."),
            Field("exclude_patterns", .list(.string), "Globs left out of the search (OSSA 0.1.2 and the zod schema)."),
            Field("auto_scan", .bool, "Whether projects are scanned automatically."),
            Field("auto_register", .bool, "Whether discovered agents are registered automatically."),
            Field("auto_discovery", .bool, "Whether discovery runs automatically (zod schema)."),
            Field("refresh_interval", .grammar(.duration(bareUnit: .seconds)), "How often discovery runs again (bare numbers are seconds)."),
            Field("health_check_interval", .grammar(.duration(bareUnit: .seconds)), "How often discovered agents are health-checked (bare numbers are seconds)."),
            Field("max_depth", .int(min: 1), "How deep directories are searched."),
            Field("endpoints", .list(.grammar(.url)), "Discovery service endpoints."),
            Field("validation", .object(discoveryValidation), "Checks applied to discovered agents."),
            Field("cache", .object(discoveryCache), "Caching of discovery results."),
        ])

    static let routingRule = ObjectShape(
        "oaas-workspace-routing-rule", doc: "Routes requests whose text matches a pattern to agents.",
        hints: ["regex": "pattern", "match": "pattern", "targets": "agents"],
        fields: [
            Field("pattern", .grammar(.regex), required: true, "A regular expression matched against the request."),
            Field("agents", .list(.string), "The agents that handle matching requests; \"*\" means every agent."),
            Field("priority", .oneOfWords(["critical", "high", "medium", "low"]), "Which rule wins when several match."),
            Field("strategy", .oneOfWords(["primary_fallback", "sequential", "parallel", "fanout"]), "How the listed agents share the request."),
        ])

    static let retry = ObjectShape(
        "oaas-workspace-retry", doc: "How failed orchestrations are retried.",
        hints: ["max_retries": "max_attempts", "retries": "max_attempts"],
        fields: [
            Field("max_attempts", .int(min: 1), "How many attempts are made in all."),
            Field("backoff", .oneOfWords(["fixed", "exponential", "linear"]), "How the delay grows between attempts."),
            Field("initial_delay", .grammar(.duration(bareUnit: .milliseconds)), "The first delay (bare numbers are milliseconds)."),
            Field("max_delay", .grammar(.duration(bareUnit: .milliseconds)), "The longest delay (bare numbers are milliseconds)."),
        ])

    static let orchestrationCache = ObjectShape(
        "oaas-workspace-orchestration-cache", doc: "Caching of orchestration results.",
        fields: [
            Field("enabled", .bool, "Whether results are cached."),
            Field("ttl", .grammar(.duration(bareUnit: .seconds)), "How long results are kept (bare numbers are seconds)."),
            Field("backend", .string, "Where the cache lives, such as \"redis\"."),
        ])

    static let routing = ObjectShape(
        "oaas-workspace-routing", doc: "How requests are routed to agents.",
        fields: [
            Field("default_strategy", .string, "The routing strategy used when no rule matches, such as \"round_robin\"."),
            Field("load_balancing", .either([.bool, .string]), "Whether, or how, load is balanced across agents."),
            Field("rules", .list(.object(routingRule)), "Pattern-based routing rules."),
        ])

    static let aggregation = ObjectShape(
        "oaas-workspace-aggregation", doc: "How results from several agents are combined.",
        fields: [
            Field("strategy", .string, "How results are combined, such as \"consensus\"."),
            Field("conflict_resolution", .string, "How disagreements are settled, such as \"weighted\"."),
        ])

    static let orchestration = ObjectShape(
        "oaas-workspace-orchestration", doc: "How the workspace coordinates agents across projects.",
        hints: ["max_parallel": "max_concurrent", "concurrency": "max_concurrent", "rules": "routing_rules", "on_error": "error_handling"],
        fields: [
            Field("strategy", .oneOfWords(["adaptive", "sequential", "parallel", "hierarchical"]), "The overall coordination strategy."),
            Field("patterns", .list(.oneOfWords([
                "sequential", "parallel", "fanout", "pipeline", "mapreduce", "circuit_breaker", "saga", "workflow",
            ])), "The orchestration patterns the workspace uses."),
            Field("default_strategy", .string, "The default routing strategy, such as \"capability_match\" (OSSA 0.1.2)."),
            Field("routing_strategy", .oneOfWords(["capability_match", "round_robin", "weighted", "priority"]), "How requests are routed (zod schema)."),
            Field("max_concurrent", .int(min: 1), "How many orchestrations run at once."),
            Field("timeout", .grammar(.duration(bareUnit: .milliseconds)), "How long one orchestration may run (bare numbers are milliseconds)."),
            Field("error_handling", .oneOfWords(["stop", "continue", "retry", "fallback"]), "What happens when an agent fails."),
            Field("retry", .object(retry), "How failures are retried."),
            Field("routing_rules", .list(.object(routingRule)), "Pattern-based routing rules."),
            Field("routing", .object(routing), "How requests are routed."),
            Field("conflict_resolution", .oneOfWords(["first_wins", "last_wins", "weighted_confidence", "voting"]), "How disagreeing agent results are settled."),
            Field("cache_strategy", .oneOfWords(["none", "simple", "intelligent", "semantic"]), "How results are cached (zod schema)."),
            Field("cache", .object(orchestrationCache), "Caching of orchestration results."),
            Field("aggregation", .object(aggregation), "How results from several agents are combined."),
        ])

    static let registryReplication = ObjectShape(
        "oaas-workspace-registry-replication", doc: "Replication of the agent registry.",
        fields: [
            Field("enabled", .bool, "Whether the registry is replicated."),
            Field("factor", .int(min: 1), "How many copies are kept."),
        ])

    static let registryBackup = ObjectShape(
        "oaas-workspace-registry-backup", doc: "Backups of the agent registry.",
        hints: ["interval": "schedule", "cron": "schedule"],
        fields: [
            Field("enabled", .bool, "Whether backups are taken."),
            Field("schedule", .grammar(.cron), "When backups are taken (cron)."),
            Field("retention", .grammar(.duration(bareUnit: .days)), "How long backups are kept (bare numbers are days)."),
        ])

    static let registry = ObjectShape(
        "oaas-workspace-registry", doc: "Where discovered agents are registered.",
        hints: ["url": "connection", "endpoint": "connection", "connection_string": "connection"],
        fields: [
            Field("type", .oneOfWords(["local", "redis", "etcd", "consul", "distributed"]), "The registry backend."),
            Field("connection", .grammar(.url), "How to reach the backend, such as \"etcd://etcd-cluster:2379\"."),
            Field("namespace", .string, "The namespace the workspace's entries live in."),
            Field("replication", .object(registryReplication), "Replication of the registry."),
            Field("backup", .object(registryBackup), "Backups of the registry."),
            Field("persistence", .bool, "Whether registry entries survive restarts."),
            Field("storage_path", .string, "Where a local registry stores its data."),
            Field("backup_enabled", .bool, "Whether backups are taken (short form of backup.enabled)."),
            Field("backup_interval", .grammar(.duration(bareUnit: .seconds)), "How often backups are taken (bare numbers are seconds)."),
        ])

    static let contextResource = ObjectShape(
        "oaas-workspace-context-resource", doc: "A shared resource agents may use.",
        hints: ["url": "connection", "endpoint": "connection", "connection_string": "connection"],
        fields: [
            Field("name", .string, required: true, "The resource's name."),
            Field("type", .string, "What it is, such as \"database\", \"vector_store\" or \"api\"."),
            Field("connection", .grammar(.url), "How to reach it."),
            Field("path", .string, "Where it is, for file-based resources."),
            Field("description", .string, "What it holds."),
        ])

    static let context = ObjectShape(
        "oaas-workspace-context", doc: "Shared context: environment, region, variables and resources.",
        hints: ["env": "variables", "environment_variables": "variables", "shared_resources": "resources"],
        fields: [
            Field("environment", .string, "The environment, such as \"production\"."),
            Field("region", .string, "The primary region."),
            Field("variables", .dictionary(.string), "Variables shared with every agent."),
            Field("resources", .list(.object(contextResource)), "Shared resources such as databases, vector stores and APIs."),
        ])

    static let bridge = ObjectShape(
        "oaas-workspace-bridge", doc: "A bridge to another agent framework or protocol.",
        hints: ["framework": "protocol", "type": "protocol", "settings": "config"],
        fields: [
            Field("protocol", .oneOfWords([
                "mcp", "langchain", "crewai", "autogen", "openai", "anthropic", "google", "a2a", "uadp", "custom",
            ]), required: true, "The framework or protocol bridged to."),
            Field("enabled", .bool, "Whether the bridge is active."),
            Field("config", .dictionary(.any), "Protocol-specific settings, passed through to the bridge."),
        ])

    static let integration = ObjectShape(
        "oaas-workspace-integration", doc: "Settings for one framework integration.", extra: .any,
        fields: [
            Field("enabled", .bool, "Whether the integration is active."),
            Field("version", .string, "The framework version supported."),
        ])

    static let team = ObjectShape(
        "oaas-workspace-team", doc: "A team that works in the workspace.",
        fields: [
            Field("size", .int(min: 0), "How many people the team has."),
            Field("lead", .string, "Who leads the team."),
            Field("members", .list(.string), "Who is in the team."),
            Field("responsibilities", .list(.string), "What the team is responsible for."),
            Field("projects", .list(.string), "The projects the team works on."),
        ])

    static let ossaConformance = ObjectShape(
        "oaas-workspace-ossa", doc: "The workspace's OSSA conformance claim.",
        fields: [
            Field("version", .string, "The OSSA version the workspace conforms to."),
            Field("conformance_tier", .oneOfWords(["core", "governed", "advanced"]), "The conformance tier claimed."),
            Field("certification_level", .string, "The certification level claimed, such as \"gold\"."),
            Field("compliance_frameworks", .list(.string), "The compliance frameworks claimed, such as \"ISO_42001\"."),
        ])

    static let workflowRetry = ObjectShape(
        "oaas-workspace-workflow-retry", doc: "How failed workflows are retried.",
        hints: ["max_attempts": "max_retries"],
        fields: [
            Field("max_retries", .int(min: 0), "How many times a workflow is retried."),
            Field("backoff", .oneOfWords(["fixed", "exponential", "linear"]), "How the delay grows between retries."),
        ])

    static let workflowCleanup = ObjectShape(
        "oaas-workspace-workflow-cleanup", doc: "How long finished workflow runs are kept.",
        fields: [
            Field("completed_retention", .grammar(.duration(bareUnit: .days)), "How long completed runs are kept (bare numbers are days)."),
            Field("failed_retention", .grammar(.duration(bareUnit: .days)), "How long failed runs are kept (bare numbers are days)."),
        ])

    static let workflows = ObjectShape(
        "oaas-workspace-workflows", doc: "The workflow engine.",
        hints: ["timeout": "execution_timeout", "retry": "retry_policy"],
        fields: [
            Field("engine", .string, "The workflow engine."),
            Field("templates_path", .string, "Where workflow templates are."),
            Field("execution_timeout", .grammar(.duration(bareUnit: .seconds)), "How long one run may take (bare numbers are seconds)."),
            Field("retry_policy", .object(workflowRetry), "How failed runs are retried."),
            Field("cleanup", .object(workflowCleanup), "How long finished runs are kept."),
        ])

    static let development = ObjectShape(
        "oaas-workspace-development", doc: "Settings for developing the workspace locally.",
        fields: [
            Field("debug_mode", .bool, "Whether debug output is on."),
            Field("hot_reload", .bool, "Whether configuration changes are picked up without a restart."),
            Field("profiling", .bool, "Whether profiling is on."),
            Field("dev_tools", .dictionary(.any), "Developer tool settings, passed through."),
        ])

    static let spec = ObjectShape(
        "oaas-workspace-spec", doc: "The workspace: projects, discovery, orchestration, registry, security, compliance, monitoring and deployment.",
        hints: ["budget": "budgets", "cost_controls": "budgets", "observability": "monitoring"],
        fields: [
            Field("workspace", .object(info), "The workspace's own name and description."),
            Field("conformance_tier", .oneOfWords(["core", "governed", "advanced"]), "The OSSA conformance tier the workspace claims."),
            Field("tier", .oneOfWords(["development", "staging", "production", "enterprise"]), "The workspace tier the OSSA 0.1.8 workspace validator requires."),
            Field("ossa", .object(ossaConformance), "The workspace's OSSA conformance claim."),
            Field("projects", .list(.object(project)), "The projects in the workspace."),
            Field("agents", .list(.object(agentEntry)), "Agents registered by hand."),
            Field("teams", .dictionary(.object(team)), "The teams, by name."),
            Field("discovery", .object(discovery), "How agents are found."),
            Field("orchestration", .object(orchestration), "How agents are coordinated."),
            Field("registry", .object(registry), "Where agents are registered."),
            Field("context", .object(context), "Shared context and resources."),
            Field("bridges", .list(.object(bridge)), "Bridges to other agent frameworks."),
            Field("integrations", .dictionary(.object(integration)), "Framework integrations, by framework."),
            Field("resources", .object(resources), "Resource limits, allocation and scaling."),
            Field("health", .object(health), "Health checks of the workspace's services."),
            Field("workflows", .object(workflows), "The workflow engine."),
            Field("extensions", .dictionary(.any), "Extension settings, passed through to the extensions."),
            Field("development", .object(development), "Settings for local development."),
            Field("compliance", .object(compliance), "The compliance frameworks that apply and their audit and data rules."),
            Field("monitoring", .object(monitoring), "Metrics, logging, tracing and alerting."),
            Field("security", .object(security), "Authentication, authorisation, encryption, network and audit."),
            Field("deployment", .object(deployment), "Regions, failover and disaster recovery."),
            Field("budgets", .object(budgets), "Spending limits."),
            Field("optimization", .object(optimization), "Cost optimisation strategies."),
            Field("suppliers", .list(.object(supplier)), "External model, tool and service providers."),
            Field("operations", .object(operations), "Operational controls such as backups."),
            Field("data", .object(data), "What data the workspace handles and where it may go."),
            Field("privacy", .object(privacy), "Privacy controls for personal data."),
            Field("governance", .object(governance), "Governance facts: policy, roles, incident response and kill switch."),
        ])

    static let kind = KindDefinition(
        dialect: .ossa, name: "Workspace",
        doc: "The workspace: projects, discovery, orchestration, registry, security, compliance, monitoring and deployment.",
        document: Envelope.ossaDocument("oaas-workspace", kind: "Workspace", spec: spec),
        model: { .workspace(Workspace(decoding: $0)) })
}
