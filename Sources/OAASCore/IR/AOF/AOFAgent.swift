/// An AOF `Agent`, in either of its forms: the model it calls, its prompt, tools, MCP servers, memory
/// and limits.
public struct AOFAgent: Sendable {
    /// How the document is written.
    public enum Form: Sendable {
        /// `apiVersion`, `kind`, `metadata` and `spec`.
        case kubernetes
        /// The agent's keys at the top level, with `name`.
        case flat
    }

    /// One entry of `tools`.
    public struct Tool: Sendable {
        /// How the tool is written; the runtime tries the forms in this order.
        public enum Form: Sendable {
            /// A bare tool name (`- kubectl`), taken as a built-in tool.
            case simple
            /// `{type: Shell|MCP|HTTP, config}`.
            case typed
            /// `{name, source, server, config, enabled, timeout_secs}`.
            case named
        }

        /// How the tool is written.
        public let form: Form
        /// The tool's name as the runtime sees it: the name written, or `shell`, `http`, or the MCP config's name for typed tools (nil without one).
        public let name: Located<String>?
        /// The type of a typed tool (`Shell`, `MCP`, `HTTP`).
        public let type: Located<String>?
        /// Where a named tool comes from (`builtin` or `mcp`); nil means builtin.
        public let source: Located<String>?
        /// The MCP server a named tool comes from.
        public let server: Located<String>?
        /// Whether a named tool is enabled; nil means enabled.
        public let enabled: Located<Bool>?
        /// A timeout: `timeout_secs` of a named tool, `config.timeout_seconds` of a typed tool.
        public let timeoutSeconds: Located<Int>?
        /// The commands a typed Shell tool allows.
        public let allowedCommands: [Located<String>]
        /// The command of a typed MCP tool, with its arguments.
        public let command: [Located<String>]
        /// The environment of a typed MCP tool's server.
        public let env: [(key: Located<String>, value: Located<String>)]
        /// The base URL of a typed HTTP tool.
        public let baseURL: Located<String>?
        /// The tool's `config`, as decoded.
        public let config: IRValue?
        /// Where the entry is written.
        public let range: SourceRange

        /// Whether the tool comes from an MCP server.
        public var isMCP: Bool {
            switch form {
            case .simple: false
            case .typed: type?.value == "MCP"
            case .named: source?.value == "mcp"
            }
        }
    }

    /// One entry of `mcp_servers`.
    public struct MCPServer: Sendable {
        /// The server's name.
        public let name: Located<String>?
        /// `stdio`, `sse` or `http`; nil means stdio.
        public let transport: Located<String>?
        /// The command of a stdio server.
        public let command: Located<String>?
        /// The command's arguments.
        public let args: [Located<String>]
        /// The server process's environment.
        public let env: [(key: Located<String>, value: Located<String>)]
        /// The URL of an sse or http server (`endpoint`).
        public let url: Located<String>?
        /// Only these tools of the server are used.
        public let tools: [Located<String>]
        /// The connection timeout in seconds.
        public let timeoutSeconds: Located<Int>?
        /// Where the entry is written.
        public let range: SourceRange
    }

    /// The conversation memory.
    public struct Memory: Sendable {
        /// The backend type (`InMemory`, `File` …), as written.
        public let type: Located<String>
        /// The file of a file backend.
        public let path: Located<String>?
        /// How many messages are kept.
        public let maxMessages: Located<Int>?
        /// Where `memory` is written.
        public let range: SourceRange
    }

    /// What bounds one run of the agent.
    public struct Limits: Sendable {
        /// The most tokens one model answer may have.
        public let maxTokens: Located<Int>?
        /// How many model calls one run may make (the runtime's default is 10).
        public let maxIterations: Located<Int>?
        /// How many past messages are sent to the model (the runtime's default is 10).
        public let maxContextMessages: Located<Int>?
        /// The sampling temperature (the runtime's default is 0.7).
        public let temperature: Located<Double>?
    }

    /// How the document is written.
    public let form: Form
    /// The agent's name (`metadata.name`, or `name` in flat form).
    public let name: Located<String>?
    /// The model as written (`"google:gemini-2.5-flash"` or a bare name).
    public let model: Located<String>?
    /// The `provider` key, which counts only when the model has no `provider:` prefix.
    public let provider: Located<String>?
    /// The system prompt (`instructions` or `system_prompt`).
    public let instructions: Located<String>?
    /// The tools.
    public let tools: [Tool]
    /// The MCP servers.
    public let mcpServers: [MCPServer]
    /// The memory backend, if given.
    public let memory: Memory?
    /// The limits.
    public let limits: Limits
    /// Keywords that route messages to this agent.
    public let routingKeywords: [Located<String>]
    /// The output schema, as decoded.
    public let outputSchema: IRValue?

    /// The provider the runtime will use: the model's prefix, else `provider`, else Anthropic; lowercased
    /// and mapped like the runtime (`claude` is anthropic, `gpt` is openai, `gemini` is google, `aws` is bedrock).
    public var resolvedProvider: String {
        let written: String
        if let model = model?.value, let colon = model.firstIndex(of: ":") {
            written = String(model[..<colon])
        } else {
            written = provider?.value ?? "anthropic"
        }
        switch written.lowercased() {
        case "anthropic", "claude": return "anthropic"
        case "openai", "gpt": return "openai"
        case "google", "gemini": return "google"
        case "bedrock", "aws": return "bedrock"
        case "azure", "ollama", "groq": return written.lowercased()
        default: return "custom"
        }
    }

    /// Names of every MCP server the agent starts: `mcp_servers` and typed MCP tools with a config name.
    public var mcpServerNames: [Located<String>] {
        mcpServers.compactMap(\.name) + tools.filter { $0.form == .typed && $0.isMCP }.compactMap(\.name)
    }
}
