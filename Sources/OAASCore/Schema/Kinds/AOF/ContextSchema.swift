/// The AOF `Context` kind: the environment a flow or agent runs in (cluster, namespace, env, approval,
/// audit, limits). Keys follow the AOF runtime (`crates/aof-core`, context module) and seed `000_…`.
enum ContextSchema {
    static let approval = ObjectShape(
        "aof-context-approval", doc: "Human approval of risky commands.",
        hints: ["enabled": "required", "enable": "required", "approvers": "allowed_users", "timeout": "timeout_seconds"],
        fields: [
            Field("required", .bool, default: .bool(false), "Whether approval is needed at all; without it nothing is asked."),
            Field("allowed_users", .list(.string), "Who may approve: user IDs such as \"U123\" or \"slack:U123\"."),
            Field("timeout_seconds", .int(min: 1), default: .int(300), "How long to wait for an approver (default 300)."),
            Field("require_for", .list(.string), "Command patterns (regular expressions) that need approval; empty means every command."),
            Field("allow_self_approval", .bool, default: .bool(false), "Whether the requester may approve their own command."),
            Field("min_approvers", .int(min: 1), default: .int(1), "How many approvers are needed (default 1)."),
        ])

    static let audit = ObjectShape(
        "aof-context-audit", doc: "Audit logging of what agents do.",
        hints: ["include_payload": "includePayload", "destination": "sink"],
        fields: [
            Field("enabled", .bool, "Whether audit logging is on."),
            Field("sink", .string, "Where audit events go (a URL or path)."),
            Field("events", .list(.oneOfWords([
                "agent_start", "agent_complete", "tool_call", "approval_requested", "approval_granted",
                "approval_denied", "error", "all",
            ])), "Which events are logged."),
            Field("includePayload", .bool, "Whether event payloads are logged."),
            Field("retention", .grammar(.duration(bareUnit: .days)), "How long audit events are kept (\"30d\")."),
        ])

    static let limits = ObjectShape(
        "aof-context-limits", doc: "Rate and cost limits.",
        fields: [
            Field("max_requests_per_minute", .int(min: 0), "Requests allowed per minute."),
            Field("max_requests_per_hour", .int(min: 0), "Requests allowed per hour (seed 000)."),
            Field("max_tokens_per_day", .int(min: 0), "Tokens allowed per day."),
            Field("max_tokens_per_request", .int(min: 0), "Tokens allowed per request (seed 000)."),
            Field("max_concurrent", .int(min: 1), "Tasks allowed at once; 0 is rejected by the runtime."),
            Field("max_concurrent_tasks", .int(min: 1), "Tasks allowed at once (seed 000)."),
            Field("max_execution_time_seconds", .int(min: 1), "Longest run of one task."),
            Field("max_cost_per_day", .grammar(.money), "Spending allowed per day."),
        ])

    static let secretRef = ObjectShape(
        "aof-context-secret", doc: "A secret made available to the environment.",
        hints: ["env_var": "envVar"],
        fields: [
            Field("name", .string, required: true, "The secret's name."),
            Field("key", .string, "The key within the secret."),
            Field("envVar", .string, "The environment variable it is exposed as."),
        ])

    static let spec = ObjectShape(
        "aof-context-spec", doc: "The environment: cluster, namespace, variables, approval, audit and limits.",
        hints: ["working_dir": "workingDir", "cluster_name": "cluster", "environment": "env"],
        fields: [
            Field("kubeconfig", .string, "Path to the kubeconfig; `${VAR}` is expanded when the context loads."),
            Field("namespace", .string, "The Kubernetes namespace."),
            Field("cluster", .string, "The cluster's name."),
            Field("region", .string, "The cloud region."),
            Field("env", .dictionary(.string), default: .emptyMap, "Environment variables for agents run in this context."),
            Field("workingDir", .string, "The working directory."),
            Field("approval", .object(approval), "Human approval of risky commands."),
            Field("audit", .object(audit), "Audit logging."),
            Field("limits", .object(limits), "Rate and cost limits."),
            Field("secrets", .list(.object(secretRef)), default: .emptyList, "Secrets exposed to the environment."),
        ])

    static let kind = KindDefinition(
        dialect: .aof, name: "Context",
        doc: "The environment a flow or agent runs in: cluster, namespace, variables, approval, audit and limits.",
        document: Envelope.aofDocument("aof-context", kind: "Context", spec: spec),
        model: { .aofContext(AOFContext(decoding: $0)) })
}
