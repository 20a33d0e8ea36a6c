/// Slack incoming-webhook and workflow URLs: `https://hooks.slack.com/services/T…/B…/…` (also
/// `/workflows/` and `/triggers/`). Whoever has the URL can post to the channel; the secret is its path.
enum SlackWebhookRule {
    static func match(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> SecretMatch? {
        guard SecretBytes.hasPrefix(bytes, index, end, "hooks.slack.com/") else { return nil }
        var cursor = index + 16
        let strict: Bool
        if SecretBytes.hasPrefix(bytes, cursor, end, "services/") {
            cursor += 9
            strict = true
        } else if SecretBytes.hasPrefix(bytes, cursor, end, "workflows/") {
            cursor += 10
            strict = false
        } else if SecretBytes.hasPrefix(bytes, cursor, end, "triggers/") {
            cursor += 9
            strict = false
        } else {
            return nil
        }
        let pathStart = cursor
        let pathEnd = SecretBytes.run(bytes, from: pathStart, to: end) { SecretBytes.isURLSafe($0) || $0 == UInt8(ascii: "/") }
        let path = SecretBytes.string(bytes, pathStart, pathEnd)
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        if strict {
            // `T<team>/B<hook>/<secret>`.
            guard parts.count == 3, parts[0].first == "T", parts[1].first == "B", parts[0].count >= 9, parts[1].count >= 9,
                  parts[2].count >= 20, parts[2].utf8.allSatisfy(SecretBytes.isAlnum)
            else { return nil }
        } else {
            guard parts.count >= 2, path.utf8.count >= 30 else { return nil }
        }
        guard !SecretValues.isPlaceholder(path, body: String(parts[parts.count - 1])) else { return nil }
        let secret = path
        return SecretMatch(
            kind: .slackWebhookURL, start: pathStart, end: pathEnd, secret: secret,
            message: "hard-coded slack webhook url, secret path \(SecretDisplay.redacted(secret))", priority: SecretMatch.Priority.provider)
    }
}

extension DiagnosticKind {
    static let slackWebhookURL = DiagnosticKind(
        id: "secret.slack-webhook-url", severity: .error,
        summary: "a Slack incoming-webhook URL (`https://hooks.slack.com/services/T…/B…/…`) in plain text",
        explanation: """
            The path of an incoming webhook is its credential: anyone with the URL can post to the channel, \
            which makes it a phishing tool inside your workspace. The finding shows the path's first four \
            characters (the team ID) and a hash.

            Regenerate the webhook (app settings → Incoming Webhooks) and reference the URL as \
            `${SLACK_WEBHOOK_URL}`.
            """,
        example: "notify:\n  webhook: https://hooks.slack.com/services/T0…/B0…/…",
        remediation: "regenerate the webhook and reference its URL as ${SLACK_WEBHOOK_URL}",
        securitySeverity: 7.0)
}
