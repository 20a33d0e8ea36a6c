/// Reports webhook endpoints whose requests are not verified: triggers and daemon platforms with no
/// signing or webhook secret. Without one, anyone who can reach the endpoint can forge events (a Slack
/// message, a GitHub push, a PagerDuty incident) and start the agents and flows behind it.
enum WebhookSigningPass: SemanticPass {
    /// What verifies one platform's webhooks.
    struct Rule {
        /// The trigger `config` keys that hold the secret (standalone, then embedded spelling).
        let triggerKeys: [String]
        /// The DaemonConfig platform (`spec.platforms.<name>`) and its keys that hold the secret or name
        /// the variable holding it; nil when the daemon does not serve the platform's webhooks.
        let daemon: (platform: String, keys: [String])?
        /// How the secret is named in messages.
        let secret: String
    }

    /// The platforms that sign their webhooks, by lowercased trigger type.
    static let rules: [String: Rule] = [
        "slack": Rule(triggerKeys: ["signing_secret", "signingSecret"], daemon: ("slack", ["signing_secret", "signing_secret_env"]), secret: "signing_secret"),
        "http": Rule(triggerKeys: ["webhook_secret", "webhookSecret"], daemon: nil, secret: "webhook_secret"),
        "github": Rule(triggerKeys: ["webhook_secret"], daemon: ("github", ["webhook_secret", "webhook_secret_env"]), secret: "webhook_secret"),
        "jira": Rule(triggerKeys: ["webhook_secret"], daemon: ("jira", ["webhook_secret", "webhook_secret_env"]), secret: "webhook_secret"),
        "whatsapp": Rule(triggerKeys: ["app_secret"], daemon: ("whatsapp", ["app_secret"]), secret: "app_secret"),
        "pagerduty": Rule(triggerKeys: ["webhook_secret"], daemon: nil, secret: "webhook_secret"),
    ]

    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        let daemons = daemonPlatforms(context.project)
        for site in TriggerSite.all(in: context.project) {
            guard let rule = rules[site.platform], !site.has(rule.triggerKeys) else { continue }
            var notes: [DiagnosticNote] = []
            if let daemon = rule.daemon {
                // The daemon checks the signature with its own secret when it has one.
                if daemons.signed.contains(daemon.platform) { continue }
                if let platform = daemons.unsigned[daemon.platform] {
                    notes.append(DiagnosticNote("the daemon's \(site.type.value) platform has no secret either", at: platform))
                }
            }
            sink.report(
                .securityUnsignedWebhook,
                "\(site.type.value) \(site.title) has no \"\(rule.secret)\", so forged requests are accepted",
                at: site.type.range, path: site.path, notes: notes)
        }
        for (index, resource) in context.project.resources.enumerated() {
            guard case .daemonConfig(let config) = resource.model else { continue }
            for platform in config.platforms where platform.enabled?.value != false {
                guard let (_, rule) = rules.first(where: { $0.value.daemon?.platform == platform.name.value }),
                      let daemon = rule.daemon, !hasAny(daemon.keys, in: context.project.resources[index], platform: platform.name.value)
                else { continue }
                let keys = daemon.keys.map { "\"\($0)\"" }.joined(separator: " or ")
                sink.report(
                    .securityUnsignedWebhook,
                    "platform \"\(platform.name.value)\" of \(SettingsReading.title(resource)) has no \(keys), so forged requests are accepted",
                    at: platform.name.range, path: resource.document["spec"]?["platforms"]?[platform.name.value]?.path)
            }
        }
    }

    /// The daemon platforms with a secret, and those without one (with where they are written).
    private static func daemonPlatforms(_ project: Project) -> (signed: Set<String>, unsigned: [String: SourceRange]) {
        var signed = Set<String>()
        var unsigned: [String: SourceRange] = [:]
        for resource in project.resources {
            guard case .daemonConfig(let config) = resource.model else { continue }
            for platform in config.platforms where platform.enabled?.value != false {
                let name = platform.name.value
                guard let daemon = rules.values.first(where: { $0.daemon?.platform == name })?.daemon else { continue }
                if hasAny(daemon.keys, in: resource, platform: name) { signed.insert(name) } else { unsigned[name] = platform.name.range }
            }
        }
        return (signed, unsigned)
    }

    private static func hasAny(_ keys: [String], in resource: Resource, platform: String) -> Bool {
        let section = resource.document["spec"]?["platforms"]?[platform]
        for key in keys {
            if let text = section?[key]?.text, !text.trimmingWhitespace().isEmpty { return true }
        }
        return false
    }
}

extension DiagnosticKind {
    static let securityUnsignedWebhook = DiagnosticKind(
        id: "security.unsigned-webhook", severity: .error,
        summary: "a webhook trigger or platform does not verify its requests",
        explanation: """
            Slack, GitHub, Jira, WhatsApp and PagerDuty sign the webhooks they send, and an HTTP trigger \
            can require a shared secret; the receiver checks the signature with a secret it is given. \
            Without the secret nothing is checked, and anyone who can reach the endpoint can forge an \
            event that starts agents and flows. Reported for a trigger (a standalone AOF Trigger, or the \
            trigger a seed-000 AgentFlow embeds) of type Slack without `signing_secret`, HTTP, GitHub, Jira \
            or PagerDuty without `webhook_secret`, or WhatsApp without `app_secret`, unless a DaemonConfig \
            in the scan gives that platform its secret (the daemon then verifies every request); and for a \
            DaemonConfig platform (`slack`, `github`, `jira`, `whatsapp`) without its secret or the `*_env` \
            key naming the variable that holds it. A `${VAR}` reference counts as a secret.
            """,
        example: """
            spec:
              type: HTTP
              config:
                path: /webhooks/deploy
            """,
        remediation: "set the platform's signing or webhook secret from a variable, such as \"signing_secret: ${SLACK_SIGNING_SECRET}\"",
        securitySeverity: 7.5)
}
