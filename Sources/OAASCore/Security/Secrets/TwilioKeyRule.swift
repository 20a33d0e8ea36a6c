/// Twilio API key SIDs: `SK` and 32 lowercase hex digits. The SID names an API key whose secret is almost
/// always stored next to it; account SIDs (`AC…`) are identifiers and never reported.
enum TwilioKeyRule {
    static func match(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> SecretMatch? {
        guard SecretBytes.hasPrefix(bytes, index, end, "SK") else { return nil }
        let tokenEnd = SecretBytes.run(bytes, from: index + 2, to: end, SecretBytes.isLowerHex)
        guard tokenEnd - index == 34, SecretTokenRules.endsWord(bytes, tokenEnd, end, SecretBytes.isAlnum) else { return nil }
        let token = SecretBytes.string(bytes, index, tokenEnd)
        let body = String(token.dropFirst(2))
        guard SecretBytes.entropy(body) >= 3.0, !SecretValues.isPlaceholder(token, body: body) else { return nil }
        return .token(.twilioAPIKey, "twilio api key sid", bytes, index, tokenEnd)
    }
}

extension DiagnosticKind {
    static let twilioAPIKey = DiagnosticKind(
        id: "secret.twilio-api-key", severity: .warning,
        summary: "a Twilio API key SID (`SK` and 32 hex digits) in plain text",
        explanation: """
            The SID alone does not authenticate, but it names a Twilio API key, and the key's secret is \
            almost always stored right next to it (under a `secret` or `api_secret` key the high-entropy \
            rule checks). Check the surrounding lines; if the secret is there too, revoke the key in the \
            Twilio console. Account SIDs (`AC…`) are identifiers and are not reported.
            """,
        example: "twilio:\n  api_key: SK…   # 32 hex digits",
        remediation: "keep Twilio API key SIDs and secrets in variables; revoke the key if its secret is committed",
        securitySeverity: 5.0)
}
