/// The AOF `AgentFleet` kind (alias `Fleet`): agents working together under a coordination mode.
/// Keys follow the AOF runtime (`crates/aof-core/src/fleet.rs`), which uses snake_case everywhere and
/// ignores unknown keys; the docs' `ref` and `display` forms are accepted as well.
enum AgentFleetSchema {
    /// An inline agent of a fleet member (`agents[].spec`): fewer keys than a full Agent.
    static let memberSpec = ObjectShape(
        "aof-fleet-agent-spec", doc: "An agent defined inside the fleet.",
        hints: [
            "system_prompt": "instructions", "systemPrompt": "instructions", "system": "instructions",
            "prompt": "instructions",
        ],
        fields: [
            Field("model", .string, required: true, "The model, as \"provider:model\" or a bare model name."),
            Field("instructions", .string, "The system prompt; fleet members do not accept system_prompt."),
            Field("tools", .list(AOFAgentSchema.tool), "The tools the agent may call."),
            Field("mcp_servers", .list(.object(AOFAgentSchema.mcpServer)), "MCP servers whose tools the agent may call."),
            Field("max_iterations", .int(min: 1), "How many model calls one run may make."),
            Field("temperature", .number(min: 0, max: 2), "The sampling temperature."),
        ])

    /// The roles a member can have.
    static let roles = ["worker", "manager", "specialist", "validator"]

    /// A member of the fleet. The runtime requires `name` and one of `config` or `spec`; the docs'
    /// `ref` form has no name, so neither key is required here and the pairing is left to a later check.
    static let member = ObjectShape(
        "aof-fleet-agent", doc: "A member of the fleet: an agent file or an inline agent, with its role.",
        hints: ["path": "config", "file": "config", "count": "replicas", "instances": "replicas"],
        fields: [
            Field("name", .string, "The member's name, unique in the fleet; the runtime requires it, though the docs' ref form omits it."),
            Field("ref", .string, "Path of an Agent file the member is taken from, as the docs write it."),
            Field("config", .string, "Path of an Agent file the member is taken from."),
            Field("spec", .object(memberSpec), "The member's agent, defined inline."),
            Field("role", .oneOfWords(roles), default: .string("worker"), "The member's role (default worker)."),
            Field("replicas", .int(min: 0), default: .int(1), "How many instances of the member run (default 1)."),
            Field("tier", .int(min: 1), "The member's tier in tiered mode; tier 1 runs first (default 1)."),
            Field("weight", .number(min: 0), "The member's vote weight in weighted consensus (default 1.0)."),
            Field("labels", .dictionary(.string), "Free-form string labels of the member."),
        ])

    /// How the fleet is presented in chat fleet pickers (docs form).
    static let display = ObjectShape(
        "aof-fleet-display", doc: "How the fleet is shown in chat fleet pickers.",
        fields: [
            Field("name", .string, "The fleet's display name."),
            Field("emoji", .string, "An emoji shown with the name."),
            Field("description", .string, "One line on what the fleet does."),
        ])

    static let spec = ObjectShape(
        "aof-agentfleet-spec", doc: "A fleet: agents working together under a coordination mode.",
        hints: ["members": "agents"],
        fields: [
            Field("agents", .list(.object(member)), required: true, "The fleet's members."),
            Field("coordination", .object(coordination), default: .object, "How the members work together (default mode peer)."),
            Field("shared", .object(shared), "Memory, tools and knowledge shared by all members."),
            Field("communication", .object(communication), "How members pass messages."),
            Field("scaling", .object(scaling), "Replica bounds and autoscaling."),
            Field("display", .object(display), "How the fleet is shown in chat fleet pickers."),
        ])

    static let kind = KindDefinition(
        dialect: .aof, name: "AgentFleet", aliases: ["Fleet"],
        doc: "A fleet: agents working together under a coordination mode.",
        document: Envelope.aofDocument("aof-agentfleet", kind: "AgentFleet", spec: spec, apiVersionRequired: true),
        model: { .agentFleet(AgentFleet(decoding: $0)) })
}
