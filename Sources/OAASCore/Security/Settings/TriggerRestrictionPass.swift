/// Reports production chat triggers (Slack, Discord, Telegram, WhatsApp) that accept messages from every
/// channel and every user: no `channels`, `users`, Telegram `chat_ids` or Discord `guild_ids`. Anyone who
/// can message the bot can then start production agents and flows.
enum TriggerRestrictionPass: SemanticPass {
    /// The config keys that narrow who reaches the trigger.
    static let restrictions = ["channels", "users", "chat_ids", "guild_ids"]

    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        let production = ProductionScope(context.project)
        for site in TriggerSite.all(in: context.project) where TriggerSite.chatPlatforms.contains(site.platform) {
            let resource = context.project.resources[site.resource]
            guard let note = production.note(site.resource, name: SettingsReading.title(resource)) else { continue }
            guard !restrictions.contains(where: site.hasList) else { continue }
            let place = site.platform == "telegram" ? "chat" : "channel"
            sink.report(
                .securityUnrestrictedTrigger,
                "\(site.type.value) \(site.title) is production but accepts messages from every \(place) and user",
                at: site.type.range, path: site.path, notes: [note])
        }
    }
}

extension DiagnosticKind {
    static let securityUnrestrictedTrigger = DiagnosticKind(
        id: "security.unrestricted-trigger", severity: .warning,
        summary: "a production chat trigger accepts every channel and user",
        explanation: """
            A chat trigger (Slack, Discord, Telegram, WhatsApp) with no `channels`, `users`, `chat_ids` \
            (Telegram) or `guild_ids` (Discord) answers anyone who can message the bot, in any channel it \
            is in, and starts the agents and flows it routes to. In production, name the channels the team \
            works in, or the users allowed to ask.

            Reported for standalone AOF Triggers and for the trigger a seed-000 AgentFlow embeds. A Trigger \
            is production when its label, namespace or name says so (as for every resource: an \
            `environment`, `env`, `stage` or `tier` label, the namespace or the name holding `prod` or \
            `production` as a word), or when one of its commands starts a production flow; an embedded \
            trigger is production when its flow is.
            """,
        example: """
            metadata:
              name: slack-prod
            spec:
              type: Slack
              config:
                bot_token: ${SLACK_BOT_TOKEN}
                signing_secret: ${SLACK_SIGNING_SECRET}
            """,
        remediation: "restrict the trigger with \"channels\" or \"users\" (\"chat_ids\" on Telegram)",
        securitySeverity: 6.1)
}
