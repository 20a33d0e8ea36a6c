/// Reads dotenv files (`--env-file`): `KEY=value` lines, optionally prefixed with `export`, `#` comments,
/// blank lines, and single- or double-quoted values (which may span lines). Pure: the executable reads
/// the files and hands them in.
public enum EnvFile {
    /// Parses env files in order; a later file overrides an earlier one.
    /// - Returns: the variables they provide and a diagnostic for each line that is not a variable.
    public static func load(_ files: [SourceFile]) -> (variables: ProvidedVariables, diagnostics: [Diagnostic]) {
        var values: [String: Located<String>] = [:]
        var diagnostics: [Diagnostic] = []
        for file in files {
            let parsed = parse(file)
            for (name, value) in parsed.entries { values[name.value] = value }
            diagnostics += parsed.diagnostics
        }
        return (ProvidedVariables(values: values), diagnostics)
    }

    /// Parses one env file.
    ///
    /// Env files hold credentials, so nothing points at a value: a value's range is its variable's name,
    /// and a bad line's diagnostic is an empty range at the place it went wrong, with a message that
    /// quotes none of the line's text.
    /// - Returns: each variable's name and value, in file order (the value's range is the name's), and
    ///   the bad lines.
    public static func parse(_ file: SourceFile) -> (entries: [(name: Located<String>, value: Located<String>)], diagnostics: [Diagnostic]) {
        var parser = Parser(file: file)
        parser.run()
        return (parser.entries, parser.diagnostics)
    }

    private struct Parser {
        let file: SourceFile
        let bytes: [UInt8]
        var index = 0
        var entries: [(name: Located<String>, value: Located<String>)] = []
        var diagnostics: [Diagnostic] = []

        init(file: SourceFile) {
            self.file = file
            var bytes = file.bytes
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.replaceSubrange(0..<3, with: [0x20, 0x20, 0x20]) }
            self.bytes = bytes
        }

        func range(_ start: Int, _ end: Int) -> SourceRange {
            SourceRange(file: file.path, start: file.position(ofOffset: start), end: file.position(ofOffset: end))
        }

        func isBreak(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

        func lineEnd(from start: Int) -> Int {
            var end = start
            while end < bytes.count, !isBreak(bytes[end]) { end += 1 }
            return end
        }

        mutating func skipBreak() {
            if index < bytes.count, bytes[index] == 0x0D { index += 1 }
            if index < bytes.count, bytes[index] == 0x0A { index += 1 }
        }

        /// Reports a bad line at `offset` (an empty range, so that no snippet or editor shows its text) and
        /// skips the rest of the line.
        mutating func invalid(_ message: String, at offset: Int) {
            diagnostics.append(Diagnostic(.invalidEnvLine, message, at: range(offset, offset)))
            index = lineEnd(from: index)
            skipBreak()
        }

        mutating func run() {
            while index < bytes.count {
                while index < bytes.count, isBlank(bytes[index]) { index += 1 }
                guard index < bytes.count else { return }
                if isBreak(bytes[index]) { skipBreak(); continue }
                if bytes[index] == UInt8(ascii: "#") { index = lineEnd(from: index); skipBreak(); continue }
                line()
            }
        }

        mutating func line() {
            let start = index
            let end = lineEnd(from: start)
            if Array(bytes[start..<min(end, start + 7)]) == Array("export ".utf8) {
                index += 7
                while index < end, isBlank(bytes[index]) { index += 1 }
            }
            let nameStart = index
            while index < end, isNameByte(bytes[index], first: index == nameStart) { index += 1 }
            let nameEnd = index
            while index < end, isBlank(bytes[index]) { index += 1 }
            guard index < end, bytes[index] == UInt8(ascii: "=") else {
                guard bytes[nameStart..<end].contains(UInt8(ascii: "=")) else {
                    // The line's text is not quoted: it may be a pasted credential.
                    invalid("expected KEY=value: the line has no \"=\"", at: start)
                    return
                }
                invalid("a variable name must start with a letter or _ and hold only letters, digits and _", at: nameStart)
                return
            }
            guard nameEnd > nameStart else {
                invalid("a variable name must start with a letter or _ and hold only letters, digits and _", at: nameStart)
                return
            }
            let name = Located(String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self), range(nameStart, nameEnd))
            index += 1
            while index < end, isBlank(bytes[index]) { index += 1 }
            let valueStart = index
            if index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                quoted(name)
                return
            }
            // Unquoted: up to a ` #` comment, trimmed.
            var valueEnd = end
            var scan = valueStart
            while scan < end {
                if bytes[scan] == UInt8(ascii: "#"), scan == valueStart || isBlank(bytes[scan - 1]) { valueEnd = scan; break }
                scan += 1
            }
            while valueEnd > valueStart, isBlank(bytes[valueEnd - 1]) { valueEnd -= 1 }
            entries.append((name, Located(String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self), name.range)))
            index = end
            skipBreak()
        }

        mutating func quoted(_ name: Located<String>) {
            let quote = bytes[index]
            let open = index
            index += 1
            var value: [UInt8] = []
            while index < bytes.count, bytes[index] != quote {
                if quote == UInt8(ascii: "\""), bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count {
                    let next = bytes[index + 1]
                    switch next {
                    case UInt8(ascii: "n"): value.append(0x0A)
                    case UInt8(ascii: "t"): value.append(0x09)
                    case UInt8(ascii: "r"): value.append(0x0D)
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "$"): value.append(next)
                    default: value += [bytes[index], next]
                    }
                    index += 2
                    continue
                }
                value.append(bytes[index])
                index += 1
            }
            guard index < bytes.count else {
                index = open
                invalid("the quote opened here is never closed", at: open)
                return
            }
            index += 1
            while index < bytes.count, isBlank(bytes[index]) { index += 1 }
            if index < bytes.count, !isBreak(bytes[index]), bytes[index] != UInt8(ascii: "#") {
                invalid("unexpected text after the closing quote", at: index)
                return
            }
            entries.append((name, Located(String(decoding: value, as: UTF8.self), name.range)))
            index = lineEnd(from: index)
            skipBreak()
        }

        func isNameByte(_ byte: UInt8, first: Bool) -> Bool {
            (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte == 95 || (!first && byte >= 48 && byte <= 57)
        }
    }
}

extension DiagnosticKind {
    static let invalidEnvLine = DiagnosticKind(
        id: "envfile.invalid-line", severity: .error,
        summary: "a line of an `--env-file` that is not a variable, a comment or blank",
        explanation: """
            An env file holds one `KEY=value` per line (optionally `export KEY=value`); `#` starts a \
            comment; values may be quoted with `'…'` (taken literally) or `"…"` (with `\\n`, `\\t`, `\\"` \
            and `\\\\` escapes), and a quoted value may span lines. A variable name starts with a letter or \
            `_` and holds letters, digits and `_`. A line that is none of these is reported and skipped, \
            so the variable it meant to set is not provided.
            """,
        example: "# prod.env\nSLACK_BOT_TOKEN xoxb-…\nDB_URL=\"postgres://db/prod\n")
}
