/// A limit that may be a number or amount, or `"unlimited"` (team rate and budget limits).
public enum LimitValue<Value: Sendable>: Sendable {
    /// A finite limit.
    case limited(Value)
    /// No limit.
    case unlimited
}

/// An OAAS `OrchestrationRules` document: routing by capability, domain and team, the orchestration
/// patterns and the agents and projects they use, coordination, cost optimisation and alerts.
public struct OrchestrationRules: Sendable {
    /// Where requests for one capability go.
    public struct CapabilityRoute: Sendable {
        /// The capability routed.
        public let capability: Located<String>?
        /// Lowest match confidence accepted, from 0 to 1.
        public let requiredConfidence: Located<Double>?
        /// Projects tried first (`"*"` is a wildcard).
        public let preferredProjects: [Located<String>]
        /// Projects tried next.
        public let fallbackProjects: [Located<String>]
        /// The load-balancing algorithm.
        public let loadBalancing: Located<String>?
        /// Per-project weights, keyed by project.
        public let weights: [(project: Located<String>, weight: Located<Double>)]
        /// How long a routed request may take.
        public let timeout: Located<Duration>?
        /// Lowest certification level required.
        public let requireCertification: Located<String>?
        /// Whether results need human review.
        public let requireHumanReview: Located<Bool>?
        /// Whether routed requests are audited.
        public let auditTrail: Located<Bool>?
        /// How long records are kept.
        public let retentionPeriod: Located<Duration>?
    }

    /// Where requests for one domain go.
    public struct DomainRoute: Sendable {
        /// The domain routed.
        public let domain: Located<String>?
        /// Expertise a serving agent must have.
        public let expertiseRequired: [Located<String>]
        /// The projects that serve the domain.
        public let projects: [Located<String>]
        /// Lowest match confidence accepted.
        public let confidenceThreshold: Located<Double>?
        /// Compliance frameworks the projects must meet.
        public let complianceRequirements: [Located<String>]
        /// The region data must stay in.
        public let dataResidency: Located<String>?
    }

    /// What one team may reach and within which limits.
    public struct TeamRoute: Sendable {
        /// The team's name (the key).
        public let team: Located<String>
        /// Projects the team may use (`"*"` is a wildcard).
        public let allowedProjects: [Located<String>]
        /// The priority of the team's requests.
        public let priority: Located<String>?
        /// Requests per minute.
        public let rateLimit: Located<LimitValue<Int>>?
        /// The team's spending limit.
        public let budgetLimit: Located<LimitValue<Money>>?
        /// Whether the team's requests are exempt from auditing.
        public let auditExempt: Located<Bool>?
        /// Whether the team must use multi-factor authentication.
        public let requireMFA: Located<Bool>?
    }

    /// One cost-optimisation strategy.
    public struct CostStrategy: Sendable {
        /// The strategy's name.
        public let name: Located<String>?
        /// Most tokens one request may use.
        public let maxTokensPerRequest: Located<Int>?
        /// Most one request may cost.
        public let maxCostPerRequest: Located<Money>?
        /// Budget use that raises an alert.
        public let alertOnThreshold: Located<Percentage>?
        /// Whether a cheaper model is used once the budget is spent.
        public let fallbackOnBudgetExceeded: Located<Bool>?
    }

    /// Cost-based routing.
    public struct CostOptimization: Sendable {
        /// Whether it is on.
        public let enabled: Located<Bool>?
        /// The strategies.
        public let strategies: [CostStrategy]
    }

    /// The routing rules.
    public struct Routing: Sendable {
        /// The default strategy.
        public let defaultStrategy: Located<String>?
        /// The fallback strategy.
        public let fallbackStrategy: Located<String>?
        /// How long routing decisions are cached.
        public let cacheTTL: Located<Duration>?
        /// Per-capability routes.
        public let capabilities: [CapabilityRoute]
        /// Per-domain routes.
        public let domains: [DomainRoute]
        /// Per-team routes, in document order.
        public let teams: [TeamRoute]
        /// Cost-based routing.
        public let costOptimization: CostOptimization?
    }

    /// The type of an orchestration pattern.
    public enum PatternKind: String, Sendable, CaseIterable {
        case sequential, parallel, fanout, pipeline, mapreduce
        case circuitBreaker = "circuit_breaker"
    }

    /// One step of a sequential pattern.
    public struct Step: Sendable {
        /// The step's name.
        public let name: Located<String>?
        /// The project whose agent runs it.
        public let project: Located<String>?
        /// The agent that runs it.
        public let agent: Located<String>?
        /// How long it may take.
        public let timeout: Located<Duration>?
        /// Whether the pattern fails when it fails.
        public let required: Located<Bool>?
        /// What happens when it fails.
        public let onFailure: Located<String>?
    }

