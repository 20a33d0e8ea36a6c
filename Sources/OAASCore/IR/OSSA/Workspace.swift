/// An OAAS `Workspace` (workspace.yml): the projects, how agents are found and coordinated, and the
/// security, compliance, monitoring, deployment and budget rules that hold across them.
public struct Workspace: Sendable {
    /// A project in the workspace.
    public struct Project: Sendable {
        /// The project's name; orchestration rules and teams refer to it.
        public let name: Located<String>
        /// Where it is, relative to the workspace.
        public let path: Located<String>?
        /// The team that owns it.
        public let team: Located<String>?
    }

    /// An agent registered by hand in `agents`.
    public struct RegisteredAgent: Sendable {
        /// The agent's identifier (`id`, or `name` when there is no `id`).
        public let id: Located<String>?
        /// Where its manifest is.
        public let path: Located<String>?
        /// The project it belongs to.
        public let project: Located<String>?
        /// Whether it is available.
        public let enabled: Located<Bool>?
        /// Who is accountable for it.
        public let owner: Located<String>?
        /// The model it uses.
        public let model: Located<String>?
    }

    /// How agents are found.
    public struct Discovery: Sendable {
        /// Whether discovery runs.
        public let enabled: Located<Bool>?
        /// Directories or globs searched (`scan_paths`, `scan_patterns` and `patterns` together).
        public let scanPaths: [Located<String>]
        /// Globs left out (`exclude_paths` and `exclude_patterns` together).
        public let excludePaths: [Located<String>]
        /// Whether discovered agents are registered automatically.
        public let autoRegister: Located<Bool>?
        /// How often discovery runs again.
        public let refreshInterval: Located<Duration>?
    }

    /// A pattern-based routing rule.
    public struct RoutingRule: Sendable {
        /// The regular expression matched against requests.
        public let pattern: Located<String>?
        /// The agents that handle matches; `"*"` means every agent.
        public let agents: [Located<String>]
        /// Which rule wins when several match.
        public let priority: Located<String>?
    }

    /// How agents are coordinated.
    public struct Orchestration: Sendable {
        /// The overall strategy.
        public let strategy: Located<String>?
        /// The orchestration patterns used.
        public let patterns: [Located<String>]
        /// How many orchestrations run at once.
        public let maxConcurrent: Located<Int>?
        /// How long one orchestration may run.
        public let timeout: Located<Duration>?
        /// What happens when an agent fails.
        public let errorHandling: Located<String>?
        /// How many attempts are made in all.
        public let maxAttempts: Located<Int>?
        /// Routing rules (`routing_rules` and `routing.rules` together).
        public let routingRules: [RoutingRule]
        /// How disagreeing results are settled.
        public let conflictResolution: Located<String>?
    }

    /// Where agents are registered.
    public struct Registry: Sendable {
        /// The backend.
        public let type: Located<String>?
        /// How to reach it.
        public let connection: Located<String>?
        /// The namespace used.
        public let namespace: Located<String>?
    }

    /// A shared resource in `context.resources`.
    public struct ContextResource: Sendable {
        /// The resource's name.
        public let name: Located<String>?
        /// What it is.
        public let type: Located<String>?
        /// How to reach it.
        public let connection: Located<String>?
    }

    /// A bridge to another framework.
    public struct Bridge: Sendable {
        /// The framework or protocol.
        public let `protocol`: Located<String>?
        /// Whether it is active.
        public let enabled: Located<Bool>?
    }

    /// Audit logging, from `compliance.audit` or `security.audit`.
    public struct Audit: Sendable {
        /// Whether audit logging is on.
        public let enabled: Located<Bool>?
        /// How much is recorded.
        public let level: Located<String>?
        /// How long records are kept.
        public let retention: Located<Duration>?
        /// Whether records are write-once.
        public let immutable: Located<Bool>?
        /// Where records are stored and sent.
        public let destinations: [Located<String>]
        /// Which events are recorded.
        public let events: [Located<String>]
    }

    /// The compliance section.
    public struct Compliance: Sendable {
        /// The frameworks as written (`iso_42001`, `nist-ai-rmf` …).
        public let frameworks: [Located<String>]
        /// Audit logging.
        public let audit: Audit?
        /// Data handling rules, as decoded.
        public let dataGovernance: IRValue?

        /// The frameworks, normalised; spellings that name no known framework are left out.
        public var frameworkIDs: [Located<ComplianceFrameworkID>] {
            frameworks.compactMap { name in ComplianceFrameworkID(spelling: name.value).map { Located($0, name.range) } }
        }
    }

    /// An alert rule.
    public struct AlertRule: Sendable {
        /// The alert's name.
        public let name: Located<String>?
        /// The expression that raises it, as written.
        public let condition: Located<String>?
        /// The metric watched: `metric`, or the name the condition starts with (located at the condition).
        public let metric: Located<String>?
        /// Whether `metric` is written in a `metric` key rather than read out of the condition (a name
        /// read out of an expression may be a built-in such as `up`, which no one declares).
        public let metricIsWritten: Bool
        /// The threshold: `threshold`, or the number a simple condition compares with.
        public let threshold: Located<Double>?
        /// How urgent it is.
        public let severity: Located<String>?
        /// The channels notified (`channel` and `channels` together).
        public let channels: [Located<String>]
    }

