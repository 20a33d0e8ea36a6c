/// An AOF `Context`: where and under which rules agents run.
public struct AOFContext: Sendable {
    /// Human approval settings.
    public struct Approval: Sendable {
        /// Whether approval is required at all.
        public let required: Located<Bool>?
        /// Who may approve.
        public let allowedUsers: [Located<String>]
        /// How long to wait.
        public let timeoutSeconds: Located<Int>?
        /// Command patterns that need approval.
        public let requireFor: [Located<String>]
        /// How many approvers are needed.
        public let minApprovers: Located<Int>?
    }

    /// Audit settings.
    public struct Audit: Sendable {
        /// Whether audit logging is on.
        public let enabled: Located<Bool>?
        /// Where events go.
        public let sink: Located<String>?
        /// Which events are logged.
        public let events: [Located<String>]
        /// How long events are kept.
        public let retention: Located<Duration>?
    }

    /// The kubeconfig path.
    public let kubeconfig: Located<String>?
    /// The namespace.
    public let namespace: Located<String>?
    /// The cluster.
    public let cluster: Located<String>?
    /// Environment variables.
    public let env: [(key: Located<String>, value: Located<String>)]
    /// Approval settings, if given.
    public let approval: Approval?
    /// Audit settings, if given.
    public let audit: Audit?
    /// Limits, as decoded (`max_cost_per_day` is money).
    public let limits: IRValue?
}