    /// One group of a parallel pattern.
    public struct Group: Sendable {
        /// The group's name.
        public let name: Located<String>?
        /// The projects it runs in.
        public let projects: [Located<String>]
        /// The agent that runs in each project.
        public let agentType: Located<String>?
        /// How many projects run at once.
        public let maxParallel: Located<Int>?
        /// How long it may take.
        public let timeout: Located<Duration>?
    }

    /// The fan-out and fan-in of a fan-out pattern.
    public struct FanOut: Sendable {
        /// Which projects receive the work.
        public let target: Located<String>?
        /// Which of them take part.
        public let filter: Located<String>?
        /// The agent that runs in each project.
        public let agent: Located<String>?
        /// Projects per batch.
        public let batchSize: Located<Int>?
        /// Batches run at once.
        public let parallelBatches: Located<Int>?
        /// Where results are gathered (`fanout.aggregation` or `fanin.aggregation`).
        public let aggregation: Located<String>?
        /// How long the fan-out may take.
        public let timeout: Located<Duration>?
    }

    /// One stage of a pipeline.
    public struct Stage: Sendable {
        /// The stage's name (`name` or `stage`).
        public let name: Located<String>?
        /// The projects it runs in (`project` and `projects`).
        public let projects: [Located<String>]
        /// The agents that run in it.
        public let agents: [Located<String>]
        /// Whether its agents or projects run at once.
        public let parallel: Located<Bool>?
        /// How long it may take.
        public let timeout: Located<Duration>?
    }

    /// The map and reduce phases of a map-reduce pattern.
    public struct MapReduce: Sendable {
        /// The agent that splits the input.
        public let splitter: Located<String>?
        /// The size of each chunk.
        public let chunkSize: Located<ByteSize>?
        /// How many mappers run at once.
        public let parallelMappers: Located<Int>?
        /// The agent that maps each chunk.
        public let mapperAgent: Located<String>?
        /// The agent that combines the results.
        public let reducerAgent: Located<String>?
        /// Where intermediate results are kept.
        public let intermediateStorage: Located<String>?
    }

    /// Circuit-breaker settings, from a `circuit_breaker` pattern or `load_balancing.circuit_breaker`.
    public struct CircuitBreaker: Sendable {
        /// Whether the breaker is on (`load_balancing.circuit_breaker` only).
        public let enabled: Located<Bool>?
        /// The agent whose calls are guarded.
        public let agent: Located<String>?
        /// The agent that answers while the circuit is open.
        public let fallbackAgent: Located<String>?
        /// Failures that open the circuit.
        public let threshold: Located<Int>?
        /// How long a call may take, or how long the circuit stays open.
        public let timeout: Located<Duration>?
        /// How long before recovery is tried.
        public let resetTimeout: Located<Duration>?
        /// Trial requests while half open.
        public let halfOpenRequests: Located<Int>?
        /// What answers while the circuit is open.
        public let openFallback: Located<String>?
        /// Who is alerted when the circuit opens.
        public let openAlert: Located<String>?
    }

    /// One named orchestration pattern; the fields that apply depend on `kind`.
    public struct Pattern: Sendable {
        /// The pattern's type.
        public let kind: PatternKind
        /// The pattern's name.
        public let name: Located<String>?
        /// What it does.
        public let description: Located<String>?
        /// Where it is written.
        public let range: SourceRange
        /// Retries of a failed run (sequential).
        public let maxRetries: Located<Int>?
        /// How long the whole run may take.
        public let timeout: Located<Duration>?
        /// Steps (sequential).
        public let steps: [Step]
        /// Groups (parallel), and how many run at once.
        public let groups: [Group]
        /// Groups running at once (parallel).
        public let maxParallel: Located<Int>?
        /// Fan-out and fan-in (fanout).
        public let fanOut: FanOut?
        /// Stages (pipeline).
        public let stages: [Stage]
        /// Map and reduce phases (mapreduce).
        public let mapReduce: MapReduce?
        /// Breaker settings (circuit_breaker).
        public let circuitBreaker: CircuitBreaker?

        /// Every agent the pattern names, in document order.
        public var agentReferences: [Located<String>] {
            var agents: [Located<String>?] = steps.map(\.agent) + groups.map(\.agentType)
            agents.append(fanOut?.agent)
            agents += stages.flatMap { $0.agents.map(Optional.some) }
            agents += [mapReduce?.splitter, mapReduce?.mapperAgent, mapReduce?.reducerAgent]
            agents += [circuitBreaker?.agent, circuitBreaker?.fallbackAgent]
            return agents.compactMap { $0 }
        }

        /// Every project the pattern names, in document order.
        public var projectReferences: [Located<String>] {
            steps.compactMap(\.project) + groups.flatMap(\.projects) + stages.flatMap(\.projects)
        }
    }

