/// The daemon's `platforms` section. A direct value wins and is used verbatim (no `${…}` expansion); otherwise
/// the `*_env` key names the environment variable that holds it. A platform without credentials is skipped.
extension DaemonConfigSchema {
    static let slack = ObjectShape(
        "aof-daemon-slack", doc: "The Slack app.",
        hints: ["allowed_users": "approval_allowed_users", "approvers": "approval_allowed_users", "token": "bot_token"],
        fields: [
            Field("enabled", .bool, default: .bool(true), "Whether the platform is served (default true)."),
            Field("bot_token", .string, "The bot token, used verbatim."),
            Field("bot_token_env", .string, "The environment variable holding the bot token."),
            Field("signing_secret", .string, "The signing secret, used verbatim."),
            Field("signing_secret_env", .string, "The environment variable holding the signing secret."),
            Field("app_id", .string, "The Slack app ID."),
            Field("bot_user_id", .string, "The bot's user ID, used to detect mentions."),
            Field("approval_allowed_users", .list(.string), "Who may approve destructive commands (\"U123\" or \"slack:U123\"); anyone when absent."),
        ])

    static let discord = ObjectShape(
        "aof-daemon-discord", doc: "The Discord application.",
        hints: ["token": "bot_token", "app_id": "application_id"],
        fields: [
            Field("enabled", .bool, default: .bool(true), "Whether the platform is served (default true)."),
            Field("bot_token", .string, "The bot token, used verbatim."),
            Field("bot_token_env", .string, "The environment variable holding the bot token."),
            Field("application_id", .string, "The application ID."),
            Field("public_key", .string, "The key interaction signatures are checked with."),
        ])

    static let telegram = ObjectShape(
        "aof-daemon-telegram", doc: "The Telegram bot.",
        hints: ["token": "bot_token"],
        fields: [
            Field("enabled", .bool, default: .bool(true), "Whether the platform is served (default true)."),
            Field("bot_token", .string, "The bot token, used verbatim."),
            Field("bot_token_env", .string, "The environment variable holding the bot token."),
            Field("webhook_secret", .string, "The secret webhook calls are checked with."),
        ])

    static let whatsapp = ObjectShape(
        "aof-daemon-whatsapp", doc: "The WhatsApp Business app.",
        hints: ["token": "access_token", "bot_token": "access_token", "bot_token_env": "access_token_env"],
        fields: [
            Field("enabled", .bool, default: .bool(true), "Whether the platform is served (default true)."),
            Field("access_token", .string, "The access token, used verbatim."),
            Field("access_token_env", .string, "The environment variable holding the access token."),
            Field("verify_token", .string, "The webhook verify token."),
            Field("phone_number_id", .string, "The phone number ID."),
            Field("app_secret", .string, "The app secret webhook signatures are checked with."),
        ])

    static let github = ObjectShape(
        "aof-daemon-github", doc: "The GitHub integration.",
        hints: ["repos": "allowed_repos", "orgs": "allowed_orgs", "repositories": "allowed_repos"],
        fields: [
            Field("enabled", .bool, default: .bool(true), "Whether the platform is served (default true)."),
            Field("token", .string, "The API token, used verbatim."),
            Field("token_env", .string, "The environment variable holding the API token."),
            Field("webhook_secret", .string, "The webhook secret, used verbatim."),
            Field("webhook_secret_env", .string, "The environment variable holding the webhook secret."),
            Field("bot_name", .string, "The name the bot answers to in comments."),
            Field("allowed_repos", .list(.string), "Repositories served (\"owner/repo\", \"owner/*\" or \"*\")."),
            Field("allowed_orgs", .list(.string), "Organizations served."),
        ])

    static let jira = ObjectShape(
        "aof-daemon-jira", doc: "The Jira integration.",
        hints: ["url": "base_url", "email": "user_email", "projects": "allowed_projects", "events": "allowed_events"],
        fields: [
            Field("enabled", .bool, default: .bool(true), "Whether the platform is served (default true)."),
            Field("cloud_id", .string, "The Jira Cloud ID, used verbatim."),
            Field("cloud_id_env", .string, "The environment variable holding the Cloud ID."),
            Field("base_url", .grammar(.url), "The instance URL, such as \"https://example.atlassian.net\"."),
            Field("user_email", .string, "The API user's email, used verbatim."),
            Field("user_email_env", .string, "The environment variable holding the API user's email."),
            Field("api_token", .string, "The API token, used verbatim."),
            Field("api_token_env", .string, "The environment variable holding the API token."),
            Field("webhook_secret", .string, "The webhook secret, used verbatim."),
            Field("webhook_secret_env", .string, "The environment variable holding the webhook secret."),
            Field("bot_name", .string, "The name the bot signs comments with."),
            Field("allowed_projects", .list(.string), "Project keys served."),
            Field("allowed_events", .list(.string), "Webhook event types served."),
        ])

    static let platforms = ObjectShape(
        "aof-daemon-platforms", doc: "The chat and webhook platforms the daemon serves.",
        fields: [
            Field("slack", .object(slack), "The Slack app."),
            Field("discord", .object(discord), "The Discord application."),
            Field("telegram", .object(telegram), "The Telegram bot."),
            Field("whatsapp", .object(whatsapp), "The WhatsApp Business app."),
            Field("github", .object(github), "The GitHub integration."),
            Field("jira", .object(jira), "The Jira integration."),
        ])

    /// The keys of each platform that hold a credential directly (as opposed to the `*_env` names).
    static let credentialKeys: Set<String> = [
        "bot_token", "signing_secret", "access_token", "verify_token", "app_secret", "token", "webhook_secret", "api_token",
    ]
}
