/// The `config` of a flow node. The runtime's `NodeConfig` is one camelCase struct for every node type, so
/// this is one shape holding every type's keys; which keys apply to which `type` is a later semantic check.
extension AgentFlowSchema {
    static let toolSpec = ObjectShape(
        "aof-agentflow-tool", doc: "A tool given to an inline agent: a typed tool or a named one.",
        hints: ["timeout_seconds": "timeout_secs"],
        fields: [
            Field("type", .oneOfWords(["Shell", "MCP", "HTTP"]), "The kind of a typed tool."),
            Field("config", .any, "The typed tool's settings, such as `allowed_commands` for Shell."),
            Field("name", .string, "The name of a named tool."),
            Field("source", .oneOfWords(["builtin", "mcp"]), "Where a named tool comes from (default \"builtin\")."),
            Field("server", .string, "The MCP server that provides a named tool."),
            Field("enabled", .bool, "Whether the named tool is on (default true)."),
            Field("timeout_secs", .int(min: 0), "The named tool's timeout in seconds."),
        ])

    static let mcpServer = ObjectShape(
        "aof-agentflow-mcp-server", doc: "An MCP server an inline agent connects to.",
        hints: ["timeout_seconds": "timeout_secs", "url": "endpoint"],
        fields: [
            Field("name", .string, required: true, "The server's name."),
            Field("transport", .oneOfWords(["stdio", "sse", "http"]), default: .string("stdio"), "How the server is reached (default \"stdio\")."),
            Field("command", .string, "The command that starts a stdio server."),
            Field("args", .list(.string), "The command's arguments."),
            Field("env", .dictionary(.string), "Environment variables for the server process, passed without `${…}` expansion."),
            Field("endpoint", .grammar(.url), "The URL of an sse or http server."),
            Field("tools", .list(.string), default: .emptyList, "Which of the server's tools the agent may use."),
            Field("init_options", .any, "Options sent when the server starts."),
            Field("timeout_secs", .int(min: 0), default: .int(30), "The request timeout in seconds (default 30)."),
            Field("auto_reconnect", .bool, default: .bool(true), "Whether a dropped connection is reopened (default true)."),
        ])

    static let inlineAgent = ObjectShape(
        "aof-agentflow-inline-agent", doc: "An agent defined inside the node.",
        hints: ["system_prompt": "instructions", "system": "instructions", "prompt": "instructions"],
        fields: [
            Field("name", .string, required: true, "The agent's name."),
            Field("model", .string, required: true, "The model, such as \"google:gemini-2.5-flash\"."),
            Field("instructions", .string, "The system prompt."),
            Field("tools", .list(.either([.string, .object(toolSpec)])), "The agent's tools: names or typed tools."),
            Field("mcpServers", .list(.object(mcpServer)), "MCP servers the agent connects to."),
            Field("temperature", .number(min: 0), "The sampling temperature."),
            Field("maxTokens", .int(min: 1), "The longest reply in tokens."),
        ])

    static let scriptConfig = ObjectShape(
        "aof-agentflow-script", doc: "What a Script node runs: a shell command or a native tool.",
        hints: ["cwd": "working_dir", "timeout": "timeout_seconds", "output": "parse"],
        fields: [
            Field("command", .string, "The shell command to run; `${…}` variables are expanded."),
            Field("tool", .oneOfWords(["docker", "kubectl", "http", "json", "file"]), "The native tool to run instead of a command."),
            Field("action", .string, "The native tool's action, such as \"get\" for kubectl."),
            Field("args", .dictionary(.any), "The native tool's arguments."),
            Field("working_dir", .string, "The directory the command runs in."),
            Field("env", .dictionary(.string), "Environment variables for the command."),
            Field("timeout_seconds", .int(min: 1), default: .int(60), "How long the command may run (default 60)."),
            Field("parse", .oneOfWords(["text", "json", "lines", "regex"]), "How the output is parsed."),
            Field("pattern", .grammar(.regex), "The regular expression used when `parse` is \"regex\"."),
            Field("fail_on_error", .bool, default: .bool(true), "Whether a failing command fails the node (default true)."),
        ])

