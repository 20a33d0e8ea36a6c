/// The key-based half of the line scan: a line's `key <sep> value` pairs whose key may name a secret go
/// to the AWS secret-key, ADO.NET, high-entropy and literal-in-secret-field rules; a YAML block scalar
/// under such a key starts a `SecretBlockScalar`.
extension SecretLineScan {
    /// Runs the key-based rules over the line's `key <sep> value` pairs.
    mutating func assignments(_ bytes: UnsafeBufferPointer<UInt8>, lineStart: Int, lineEnd: Int, lineNumber: Int) {
        let (contentStart, isComment) = Self.content(bytes, lineStart: lineStart, lineEnd: lineEnd)
        let pairs = SecretAssignment.find(
            bytes, separators: separators, lineStart: lineStart, contentStart: contentStart, lineEnd: lineEnd, yaml: isYAML)
        let waiting = pendingName
        pendingName = nil
        let isConfiguration: Bool
        if case .configuration = kind { isConfiguration = true } else { isConfiguration = false }
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
            let checksFields = isConfiguration && pair.leading && !isComment && (isHeader || verdict.field)
            if let style = pair.block {
                // The value is on the following lines; a block inside another block is text of the outer one.
                if pendingBlock == nil, !isComment {
                    pendingBlock = SecretBlockScalar(key: key, keyIndent: pair.keyStart - lineStart, style: style, checksFields: checksFields)
                }
                continue
            }
            if pair.separator == UInt8(ascii: "="), !pair.quoted,
               let match = ConnectionStringRule.matchADO(
                   key: key, value: pair.value, start: pair.valueStart, namesServer: namesServer(bytes, lineStart: lineStart, lineEnd: lineEnd)) {
                matches.append(match)
                continue
            }
            if let match = AWSSecretKeyRule.evaluate(key: key, value: pair.value, start: pair.valueStart) { matches.append(match) }
            // Unquoted JSON values are numbers, booleans or null; unquoted Terraform values are expressions.
            var classification = SecretValues.classify(pair.value, quoted: pair.quoted, code: isCode)
            if !pair.quoted, case .configuration(let syntax) = kind, syntax == .json || syntax == .expression {
                classification = syntax == .json ? .empty : .reference(defaultValue: nil, defaultOffset: 0)
            }
            Self.judge(
                key: key, value: pair.value, start: pair.valueStart, end: pair.valueEnd, classification: classification,
                checksFields: checksFields, into: &matches)
        }
    }

    /// The high-entropy and literal-in-secret-field rules for a value under a secret-named key.
    /// - Parameters:
    ///   - start: the value's first byte; `end`: just past its last.
    ///   - checksFields: whether literal-in-secret-field applies.
    static func judge(
        key: String, value: String, start: Int, end: Int, classification: SecretValues.Classification, checksFields: Bool,
        into matches: inout [SecretMatch]
    ) {
        switch classification {
        case .empty:
            break
        case .reference(let defaultValue, let offset):
            guard let defaultValue else { break }
            let defaultStart = start + offset
            if let match = HighEntropyRule.evaluate(key: key, value: defaultValue, start: defaultStart) { matches.append(match) }
            if checksFields { matches.append(LiteralSecretFieldRule.fallback(key: key, defaultValue: defaultValue, start: defaultStart)) }
        case .literal:
            if let match = HighEntropyRule.evaluate(key: key, value: value, start: start) { matches.append(match) }
            if checksFields { matches.append(LiteralSecretFieldRule.literal(key: key, value: value, start: start, end: end)) }
        }
    }

    /// Whether the line names a server the ADO.NET way; computed once per line, however many
    /// `Password=` pairs it holds.
    private mutating func namesServer(_ bytes: UnsafeBufferPointer<UInt8>, lineStart: Int, lineEnd: Int) -> Bool {
        if serverLine.start != lineStart {
            serverLine = (lineStart, ConnectionStringRule.namesServer(bytes, lineStart: lineStart, lineEnd: lineEnd))
        }
        return serverLine.namesServer
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
