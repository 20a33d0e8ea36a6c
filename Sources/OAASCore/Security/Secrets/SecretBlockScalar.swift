/// A YAML block scalar under a secret-named key (`password: |`, `bot_token: >-` followed by more-indented
/// lines), collected while the scanner reads on, and judged once a line is no longer part of it.
///
/// The lines are still scanned as usual (provider tokens, private keys, pairs inside scripts); this only
/// gives the key-based rules the value they cannot see on the key's line. A single content line is judged
/// like a quoted value (`HighEntropyRule`, `AWSSecretKeyRule`, literal-in-secret-field); several lines
/// (a certificate, a PEM key, a script) are a literal for literal-in-secret-field only, since the random
/// value rules judge one token.
struct SecretBlockScalar {
    /// The key the block belongs to.
    let key: String
    /// The key's column in bytes: content lines are indented further.
    let keyIndent: Int
    /// `|` (line breaks kept) or `>` (folded into spaces).
    let style: UInt8
    /// Whether literal-in-secret-field applies (a secret field of a configuration file, not a comment).
    let checksFields: Bool
    /// Content lines, without their indentation and trailing blanks.
    private(set) var lines: [Range<Int>] = []
    /// Set when the block has more lines than a credential could: not judged.
    private(set) var overflow = false

    /// More lines than this are a document, not a credential.
    static let maximumLines = 200

    /// Creates an empty block for `key` at column `keyIndent`.
    init(key: String, keyIndent: Int, style: UInt8, checksFields: Bool) {
        self.key = key
        self.keyIndent = keyIndent
        self.style = style
        self.checksFields = checksFields
    }

    /// Takes the next line into the block; false when the line is not part of it (the block has ended).
    mutating func take(_ bytes: UnsafeBufferPointer<UInt8>, lineStart: Int, lineEnd: Int) -> Bool {
        let contentStart = SecretBytes.run(bytes, from: lineStart, to: lineEnd) { $0 == UInt8(ascii: " ") }
        var contentEnd = lineEnd
        while contentEnd > contentStart, SecretBytes.isBlank(bytes[contentEnd - 1]) { contentEnd -= 1 }
        // Blank lines belong to the block whatever their indentation.
        if contentStart == contentEnd { return true }
        guard contentStart - lineStart > keyIndent else { return false }
        if lines.count < Self.maximumLines { lines.append(contentStart..<contentEnd) } else { overflow = true }
        return true
    }

    /// The findings for the collected value.
    func evaluate(_ bytes: UnsafeBufferPointer<UInt8>, into matches: inout [SecretMatch]) {
        guard !overflow, let first = lines.first, let last = lines.last else { return }
        if lines.count == 1 {
            let value = SecretBytes.string(bytes, first.lowerBound, first.upperBound)
            if let match = AWSSecretKeyRule.evaluate(key: key, value: value, start: first.lowerBound) { matches.append(match) }
            SecretLineScan.judge(
                key: key, value: value, start: first.lowerBound, end: first.upperBound,
                classification: SecretValues.classify(value, quoted: true), checksFields: checksFields, into: &matches)
            return
        }
        guard checksFields else { return }
        var text = ""
        for line in lines {
            if !text.isEmpty { text += style == UInt8(ascii: "|") ? "\n" : " " }
            text += SecretBytes.string(bytes, line.lowerBound, line.upperBound)
        }
        guard SecretValues.classify(text, quoted: true) == .literal else { return }
        matches.append(LiteralSecretFieldRule.literal(key: key, value: text, start: first.lowerBound, end: last.upperBound))
    }
}
