/// An OAAS `Agent` document: the agent's name, capabilities, protocols, framework integrations,
/// security, compliance, deployment and monitoring.
public struct OSSAAgent: Sendable {
    /// One capability.
    public struct Capability: Sendable {
        /// The capability's name (a bare list item, `name`, or else `id`).
        public let name: Located<String>
        /// `primary` or `secondary` when capabilities are tiered; nil for a plain list.
        public let tier: String?
        /// What it does.
        public let description: Located<String>?
        /// Frameworks it is exposed to.
        public let frameworks: [Located<String>]
        /// Standards it complies with.
        public let compliance: [Located<String>]
        /// The availability promised.
        public let sla: Located<Percentage>?
    }

    /// A framework integration.
    public struct Framework: Sendable {
        /// The framework (the key, or a list item).
        public let name: Located<String>
        /// Whether it is on: the switch, the word, or `enabled`; nil when not said.
        public let enabled: Located<Bool>?
    }

    /// Security settings.
    public struct Security: Sendable {
        /// Authentication methods (a word, or `methods`).
        public let authenticationMethods: [Located<String>]
        /// Whether authentication is required.
        public let authenticationRequired: Located<Bool>?
        /// The authorisation model.
        public let authorizationModel: Located<String>?
        /// Whether calls are audit-logged.
        public let auditLogging: Located<Bool>?
        /// How sensitive the agent's data is.
        public let dataClassification: Located<String>?
    }

    /// Compliance settings.
    public struct Compliance: Sendable {
        /// Frameworks and standards complied with (`frameworks`, `standards`, `compliance_frameworks[].name`).
        public let frameworks: [Located<String>]
        /// The certification level.
        public let certificationLevel: Located<String>?
        /// Whether an audit trail is kept (`audit_trail` or `audit.enabled`).
        public let auditTrail: Located<Bool>?
        /// How long data is kept.
        public let dataRetention: Located<Duration>?
    }

    /// Deployment settings.
    public struct Deployment: Sendable {
        /// The rollout strategy.
        public let strategy: Located<String>?
        /// How many replicas run.
        public let replicas: Located<Int>?
        /// Environments deployed to.
        public let environments: [Located<String>]
        /// Fewest instances or replicas (`deployment.scaling.min_instances` or `scaling.min_replicas`).
        public let minInstances: Located<Int>?
        /// Most instances or replicas.
        public let maxInstances: Located<Int>?
        /// CPU limit.
        public let cpuLimit: Located<CPUQuantity>?
        /// Memory limit.
        public let memoryLimit: Located<ByteSize>?
    }

    /// An alert on one of the agent's metrics.
    public struct Alert: Sendable {
        /// The alert's name.
        public let name: Located<String>?
        /// The condition.
        public let condition: Located<String>?
        /// The metric: the `metric` field, or else the condition's first identifier.
        public let metric: Located<String>?
        /// Whether `metric` is written in a `metric` key rather than read out of the condition (a name
        /// read out of an expression may be a built-in such as `up`, which no one declares).
        public let metricIsWritten: Bool
        /// What happens when it fires.
        public let action: Located<String>?
    }

    /// Monitoring settings.
    public struct Monitoring: Sendable {
        /// Whether metrics are exported.
        public let metricsEnabled: Located<Bool>?
        /// The log level (`logging.level` or `logging_level`).
        public let logLevel: Located<String>?
        /// Whether tracing is on.
        public let tracingEnabled: Located<Bool>?
        /// Alerts.
        public let alerts: [Alert]
        /// Alert thresholds, by metric.
        public let thresholds: [(metric: Located<String>, value: Located<Double>)]
        /// Where alerts are sent.
        public let channels: [Located<String>]
    }

    /// The agent's name: `spec.agent.name`, else `metadata.name`.
    public let name: Located<String>?
    /// What the agent is expert in.
    public let expertise: Located<String>?
    /// The OSSA conformance tier (`spec.conformance_tier`, else label `tier`).
    public let conformanceTier: Located<String>?
    /// The agent's class.
    public let agentClass: Located<String>?
    /// Capabilities, in document order.
    public let capabilities: [Capability]
    /// Protocols spoken (a list, or `protocols.supported`).
    public let protocols: [Located<String>]
    /// The main protocol.
    public let primaryProtocol: Located<String>?
    /// Protocol bridges configured, by protocol.
    public let bridges: [Framework]
    /// Framework integrations.
    public let frameworks: [Framework]
    /// Discovery tags.
    public let discoveryTags: [Located<String>]
    /// Security, if given.
    public let security: Security?
    /// Compliance, if given.
    public let compliance: Compliance?
    /// Deployment, if given.
    public let deployment: Deployment?
    /// Monitoring, if given.
    public let monitoring: Monitoring?
}
