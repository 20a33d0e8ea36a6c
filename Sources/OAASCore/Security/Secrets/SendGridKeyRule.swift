/// SendGrid API keys: `SG.`, 22 URL-safe characters, `.`, 43 URL-safe characters.
enum SendGridKeyRule {
    static func match(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> SecretMatch? {
        guard SecretBytes.hasPrefix(bytes, index, end, "SG.") else { return nil }
        let firstEnd = SecretBytes.run(bytes, from: index + 3, to: end, SecretBytes.isURLSafe)
        guard firstEnd - index - 3 == 22, firstEnd < end, bytes[firstEnd] == UInt8(ascii: ".") else { return nil }
        let secondEnd = SecretBytes.run(bytes, from: firstEnd + 1, to: end, SecretBytes.isURLSafe)
        guard secondEnd - firstEnd - 1 == 43 else { return nil }
        let token = SecretBytes.string(bytes, index, secondEnd)
        guard !SecretValues.isPlaceholder(token, body: String(token.dropFirst(3))) else { return nil }
        return .token(.sendGridAPIKey, "sendgrid api key", bytes, index, secondEnd)
    }
}

extension DiagnosticKind {
    static let sendGridAPIKey = DiagnosticKind(
        id: "secret.sendgrid-api-key", severity: .error,
        summary: "a SendGrid API key (`SG.<22>.<43>`) in plain text",
        explanation: """
            A SendGrid key sends mail as your domain, which makes it a ready-made phishing tool, and may \
            read contacts and stats. Delete it in SendGrid (Settings → API Keys) and provide the \
            replacement through a variable.
            """,
        example: "email:\n  sendgrid_api_key: SG.…",
        remediation: "delete the key in SendGrid and provide the replacement through a variable from a secret store",
        securitySeverity: 8.0)
}
