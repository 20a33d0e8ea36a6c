/// How a secret is shown in any output: never in full.
///
/// One form everywhere (messages, notes, reporters): the first four characters, an ellipsis and a short
/// hash, `"xoxb…" (sha256 3f2a9c1e)`, so two findings of the same secret can be matched by eye without
/// showing it. Values shorter than 12 characters show only `"****"`: with so few characters left, a
/// prefix and a hash would narrow the search for the rest too much.
public enum SecretDisplay {
    /// Values shorter than this many characters are shown as `"****"` alone (the threshold every output
    /// shares, `Redaction.minimumRevealedLength`).
    public static let minimumRevealedLength = Redaction.minimumRevealedLength

    /// `"xoxb…" (sha256 3f2a9c1e)`, or `"****"` for a value shorter than 12 characters; quotes included,
    /// ready to be placed in a message.
    public static func redacted(_ secret: String) -> String {
        let scalars = secret.unicodeScalars
        guard scalars.count >= minimumRevealedLength else { return "\"****\"" }
        var prefix = String.UnicodeScalarView()
        prefix.append(contentsOf: scalars.prefix(4))
        return "\"\(String(prefix))…\" (sha256 \(shortHash(secret)))"
    }

    /// The first eight hex digits of the SHA-256 of the value's UTF-8 bytes.
    public static func shortHash(_ secret: String) -> String {
        String(SHA256.hex(secret).prefix(8))
    }
}
