/// An AOF `AgentFlow`: a graph of nodes joined by connections, with what starts it, where it runs, who
/// approves its risky commands and how much it may do.
public struct AgentFlow: Sendable {
    /// What starts the flow (seed 000; older runtimes).
    public struct Trigger: Sendable {
        /// The platform, such as `Slack`.
        public let type: Located<String>?
        /// Event types listened to.
        public let events: [Located<String>]
        /// Channels the flow answers in.
        public let channels: [Located<String>]
        /// Users the flow answers to.
        public let users: [Located<String>]
        /// Regular expressions the message must match.
        public let patterns: [Located<String>]
        /// Credentials written in the trigger (`botToken`, `signingSecret`), by canonical key.
        public let credentials: [(key: Located<String>, value: Located<String>)]
        /// The schedule of a Schedule trigger.
        public let cron: Located<String>?
        /// Where the trigger is written.
        public let range: SourceRange
    }

    /// The environment the flow runs in.
    public struct Context: Sendable {
        /// The kubeconfig path.
        public let kubeconfig: Located<String>?
        /// The namespace.
        public let namespace: Located<String>?
        /// The cluster.
        public let cluster: Located<String>?
        /// Environment variables.
        public let env: [(key: Located<String>, value: Located<String>)]
        /// The working directory.
        public let workingDir: Located<String>?
        /// The region (seed 000).
        public let region: Located<String>?
        /// The organization (seed 000).
        public let organization: Located<String>?
    }

    /// An agent defined inside an Agent node.
    public struct InlineAgent: Sendable {
        /// The agent's name.
        public let name: Located<String>?
        /// The model, such as `google:gemini-2.5-flash`.
        public let model: Located<String>?
        /// The system prompt.
        public let instructions: Located<String>?
        /// The names of the agent's tools (plain names and named tools).
        public let tools: [Located<String>]
        /// The names of the agent's MCP servers.
        public let mcpServers: [Located<String>]
        /// The sampling temperature.
        public let temperature: Located<Double>?
        /// The longest reply in tokens.
        public let maxTokens: Located<Int>?
    }

    /// What a Script node runs.
    public struct Script: Sendable {
        /// The shell command.
        public let command: Located<String>?
        /// The native tool (`docker`, `kubectl`, `http`, `json`, `file`).
        public let tool: Located<String>?
        /// The native tool's action.
        public let action: Located<String>?
        /// The working directory.
        public let workingDir: Located<String>?
        /// How long the command may run, in seconds.
        public let timeoutSeconds: Located<Int>?
        /// How the output is parsed.
        public let parse: Located<String>?
        /// Whether a failing command fails the node.
        public let failOnError: Located<Bool>?
    }

    /// A condition of a node on an earlier Conditional node's result.
    public struct NodeCondition: Sendable {
        /// The Conditional node's id.
        public let from: Located<String>?
        /// The result it must have produced.
        public let value: IRValue?
        /// The reaction expected on a Slack approval message.
        public let reaction: Located<String>?
    }

    /// A step of the flow. `config` is one union of every node type's keys; the fields below are the ones
    /// later passes read, and `config` keeps the rest.
    public struct Node: Sendable {
        /// The node's id.
        public let id: Located<String>?
        /// The node type, such as `Agent`; nil when absent or not a known type.
        public let type: Located<String>?
        /// Agent: the Agent it runs.
        public let agent: Located<String>?
        /// Agent: an agent defined in place.
        public let inline: InlineAgent?
        /// Agent: an agent's YAML as a string (older form of `inline`).
        public let agentConfig: Located<String>?
        /// Fleet: the AgentFleet it runs.
        public let fleet: Located<String>?
        /// Agent or Fleet: the input text.
        public let input: Located<String>?
        /// Agent: the names of tools added to the agent.
        public let tools: [Located<String>]
        /// Agent: the names of MCP servers added to the agent.
        public let mcpServers: [Located<String>]
        /// Transform: the `export` lines.
        public let script: Located<String>?
        /// Script: what it runs.
        public let scriptConfig: Script?
        /// Conditional: the condition.
        public let condition: Located<String>?
        /// Conditional: the node to go to for each result (seed 000), in document order.
        public let routes: [(key: Located<String>, value: Located<String>)]
        /// Slack or Discord: the channel.
        public let channel: Located<String>?
        /// Slack, Discord or Approval: the message.
        public let message: Located<String>?
        /// Slack: whether the flow waits for a reaction.
        public let waitForReaction: Located<Bool>?
        /// Slack, Discord or Approval: how long to wait, in seconds.
        public let timeoutSeconds: Located<Int>?
        /// HTTP: the URL.
        public let url: Located<String>?
        /// Wait: how long to wait.
        public let duration: Located<Duration>?
        /// Wait: how long to wait for the awaited event (seed 000).
        public let timeout: Located<Duration>?
        /// Parallel: the ids of the branches.
        public let branches: [Located<String>]
        /// Join: how many branches must finish.
        public let strategy: Located<String>?
        /// Conditions on earlier Conditional nodes.
        public let conditions: [NodeCondition]
        /// The whole decoded `config`.
        public let config: IRValue?
        /// Where the node is written.
        public let range: SourceRange
    }

    /// An edge of the flow graph.
    public struct Connection: Sendable {
        /// The source node's id, or `start`.
        public let from: Located<String>?
        /// The target node's id.
        public let to: Located<String>?
        /// The condition under which the edge is followed.
        public let when: Located<String>?
        /// A `condition:` written on the edge: the runtime ignores it, so the edge is unconditional.
        public let ignoredCondition: Located<String>?
        /// Where the connection is written.
        public let range: SourceRange
    }

    /// Flow-wide execution settings.
    public struct Config: Sendable {
        /// The timeout of nodes that set none, in seconds.
        public let defaultTimeoutSeconds: Located<Int>?
        /// The id of the node that runs when a node fails.
        public let errorHandler: Located<String>?
        /// How many times a node is tried.
        public let retryMaxAttempts: Located<Int>?
        /// The wait before the first retry.
        public let retryInitialDelay: Located<Duration>?
    }

    /// What the flow does.
    public let description: Located<String>?
    /// What starts the flow.
    public let trigger: Trigger?
    /// Further triggers (older runtimes).
    public let triggers: [Trigger]
    /// The environment the flow runs in.
    public let context: Context?
    /// Who may approve risky commands (seed 000; the same shape as a Context's approval).
    public let approval: AOFContext.Approval?
    /// The nodes, in document order.
    public let nodes: [Node]
    /// The connections, in document order.
    public let connections: [Connection]
    /// Flow-wide execution settings.
    public let config: Config?
    /// Rate and token limits (seed 000), as decoded.
    public let limits: IRValue?
}

extension AgentFlow {
    /// The id that marks an entry edge's source.
    public static let entrySource = "start"

    /// The node with an id, if any.
    public func node(withID id: String) -> Node? {
        nodes.first { $0.id?.value == id }
    }
}
