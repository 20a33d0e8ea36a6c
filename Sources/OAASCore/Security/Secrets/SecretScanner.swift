/// Finds secrets in any text file of the scanned tree (YAML, `.env*`, JSON, scripts, text), line by line.
///
/// One pass over the bytes per file. Each byte that may start a provider token (`SecretTokenRules.byteClasses`)
/// and stands at a word boundary is tried against the token shapes; each `://` against the
/// connection-string rule; each `:` or `=` is remembered, and after the line the `key <sep> value` pairs
/// whose key may name a secret go to the key-based rules (AWS secret keys, ADO.NET passwords, the
/// high-entropy rule, literal-in-secret-field). When findings overlap, the most specific wins, so a
/// value is reported once. No regular expressions: the scanner runs at the speed of the byte loop.
///
/// Skipped: binary files (a NUL byte in the first 8 KiB, or invalid UTF-8) and documentation
/// (`SecretFileKind.isDocumentation`). Each finding points at the secret itself (1-based line, column
/// in Unicode scalars), has no data path, and carries `contentKey = SHA256.hex(secret)` so baselines and
/// SARIF fingerprints survive edits elsewhere in the file. Messages show secrets only through
/// `SecretDisplay.redacted`.
public enum SecretScanner {
    /// Every kind of secret finding.
    public static let kinds: [DiagnosticKind] = [
        .anthropicAPIKey, .awsAccessKeyID, .awsSecretAccessKey, .connectionStringPassword, .githubToken, .gitlabToken,
        .googleAPIKey, .highEntropySecret, .jwt, .literalInSecretField, .openAIAPIKey, .privateKey, .sendGridAPIKey,
        .slackAppToken, .slackBotToken, .slackLegacyToken, .slackUserToken, .slackWebhookURL, .stripeLiveKey,
        .telegramBotToken, .twilioAPIKey,
    ]

    /// The secret findings in one file; binary files and documentation give none.
    public static func scan(_ file: SourceFile) -> [Diagnostic] {
        let kind = SecretFileKind.of(file)
        switch kind {
        case .binary, .documentation:
            return []
        case .configuration, .other:
            var scan = SecretLineScan(kind: kind)
            let matches = file.bytes.withUnsafeBufferPointer { scan.run($0) }
            var diagnostics: [Diagnostic] = []
            diagnostics.reserveCapacity(matches.count)
            for match in matches {
                let range = SourceRange(file: file.path, start: file.position(ofOffset: match.start), end: file.position(ofOffset: match.end))
                var diagnostic = Diagnostic(match.kind, match.message, at: range)
                diagnostic.contentKey = SHA256.hex(match.secret)
                diagnostics.append(diagnostic)
            }
            return diagnostics
        }
    }
}

/// The state of one file's scan.
struct SecretLineScan {
    let kind: SecretFileKind
    /// Every finding so far.
    var matches: [SecretMatch] = []
    /// The `:` and `=` of the current line.
    var separators: [Int] = []
    /// A `name: DB_PASSWORD` seen on the previous line, waiting for its `value:`.
    var pendingName: (line: Int, column: Int, name: String)?
    /// Verdicts of `SecretKeys.isSecretName` and `isSecretField` per key: keys repeat through a file.
    var nameVerdicts: [String: (name: Bool, field: Bool)] = [:]
    /// `SecretTokenRules.byteClasses`, held here so the byte loop does not touch a global.
    let classes = SecretTokenRules.byteClasses

    init(kind: SecretFileKind) { self.kind = kind }

    /// Scans every line; returns the findings in file order.
    mutating func run(_ bytes: UnsafeBufferPointer<UInt8>) -> [SecretMatch] {
        let count = bytes.count
        var lineStart = 0
        var lineNumber = 1
        // Set past a private-key block, which spans lines.
        var resume = 0
        while lineStart < count {
            var lineEnd = lineStart
            while lineEnd < count, bytes[lineEnd] != 0x0A, bytes[lineEnd] != 0x0D { lineEnd += 1 }
            var next = lineEnd + 1
            if lineEnd + 1 < count, bytes[lineEnd] == 0x0D, bytes[lineEnd + 1] == 0x0A { next += 1 }
            if resume < lineEnd {
                resume = scanLine(bytes, lineStart: lineStart, from: max(lineStart, resume), lineEnd: lineEnd, lineNumber: lineNumber)
            }
            lineStart = next
            lineNumber += 1
        }
        return matches
    }

    /// Scans one line from `from`; returns where scanning may resume (past a multi-line match).
    private mutating func scanLine(_ bytes: UnsafeBufferPointer<UInt8>, lineStart: Int, from: Int, lineEnd: Int, lineNumber: Int) -> Int {
        separators.removeAll(keepingCapacity: true)
        var found: [SecretMatch] = []
        var resume = 0
        var index = from
        while index < lineEnd {
            let byteClass = classes[Int(bytes[index])]
            if byteClass == 0 {
                index += 1
                continue
            }
            if byteClass == SecretTokenRules.ByteClass.colon {
                if index + 2 < lineEnd, bytes[index + 1] == UInt8(ascii: "/"), bytes[index + 2] == UInt8(ascii: "/") {
                    if let match = ConnectionStringRule.match(bytes, colon: index, lineStart: lineStart, lineEnd: lineEnd) { found.append(match) }
                    index += 3
                    continue
                }
                separators.append(index)
            } else if byteClass == SecretTokenRules.ByteClass.equals {
                separators.append(index)
            } else if index == lineStart || !SecretBytes.isAlnum(bytes[index - 1])
                        || (byteClass == SecretTokenRules.ByteClass.other && !SecretBytes.isDigit(bytes[index - 1])),
                      let match = SecretTokenRules.match(bytes, at: index, lineStart: lineStart, lineEnd: lineEnd, fileEnd: bytes.count) {
                // Tried only where a word starts (a digit also after a letter, for `/bot123…:AA…`).
                found.append(match)
                if match.end > lineEnd {
                    resume = match.end
                    break
                }
                index = match.end
                continue
            }
            index += 1
        }
        // Pairs are judged only on lines scanned from their start.
        if from == lineStart, !separators.isEmpty {
            assignments(bytes, lineStart: lineStart, lineEnd: lineEnd, lineNumber: lineNumber, into: &found)
        } else {
            // A line without pairs separates a `name:` from any later `value:`.
            pendingName = nil
        }
        // The most specific finding wins where findings overlap.
        if found.count > 1 {
            found.sort { ($0.priority, $0.start) < ($1.priority, $1.start) }
            var kept: [SecretMatch] = []
            for match in found where !kept.contains(where: match.overlaps) { kept.append(match) }
            found = kept.sorted { $0.start < $1.start }
        }
        matches.append(contentsOf: found)
        return resume
    }

