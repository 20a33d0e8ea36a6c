/// An AOF `Trigger`: a platform, the messages it accepts, and the slash commands it routes to agents,
/// fleets and flows.
public struct AOFTrigger: Sendable {
    /// What one slash command runs.
    public struct Command: Sendable {
        /// The command as written, such as `/deploy`.
        public let name: Located<String>
        /// The Agent that answers it (`builtin` selects the built-in handler).
        public let agent: Located<String>?
        /// The AgentFleet that answers it.
        public let fleet: Located<String>?
        /// The AgentFlow it starts.
        public let flow: Located<String>?
        /// The help text.
        public let description: Located<String>?

        /// The name the daemon registers: without a leading `/`.
        public var registeredName: String {
            name.value.hasPrefix("/") ? String(name.value.dropFirst()) : name.value
        }
    }

    /// The platform, such as `Slack`; nil when absent or not a known type.
    public let type: Located<String>?
    /// Whether the trigger is active.
    public let enabled: Located<Bool>?
    /// Event types accepted.
    public let events: [Located<String>]
    /// Channels accepted.
    public let channels: [Located<String>]
    /// Users accepted.
    public let users: [Located<String>]
    /// Regular expressions the message must match.
    public let patterns: [Located<String>]
    /// Telegram chat IDs accepted.
    public let chatIDs: [Located<Int>]
    /// Discord servers accepted.
    public let guildIDs: [Located<String>]
    /// GitHub repositories accepted.
    public let repositories: [Located<String>]
    /// The schedule of a Schedule trigger.
    public let cron: Located<String>?
    /// The webhook path of an HTTP trigger.
    public let path: Located<String>?
    /// Credentials in `config` (`bot_token`, `signing_secret`, `app_secret`, `webhook_secret`, `api_key`,
    /// `routing_key`, `verify_token`), by key.
    public let credentials: [(key: Located<String>, value: Located<String>)]
    /// The slash commands, in document order.
    public let commands: [Command]
    /// The agent for messages that are not commands.
    public let defaultAgent: Located<String>?
    /// A `default_agent:` written instead of `defaultAgent`: the runtime ignores it (the schema already warns),
    /// but it still names an agent.
    public let snakeCaseDefaultAgent: Located<String>?

    /// The platform name the daemon matches messages with (`slack`, `github` …).
    public var platform: String? { type?.value.lowercased() }

    /// The keys of `config` that hold credentials.
    public static let credentialKeys: Set<String> = [
        "bot_token", "signing_secret", "app_secret", "webhook_secret", "api_key", "routing_key", "verify_token",
    ]
}
