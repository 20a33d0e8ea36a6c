/// Bearer tokens in HTTP headers wherever they appear on a line: `curl -H "Authorization: Bearer …"` in a
/// YAML `cmd:` string, a shell script or a `.env` value (`AUTH_HEADER="Bearer …"`). The key-based rules
/// only see a header that is a pair of its own (`Authorization: Bearer …`); this rule reads the
/// `Bearer ` scheme itself.
///
/// `Bearer` must stand where a header value starts: at the start of the line's content or after a quote,
/// `:`, `=`, `(`, `[`, `{` or `,` (blanks between allowed), so prose ("the bearer of this token") is not
/// read. The token (RFC 6750's `b64token`: letters, digits, `-._~+/`, then `=` padding) must have at least
/// 20 characters, be random (`HighEntropyRule.isRandom`), and be neither a reference (`${TOKEN}`,
/// `{{ … }}`) nor a placeholder. Tokens with a shape of their own (provider tokens, JWTs) are left to
/// their rules. Reported as `secret.high-entropy-value`.
enum BearerTokenRule {
    /// Fewer characters than this are not judged: real bearer tokens are long.
    static let minimumLength = 20

    /// The bearer token after the `Bearer` at `index`, if any.
    static func match(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, lineStart: Int, lineEnd: Int) -> SecretMatch? {
        guard SecretBytes.hasPrefix(bytes, index, lineEnd, "Bearer") || SecretBytes.hasPrefix(bytes, index, lineEnd, "bearer")
            || SecretBytes.hasPrefix(bytes, index, lineEnd, "BEARER")
        else { return nil }
        var start = index + 6
        guard start < lineEnd, SecretBytes.isBlank(bytes[start]) else { return nil }
        while start < lineEnd, SecretBytes.isBlank(bytes[start]) { start += 1 }
        guard startsHeaderValue(bytes, index, lineStart: lineStart) else { return nil }
        // A token with a shape of its own is reported by its rule (no provider token starts with `B`/`b`,
        // which also keeps `Bearer Bearer …` from recursing).
        if bytes[start] != UInt8(ascii: "B"), bytes[start] != UInt8(ascii: "b"),
           let shaped = SecretTokenRules.match(bytes, at: start, lineStart: lineStart, lineEnd: lineEnd, fileEnd: lineEnd) {
            return shaped
        }
        var end = SecretBytes.run(bytes, from: start, to: min(lineEnd, start + 1000), isTokenByte)
        // A sentence's full stop is not part of the token.
        while end > start, bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
        while end < lineEnd, bytes[end] == UInt8(ascii: "=") { end += 1 }
        // `Bearer abc${SUFFIX}`, `Bearer {{ token }}`: templated, and `JWTRule` judges `eyJ….eyJ…` tokens.
        if end < lineEnd, "${%<".utf8.contains(bytes[end]) { return nil }
        guard end - start >= minimumLength, end - start < 1000, !SecretBytes.hasPrefix(bytes, start, end, "eyJ") else { return nil }
        let token = SecretBytes.string(bytes, start, end)
        guard SecretValues.classify(token, quoted: true) == .literal, !SecretValues.isPlaceholder(token), HighEntropyRule.isRandom(token)
        else { return nil }
        return SecretMatch(
            kind: .highEntropySecret, start: start, end: end, secret: token,
            message: "hard-coded bearer token \(SecretDisplay.redacted(token)) in an authorization header",
            priority: SecretMatch.Priority.header)
    }

    /// Whether what precedes `Bearer` (blanks skipped) starts a header value or a string.
    private static func startsHeaderValue(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, lineStart: Int) -> Bool {
        var cursor = index - 1
        while cursor >= lineStart, SecretBytes.isBlank(bytes[cursor]) { cursor -= 1 }
        guard cursor >= lineStart else { return true }
        return SecretBytes.isQuote(bytes[cursor]) || ":=([{,".utf8.contains(bytes[cursor])
    }

    /// RFC 6750's `b64token` alphabet, padding aside.
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        SecretBytes.isURLSafe(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "~") || byte == UInt8(ascii: "+")
            || byte == UInt8(ascii: "/")
    }
}