    /// One consensus mechanism.
    public struct ConsensusMechanism: Sendable {
        /// The mechanism's name (the key).
        public let name: Located<String>
        /// Share of votes needed.
        public let requiredVotes: Located<Double>?
        /// How long a vote may take.
        public let timeout: Located<Duration>?
        /// Fewest participants.
        public let minimumParticipants: Located<Int>?
    }

    /// One conflict-resolution strategy.
    public struct ConflictStrategy: Sendable {
        /// The strategy's name (the key).
        public let name: Located<String>
        /// What it weighs.
        public let factors: [Located<String>]
        /// Whether a human must approve.
        public let requireApproval: Located<Bool>?
        /// Who may approve.
        public let approvers: [Located<String>]
    }

    /// Coordination between agents.
    public struct Coordination: Sendable {
        /// The default consensus mechanism, which should name one of `mechanisms`.
        public let defaultMechanism: Located<String>?
        /// Consensus mechanisms.
        public let mechanisms: [ConsensusMechanism]
        /// The default conflict strategy, which should name one of `conflictStrategies`.
        public let defaultConflictStrategy: Located<String>?
        /// Conflict-resolution strategies.
        public let conflictStrategies: [ConflictStrategy]
        /// Names of the load-balancing algorithms configured (under `coordination` or `load_balancing`).
        public let algorithms: [Located<String>]
    }

    /// One context-sharing or handoff rule.
    public struct CoordinationRule: Sendable {
        /// `context_sharing` or `handoff_rules`.
        public let section: String
        /// The rule's name.
        public let rule: Located<String>?
        /// When it applies.
        public let condition: Located<String>?
        /// Who receives shared context.
        public let scope: Located<String>?
        /// Its rank.
        public let priority: Located<Int>?
        /// How long a handoff may take.
        public let timeout: Located<Duration>?
    }

    /// One retry policy.
    public struct RetryPolicy: Sendable {
        /// The policy's name (the key).
        public let name: Located<String>
        /// How often a request is retried.
        public let maxRetries: Located<Int>?
        /// How the delay grows.
        public let backoff: Located<String>?
        /// The first delay.
        public let initialDelay: Located<Duration>?
        /// The longest delay.
        public let maxDelay: Located<Duration>?
    }

    /// Rate limits from `governance.rate_limiting`.
    public struct RateLimits: Sendable {
        /// Requests per minute when no other limit applies.
        public let defaultRequestsPerMinute: Located<Int>?
        /// Requests per minute, by team.
        public let byTeam: [(team: Located<String>, limit: Located<LimitValue<Int>>)]
        /// Requests per minute, by capability.
        public let byCapability: [(capability: Located<String>, limit: Located<LimitValue<Int>>)]
    }

    /// An alert on an orchestration metric.
    public struct Alert: Sendable {
        /// The alert's name.
        public let name: Located<String>?
        /// The condition as written.
        public let condition: Located<String>?
        /// The severity.
        public let severity: Located<String>?
        /// The metric: the `metric` field, or else the condition's first identifier.
        public let metric: Located<String>?
        /// Whether `metric` is written in a `metric` key rather than read out of the condition (a name
        /// read out of an expression may be a built-in such as `up`, which no one declares).
        public let metricIsWritten: Bool
        /// Where the alert is sent.
        public let channels: [Located<String>]
    }

    /// The compliance section.
    public struct Compliance: Sendable {
        /// Whether the audit trail is on.
        public let auditEnabled: Located<Bool>?
        /// Events recorded.
        public let auditEvents: [Located<String>]
        /// How long audit records are kept.
        public let auditRetention: Located<Duration>?
        /// Whether personal data is detected.
        public let piiDetection: Located<Bool>?
        /// Frameworks validated.
        public let frameworks: [Located<String>]
    }

    /// The routing rules, if given.
    public let routing: Routing?
    /// Every pattern, grouped by kind in the order of `PatternKind`, each kind in document order.
    public let patterns: [Pattern]
    /// Coordination between agents, from `coordination` and `load_balancing`.
    public let coordination: Coordination?
    /// Context-sharing and handoff rules.
    public let coordinationRules: [CoordinationRule]
    /// The workspace-wide circuit breaker (`load_balancing.circuit_breaker`).
    public let circuitBreaker: CircuitBreaker?
    /// Retry policies.
    public let retryPolicies: [RetryPolicy]
    /// Rate limits, if given.
    public let rateLimits: RateLimits?
    /// Metrics collected or tracked.
    public let metrics: [Located<String>]
    /// Alerts.
    public let alerts: [Alert]
    /// The compliance section, if given.
    public let compliance: Compliance?

    /// Every agent the document names (pattern steps, groups, stages, map-reduce, breakers, pre-warming).
    public let agentReferences: [Located<String>]
    /// Every project the document names (routes, team access, pattern steps, groups and stages).
    public let projectReferences: [Located<String>]
}
