/// A secret a rule found, before it becomes a diagnostic: its kind, its exact byte range, the secret
/// itself (for the content key and the redacted display, never for output) and the message.
struct SecretMatch {
    /// The rule's kind.
    let kind: DiagnosticKind
    /// Byte offset of the secret's first byte in the file.
    let start: Int
    /// Byte offset just past the secret (may lie on a later line: private-key blocks).
    let end: Int
    /// The secret, for `contentKey` and `SecretDisplay`.
    let secret: String
    /// The finding's message; built with `SecretDisplay.redacted`, never with the secret.
    let message: String
    /// Which match wins when two overlap: lower first (provider shapes, then connection strings and AWS
    /// secret keys, then the high-entropy rule, then literal-in-secret-field).
    let priority: Int

    /// Priorities, lowest wins.
    enum Priority {
        static let provider = 0
        static let structured = 1
        static let entropy = 2
        static let literal = 3
    }

    /// A provider token found by its shape: `hard-coded <description> "xoxb…" (sha256 …)`.
    static func token(
        _ kind: DiagnosticKind, _ description: String, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
    ) -> SecretMatch {
        let secret = SecretBytes.string(bytes, start, end)
        return SecretMatch(
            kind: kind, start: start, end: end, secret: secret,
            message: "hard-coded \(description) \(SecretDisplay.redacted(secret))", priority: Priority.provider)
    }

    /// Whether two matches share a byte.
    func overlaps(_ other: SecretMatch) -> Bool { start < other.end && other.start < end }

    /// Whether the match shares a byte with `start..<end`.
    func overlaps(_ start: Int, _ end: Int) -> Bool { self.start < end && start < self.end }
}

/// The first-byte dispatch of the provider rules: like gitleaks' keyword prefilter, a byte that cannot
/// start any token shape costs one table lookup.
enum SecretTokenRules {
    /// What the byte loop does with each byte value: `0` nothing; `colon` and `equals` are separators;
    /// `letter` may start a provider token at a word boundary: `x` (Slack), `A` (AWS, Google), `g`
    /// (GitHub, GitLab), `s` (Anthropic, OpenAI, Stripe), `r` (Stripe), `S` (SendGrid, Twilio), `e` (JWT),
    /// `h` (Slack webhooks); `other` may start one anywhere the rule allows: `-` (private keys) and
    /// digits (Telegram).
    static let byteClasses: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for byte in "xAgsrSeh".utf8 { table[Int(byte)] = ByteClass.letter }
        for byte in "-0123456789".utf8 { table[Int(byte)] = ByteClass.other }
        table[Int(UInt8(ascii: ":"))] = ByteClass.colon
        table[Int(UInt8(ascii: "="))] = ByteClass.equals
        return table
    }()

    /// Values of `byteClasses`.
    enum ByteClass {
        static let colon: UInt8 = 1
        static let equals: UInt8 = 2
        static let letter: UInt8 = 3
        static let other: UInt8 = 4
    }

    /// The provider token starting at `index`, if any.
    /// - Parameters:
    ///   - lineStart: the first byte of the line, for the boundary test.
    ///   - lineEnd: the end of the line (tokens never span lines, private keys excepted).
    ///   - fileEnd: the end of the file (private-key blocks span lines).
    static func match(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, lineStart: Int, lineEnd: Int, fileEnd: Int) -> SecretMatch? {
        let byte = bytes[index]
        // A token starts a word: `xoxb-` inside `abcxoxb-` is not one.
        let atBoundary = index == lineStart || !SecretBytes.isAlnum(bytes[index - 1])
        switch byte {
        case UInt8(ascii: "x"):
            return atBoundary ? SlackTokenRule.match(bytes, at: index, end: lineEnd) : nil
        case UInt8(ascii: "A"):
            guard atBoundary else { return nil }
            return AWSAccessKeyRule.match(bytes, at: index, end: lineEnd) ?? GoogleAPIKeyRule.match(bytes, at: index, end: lineEnd)
        case UInt8(ascii: "g"):
            guard atBoundary else { return nil }
            return GitHubTokenRule.match(bytes, at: index, end: lineEnd) ?? GitLabTokenRule.match(bytes, at: index, end: lineEnd)
        case UInt8(ascii: "s"), UInt8(ascii: "r"):
            guard atBoundary else { return nil }
            return AnthropicKeyRule.match(bytes, at: index, end: lineEnd) ?? OpenAIKeyRule.match(bytes, at: index, end: lineEnd)
                ?? StripeKeyRule.match(bytes, at: index, end: lineEnd)
        case UInt8(ascii: "S"):
            guard atBoundary else { return nil }
            return SendGridKeyRule.match(bytes, at: index, end: lineEnd) ?? TwilioKeyRule.match(bytes, at: index, end: lineEnd)
        case UInt8(ascii: "e"):
            return atBoundary ? JWTRule.match(bytes, at: index, end: lineEnd) : nil
        case UInt8(ascii: "h"):
            return atBoundary ? SlackWebhookRule.match(bytes, at: index, end: lineEnd) : nil
        case UInt8(ascii: "-"):
            return PrivateKeyRule.match(bytes, at: index, lineEnd: lineEnd, fileEnd: fileEnd)
        default:
            // Telegram bot tokens also appear in API URLs as `/bot123456789:AA…`.
            let afterBot = index >= lineStart + 3 && SecretBytes.hasPrefix(bytes, index - 3, index, "bot")
            guard atBoundary || afterBot else { return nil }
            return TelegramBotTokenRule.match(bytes, at: index, end: lineEnd)
        }
    }

    /// Whether the token ending at `end` is a whole word: the next byte is not one `accepts` takes.
    static func endsWord(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int, _ lineEnd: Int, _ accepts: (UInt8) -> Bool) -> Bool {
        end >= lineEnd || !accepts(bytes[end])
    }
}
