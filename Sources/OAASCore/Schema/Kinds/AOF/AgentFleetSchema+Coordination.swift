/// The fleet's coordination, shared resources, communication and scaling sections, as the AOF runtime
/// reads them (snake_case keys; enum words exactly as listed).
extension AgentFleetSchema {
    /// How votes of several members are combined.
    static let consensus = ObjectShape(
        "aof-fleet-consensus", doc: "How the members' answers are combined into one.",
        hints: [
            "type": "algorithm", "strategy": "algorithm", "mechanism": "algorithm", "method": "algorithm",
            "threshold": "min_confidence", "quorum": "min_votes", "timeout": "timeout_ms",
        ],
        fields: [
            Field("algorithm", .oneOfWords(["majority", "unanimous", "weighted", "first_wins", "human_review"]), default: .string("majority"), "How answers are combined (default majority)."),
            Field("min_votes", .int(min: 1), "How many answers are needed."),
            Field("timeout_ms", .int(min: 0), "How long to wait for answers, in milliseconds."),
            Field("allow_partial", .bool, default: .bool(false), "Whether a result is accepted when the timeout ends the vote early."),
            Field("weights", .dictionary(.number(min: 0)), "Vote weights by member name, for the weighted algorithm."),
            Field("min_confidence", .number(min: 0, max: 1), "Below this confidence, from 0 to 1, the result is flagged for human review."),
        ])

    /// Settings of the tiered mode.
    static let tiered = ObjectShape(
        "aof-fleet-tiered", doc: "How tiers hand results on in tiered mode.",
        hints: ["tiers": "", "aggregation": "final_aggregation"],
        fields: [
            Field("tier_consensus", .dictionary(.object(consensus)), "Consensus settings per tier, keyed by tier number."),
            Field("pass_all_results", .bool, default: .bool(false), "Whether the next tier gets every result instead of the consensus result."),
            Field("final_aggregation", .oneOfWords(["consensus", "merge", "manager_synthesis"]), default: .string("consensus"), "How the last tier's results become the answer (default consensus)."),
        ])

    /// Settings of the deep (plan, execute, re-plan) mode.
    static let deep = ObjectShape(
        "aof-fleet-deep", doc: "The planning loop of deep mode.",
        fields: [
            Field("max_iterations", .int(min: 1), default: .int(10), "How many plan-and-execute rounds may run (default 10)."),
            Field("planning", .bool, default: .bool(true), "Whether a planning step runs first (default true)."),
            Field("memory", .bool, default: .bool(true), "Whether findings are kept across rounds (default true)."),
            Field("planner_model", .string, "The model that plans, if not the members' model."),
            Field("planner_prompt", .string, "The planner's system prompt."),
            Field("synthesizer_prompt", .string, "The prompt that turns findings into the final answer."),
        ])

    static let coordination = ObjectShape(
        "aof-fleet-coordination", doc: "How the members work together.",
        hints: ["type": "mode", "strategy": "", "routing": "distribution", "coordinator": "manager"],
        fields: [
            Field("mode", .oneOfWords(["hierarchical", "peer", "swarm", "pipeline", "tiered", "deep"]), default: .string("peer"), "The coordination mode (default peer)."),
            Field("manager", .string, "The member that manages the others in hierarchical mode."),
            Field("distribution", .oneOfWords(["round-robin", "least-loaded", "random", "skill-based", "sticky"]), default: .string("round-robin"), "How tasks are given to members (default round-robin)."),
            Field("consensus", .object(consensus), "How the members' answers are combined."),
            Field("tiered", .object(tiered), "Settings of tiered mode."),
            Field("deep", .object(deep), "Settings of deep mode."),
        ])

    static let sharedMemory = ObjectShape(
        "aof-fleet-shared-memory", doc: "Memory all members share.",
        hints: ["endpoint": "url", "prefix": "namespace", "ttl_seconds": "ttl"],
        fields: [
            Field("type", .oneOfWords(["inmemory", "redis", "sqlite", "postgres"]), required: true, "The memory backend."),
            Field("url", .grammar(.url), "The backend's connection URL, for redis and postgres."),
            Field("namespace", .string, "A prefix that keeps this fleet's entries apart."),
            Field("ttl", .int(min: 0), "How long entries live, in seconds."),
        ])

    static let sharedTool = ObjectShape(
        "aof-fleet-shared-tool", doc: "A tool all members may use.",
        hints: ["mcp_server": "mcp-server", "server": "mcp-server", "name": "tool"],
        fields: [
            Field("mcp-server", .string, "The MCP server that provides the tool; the key is hyphenated."),
            Field("tool", .string, "A built-in tool's name."),
            Field("config", .dictionary(.any), "The tool's settings, passed through."),
        ])

    static let sharedKnowledge = ObjectShape(
        "aof-fleet-shared-knowledge", doc: "A knowledge base all members may read.",
        fields: [
            Field("type", .string, required: true, "The knowledge base's type."),
            Field("source", .string, required: true, "Where the knowledge comes from: a path or URL."),
            Field("config", .dictionary(.any), "The knowledge base's settings, passed through."),
        ])

    static let shared = ObjectShape(
        "aof-fleet-shared", doc: "Memory, tools and knowledge shared by all members.",
        fields: [
            Field("memory", .object(sharedMemory), "Memory all members share."),
            Field("tools", .list(.object(sharedTool)), "Tools all members may use."),
            Field("knowledge", .object(sharedKnowledge), "A knowledge base all members may read."),
        ])

    static let queue = ObjectShape(
        "aof-fleet-queue", doc: "A message queue between members.",
        fields: [
            Field("type", .string, required: true, "The queue's type."),
            Field("url", .grammar(.url), required: true, "The queue's connection URL."),
            Field("name", .string, required: true, "The queue's name."),
        ])

    static let broadcast = ObjectShape(
        "aof-fleet-broadcast", doc: "A channel every member hears.",
        fields: [
            Field("channel", .string, required: true, "The broadcast channel's name."),
            Field("include_sender", .bool, "Whether the sender gets its own messages."),
        ])

    static let communication = ObjectShape(
        "aof-fleet-communication", doc: "How members pass messages.",
        hints: ["mode": "pattern", "type": "pattern"],
        fields: [
            Field("pattern", .oneOfWords(["direct", "pub-sub", "request-reply", "broadcast"]), default: .string("direct"), "The messaging pattern (default direct)."),
            Field("queue", .object(queue), "A message queue between members."),
            Field("broadcast", .object(broadcast), "A channel every member hears."),
        ])

    static let scalingMetric = ObjectShape(
        "aof-fleet-scaling-metric", doc: "A metric that drives autoscaling.",
        fields: [
            Field("name", .string, required: true, "The metric's name."),
            Field("target", .number(), required: true, "The value the autoscaler aims for."),
            Field("type", .string, required: true, "The metric's type."),
        ])

    static let scaling = ObjectShape(
        "aof-fleet-scaling", doc: "Replica bounds and autoscaling.",
        hints: ["min": "min_replicas", "max": "max_replicas", "autoscale": "auto_scale", "enabled": "auto_scale"],
        fields: [
            Field("min_replicas", .int(min: 0), "The fewest replicas."),
            Field("max_replicas", .int(min: 0), "The most replicas."),
            Field("auto_scale", .bool, "Whether replicas follow the metrics."),
            Field("metrics", .list(.object(scalingMetric)), "The metrics that drive autoscaling."),
        ])
}
