/// GitHub tokens by their published prefixes: `ghp_` (personal access token), `gho_` (OAuth), `ghu_`
/// (user-to-server), `ghs_` (server-to-server), `ghr_` (refresh), each followed by exactly 36 letters
/// and digits, and `github_pat_` (fine-grained personal access token) followed by 82 letters, digits
/// and underscores.
enum GitHubTokenRule {
    static func match(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> SecretMatch? {
        if SecretBytes.hasPrefix(bytes, index, end, "github_pat_") {
            let tokenEnd = SecretBytes.run(bytes, from: index + 11, to: end) { SecretBytes.isAlnum($0) || $0 == UInt8(ascii: "_") }
            guard tokenEnd - index - 11 == 82 else { return nil }
            return checked(bytes, index, tokenEnd, prefix: 11, "github fine-grained personal access token")
        }
        guard index + 4 <= end, bytes[index + 1] == UInt8(ascii: "h"), bytes[index + 3] == UInt8(ascii: "_") else { return nil }
        let description: String
        switch bytes[index + 2] {
        case UInt8(ascii: "p"): description = "github personal access token"
        case UInt8(ascii: "o"): description = "github oauth access token"
        case UInt8(ascii: "u"): description = "github user-to-server token"
        case UInt8(ascii: "s"): description = "github server-to-server token"
        case UInt8(ascii: "r"): description = "github refresh token"
        default: return nil
        }
        let tokenEnd = SecretBytes.run(bytes, from: index + 4, to: end, SecretBytes.isAlnum)
        guard tokenEnd - index - 4 == 36, SecretTokenRules.endsWord(bytes, tokenEnd, end, { $0 == UInt8(ascii: "_") }) else { return nil }
        return checked(bytes, index, tokenEnd, prefix: 4, description)
    }

    private static func checked(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, prefix: Int, _ description: String) -> SecretMatch? {
        let token = SecretBytes.string(bytes, start, end)
        guard !SecretValues.isPlaceholder(token, body: String(token.dropFirst(prefix))) else { return nil }
        return .token(.githubToken, description, bytes, start, end)
    }
}

extension DiagnosticKind {
    static let githubToken = DiagnosticKind(
        id: "secret.github-token", severity: .error,
        summary: "a GitHub token (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`, `github_pat_`) in plain text",
        explanation: """
            GitHub tokens carry a prefix that names their type, followed by a fixed-length random part. \
            Any of them gives access to repositories (and often organisations) with the scopes it was \
            granted; GitHub revokes tokens it finds in public repositories, but not in private ones or \
            elsewhere.

            Revoke the token (Settings → Developer settings → tokens, or the app's settings) and provide \
            the replacement through a variable, e.g. `${GITHUB_TOKEN}` from a secret store.
            """,
        example: "github:\n  token: ghp_…   # 36 characters after the prefix",
        remediation: "revoke the token on GitHub and provide the replacement as ${GITHUB_TOKEN} from a secret store",
        securitySeverity: 9.0)
}
