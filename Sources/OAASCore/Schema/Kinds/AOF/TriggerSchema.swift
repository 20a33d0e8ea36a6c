/// The AOF `Trigger` kind: a chat or event platform, the messages it accepts and the slash commands it
/// routes to agents, fleets and flows. Keys follow the AOF runtime (`crates/aof-core/src/trigger.rs`): the
/// spec is camelCase (`defaultAgent`), `config` and `commands` are snake_case.
enum TriggerSchema {
    /// The values of the runtime's `StandaloneTriggerType` (exact, case-sensitive).
    static let triggerTypes = [
        "Slack", "Telegram", "Discord", "WhatsApp", "HTTP", "Schedule", "PagerDuty", "GitHub", "Jira", "Manual",
    ]

    static let config = ObjectShape(
        "aof-trigger-config", doc: "The platform's credentials and the messages the trigger accepts.",
        hints: [
            "access_token": "bot_token", "token": "bot_token", "chats": "chat_ids", "event_types": "events",
            "webhook_token": "webhook_secret", "schedule": "cron", "allowed_users": "users", "allowed_channels": "channels",
            "pattern": "patterns", "repos": "repositories", "gitlab_events": "", "bitbucket_events": "",
        ],
        fields: [
            Field("bot_token", .string, "The bot token (Slack, Telegram, Discord; the access token for WhatsApp); `${VAR}` is expanded at load."),
            Field("signing_secret", .string, "The Slack signing secret."),
            Field("app_secret", .string, "The app secret (Discord, WhatsApp)."),
            Field("events", .list(.string), "Event types to accept, such as \"app_mention\" or \"message\"."),
            Field("channels", .list(.string), "Channels to accept messages from (exact names or IDs)."),
            Field("chat_ids", .list(.int()), "Telegram chat IDs to accept messages from (numbers)."),
            Field("guild_ids", .list(.string), "Discord server IDs to accept messages from."),
            Field("users", .list(.string), "User IDs to accept messages from."),
            Field("patterns", .list(.grammar(.regex)), "Regular expressions the message text must match."),
            Field("path", .string, "The webhook path of an HTTP trigger."),
            Field("methods", .list(.string), "The HTTP methods an HTTP trigger accepts."),
            Field("required_headers", .dictionary(.string), "Headers an HTTP request must carry."),
            Field("webhook_secret", .string, "The secret webhook signatures are checked with."),
            Field("cron", .grammar(.cron), "The schedule of a Schedule trigger."),
            Field("timezone", .string, "The time zone of the schedule, such as \"Europe/Berlin\"."),
            Field("api_key", .string, "The PagerDuty API key."),
            Field("routing_key", .string, "The PagerDuty routing key."),
            Field("service_ids", .list(.string), "PagerDuty services to accept incidents from."),
            Field("github_events", .list(.string), "GitHub webhook events to accept, such as \"pull_request\"."),
            Field("repositories", .list(.string), "GitHub repositories (\"owner/repo\") to accept events from."),
            Field("business_account_id", .string, "The WhatsApp Business account ID."),
            Field("phone_number_id", .string, "The WhatsApp phone number ID."),
            Field("verify_token", .string, "The WhatsApp webhook verify token."),
            Field("port", .int(min: 1, max: 65_535), "The port a webhook trigger listens on."),
            Field("host", .string, "The address a webhook trigger binds to."),
        ])

    static let command = ObjectShape(
        "aof-trigger-command", doc: "What a slash command runs: an agent, a fleet or a flow.",
        hints: ["workflow": "flow"],
        fields: [
            Field("agent", .string, "The Agent that answers the command; \"builtin\" selects the built-in command handler."),
            Field("fleet", .string, "The AgentFleet that answers the command."),
            Field("flow", .string, "The AgentFlow the command starts (a flow wins over a fleet, a fleet over an agent)."),
            Field("description", .string, "The command's help text."),
        ])

    static let spec = ObjectShape(
        "aof-trigger-spec", doc: "A trigger: a chat or event platform, its channels, users and command routing.",
        hints: ["platform": "type", "default_agent": "defaultAgent"],
        fields: [
            Field("type", .oneOfWords(triggerTypes), required: true, "The platform, such as \"Slack\"."),
            Field("config", .object(config), default: .object, "The platform's credentials and the messages the trigger accepts."),
            Field("enabled", .bool, default: .bool(true), "Whether the trigger is active (default true)."),
            Field(
                "commands", .dictionary(.object(command)), default: .emptyMap,
                "Slash commands (a leading \"/\" is optional) mapped to what they run; \"default\" catches the rest."),
            Field("defaultAgent", .string, "The agent for messages that are not commands (the daemon only prints it; routing uses the DaemonConfig's `runtime.default_agent`)."),
        ])

    static let kind = KindDefinition(
        dialect: .aof, name: "Trigger",
        doc: "A trigger: a chat or event platform, its channels, users and command routing.",
        document: Envelope.aofDocument("aof-trigger", kind: "Trigger", spec: spec),
        model: { .trigger(AOFTrigger(decoding: $0)) })
}
