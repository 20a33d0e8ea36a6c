/// The AOF `Agent` kind: one agent's model, instructions, tools, MCP servers, memory and limits.
/// Keys follow the AOF runtime (`AgentConfig` in `crates/aof-core`): snake_case throughout, unknown
/// keys silently kept aside, so a misspelled key does nothing there and is reported here.
enum AOFAgentSchema {
    /// Keys people write for the system prompt or settings that live elsewhere.
    static let specHints = [
        "system": "instructions", "prompt": "instructions", "system_message": "instructions",
        "mcp": "mcp_servers",
    ]

    /// The fields shared by the Kubernetes form's `spec` and the flat form, after the prompt.
    static let settingFields: [Field] = [
        Field("tools", .list(tool), default: .emptyList, "The tools the agent may call: names, type-based tools or named tools."),
        Field("mcp_servers", .list(.object(mcpServer)), default: .emptyList, "MCP servers whose tools the agent may call."),
        Field("memory", memory, "The conversation memory: \"InMemory\", \"File:./path.json\" or {type, config}."),
        Field("max_context_messages", .int(min: 0), default: .int(10), "How many past messages are sent to the model (default 10)."),
        Field("max_iterations", .int(min: 1), default: .int(10), "How many model calls one run may make (default 10)."),
        Field("temperature", .number(min: 0, max: 2), default: .number(0.7), "The sampling temperature (default 0.7)."),
        Field("max_tokens", .int(min: 1), "The most tokens one model answer may have."),
        Field("output_schema", .object(outputSchema), "A JSON Schema the agent's answers must follow."),
        Field("routing", .object(routing), "Words and domains that route messages straight to this agent."),
        Field("description", .string, "What the agent is for; the runtime keeps it but does not use it."),
    ]

    /// The model fields shared by both forms.
    static let modelFields: [Field] = [
        Field("model", .string, required: true, "The model, as \"provider:model\" (\"google:gemini-2.5-flash\") or a bare model name."),
        Field("provider", .string, "The provider when model has no \"provider:\" prefix; without either, Anthropic."),
    ]

    static let spec = ObjectShape(
        "aof-agent-spec", doc: "An agent: its model, instructions, tools, MCP servers and memory.",
        hints: specHints,
        fields: modelFields + [
            Field("instructions", .string, aliases: ["system_prompt"], "The system prompt."),
        ] + settingFields)

    static let kind = KindDefinition(
        dialect: .aof, name: "Agent",
        doc: "An agent: its model, instructions, tools, MCP servers and memory.",
        document: Envelope.aofDocument("aof-agent", kind: "Agent", spec: spec, apiVersionRequired: true),
        model: { .aofAgent(AOFAgent(decoding: $0)) })

    /// The flat form `aofctl run agent` also accepts: the spec's keys at the top level, with `name`,
    /// and `system_prompt` as the prompt's primary spelling.
    static let flat = ObjectShape(
        "aof-agent-flat", doc: "An AOF agent in flat form: the agent's keys at the top level.",
        hints: specHints.merging(["system": "system_prompt", "prompt": "system_prompt", "system_message": "system_prompt"]) { $1 },
        fields: [
            Field("name", .string, required: true, "The agent's name; other resources refer to it by this name."),
        ] + modelFields + [
            Field("system_prompt", .string, aliases: ["instructions"], "The system prompt."),
        ] + settingFields)

    static let flatKind = KindDefinition(
        dialect: .aof, name: "Agent",
        doc: "An agent in AOF's flat form.", schemaVariant: "flat",
        document: flat,
        model: { .aofAgent(AOFAgent(decoding: $0)) })
}
