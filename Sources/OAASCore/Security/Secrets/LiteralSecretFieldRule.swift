/// `secret.literal-in-secret-field`: a secret field of a configuration file (`bot_token`,
/// `signing_secret`, `app_secret`, `webhook_secret`, `api_key`, `routing_key`, `verify_token`,
/// `connection_string`, `password`, `client_secret`, `private_key` …; see `SecretKeys.isSecretField`)
/// holds a literal instead of a reference, even a placeholder (`bot_token: xoxb-your-token-here`): the
/// configuration is one paste away from a leak.
///
/// Where it applies: the key starts its line (`key: value`, `"key": "value"`, `key = "value"`,
/// `- KEY=value`, and in YAML a value behind a tag or anchor, or a block scalar on the following lines,
/// see `SecretBlockScalar`) in a configuration file (YAML, JSON, TOML, INI, properties, Terraform/HCL),
/// not in a comment. `.env` files, `.tfvars` and scripts supply values and are not checked. Empty values, `null`,
/// booleans, small numbers, references and file paths are not findings; a `${VAR:-default}` with a
/// non-empty default is ("falls back to a literal default"). When a value rule already reports the same
/// value, only that finding is kept.
enum LiteralSecretFieldRule {
    /// The finding for a literal value.
    static func literal(key: String, value: String, start: Int, end: Int) -> SecretMatch {
        SecretMatch(
            kind: .literalInSecretField, start: start, end: end, secret: value,
            message: "secret field \"\(key)\" holds a literal \(SecretDisplay.redacted(value)), not a variable reference",
            priority: SecretMatch.Priority.literal)
    }

    /// The finding for a reference whose fallback is a literal.
    static func fallback(key: String, defaultValue: String, start: Int) -> SecretMatch {
        SecretMatch(
            kind: .literalInSecretField, start: start, end: start + defaultValue.utf8.count, secret: defaultValue,
            message: "secret field \"\(key)\" falls back to a literal default \(SecretDisplay.redacted(defaultValue))",
            priority: SecretMatch.Priority.literal)
    }
}

extension DiagnosticKind {
    static let literalInSecretField = DiagnosticKind(
        id: "secret.literal-in-secret-field", severity: .warning,
        summary: "a secret field of a configuration file holds a literal instead of a variable reference",
        explanation: """
            Fields such as `bot_token`, `signing_secret`, `app_secret`, `webhook_secret`, `verify_token`, \
            `api_key`, `routing_key`, `client_secret`, `private_key`, `password` and `connection_string` \
            should reference their value (`${SLACK_BOT_TOKEN}`, `{{ secrets.x }}`, `vault:…`, a file \
            path). A literal there is reported even when it is a placeholder such as \
            `xoxb-your-token-here`: the next person to test the configuration pastes the real token over \
            it, and the secret is committed. A reference with a non-empty fallback \
            (`${DB_PASSWORD:-postgres}`) is reported too: when the variable is missing, the known default \
            is used silently.

            When a value rule (a provider token, a connection-string password, a high-entropy value) \
            already reports the value, only that finding is shown. Empty values and `null` are not \
            findings; neither are `.env` files, `.tfvars` files and scripts, whose purpose is to supply \
            values, nor comments.
            """,
        example: "platforms:\n  slack:\n    bot_token: xoxb-your-token-here\n    signing_secret: ${SLACK_SIGNING_SECRET}",
        remediation: "replace the literal with a variable reference such as ${SLACK_BOT_TOKEN}",
        securitySeverity: 5.0)
}
