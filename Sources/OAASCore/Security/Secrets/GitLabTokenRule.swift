/// GitLab tokens by their prefixes: `glpat-` (personal, project and group access tokens, 20 characters or
/// the longer routable form), `gldt-` (deploy token), `glrt-` (runner authentication token) and `glptt-`
/// (pipeline trigger token, 40 hex digits).
enum GitLabTokenRule {
    static func match(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> SecretMatch? {
        let prefixLength: Int
        let description: String
        if SecretBytes.hasPrefix(bytes, index, end, "glpat-") {
            (prefixLength, description) = (6, "gitlab access token")
        } else if SecretBytes.hasPrefix(bytes, index, end, "gldt-") {
            (prefixLength, description) = (5, "gitlab deploy token")
        } else if SecretBytes.hasPrefix(bytes, index, end, "glrt-") {
            (prefixLength, description) = (5, "gitlab runner token")
        } else if SecretBytes.hasPrefix(bytes, index, end, "glptt-") {
            (prefixLength, description) = (6, "gitlab pipeline trigger token")
        } else {
            return nil
        }
        var tokenEnd = SecretBytes.run(bytes, from: index + prefixLength, to: end) { SecretBytes.isURLSafe($0) || $0 == UInt8(ascii: ".") }
        while tokenEnd > index + prefixLength, bytes[tokenEnd - 1] == UInt8(ascii: ".") { tokenEnd -= 1 }
        guard tokenEnd - index - prefixLength >= 20 else { return nil }
        let token = SecretBytes.string(bytes, index, tokenEnd)
        let body = String(token.dropFirst(prefixLength))
        guard SecretBytes.characterClasses(body) >= 2, !SecretValues.isPlaceholder(token, body: body) else { return nil }
        return .token(.gitlabToken, description, bytes, index, tokenEnd)
    }
}

extension DiagnosticKind {
    static let gitlabToken = DiagnosticKind(
        id: "secret.gitlab-token", severity: .error,
        summary: "a GitLab token (`glpat-`, `gldt-`, `glrt-`, `glptt-`) in plain text",
        explanation: """
            GitLab access, deploy, runner and pipeline-trigger tokens by their prefixes. An access token \
            acts with its scopes on every project its owner can reach; a runner token lets a machine take \
            CI jobs (and their secrets). Revoke the token in GitLab and provide the replacement through a \
            variable.
            """,
        example: "gitlab:\n  token: glpat-…   # 20 characters after the prefix",
        remediation: "revoke the token in GitLab and provide the replacement through a variable from a secret store",
        securitySeverity: 9.0)
}