    /// Runs the key-based rules over the line's `key <sep> value` pairs.
    private mutating func assignments(
        _ bytes: UnsafeBufferPointer<UInt8>, lineStart: Int, lineEnd: Int, lineNumber: Int, into found: inout [SecretMatch]
    ) {
        let (contentStart, isComment) = Self.content(bytes, lineStart: lineStart, lineEnd: lineEnd)
        let pairs = SecretAssignment.find(bytes, separators: separators, lineStart: lineStart, contentStart: contentStart, lineEnd: lineEnd)
        let waiting = pendingName
        pendingName = nil
        for pair in pairs {
            var key = pair.key
            if pair.leading, key == "name" {
                if SecretKeys.isSecretName(pair.value) { pendingName = (lineNumber, pair.keyStart - lineStart, pair.value) }
                continue
            }
            if pair.leading, key == "value" {
                guard let waiting, waiting.line == lineNumber - 1, waiting.column == pair.keyStart - lineStart else { continue }
                key = waiting.name
            }
            let isHeader = SecretKeys.isAuthorizationHeader(key, value: pair.value)
            let verdict = verdict(key)
            guard isHeader || verdict.name else { continue }
            if pair.separator == UInt8(ascii: "="), !pair.quoted,
               let match = ConnectionStringRule.matchADO(
                   bytes, key: key, value: pair.value, start: pair.valueStart, lineStart: lineStart, lineEnd: lineEnd) {
                found.append(match)
                continue
            }
            if let match = AWSSecretKeyRule.evaluate(key: key, value: pair.value, start: pair.valueStart) { found.append(match) }
            // Unquoted JSON values are numbers, booleans or null; unquoted Terraform values are expressions.
            var classification = SecretValues.classify(pair.value, quoted: pair.quoted)
            if !pair.quoted, case .configuration(let syntax) = kind, syntax != .plain {
                classification = syntax == .json ? .empty : .reference(defaultValue: nil, defaultOffset: 0)
            }
            let checksFields: Bool
            if case .configuration = kind {
                checksFields = pair.leading && !isComment && (isHeader || verdict.field)
            } else {
                checksFields = false
            }
            switch classification {
            case .empty:
                break
            case .reference(let defaultValue, let offset):
                guard let defaultValue else { break }
                let start = pair.valueStart + offset
                if let match = HighEntropyRule.evaluate(key: key, value: defaultValue, start: start) { found.append(match) }
                if checksFields { found.append(LiteralSecretFieldRule.fallback(key: key, defaultValue: defaultValue, start: start)) }
            case .literal:
                if let match = HighEntropyRule.evaluate(key: key, value: pair.value, start: pair.valueStart) { found.append(match) }
                if checksFields {
                    found.append(LiteralSecretFieldRule.literal(key: key, value: pair.value, start: pair.valueStart, end: pair.valueEnd))
                }
            }
        }
    }

    /// Whether a key names a secret, and a secret field; cached for the file.
    private mutating func verdict(_ key: String) -> (name: Bool, field: Bool) {
        if let known = nameVerdicts[key] { return known }
        let field = SecretKeys.isSecretField(key)
        let result = (name: field || SecretKeys.isSecretName(key), field: field)
        nameVerdicts[key] = result
        return result
    }

    /// Where a line's content starts (after indentation, `- ` list markers, a comment marker, and
    /// `export`/`readonly`/`declare`/`local`/`set`), and whether the line is a comment.
    static func content(_ bytes: UnsafeBufferPointer<UInt8>, lineStart: Int, lineEnd: Int) -> (Int, Bool) {
        var cursor = lineStart
        var isComment = false
        func skipBlanks() { while cursor < lineEnd, SecretBytes.isBlank(bytes[cursor]) { cursor += 1 } }
        skipBlanks()
        if cursor < lineEnd, bytes[cursor] == UInt8(ascii: "#") {
            isComment = true
            while cursor < lineEnd, bytes[cursor] == UInt8(ascii: "#") { cursor += 1 }
        } else if SecretBytes.hasPrefix(bytes, cursor, lineEnd, "//") {
            isComment = true
            cursor += 2
        }
        skipBlanks()
        while cursor + 1 < lineEnd, bytes[cursor] == UInt8(ascii: "-"), SecretBytes.isBlank(bytes[cursor + 1]) {
            cursor += 1
            skipBlanks()
        }
        for keyword: StaticString in ["export ", "readonly ", "declare ", "local ", "set "] where SecretBytes.hasPrefix(bytes, cursor, lineEnd, keyword) {
            cursor += keyword.utf8CodeUnitCount
            skipBlanks()
            break
        }
        return (cursor, isComment)
    }
}
