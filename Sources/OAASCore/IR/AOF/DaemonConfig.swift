/// An AOF `DaemonConfig`: how `aofctl serve` listens, which platforms it serves, where it loads resources
/// from, its task limits, and (seed 000) its logging, audit trail and rate limits.
public struct DaemonConfig: Sendable {
    /// Where the daemon listens.
    public struct Server: Sendable {
        /// The port.
        public let port: Located<Int>?
        /// The address bound to.
        public let host: Located<String>?
        /// The request timeout in seconds.
        public let timeoutSecs: Located<Int>?
    }

    /// One platform the daemon serves.
    public struct Platform: Sendable {
        /// The platform's key, such as `slack`.
        public let name: Located<String>
        /// Whether it is served (true when absent).
        public let enabled: Located<Bool>?
        /// Credentials written directly (used verbatim, without `${…}` expansion), by key.
        public let credentials: [(key: Located<String>, value: Located<String>)]
        /// Environment variable names given by `*_env` keys, by key.
        public let credentialVariables: [(key: Located<String>, value: Located<String>)]
        /// Slack: who may approve destructive commands.
        public let approvalAllowedUsers: [Located<String>]
    }

    /// A directory of resource files.
    public struct Directory: Sendable {
        /// The directory.
        public let directory: Located<String>?
        /// Whether changes are reloaded.
        public let watch: Located<Bool>?
        /// Flows only: whether flow routing is on.
        public let enabled: Located<Bool>?
    }

    /// Task limits and the fallback agent.
    public struct Runtime: Sendable {
        /// Tasks run at once.
        public let maxConcurrentTasks: Located<Int>?
        /// How long one task may run, in seconds.
        public let taskTimeoutSecs: Located<Int>?
        /// Tasks one user may have running.
        public let maxTasksPerUser: Located<Int>?
        /// The agent that answers messages no command or flow claims.
        public let defaultAgent: Located<String>?
    }

    /// The audit trail (seed 000).
    public struct Audit: Sendable {
        /// Whether audit logging is on.
        public let enabled: Located<Bool>?
        /// Where events go: `postgresql`, `file` or `stdout`.
        public let destination: Located<String>?
        /// The PostgreSQL connection URL.
        public let databaseURL: Located<String>?
        /// The PostgreSQL table.
        public let table: Located<String>?
        /// The audit file.
        public let path: Located<String>?
        /// Whether every request is recorded.
        public let logAllRequests: Located<Bool>?
        /// Whether every tool run is recorded.
        public let logToolExecutions: Located<Bool>?
        /// Whether approvals are recorded.
        public let logApprovals: Located<Bool>?
    }

    /// Logging (seed 000).
    public struct Logging: Sendable {
        /// The lowest level logged.
        public let level: Located<String>?
        /// The line format.
        public let format: Located<String>?
        /// Where log lines go.
        public let destination: Located<String>?
        /// The log file.
        public let filePath: Located<String>?
    }

    /// Rate and token limits (seed 000), each as decoded (the shape of a Context's `limits`).
    public struct Limits: Sendable {
        /// Limits on the whole daemon.
        public let global: IRValue?
        /// Limits per organization, by organization name, in document order.
        public let perOrganization: [(name: Located<String>, limits: IRValue)]
        /// Limits on each user.
        public let perUser: IRValue?
    }

    /// Where the daemon listens.
    public let server: Server?
    /// The platforms configured, in document order.
    public let platforms: [Platform]
    /// The Agent directory.
    public let agents: Directory?
    /// The AgentFlow directory.
    public let flows: Directory?
    /// The Trigger directory.
    public let triggers: Directory?
    /// Task limits and the fallback agent.
    public let runtime: Runtime?
    /// Whether routing decisions are logged.
    public let decisionLogEnabled: Located<Bool>?
    /// The audit trail.
    public let audit: Audit?
    /// Logging.
    public let logging: Logging?
    /// Rate and token limits.
    public let limits: Limits?
}
