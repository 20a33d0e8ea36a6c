/// AWS secret access keys: 40 characters of base64 (`A-Z a-z 0-9 + /`) assigned to a key that names one
/// (`aws_secret_access_key`, `AWS_SECRET_ACCESS_KEY`, `secretAccessKey`, `aws_secret_key`). The value has
/// no prefix of its own, so the key is what makes it distinctive.
enum AWSSecretKeyRule {
    /// Whether a key names an AWS secret access key.
    static func isSecretAccessKeyName(_ key: String) -> Bool {
        let words = Redaction.splitWords(key)
        guard words.last == "key", words.contains("secret") else { return false }
        return words.contains("aws") || words.contains("access")
    }

    /// The finding for a value assigned to such a key.
    static func evaluate(key: String, value: String, start: Int) -> SecretMatch? {
        guard isSecretAccessKeyName(key), value.utf8.count == 40, value.utf8.allSatisfy(SecretBytes.isBase64),
              SecretBytes.characterClasses(value) >= 3, SecretBytes.entropy(value) >= 4.0,
              !SecretValues.isPlaceholder(value)
        else { return nil }
        return SecretMatch(
            kind: .awsSecretAccessKey, start: start, end: start + 40, secret: value,
            message: "hard-coded aws secret access key \(SecretDisplay.redacted(value)) assigned to \"\(key)\"",
            priority: SecretMatch.Priority.structured)
    }
}

extension DiagnosticKind {
    static let awsSecretAccessKey = DiagnosticKind(
        id: "secret.aws-secret-access-key", severity: .error,
        summary: "an AWS secret access key assigned to an `aws_secret_access_key`-like key",
        explanation: """
            40 characters of base64 under a key that names an AWS secret access key: together with its \
            access key ID, this signs any AWS API request the IAM user may make. Deactivate and delete the \
            key pair in IAM at once, review CloudTrail for its use, and switch to roles or variables from a \
            secret store.
            """,
        example: "aws_secret_access_key = wJal…   # 40 characters",
        remediation: "deactivate the key pair in IAM, review CloudTrail, and use a role or a secret store",
        securitySeverity: 9.5)
}
