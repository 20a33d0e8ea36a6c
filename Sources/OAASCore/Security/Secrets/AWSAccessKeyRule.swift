/// AWS access key IDs by shape: `AKIA` (long-term) or `ASIA` (temporary), also `ABIA`/`ACCA`, then 16
/// characters of the base32 alphabet (`A-Z`, `2-7`) AWS uses. `AKIAIOSFODNN7EXAMPLE`, AWS's documentation
/// key, is a placeholder.
enum AWSAccessKeyRule {
    static func match(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> SecretMatch? {
        guard SecretBytes.hasPrefix(bytes, index, end, "AKIA") || SecretBytes.hasPrefix(bytes, index, end, "ASIA")
            || SecretBytes.hasPrefix(bytes, index, end, "ABIA") || SecretBytes.hasPrefix(bytes, index, end, "ACCA")
        else { return nil }
        let tokenEnd = SecretBytes.run(bytes, from: index + 4, to: min(end, index + 20), SecretBytes.isBase32)
        guard tokenEnd == index + 20, SecretTokenRules.endsWord(bytes, tokenEnd, end, SecretBytes.isAlnum) else { return nil }
        let token = SecretBytes.string(bytes, index, tokenEnd)
        guard !SecretValues.isPlaceholder(token, body: String(token.dropFirst(4))) else { return nil }
        let description = bytes[index + 1] == UInt8(ascii: "S") ? "aws temporary access key id" : "aws access key id"
        return .token(.awsAccessKeyID, description, bytes, index, tokenEnd)
    }
}

extension DiagnosticKind {
    static let awsAccessKeyID = DiagnosticKind(
        id: "secret.aws-access-key-id", severity: .error,
        summary: "an AWS access key ID (`AKIA…`, `ASIA…`) in plain text",
        explanation: """
            An access key ID is one half of an AWS credential pair; the secret access key is rarely far \
            away (the next line, the same `.env`). Even alone it names an IAM user and account to target. \
            `ASIA…` IDs belong to temporary credentials, which often come with a session token.

            Deactivate and delete the key in IAM, then stop using long-term keys in configuration: use \
            roles (instance profiles, IRSA, OIDC federation in CI) or provide the pair through variables \
            from a secret store.
            """,
        example: "aws:\n  access_key_id: AKIA…   # 20 characters",
        remediation: "deactivate the key in IAM and use a role, or variables from a secret store",
        securitySeverity: 7.5)
}
