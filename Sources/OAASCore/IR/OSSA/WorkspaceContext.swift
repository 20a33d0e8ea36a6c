/// An OAAS `WorkspaceContext` document: the organisation and its teams, shared resources, the models
/// agents may use with their prices, rate limits and cost controls. Descriptive sections stay in
/// `Resource.document`.
public struct WorkspaceContext: Sendable {
    /// A team of the organisation.
    public struct Team: Sendable {
        /// The team's name (the key).
        public let name: Located<String>
        /// How many people it has.
        public let size: Located<Int>?
        /// The projects it owns.
        public let projects: [Located<String>]
    }

    /// A compliance framework the business is held to.
    public struct ComplianceRequirement: Sendable {
        /// The framework.
        public let framework: Located<String>?
        /// Where the business stands.
        public let status: Located<String>?
        /// When the certification must be renewed.
        public let renewalDate: Located<DateValue>?
        /// The products it applies to.
        public let applicableProducts: [Located<String>]
    }

    /// A shared API.
    public struct API: Sendable {
        /// The API's name.
        public let name: Located<String>?
        /// Whether it is run by the organisation (`internal`) or a third party (`external`).
        public let isInternal: Bool
        /// Its base URL.
        public let endpoint: Located<String>?
        /// How callers authenticate.
        public let auth: Located<String>?
        /// Requests allowed per minute.
        public let rateLimit: Located<Int>?
        /// The price of 1,000 tokens.
        public let costPer1kTokens: Located<Money>?
    }

    /// A shared database, storage location or compute resource.
    public struct SharedResource: Sendable {
        /// `databases`, `storage` or `compute`.
        public let section: String
        /// The resource's name.
        public let name: Located<String>?
        /// Its type (`postgresql`, `s3`, `kubernetes` …).
        public let type: Located<String>?
        /// How to connect (databases).
        public let connectionString: Located<String>?
        /// What it is used for.
        public let purpose: Located<String>?
        /// How long data is kept (storage).
        public let retention: Located<Duration>?
    }

    /// A model agents may use.
    public struct Model: Sendable {
        /// The model's name.
        public let name: Located<String>?
        /// Who serves it.
        public let provider: Located<String>?
        /// The context window, in tokens.
        public let contextWindow: Located<Int>?
        /// The price of 1,000 input tokens.
        public let costPer1kInput: Located<Money>?
        /// The price of 1,000 output tokens.
        public let costPer1kOutput: Located<Money>?
    }

    /// Request rate limits.
    public struct RateLimits: Sendable {
        /// Workspace-wide requests per minute.
        public let requestsPerMinute: Located<Int>?
        /// Workspace-wide burst size.
        public let burstSize: Located<Int>?
        /// Requests per minute, by team.
        public let perTeam: [(team: Located<String>, limit: Located<LimitValue<Int>>)]
        /// Requests per minute, by capability.
        public let perCapability: [(capability: Located<String>, limit: Located<LimitValue<Int>>)]
    }

    /// Budgets and what happens as they are spent.
    public struct CostControls: Sendable {
        /// Spending allowed per day (`daily_budget` or `budgets.daily`).
        public let dailyBudget: Located<Money>?
        /// Spending allowed per month (`monthly_budget` or `budgets.monthly`).
        public let monthlyBudget: Located<Money>?
        /// Share of the budget that raises an alert.
        public let alertThreshold: Located<Percentage>?
        /// Multiple of the budget at which requests stop.
        public let hardLimit: Located<Double>?
        /// Budgets by team (`per_team_budget` and `budgets.per_team`).
        public let perTeam: [(team: Located<String>, budget: Located<Money>)]
    }

    /// A node of a knowledge graph.
    public struct GraphNode: Sendable {
        /// The project, capability or area (the key).
        public let name: Located<String>
        /// What it depends on, or who provides it, or its experts.
        public let sources: [Located<String>]
        /// Who uses it, or its technologies.
        public let targets: [Located<String>]
    }

    /// The organisation's name.
    public let organizationName: Located<String>?
    /// The organisation's size.
    public let organizationSize: Located<String>?
    /// The teams.
    public let teams: [Team]
    /// Compliance frameworks the business is held to.
    public let complianceRequirements: [ComplianceRequirement]
    /// Shared APIs.
    public let apis: [API]
    /// Shared databases, storage and compute.
    public let resources: [SharedResource]
    /// The model used by default.
    public let defaultModel: Located<String>?
    /// The model used when the default fails.
    public let fallbackModel: Located<String>?
    /// The models agents may use.
    public let models: [Model]
    /// Whether multi-factor authentication is required.
    public let mfaRequired: Located<Bool>?
    /// How long a session lasts.
    public let sessionTimeout: Located<Duration>?
    /// Published dashboards.
    public let dashboards: [(name: Located<String>, url: Located<String>?)]
    /// The stage the workspace runs in.
    public let stage: Located<String>?
    /// Feature flags, with grouped flags named `group.flag`.
    public let featureFlags: [(name: Located<String>, enabled: Located<Bool>)]
    /// Rate limits, if given.
    public let rateLimits: RateLimits?
    /// Cost controls, if given.
    public let costControls: CostControls?
    /// Project dependencies (`depends_on`, `consumers`).
    public let projectDependencies: [GraphNode]
    /// Capability providers and consumers.
    public let capabilityGraph: [GraphNode]
}
