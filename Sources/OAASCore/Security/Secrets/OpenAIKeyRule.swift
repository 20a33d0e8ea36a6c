/// OpenAI API keys: `sk-proj-`, `sk-svcacct-`, `sk-admin-` and the legacy `sk-` form, all of which carry
/// the marker `T3BlbkFJ` (base64 of "OpenAI") in the middle of their random part. Requiring the marker
/// keeps the bare `sk-` prefix, which many other services use, from matching.
enum OpenAIKeyRule {
    static func match(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> SecretMatch? {
        guard SecretBytes.hasPrefix(bytes, index, end, "sk-") else { return nil }
        let tokenEnd = SecretBytes.run(bytes, from: index + 3, to: end, SecretBytes.isURLSafe)
        guard tokenEnd - index >= 40 else { return nil }
        let token = SecretBytes.string(bytes, index, tokenEnd)
        guard token.contains("T3BlbkFJ"), !SecretValues.isPlaceholder(token, body: String(token.dropFirst(3))) else { return nil }
        let description: String
        if token.hasPrefix("sk-proj-") {
            description = "openai project api key"
        } else if token.hasPrefix("sk-svcacct-") {
            description = "openai service account key"
        } else if token.hasPrefix("sk-admin-") {
            description = "openai admin key"
        } else {
            description = "openai api key"
        }
        return .token(.openAIAPIKey, description, bytes, index, tokenEnd)
    }
}

extension DiagnosticKind {
    static let openAIAPIKey = DiagnosticKind(
        id: "secret.openai-api-key", severity: .error,
        summary: "an OpenAI API key (`sk-proj-…`, `sk-svcacct-…`, `sk-…T3BlbkFJ…`) in plain text",
        explanation: """
            OpenAI keys bill usage to the project or organisation and read its files, assistants and fine \
            tunes. They are recognised by their prefix and the `T3BlbkFJ` marker inside them. Revoke the key \
            on the platform's API keys page and provide the replacement as `${OPENAI_API_KEY}`.
            """,
        example: "model:\n  provider: openai\n  api_key: sk-proj-…T3BlbkFJ…",
        remediation: "revoke the key on OpenAI's API keys page and provide it as ${OPENAI_API_KEY} from a secret store",
        securitySeverity: 9.0)
}