    /// Metrics and alerting.
    public struct Monitoring: Sendable {
        /// Whether metrics are exported.
        public let metricsEnabled: Located<Bool>?
        /// The workspace's own metric names (`metrics.custom_metrics`).
        public let metricNames: [Located<String>]
        /// Whether alerting is on.
        public let alertingEnabled: Located<Bool>?
        /// The channels alerts may go to.
        public let alertChannels: [Located<String>]
        /// The alert rules.
        public let alertRules: [AlertRule]
        /// Whether tracing is on.
        public let tracingEnabled: Located<Bool>?
    }

    /// The permissions of one role.
    public struct RolePolicy: Sendable {
        /// The role.
        public let role: Located<String>?
        /// What it may do; `"*"` means everything.
        public let permissions: [Located<String>]
    }

    /// The security section.
    public struct Security: Sendable {
        /// Whether authentication is required.
        public let authenticationEnabled: Located<Bool>?
        /// The sign-in methods (provider types).
        public let authenticationProviders: [Located<String>]
        /// Whether multi-factor authentication is required for everyone.
        public let mfaRequired: Located<Bool>?
        /// Roles that must use multi-factor authentication.
        public let mfaRequiredRoles: [Located<String>]
        /// Whether authorisation is enforced.
        public let authorizationEnabled: Located<Bool>?
        /// The access control model.
        public let authorizationModel: Located<String>?
        /// Role permissions.
        public let rolePolicies: [RolePolicy]
        /// Whether stored data is encrypted.
        public let encryptionAtRest: Located<Bool>?
        /// Whether data on the network is encrypted.
        public let encryptionInTransit: Located<Bool>?
        /// Where keys are kept.
        public let keyManagement: Located<String>?
        /// Whether TLS is used (`security.tls` or `security.network.tls`).
        public let tlsEnabled: Located<Bool>?
        /// The oldest TLS version accepted (`security.tls` or `security.network.tls`).
        public let tlsMinVersion: Located<TLSVersion>?
        /// Address ranges allowed in (`network.allowed_ips` and `network.ingress_allowlist`).
        public let allowedCIDRs: [Located<CIDRBlock>]
        /// Hosts or ranges agents may reach.
        public let egressAllowlist: [Located<String>]
        /// Audit logging.
        public let audit: Audit?
        /// How long an idle session lasts.
        public let sessionIdleTimeout: Located<Duration>?
    }

    /// Regions and disaster recovery.
    public struct Deployment: Sendable {
        /// The regions the workspace runs in (`regions` and `multi_region.regions` together).
        public let regions: [Located<String>]
        /// Regions that hold backups.
        public let backupRegions: [Located<String>]
        /// How traffic moves when a region fails.
        public let failover: Located<String>?
        /// The recovery point objective.
        public let rpo: Located<Duration>?
        /// The recovery time objective.
        public let rto: Located<Duration>?
    }

    /// An amount of money for one name (a team or a project).
    public struct Allocation: Sendable {
        /// The team or project.
        public let name: Located<String>
        /// The amount.
        public let amount: Located<Money>
    }

    /// Spending limits.
    public struct Budgets: Sendable {
        /// Per day.
        public let daily: Located<Money>?
        /// Per week.
        public let weekly: Located<Money>?
        /// Per month.
        public let monthly: Located<Money>?
        /// Per team and month.
        public let perTeam: [Allocation]
        /// Per project and month.
        public let perProject: [Allocation]
        /// The share of a budget at which an alert is raised.
        public let alertThreshold: Located<Percentage>?
    }

    /// An external provider.
    public struct Supplier: Sendable {
        /// The provider's name.
        public let name: Located<String>?
        /// Whether a data processing agreement is in place.
        public let dpa: Located<Bool>?
        /// Whether a business associate agreement is in place.
        public let baa: Located<Bool>?
        /// Where it processes data.
        public let processingRegions: [Located<String>]
    }

    /// The workspace's name (`spec.workspace.name`).
    public let name: Located<String>?
    /// The OSSA conformance tier claimed.
    public let conformanceTier: Located<String>?
    /// The projects.
    public let projects: [Project]
    /// Agents registered by hand.
    public let agents: [RegisteredAgent]
    /// The team names (`teams` keys).
    public let teams: [Located<String>]
    /// Discovery, if configured.
    public let discovery: Discovery?
    /// Orchestration, if configured.
    public let orchestration: Orchestration?
    /// The registry, if configured.
    public let registry: Registry?
    /// Shared resources.
    public let contextResources: [ContextResource]
    /// Bridges.
    public let bridges: [Bridge]
    /// Compliance, if configured.
    public let compliance: Compliance?
    /// Monitoring, if configured.
    public let monitoring: Monitoring?
    /// Security, if configured.
    public let security: Security?
    /// Deployment, if configured.
    public let deployment: Deployment?
    /// Budgets, if configured.
    public let budgets: Budgets?
    /// External providers.
    public let suppliers: [Supplier]
}
