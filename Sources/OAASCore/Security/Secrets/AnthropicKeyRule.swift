/// Anthropic API keys: `sk-ant-` and a type and version (`api03-`, `admin01-`), then a long random
/// URL-safe part (93 characters and `AA` today; older keys were shorter, so at least 32 are required).
enum AnthropicKeyRule {
    static func match(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> SecretMatch? {
        guard SecretBytes.hasPrefix(bytes, index, end, "sk-ant-") else { return nil }
        let tokenEnd = SecretBytes.run(bytes, from: index + 7, to: end, SecretBytes.isURLSafe)
        let token = SecretBytes.string(bytes, index, tokenEnd)
        // `sk-ant-api03-<random>`: the random part follows the second dash after `sk-ant-`.
        let parts = token.dropFirst(7).split(separator: "-", maxSplits: 1)
        guard parts.count == 2, parts[1].utf8.count >= 32, SecretBytes.characterClasses(String(parts[1])) >= 3,
              !SecretValues.isPlaceholder(token, body: String(parts[1]))
        else { return nil }
        let description = parts[0].hasPrefix("admin") ? "anthropic admin api key" : "anthropic api key"
        return .token(.anthropicAPIKey, description, bytes, index, tokenEnd)
    }
}

extension DiagnosticKind {
    static let anthropicAPIKey = DiagnosticKind(
        id: "secret.anthropic-api-key", severity: .error,
        summary: "an Anthropic API key (`sk-ant-…`) in plain text",
        explanation: """
            An Anthropic API key bills model usage to its workspace and reads whatever the workspace can \
            (batches, files). An admin key manages the organisation. Disable the key in the Anthropic \
            Console and provide the replacement as `${ANTHROPIC_API_KEY}` from a secret store.
            """,
        example: "model:\n  provider: anthropic\n  api_key: sk-ant-api03-…",
        remediation: "disable the key in the Anthropic Console and provide it as ${ANTHROPIC_API_KEY} from a secret store",
        securitySeverity: 9.0)
}