    static let toolPolicy = ObjectShape(
        "aof-agentflow-tool-policy", doc: "Which commands of one tool an agent node may run (seed 000).",
        fields: [
            Field("allowed_commands", .list(.string), "Commands the agent may run; everything else is denied."),
            Field("blocked_commands", .list(.string), "Commands the agent may not run."),
        ])

    static let nodeConfig = ObjectShape(
        "aof-agentflow-node-config", doc: "A node's settings; which keys apply depends on the node's `type`.",
        hints: ["command": "", "shell": "", "agent_ref": "agent", "agentRef": "agent"],
        fields: [
            // Transform
            Field("script", .string, "Transform: `export KEY=value` lines that set flow variables (nothing else is run)."),
            // Agent and Fleet
            Field("agent", .string, "Agent: the name of the Agent to run."),
            Field("inline", .object(inlineAgent), "Agent: an agent defined in place of a named one."),
            Field("agentConfig", .string, "Agent: an agent's YAML as a string (older form of `inline`)."),
            Field("fleet", .string, "Fleet: the name of the AgentFleet to run."),
            Field("input", .string, "Agent or Fleet: the input text; `${…}` variables are expanded."),
            Field("context", .dictionary(.string), "Agent: context variables passed to the agent."),
            Field("tools", .list(.either([.string, .object(toolSpec)])), "Agent: tools added to the agent."),
            Field("mcpServers", .list(.object(mcpServer)), "Agent: MCP servers added to the agent."),
            Field("execute_directly", .bool, "Agent: run the approved command without asking the model again (seed 000)."),
            Field("tool_config", .dictionary(.object(toolPolicy)), "Agent: per-tool allowed and blocked commands (seed 000)."),
            // Script
            Field("scriptConfig", .object(scriptConfig), "Script: the command or native tool to run."),
            // Conditional
            Field("condition", .string, "Conditional: an expression such as \"${check.output} == ok\"."),
            Field("routes", .dictionary(.string), "Conditional: the node to go to for each result (seed 000)."),
            // Slack and Discord
            Field("channel", .string, "Slack or Discord: the channel to post in."),
            Field("message", .string, "Slack, Discord or Approval: the text to post."),
            Field("threadTs", .string, "Slack: the thread to reply in."),
            Field("waitForReaction", .bool, "Slack: whether the flow waits for a reaction before going on."),
            Field("timeoutSeconds", .int(min: 0), "Slack, Discord or Approval: how long to wait for a reaction."),
            Field("blocks", .any, "Slack: Block Kit blocks."),
            Field("reactions", .list(.string), "Slack: reactions offered on the message (seed 000)."),
            // HTTP
            Field("url", .grammar(.url), "HTTP: the URL to call."),
            Field("method", .string, "HTTP: the method, such as \"POST\"."),
            Field("headers", .dictionary(.string), "HTTP: request headers."),
            Field("body", .any, "HTTP: the request body."),
            // Wait
            Field("duration", .grammar(.duration(bareUnit: .seconds)), "Wait: how long to wait (\"30s\", \"5m\"; a bare number is seconds)."),
            Field("for", .string, "Wait: what to wait for, such as \"reaction\" (seed 000)."),
            Field("timeout", .grammar(.duration(bareUnit: .seconds)), "Wait: how long to wait for it (seed 000; a bare number is seconds)."),
            Field("allowed_reactors", .either([.string, .list(.string)]), "Wait: who may react (seed 000)."),
            // Parallel and Join
            Field("branches", .list(.string), "Parallel: the ids of the nodes to run at once."),
            Field("strategy", .oneOfWords(["all", "any", "majority"]), "Join: how many branches must finish (default \"all\")."),
        ])
}
