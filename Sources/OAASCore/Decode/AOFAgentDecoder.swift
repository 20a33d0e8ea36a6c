extension AOFAgent {
    /// Builds the model from a decoded `Agent` document, in the Kubernetes or the flat form.
    init(decoding document: IRValue) {
        let body: IRValue?
        if let spec = document["spec"] {
            form = .kubernetes
            body = spec
            name = document["metadata"]?.string("name")
            instructions = spec.string("instructions")
        } else {
            form = .flat
            body = document
            name = document.string("name")
            instructions = document.string("system_prompt")
        }
        model = body?.string("model")
        provider = body?.string("provider")
        tools = body?["tools"]?.items.map(Tool.init(decoding:)) ?? []
        mcpServers = body?.objects("mcp_servers").map(MCPServer.init(decoding:)) ?? []
        memory = body?["memory"].flatMap(Memory.init(decoding:))
        limits = Limits(
            maxTokens: body?.int("max_tokens"), maxIterations: body?.int("max_iterations"),
            maxContextMessages: body?.int("max_context_messages"), temperature: body?.number("temperature"))
        routingKeywords = body?["routing"]?.strings("keywords") ?? []
        outputSchema = body?["output_schema"]
    }
}

extension AOFAgent.Tool {
    /// The typed tool types, spelled as the runtime requires.
    static let types: Set<String> = ["Shell", "MCP", "HTTP"]

    /// Builds a tool from one decoded `tools` entry, classifying it the way the runtime's untagged
    /// enum does: a string, then `{type, config}`, then `{name, …}`.
    init(decoding item: IRValue) {
        range = item.range
        let config = item["config"]
        self.config = config
        let type = item.string("type")
        if case .object = item.content, let type, Self.types.contains(type.value) || item["name"] == nil {
            form = .typed
            self.type = type
            switch type.value {
            case "Shell": name = Located("shell", type.range)
            case "HTTP": name = Located("http", type.range)
            default: name = config?.string("name")
            }
            source = nil
            server = nil
            enabled = nil
            timeoutSeconds = config?.int("timeout_seconds")
            allowedCommands = config?.strings("allowed_commands") ?? []
            if let command = config?["command"] {
                self.command = command.items.isEmpty ? [command.located].compactMap { $0 } : command.items.compactMap(\.located)
            } else {
                self.command = []
            }
            env = config?.stringMap("env") ?? []
            baseURL = config?.string("base_url")
        } else if case .object = item.content {
            form = .named
            self.type = nil
            name = item.string("name")
            source = item.string("source")
            server = item.string("server")
            enabled = item.bool("enabled")
            timeoutSeconds = item.int("timeout_secs")
            allowedCommands = []
            command = []
            env = []
            baseURL = nil
        } else {
            form = .simple
            self.type = nil
            name = item.located
            source = nil
            server = nil
            enabled = nil
            timeoutSeconds = nil
            allowedCommands = []
            command = []
            env = []
            baseURL = nil
        }
    }
}

extension AOFAgent.MCPServer {
    /// Builds a server from one decoded `mcp_servers` entry.
    init(decoding server: IRValue) {
        name = server.string("name")
        transport = server.string("transport")
        command = server.string("command")
        args = server.strings("args")
        env = server.stringMap("env")
        url = server.string("endpoint")
        tools = server.strings("tools")
        timeoutSeconds = server.int("timeout_secs")
        range = server.range
    }
}

extension AOFAgent.Memory {
    /// Builds the memory from `"type"`, `"type:path"` or `{type, config}`; nil when it has no type.
    init?(decoding memory: IRValue) {
        range = memory.range
        if case .object = memory.content {
            guard let type = memory.string("type") else { return nil }
            self.type = type
            path = memory["config"]?.string("path")
            maxMessages = memory["config"]?.int("max_messages")
        } else {
            guard let text = memory.located else { return nil }
            // The runtime splits on ":": the first piece is the type, the second the path; a third
            // piece (`File:./m.json:100`) is ignored.
            let pieces = text.value.split(separator: ":", omittingEmptySubsequences: false)
            type = Located(String(pieces[0]), text.range)
            path = pieces.count > 1 ? Located(String(pieces[1]), text.range) : nil
            maxMessages = nil
        }
    }
}
