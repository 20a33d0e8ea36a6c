/// An AOF `AgentFleet`: its members, how they coordinate, and what they share.
public struct AgentFleet: Sendable {
    /// An agent defined inside the fleet (`agents[].spec`).
    public struct InlineAgent: Sendable {
        /// The model as written.
        public let model: Located<String>?
        /// The system prompt.
        public let instructions: Located<String>?
        /// The tools.
        public let tools: [AOFAgent.Tool]
        /// The MCP servers.
        public let mcpServers: [AOFAgent.MCPServer]
        /// How many model calls one run may make.
        public let maxIterations: Located<Int>?
        /// The sampling temperature.
        public let temperature: Located<Double>?
        /// Where the spec is written.
        public let range: SourceRange
    }

    /// One member of the fleet.
    public struct Member: Sendable {
        /// The member's name; nil for a docs-style `ref` member.
        public let name: Located<String>?
        /// The Agent file of a docs-style member (`ref`).
        public let ref: Located<String>?
        /// The Agent file the member is taken from (`config`).
        public let config: Located<String>?
        /// The member's inline agent.
        public let spec: InlineAgent?
        /// The role (`worker`, `manager`, `specialist`, `validator`); nil means worker.
        public let role: Located<String>?
        /// How many instances run; nil means 1.
        public let replicas: Located<Int>?
        /// The tier in tiered mode; nil means 1.
        public let tier: Located<Int>?
        /// The vote weight; nil means 1.0.
        public let weight: Located<Double>?
        /// Where the member is written.
        public let range: SourceRange

        /// The Agent file the member is taken from, by `config` or `ref`.
        public var agentFile: Located<String>? { config ?? ref }
    }

    /// How answers are combined.
    public struct Consensus: Sendable {
        /// The algorithm; nil means majority.
        public let algorithm: Located<String>?
        /// How many answers are needed.
        public let minVotes: Located<Int>?
        /// How long to wait, in milliseconds.
        public let timeoutMs: Located<Int>?
        /// Whether a partial result is accepted at the timeout.
        public let allowPartial: Located<Bool>?
        /// Vote weights by member name.
        public let weights: [(member: Located<String>, weight: Located<Double>)]
        /// The confidence below which a human reviews the result.
        public let minConfidence: Located<Double>?
    }

    /// Settings of tiered mode.
    public struct Tiered: Sendable {
        /// Consensus settings per tier, keyed by the tier number as written.
        public let tierConsensus: [(tier: Located<String>, consensus: Consensus)]
        /// Whether every result is handed to the next tier.
        public let passAllResults: Located<Bool>?
        /// How the last tier's results are combined; nil means consensus.
        public let finalAggregation: Located<String>?
    }

    /// Settings of deep mode.
    public struct Deep: Sendable {
        /// How many rounds may run; nil means 10.
        public let maxIterations: Located<Int>?
        /// Whether a planning step runs.
        public let planning: Located<Bool>?
        /// Whether findings are kept across rounds.
        public let memory: Located<Bool>?
        /// The planner's model.
        public let plannerModel: Located<String>?
    }

    /// How the members work together.
    public struct Coordination: Sendable {
        /// The mode; nil means peer.
        public let mode: Located<String>?
        /// The managing member, for hierarchical mode.
        public let manager: Located<String>?
        /// The task distribution; nil means round-robin.
        public let distribution: Located<String>?
        /// The consensus settings.
        public let consensus: Consensus?
        /// The tiered-mode settings.
        public let tiered: Tiered?
        /// The deep-mode settings.
        public let deep: Deep?
    }

    /// Memory all members share.
    public struct SharedMemory: Sendable {
        /// The backend (`inmemory`, `redis`, `sqlite`, `postgres`).
        public let type: Located<String>?
        /// The connection URL.
        public let url: Located<String>?
        /// The key prefix.
        public let namespace: Located<String>?
        /// How long entries live, in seconds.
        public let ttlSeconds: Located<Int>?
    }

    /// A tool all members may use.
    public struct SharedTool: Sendable {
        /// The MCP server providing it (`mcp-server`).
        public let mcpServer: Located<String>?
        /// A built-in tool's name.
        public let tool: Located<String>?
    }

    /// Replica bounds and autoscaling.
    public struct Scaling: Sendable {
        /// The fewest replicas.
        public let minReplicas: Located<Int>?
        /// The most replicas.
        public let maxReplicas: Located<Int>?
        /// Whether autoscaling is on.
        public let autoScale: Located<Bool>?
        /// The names of the metrics that drive autoscaling.
        public let metrics: [Located<String>]
    }

    /// The members, in order (the order matters in pipeline mode).
    public let members: [Member]
    /// How they coordinate; nil means the defaults (peer, round-robin).
    public let coordination: Coordination?
    /// Shared memory, if any.
    public let sharedMemory: SharedMemory?
    /// Shared tools.
    public let sharedTools: [SharedTool]
    /// The messaging pattern; nil means direct.
    public let communicationPattern: Located<String>?
    /// Scaling, if given.
    public let scaling: Scaling?

    /// The members' names.
    public var memberNames: [Located<String>] { members.compactMap(\.name) }
}
