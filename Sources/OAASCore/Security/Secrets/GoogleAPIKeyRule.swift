/// Google API keys: `AIza` and 35 URL-safe characters (Maps, Gemini, Firebase and other Google Cloud APIs).
enum GoogleAPIKeyRule {
    static func match(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> SecretMatch? {
        guard SecretBytes.hasPrefix(bytes, index, end, "AIza") else { return nil }
        let tokenEnd = SecretBytes.run(bytes, from: index + 4, to: end, SecretBytes.isURLSafe)
        guard tokenEnd - index == 39 else { return nil }
        let token = SecretBytes.string(bytes, index, tokenEnd)
        guard !SecretValues.isPlaceholder(token, body: String(token.dropFirst(4))) else { return nil }
        return .token(.googleAPIKey, "google api key", bytes, index, tokenEnd)
    }
}

extension DiagnosticKind {
    static let googleAPIKey = DiagnosticKind(
        id: "secret.google-api-key", severity: .error,
        summary: "a Google API key (`AIza…`) in plain text",
        explanation: """
            A Google API key bills the Google Cloud project it belongs to for every API it is allowed to \
            call (Gemini, Maps, …). Keys meant for browsers should be restricted by referrer and API; keys \
            in configuration usually are not. Delete or rotate the key in the Cloud console (APIs & \
            Services → Credentials) and provide the replacement as `${GOOGLE_API_KEY}`.
            """,
        example: "model:\n  provider: google\n  api_key: AIza…   # 39 characters",
        remediation: "rotate the key in the Google Cloud console, restrict it, and provide it as ${GOOGLE_API_KEY}",
        securitySeverity: 7.5)
}
