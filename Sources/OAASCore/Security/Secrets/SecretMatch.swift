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
    /// secret keys, then the high-entropy rule, then bearer tokens in headers, then
    /// literal-in-secret-field).
    let priority: Int

    /// Priorities, lowest wins.
    enum Priority {
        static let provider = 0
        static let structured = 1
        static let entropy = 2
        /// Below `entropy`: `Authorization: Bearer …` as a pair of its own is reported under its key.
        static let header = 3
        static let literal = 4
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

    /// The matches that win where matches overlap, in file order: each match in order of priority (then
    /// position, then discovery) is kept unless it shares a byte with one kept before.
    ///
    /// One sorted sweep per priority level against the kept matches (which never overlap, so their ends
    /// ascend with their starts), not a search of every kept match per candidate: a one-line JSON file
    /// with 20,000 secrets stays linear after the sort.
    static func mostSpecific(_ matches: [SecretMatch]) -> [SecretMatch] {
        guard matches.count > 1 else { return matches }
        let order = matches.indices.sorted { left, right in
            (matches[left].priority, matches[left].start, left) < (matches[right].priority, matches[right].start, right)
        }
        var kept: [SecretMatch] = []
        var next = 0
        while next < order.count {
            let priority = matches[order[next]].priority
            var accepted: [SecretMatch] = []
            var cursor = 0
            var acceptedEnd = Int.min
            while next < order.count, matches[order[next]].priority == priority {
                let match = matches[order[next]]
                next += 1
                while cursor < kept.count, kept[cursor].end <= match.start { cursor += 1 }
                if cursor < kept.count, kept[cursor].start < match.end { continue }
                // Accepted matches of this level do not overlap either, so the last one ends furthest.
                if match.start < acceptedEnd { continue }
                accepted.append(match)
                acceptedEnd = match.end
            }
            kept = merged(kept, accepted)
        }
        return kept
    }

    /// Two lists sorted by start, merged.
    private static func merged(_ first: [SecretMatch], _ second: [SecretMatch]) -> [SecretMatch] {
        if first.isEmpty { return second }
        if second.isEmpty { return first }
        var result: [SecretMatch] = []
        result.reserveCapacity(first.count + second.count)
        var left = 0, right = 0
        while left < first.count || right < second.count {
            if right == second.count || (left < first.count && first[left].start <= second[right].start) {
                result.append(first[left])
                left += 1
            } else {
                result.append(second[right])
                right += 1
            }
        }
        return result
    }
}

/// The first-byte dispatch of the provider rules: like gitleaks' keyword prefilter, a byte that cannot
/// start any token shape costs one table lookup.
enum SecretTokenRules {
    /// What the byte loop does with each byte value: `0` nothing; `colon` and `equals` are separators;
    /// `letter` may start a provider token at a word boundary: `x` (Slack), `A` (AWS, Google), `g`
    /// (GitHub, GitLab), `s` (Anthropic, OpenAI, Stripe), `r` (Stripe), `S` (SendGrid, Twilio), `e` (JWT),
    /// `h` (Slack webhooks), `B`/`b` (bearer tokens); `other` may start one anywhere the rule allows: `-`
    /// (private keys) and digits (Telegram).
    static let byteClasses: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for byte in "xAgsrSehBb".utf8 { table[Int(byte)] = ByteClass.letter }
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

    /// The longest provider token read (Stripe's keys, the longest, stay under 256 characters). A rule
    /// reads at most this far, so a long run of candidates (`xoxb-1-xoxb-1-…`, each a word start) stays
    /// linear; a match that reaches the bound is a longer run, not a token.
    static let maximumTokenLength = 1024

    /// The provider token starting at `index`, if any.
    /// - Parameters:
    ///   - lineStart: the first byte of the line, for the boundary test.
    ///   - lineEnd: the end of the line (tokens never span lines, private keys excepted).
    ///   - fileEnd: the end of the file (private-key blocks span lines).
    static func match(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, lineStart: Int, lineEnd: Int, fileEnd: Int) -> SecretMatch? {
        let byte = bytes[index]
        // A token starts a word: `xoxb-` inside `abcxoxb-` is not one.
        let atBoundary = index == lineStart || !SecretBytes.isAlnum(bytes[index - 1])
        let end = min(lineEnd, index + maximumTokenLength)
        let found: SecretMatch?
        switch byte {
        case UInt8(ascii: "x"):
            found = atBoundary ? SlackTokenRule.match(bytes, at: index, end: end) : nil
        case UInt8(ascii: "A"):
            guard atBoundary else { return nil }
            found = AWSAccessKeyRule.match(bytes, at: index, end: end) ?? GoogleAPIKeyRule.match(bytes, at: index, end: end)
        case UInt8(ascii: "g"):
            guard atBoundary else { return nil }
            found = GitHubTokenRule.match(bytes, at: index, end: end) ?? GitLabTokenRule.match(bytes, at: index, end: end)
        case UInt8(ascii: "s"), UInt8(ascii: "r"):
            guard atBoundary else { return nil }
            found = AnthropicKeyRule.match(bytes, at: index, end: end) ?? OpenAIKeyRule.match(bytes, at: index, end: end)
                ?? StripeKeyRule.match(bytes, at: index, end: end)
        case UInt8(ascii: "S"):
            guard atBoundary else { return nil }
            found = SendGridKeyRule.match(bytes, at: index, end: end) ?? TwilioKeyRule.match(bytes, at: index, end: end)
        case UInt8(ascii: "h"):
            found = atBoundary ? SlackWebhookRule.match(bytes, at: index, end: end) : nil
        // These bound their own reading: JWT payloads, PEM blocks and bearer tokens may be longer.
        case UInt8(ascii: "e"):
            return atBoundary ? JWTRule.match(bytes, at: index, end: lineEnd) : nil
        case UInt8(ascii: "B"), UInt8(ascii: "b"):
            return atBoundary ? BearerTokenRule.match(bytes, at: index, lineStart: lineStart, lineEnd: lineEnd) : nil
        case UInt8(ascii: "-"):
            return PrivateKeyRule.match(bytes, at: index, lineEnd: lineEnd, fileEnd: fileEnd)
        default:
            // Telegram bot tokens also appear in API URLs as `/bot123456789:AA…`.
            let afterBot = index >= lineStart + 3 && SecretBytes.hasPrefix(bytes, index - 3, index, "bot")
            guard atBoundary || afterBot else { return nil }
            found = TelegramBotTokenRule.match(bytes, at: index, end: end)
        }
        if let found, found.end >= end, end < lineEnd { return nil }
        return found
    }

    /// Whether the token ending at `end` is a whole word: the next byte is not one `accepts` takes.
    static func endsWord(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int, _ lineEnd: Int, _ accepts: (UInt8) -> Bool) -> Bool {
        end >= lineEnd || !accepts(bytes[end])
    }
}
