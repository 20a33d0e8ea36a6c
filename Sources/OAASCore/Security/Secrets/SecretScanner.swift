/// Finds secrets in any text file of the scanned tree (YAML, `.env*`, JSON, scripts, text), line by line.
///
/// One pass over the bytes per file. Each byte that may start a provider token (`SecretTokenRules.byteClasses`)
/// and stands at a word boundary is tried against the token shapes; each `://` against the
/// connection-string rule; each `:` or `=` is remembered, and after the line the `key <sep> value` pairs
/// whose key may name a secret go to the key-based rules (AWS secret keys, ADO.NET passwords, the
/// high-entropy rule, literal-in-secret-field). A YAML block scalar under a secret key is collected over
/// the following lines and judged as the key's value. When findings overlap, the most specific wins, so
/// a value is reported once. No regular expressions: the scanner runs at the speed of the byte loop, and
/// everything after it (overlaps, positions) is linear in the findings.
///
/// Skipped: binary files (a NUL byte in the first 8 KiB; other bytes that are not UTF-8 are read, as in
/// Latin-1 configuration) and documentation (`SecretFileKind.isDocumentation`, judged on the path below
/// the scanned root). Each finding points at the secret itself (1-based line, column in Unicode scalars
/// as `SourceFile.position` counts them), has no data path, and carries `contentKey = SHA256.hex(secret)`
/// so baselines and SARIF fingerprints survive edits elsewhere in the file. Messages show secrets only
/// through `SecretDisplay.redacted`.
public enum SecretScanner {
    /// Every kind of secret finding.
    public static let kinds: [DiagnosticKind] = [
        .anthropicAPIKey, .awsAccessKeyID, .awsSecretAccessKey, .connectionStringPassword, .githubToken, .gitlabToken,
        .googleAPIKey, .highEntropySecret, .jwt, .literalInSecretField, .openAIAPIKey, .privateKey, .sendGridAPIKey,
        .slackAppToken, .slackBotToken, .slackLegacyToken, .slackUserToken, .slackWebhookURL, .stripeLiveKey,
        .telegramBotToken, .twilioAPIKey,
    ]

    /// The secret findings in one file, judging documentation on the file's display path; binary files
    /// and documentation give none.
    public static func scan(_ file: SourceFile) -> [Diagnostic] {
        scan(file, treePath: file.path)
    }

    /// The secret findings in one file; binary files and documentation give none.
    /// - Parameters:
    ///   - file: the file; its display path is used in the findings.
    ///   - treePath: the file's path relative to the scanned root, on which documentation is judged: a
    ///     repository checked out under `/home/u/docs/` is not documentation, its `docs/` folder is.
    public static func scan(_ file: SourceFile, treePath: String) -> [Diagnostic] {
        let kind = SecretFileKind.of(file, treePath: treePath)
        switch kind {
        case .binary, .documentation:
            return []
        case .configuration, .other:
            var scan = SecretLineScan(kind: kind, isCode: SecretFileKind.isCode(treePath, bytes: file.bytes))
            let matches = file.bytes.withUnsafeBufferPointer { scan.run($0) }
            var diagnostics: [Diagnostic] = []
            diagnostics.reserveCapacity(matches.count)
            // Matches come sorted and disjoint, so starts and ends ascend together: one forward walk.
            var walker = SourcePositionWalker(file)
            for match in matches {
                let range = SourceRange(file: file.path, start: walker.position(match.start), end: walker.position(match.end))
                var diagnostic = Diagnostic(match.kind, match.message, at: range)
                diagnostic.contentKey = SHA256.hex(match.secret)
                diagnostics.append(diagnostic)
            }
            return diagnostics
        }
    }
}

/// Positions of ascending byte offsets in one file, each counted from the previous one when it is on the
/// same line, so a line with thousands of findings is walked once rather than once per finding.
/// Columns count what `SourceFile.position` counts: every byte that is not a UTF-8 continuation byte.
struct SourcePositionWalker {
    private let file: SourceFile
    private var offset = 0
    private var line = 1
    private var column = 1
    /// Where the current line ends (the next line's start).
    private var lineEnd: Int

