/// Slack tokens by their published prefixes: bot (`xoxb-`), user (`xoxp-`), app-level (`xapp-`) and the
/// workspace, refresh and legacy kinds (`xoxa-`, `xoxr-`, `xoxs-`, `xoxo-`, `xoxe-`).
///
/// Shape: the prefix, then dash-separated segments whose first is a number (team, user or version) and
/// whose last is at least 16 letters and digits (`xoxb-<team>-<bot>-<24 chars>`,
/// `xapp-1-<app>-<number>-<64 hex>`). Text like `xoxb-your-bot-token` does not have it, and a body of one
/// repeated character or a counting sequence (`xoxb-123456789012-…`) is a documentation placeholder.
enum SlackTokenRule {
    static func match(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> SecretMatch? {
        guard index + 5 < end, bytes[index + 4] == UInt8(ascii: "-") else { return nil }
        let kind: DiagnosticKind
        let description: String
        if SecretBytes.hasPrefix(bytes, index, end, "xapp-") {
            (kind, description) = (.slackAppToken, "slack app-level token")
        } else if SecretBytes.hasPrefix(bytes, index, end, "xox") {
            switch bytes[index + 3] {
            case UInt8(ascii: "b"): (kind, description) = (.slackBotToken, "slack bot token")
            case UInt8(ascii: "p"): (kind, description) = (.slackUserToken, "slack user token")
            case UInt8(ascii: "a"): (kind, description) = (.slackLegacyToken, "slack workspace access token")
            case UInt8(ascii: "r"): (kind, description) = (.slackLegacyToken, "slack workspace refresh token")
            case UInt8(ascii: "e"): (kind, description) = (.slackLegacyToken, "slack configuration refresh token")
            case UInt8(ascii: "s"), UInt8(ascii: "o"): (kind, description) = (.slackLegacyToken, "slack legacy token")
            default: return nil
            }
        } else {
            return nil
        }
        let bodyStart = index + 5
        var tokenEnd = SecretBytes.run(bytes, from: bodyStart, to: end) { SecretBytes.isAlnum($0) || $0 == UInt8(ascii: "-") }
        while tokenEnd > bodyStart, bytes[tokenEnd - 1] == UInt8(ascii: "-") { tokenEnd -= 1 }
        guard SecretTokenRules.endsWord(bytes, tokenEnd, end, { $0 == UInt8(ascii: "_") }) else { return nil }
        let body = SecretBytes.string(bytes, bodyStart, tokenEnd)
        let segments = body.split(separator: "-", omittingEmptySubsequences: false)
        guard segments.count >= 2, let first = segments.first, let last = segments.last,
              !first.isEmpty, first.utf8.allSatisfy(SecretBytes.isDigit), last.utf8.count >= 16
        else { return nil }
        guard !SecretValues.isPlaceholder(body, body: String(last)), !SecretValues.hasCountingRun(Array(body.utf8)) else { return nil }
        return .token(kind, description, bytes, index, tokenEnd)
    }
}

extension DiagnosticKind {
    static let slackBotToken = DiagnosticKind(
        id: "secret.slack-bot-token", severity: .error,
        summary: "a Slack bot token (`xoxb-…`) in plain text",
        explanation: """
            A bot token lets anyone who reads the file act as the Slack app's bot: read the channels it is \
            in, post as it, and use every scope it was granted. The finding shows the token's first four \
            characters and a short hash, never the token.

            Revoke the token in the app's settings (OAuth & Permissions → revoke, then reinstall), then keep \
            the new one out of the repository: reference it as `${SLACK_BOT_TOKEN}` and provide the variable \
            from a secret store. Rewriting history does not un-leak a token that was pushed.
            """,
        example: "platforms:\n  slack:\n    bot_token: xoxb-2958…   # a real-shaped token",
        remediation: "revoke the token in Slack and reference it as ${SLACK_BOT_TOKEN} from a secret store",
        securitySeverity: 8.5)

    static let slackUserToken = DiagnosticKind(
        id: "secret.slack-user-token", severity: .error,
        summary: "a Slack user token (`xoxp-…`) in plain text",
        explanation: """
            A user token acts as the person who installed the app, with every scope they granted: often \
            their private channels and direct messages. It is worth more to an attacker than a bot token.

            Revoke it (Slack app settings → OAuth & Permissions) and provide the new one through a \
            variable from a secret store.
            """,
        example: "slack:\n  user_token: xoxp-4471…",
        remediation: "revoke the token in Slack and provide it through a variable from a secret store",
        securitySeverity: 9.0)

    static let slackAppToken = DiagnosticKind(
        id: "secret.slack-app-token", severity: .error,
        summary: "a Slack app-level token (`xapp-…`) in plain text",
        explanation: """
            An app-level token opens Socket Mode connections for the app: whoever holds it receives the \
            app's events, messages included. Regenerate it under Basic Information → App-Level Tokens and \
            provide it through a variable.
            """,
        example: "slack:\n  app_token: xapp-1-A06…",
        remediation: "regenerate the app-level token and provide it through a variable from a secret store",
        securitySeverity: 8.0)

    static let slackLegacyToken = DiagnosticKind(
        id: "secret.slack-legacy-token", severity: .error,
        summary: "a Slack workspace, refresh or legacy token (`xoxa-`, `xoxr-`, `xoxe-`, `xoxs-`, `xoxo-`) in plain text",
        explanation: """
            Workspace app tokens, refresh tokens (which mint new access tokens) and legacy tokens carry \
            broad, long-lived access. Legacy tokens cannot be scoped at all. Revoke the token and use a \
            bot token provided through a variable.
            """,
        example: "slack:\n  refresh_token: xoxe-1-My0x…",
        remediation: "revoke the token and provide a replacement through a variable from a secret store",
        securitySeverity: 8.5)
}
