/// The AOF `DaemonConfig` kind: the `aofctl serve` configuration file. Keys follow the runtime's `ServeConfig`
/// (`crates/aofctl/src/commands/serve.rs`, snake_case) and seed `000_…`, which adds `logging`, `audit` and
/// `limits` sections the daemon does not read yet.
enum DaemonConfigSchema {
    static let server = ObjectShape(
        "aof-daemon-server", doc: "Where the daemon listens.",
        hints: ["timeout": "timeout_secs", "timeout_seconds": "timeout_secs", "bind": "host", "address": "host"],
        fields: [
            Field("port", .int(min: 1, max: 65_535), default: .int(8080), "The port (default 8080; `--port` overrides it)."),
            Field("host", .string, default: .string("0.0.0.0"), "The address to bind to (default \"0.0.0.0\")."),
            Field("cors", .bool, default: .bool(true), "Whether cross-origin requests are allowed (default true)."),
            Field("timeout_secs", .int(min: 1), default: .int(30), "The request timeout in seconds (default 30)."),
        ])

    static let directory = ObjectShape(
        "aof-daemon-directory", doc: "A directory of resource files the daemon loads.",
        hints: ["path": "directory", "dir": "directory", "hot_reload": "watch"],
        fields: [
            Field("directory", .string, "The directory to load YAML files from."),
            Field("watch", .bool, default: .bool(false), "Whether changes are reloaded while the daemon runs (default false)."),
        ])

    static let flows = ObjectShape(
        "aof-daemon-flows", doc: "The directory of AgentFlow files and whether flow routing is on.",
        hints: ["path": "directory", "dir": "directory", "hot_reload": "watch"],
        fields: [
            Field("directory", .string, "The directory to load AgentFlow files from."),
            Field("watch", .bool, default: .bool(false), "Whether changes are reloaded while the daemon runs (default false)."),
            Field("enabled", .bool, default: .bool(true), "Whether messages are routed to flows before the default agent (default true)."),
        ])

    static let runtime = ObjectShape(
        "aof-daemon-runtime", doc: "Task limits and the fallback agent.",
        hints: ["timeout": "task_timeout_secs", "task_timeout_seconds": "task_timeout_secs", "max_concurrent": "max_concurrent_tasks"],
        fields: [
            Field("max_concurrent_tasks", .int(min: 1), default: .int(10), "Tasks run at once (default 10)."),
            Field("task_timeout_secs", .int(min: 1), default: .int(300), "How long one task may run, in seconds (default 300)."),
            Field("max_tasks_per_user", .int(min: 1), default: .int(3), "Tasks one user may have running (default 3)."),
            Field("default_agent", .string, "The agent that answers messages no command or flow claims."),
        ])

    static let decisionLog = ObjectShape(
        "aof-daemon-decision-log", doc: "The log of routing decisions.",
        fields: [
            Field("enabled", .bool, default: .bool(true), "Whether decisions are logged (default true)."),
            Field("path", .string, "The JSON-lines file decisions go to."),
        ])

    static let logFile = ObjectShape(
        "aof-daemon-log-file", doc: "The log file and its rotation (seed 000).",
        hints: ["max_size": "max_size_mb", "backups": "max_backups"],
        fields: [
            Field("path", .string, "The log file."),
            Field("max_size_mb", .int(min: 1), "The size in megabytes at which the file is rotated."),
            Field("max_backups", .int(min: 0), "How many rotated files are kept."),
            Field("compress", .bool, "Whether rotated files are compressed."),
        ])

    static let logging = ObjectShape(
        "aof-daemon-logging", doc: "Where and how the daemon logs (seed 000; the daemon takes `--log-level` and `--log-file` instead).",
        hints: ["log_level": "level", "log_format": "format", "output": "destination"],
        fields: [
            Field("level", .oneOfWords(["trace", "debug", "info", "warn", "error"]), "The lowest level logged."),
            Field("format", .oneOfWords(["json", "text", "pretty", "compact"]), "The line format."),
            Field("destination", .oneOfWords(["stdout", "stderr", "file"]), "Where log lines go; \"file\" uses `file`."),
            Field("file", .object(logFile), "The log file, when the destination is \"file\"."),
        ])

    static let auditDatabase = ObjectShape(
        "aof-daemon-audit-postgresql", doc: "The PostgreSQL table audit events are written to (seed 000).",
        hints: ["connection_string": "url", "dsn": "url", "table_name": "table"],
        fields: [
            Field("url", .grammar(.url), "The connection URL, usually \"${AUDIT_DB_URL}\"."),
            Field("table", .string, "The table, such as \"audit_logs\"."),
        ])

    static let audit = ObjectShape(
        "aof-daemon-audit", doc: "The audit trail of requests, tool runs and approvals (seed 000; the daemon does not read it yet).",
        hints: ["sink": "destination", "postgres": "postgresql"],
        fields: [
            Field("enabled", .bool, "Whether audit logging is on."),
            Field("log_all_requests", .bool, "Whether every request is recorded."),
            Field("log_tool_executions", .bool, "Whether every tool run is recorded."),
            Field("log_approvals", .bool, "Whether approvals and denials are recorded."),
            Field("destination", .oneOfWords(["postgresql", "file", "stdout"]), "Where audit events go; \"postgresql\" uses `postgresql`."),
            Field("postgresql", .object(auditDatabase), "The PostgreSQL table, when the destination is \"postgresql\"."),
            Field("path", .string, "The file audit events go to, when the destination is \"file\"."),
        ])

    static let limits = ObjectShape(
        "aof-daemon-limits", doc: "Rate and token limits, globally, per organization and per user (seed 000).",
        hints: ["per_org": "per_organization", "organizations": "per_organization", "users": "per_user"],
        fields: [
            Field("global", .object(ContextSchema.limits), "Limits on the whole daemon."),
            Field("per_organization", .dictionary(.object(ContextSchema.limits)), "Limits per organization, by organization name."),
            Field("per_user", .object(ContextSchema.limits), "Limits on each user."),
        ])

    static let spec = ObjectShape(
        "aof-daemonconfig-spec", doc: "The AOF daemon: server, platforms, resource directories, runtime limits, audit and logging.",
        hints: ["agent": "agents", "flow": "flows", "trigger": "triggers", "platform": "platforms", "decisions": "decision_log"],
        fields: [
            Field("server", .object(server), default: .object, "Where the daemon listens."),
            Field("platforms", .object(platforms), default: .object, "The chat and webhook platforms the daemon serves."),
            Field("agents", .object(directory), default: .object, "The directory of Agent files."),
            Field("flows", .object(flows), "The directory of AgentFlow files."),
            Field("triggers", .object(directory), default: .object, "The directory of Trigger files; their commands are registered."),
            Field("runtime", .object(runtime), default: .object, "Task limits and the fallback agent."),
            Field("decision_log", .object(decisionLog), default: .object, "The log of routing decisions."),
            Field("logging", .object(logging), "Where and how the daemon logs (seed 000)."),
            Field("audit", .object(audit), "The audit trail (seed 000)."),
            Field("limits", .object(limits), "Rate and token limits (seed 000)."),
        ])

    static let kind = KindDefinition(
        dialect: .aof, name: "DaemonConfig",
        doc: "The AOF daemon: server, platforms, resource directories, runtime limits, audit and logging.",
        document: Envelope.aofDocument("aof-daemonconfig", kind: "DaemonConfig", spec: spec, metadataRequired: false),
        model: { .daemonConfig(DaemonConfig(decoding: $0)) })
}
