/// The parts of an AOF agent that other kinds reuse: tools, MCP servers, memory, output schema and
/// routing. Keys follow the AOF runtime (`AgentConfig`, `ToolSpec`, `McpServerConfig`, `MemorySpec`),
/// which spells every key in snake_case.
extension AOFAgentSchema {
    /// Settings of a type-based tool; which keys matter depends on the tool's `type`.
    static let toolTypeConfig = ObjectShape(
        "aof-agent-tool-type-config", doc: "Settings of a Shell, MCP or HTTP tool.",
        hints: ["args": "command", "environment": "env", "url": "base_url", "methods": "allowed_methods"],
        fields: [
            Field("allowed_commands", .list(.string), "Shell: the commands the agent may run; each also becomes a tool."),
            Field("working_directory", .string, "Shell: the directory commands run in."),
            Field("timeout_seconds", .int(min: 1), "Shell and HTTP: how long a call may take; MCP: the connection timeout (default 30)."),
            Field("base_url", .grammar(.url), "HTTP: the URL requests are made against."),
            Field("allowed_methods", .list(.string), "HTTP: the methods the agent may use."),
            Field("name", .string, "MCP: the server's name; without it no server is started."),
            Field("command", .either([.string, .list(.string)]), "MCP: the command, or the command and its arguments as a list."),
            Field("env", .dictionary(.string), "MCP: environment variables of the server process; non-string values are dropped."),
        ])

    /// A tool given by type (`{type: Shell, config: {...}}`), tried first by the runtime.
    static let toolByType = ObjectShape(
        "aof-agent-tool-by-type", doc: "A Shell, MCP or HTTP tool with its settings.",
        fields: [
            Field("type", .oneOfWords(["Shell", "MCP", "HTTP"]), required: true, "The tool's type; the spelling is exact."),
            Field("config", .object(toolTypeConfig), "The tool's settings."),
        ])

    /// A tool given by name (`{name: x, source: mcp, server: y}`).
    static let toolByName = ObjectShape(
        "aof-agent-tool-by-name", doc: "A built-in or MCP tool named explicitly, with options.",
        hints: ["timeout": "timeout_secs", "timeout_seconds": "timeout_secs", "mcp_server": "server"],
        fields: [
            Field("name", .string, required: true, "The tool's name: a built-in tool or a tool of an MCP server."),
            Field("source", .oneOfWords(["builtin", "mcp"]), default: .string("builtin"), "Where the tool comes from (default builtin)."),
            Field("server", .string, "The MCP server that provides the tool, for source mcp."),
            Field("config", .any, "Tool-specific options, passed through to the tool."),
            Field("enabled", .bool, default: .bool(true), "Whether the tool is available (default true)."),
            Field("timeout_secs", .int(min: 1), "How long one call of the tool may take, in seconds."),
        ])

    /// One entry of `tools`: a tool name, a type-based tool or a named tool, tried in that order.
    static let tool: Shape = .either([.string, .object(toolByType), .object(toolByName)])

    /// An MCP server (`mcp_servers[]`); also used by AgentFlow inline agents and fleet members.
    static let mcpServer = ObjectShape(
        "aof-mcp-server", doc: "An MCP server whose tools the agent may use.",
        hints: ["url": "endpoint", "environment": "env", "cmd": "command", "arguments": "args"],
        fields: [
            Field("name", .string, required: true, "The server's name; named tools refer to it with server."),
            Field("transport", .oneOfWords(["stdio", "sse", "http"]), default: .string("stdio"), "How the server is reached (default stdio)."),
            Field("command", .string, "The command that starts a stdio server; required for stdio."),
            Field("args", .list(.string), "The command's arguments."),
            Field("env", .dictionary(.string), "Environment variables of the server process, passed literally."),
            Field("endpoint", .grammar(.url), "The URL of an sse or http server; required for those transports."),
            Field("tools", .list(.string), default: .emptyList, "Only these tools of the server are used; empty means all."),
            Field("init_options", .any, "Options passed to the server's initialize call."),
            Field("timeout_secs", .int(min: 1), default: .int(30), "The connection timeout in seconds (default 30)."),
            Field("auto_reconnect", .bool, default: .bool(true), "Whether to reconnect after a failure (default true)."),
        ])

    /// Settings of the memory backend in the structured memory form.
    static let memoryConfig = ObjectShape(
        "aof-agent-memory-config", doc: "Settings of the memory backend.",
        hints: ["file": "path", "max_entries": "max_messages"],
        fields: [
            Field("path", .string, "The file the file backend keeps messages in; the file backend requires it."),
            Field("max_messages", .int(min: 1), "How many messages the file backend keeps."),
        ])

    /// The memory backend types the runtime accepts (it compares them without case).
    static let memoryTypes = ["InMemory", "in_memory", "inmemory", "memory", "Memory", "File", "file"]

    /// The structured memory form, `{type, config}`.
    static let memoryObject = ObjectShape(
        "aof-agent-memory", doc: "The conversation memory backend and its settings.",
        fields: [
            Field("type", .oneOfWords(memoryTypes), required: true, "The backend: in-memory or file; other backends fail when the agent loads."),
            Field("config", .object(memoryConfig), "The backend's settings."),
        ])

    /// `memory`: `"InMemory"`, `"File:./path.json"` or `{type, config}`.
    static let memory: Shape = .either([.string, .object(memoryObject)])

    /// A JSON Schema that the agent's answers must follow.
    static let outputSchema = ObjectShape(
        "aof-agent-output-schema", doc: "A JSON Schema the agent's answers must follow; other JSON Schema keywords pass through.",
        extra: .any,
        hints: ["additional_properties": "additionalProperties", "mode": "validation_mode", "on_error": "on_validation_error"],
        fields: [
            Field("type", .oneOfWords(["object", "array", "string", "number", "integer", "boolean", "null"]), required: true, "The JSON type of the answer."),
            Field("properties", .dictionary(.any), "The properties of an object answer."),
            Field("required", .list(.string), "The properties an object answer must have."),
            Field("items", .any, "The schema of the items of an array answer."),
            Field("enum", .list(.string), "The values a string answer may take."),
            Field("description", .string, "What the answer is."),
            Field("additionalProperties", .bool, "Whether an object answer may have other properties."),
            Field("validation_mode", .oneOfWords(["strict", "lenient", "coerce"]), default: .string("strict"), "How strictly answers are checked (default strict)."),
            Field("on_validation_error", .oneOfWords(["fail", "retry", "passthrough"]), default: .string("fail"), "What happens to an answer that does not fit (default fail)."),
            Field("max_retries", .int(min: 0), "How often to ask again when on_validation_error is retry."),
        ])

    /// Config-driven routing of messages to this agent.
    static let routing = ObjectShape(
        "aof-agent-routing", doc: "Words and domains that route a message straight to this agent.",
        fields: [
            Field("keywords", .list(.string), default: .emptyList, "Words in a message that route it to this agent."),
            Field("domains", .list(.string), default: .emptyList, "Domain categories the agent covers."),
            Field("priority", .number(min: 0, max: 1), default: .number(0.8), "How strongly a match counts, from 0 to 1 (default 0.8)."),
        ])
}