    init(_ file: SourceFile) {
        self.file = file
        lineEnd = file.lineStarts.count > 1 ? file.lineStarts[1] : Int.max
    }

    /// The position of `target`, which must not be before the previous one.
    mutating func position(_ target: Int) -> SourcePosition {
        let target = max(0, min(target, file.bytes.count))
        if target < offset || target >= lineEnd {
            line = file.line(ofOffset: target)
            offset = file.lineStarts[line - 1]
            column = 1
            lineEnd = line < file.lineStarts.count ? file.lineStarts[line] : Int.max
        }
        var cursor = offset, count = column
        file.bytes.withUnsafeBufferPointer { bytes in
            while cursor < target {
                if bytes[cursor] & 0xC0 != 0x80 { count += 1 }
                cursor += 1
            }
        }
        offset = cursor
        column = count
        return SourcePosition(line: line, column: column, offset: target)
    }
}

/// The state of one file's scan.
struct SecretLineScan {
    let kind: SecretFileKind
    /// Whether YAML node syntax applies (tags, anchors, block scalars).
    let isYAML: Bool
    /// Whether the file is code, where unquoted calls and subscripts are expressions.
    let isCode: Bool
    /// Every finding so far, overlaps included.
    var matches: [SecretMatch] = []
    /// The `:` and `=` of the current line.
    var separators: [Int] = []
    /// A `name: DB_PASSWORD` seen on the previous line, waiting for its `value:`.
    var pendingName: (line: Int, column: Int, name: String)?
    /// A block scalar under a secret key, collecting its lines.
    var pendingBlock: SecretBlockScalar?
    /// Verdicts of `SecretKeys.isSecretName` and `isSecretField` per key: keys repeat through a file.
    var nameVerdicts: [String: (name: Bool, field: Bool)] = [:]
    /// `ConnectionStringRule.namesServer` for the line starting at `start`, computed at most once per line.
    var serverLine: (start: Int, namesServer: Bool) = (-1, false)
    /// `SecretTokenRules.byteClasses`, held here so the byte loop does not touch a global.
    let classes = SecretTokenRules.byteClasses

    init(kind: SecretFileKind, isCode: Bool) {
        self.kind = kind
        self.isYAML = kind == .configuration(.yaml)
        self.isCode = isCode
    }

    /// Scans every line; returns the findings that win where findings overlap, in file order.
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
            if pendingBlock?.take(bytes, lineStart: lineStart, lineEnd: lineEnd) == false { finishBlock(bytes) }
            if resume < lineEnd {
                resume = scanLine(bytes, lineStart: lineStart, from: max(lineStart, resume), lineEnd: lineEnd, lineNumber: lineNumber)
            }
            lineStart = next
            lineNumber += 1
        }
        finishBlock(bytes)
        return SecretMatch.mostSpecific(matches)
    }

    /// Judges the pending block scalar, if any, and forgets it.
    private mutating func finishBlock(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let block = pendingBlock else { return }
        pendingBlock = nil
        block.evaluate(bytes, into: &matches)
    }

    /// Scans one line from `from`; returns where scanning may resume (past a multi-line match).
    private mutating func scanLine(_ bytes: UnsafeBufferPointer<UInt8>, lineStart: Int, from: Int, lineEnd: Int, lineNumber: Int) -> Int {
        separators.removeAll(keepingCapacity: true)
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
                    if let match = ConnectionStringRule.match(bytes, colon: index, lineStart: lineStart, lineEnd: lineEnd) { matches.append(match) }
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
                matches.append(match)
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
            assignments(bytes, lineStart: lineStart, lineEnd: lineEnd, lineNumber: lineNumber)
        } else {
            // A line without pairs separates a `name:` from any later `value:`.
            pendingName = nil
        }
        return resume
    }
}
