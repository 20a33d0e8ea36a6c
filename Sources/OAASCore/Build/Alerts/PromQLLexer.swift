/// A syntax error in an expression: what was expected, and where (character offsets into the text).
public struct ExpressionError: Error, Sendable, Equatable {
    /// Lowercase, no trailing period.
    public let message: String
    /// The first character concerned.
    public let offset: Int
    /// How many characters are concerned (at least 1 unless the text is empty).
    public let length: Int

    /// Creates an error.
    public init(_ message: String, offset: Int, length: Int) {
        self.message = message
        self.offset = offset
        self.length = length
    }
}

/// One token of a PromQL expression or an alert condition.
struct ExpressionToken: Equatable {
    enum Kind: Equatable {
        /// A name: metric, label, function, keyword (`sum`, `by`, `and`).
        case identifier
        /// A number: `5`, `0.05`, `1e3`, `0x1F`.
        case number
        /// A duration: `5m`, `1h30m`, `500ms`.
        case duration
        /// A quoted string; `text` is its value.
        case string
        /// An operator or punctuation: `(`, `)`, `{`, `}`, `[`, `]`, `,`, `:`, `@`, `==`, `=~`, `+` …
        case symbol
        /// The end of the text.
        case end
    }

    let kind: Kind
    let text: String
    let offset: Int
    let length: Int
}

/// A recursive-descent parser's place in a token list: the condition parser and the PromQL parser share
/// it. The last token is always `.end`, so `peek` never runs past the list.
protocol ExpressionTokenCursor {
    var tokens: [ExpressionToken] { get }
    var position: Int { get set }
    /// A token as error messages name it (each language words the end of input its own way).
    func describe(_ token: ExpressionToken) -> String
}

extension ExpressionTokenCursor {
    /// The next token.
    var peek: ExpressionToken { tokens[position] }

    /// Takes the next token (staying on `.end`).
    mutating func advance() -> ExpressionToken {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    /// An error positioned at a token.
    func error(_ message: String, at token: ExpressionToken) -> ExpressionError {
        ExpressionError(message, offset: token.offset, length: max(1, token.length))
    }

    /// Whether the next token is this symbol.
    func isSymbol(_ text: String) -> Bool { peek.kind == .symbol && peek.text == text }

    /// Takes this symbol, or fails naming what is there instead.
    mutating func expect(_ symbol: String) throws {
        guard isSymbol(symbol) else { throw error("expected \"\(symbol)\" but found \(describe(peek))", at: peek) }
        _ = advance()
    }

    /// `{label="value", …}`: label matchers, the same in both languages.
    mutating func matchers() throws -> [PromQLMatcher] {
        try expect("{")
        var result: [PromQLMatcher] = []
        while !isSymbol("}") {
            guard peek.kind == .identifier else { throw error("expected a label name but found \(describe(peek))", at: peek) }
            let label = advance().text
            guard peek.kind == .symbol, ["=", "!=", "=~", "!~"].contains(peek.text) else {
                throw error("expected a label matcher operator (=, !=, =~, !~) but found \(describe(peek))", at: peek)
            }
            let op = advance().text
            guard peek.kind == .string else { throw error("expected a quoted label value but found \(describe(peek))", at: peek) }
            result.append(PromQLMatcher(label, op, advance().text))
            if isSymbol(",") { _ = advance() } else { break }
        }
        try expect("}")
        return result
    }
}

/// Splits an expression into tokens. Shared by `PromQLParser` and the condition language, whose lexical
/// structure is PromQL's with `$`, `%` and unit suffixes added.
struct ExpressionLexer {
    private let characters: [Character]
    private var index = 0

    init(_ text: String) { characters = Array(text) }

    private static let symbols = ["==", "!=", ">=", "<=", "=~", "!~", "&&", "||", "(", ")", "{", "}", "[", "]", ",", ":",
                                  "@", "+", "-", "*", "/", "%", "^", "=", ">", "<", "$"]
    private static let durationUnits: Set<String> = ["ms", "s", "m", "h", "d", "w", "y"]

    /// Every token, ending with `.end`, or the first lexical error.
    mutating func tokens() -> Result<[ExpressionToken], ExpressionError> {
        var result: [ExpressionToken] = []
        while true {
            switch next() {
            case .success(let token):
                result.append(token)
                if token.kind == .end { return .success(result) }
            case .failure(let error):
                return .failure(error)
            }
        }
    }

    private mutating func next() -> Result<ExpressionToken, ExpressionError> {
        while index < characters.count, characters[index].isWhitespace { index += 1 }
        let start = index
        guard index < characters.count else { return .success(ExpressionToken(kind: .end, text: "", offset: start, length: 0)) }
        let character = characters[index]
        if character.isASCII, character.isLetter || character == "_" {
            while index < characters.count, isNameCharacter(characters[index]) { index += 1 }
            return .success(token(.identifier, start))
        }
        if character.isASCII, character.isNumber || (character == "." && peekIsDigit(index + 1)) {
            return number(start)
        }
        if character == "\"" || character == "'" || character == "`" {
            return string(start, quote: character)
        }
        for symbol in Self.symbols where matches(symbol, at: index) {
            index += symbol.count
            return .success(token(.symbol, start))
        }
        return .failure(ExpressionError("unexpected character \"\(character)\"", offset: start, length: 1))
    }

    private func isNameCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "_" || character == ":")
    }

    private func peekIsDigit(_ at: Int) -> Bool { at < characters.count && characters[at].isASCII && characters[at].isNumber }

    private func matches(_ symbol: String, at position: Int) -> Bool {
        var offset = position
        for character in symbol {
            guard offset < characters.count, characters[offset] == character else { return false }
            offset += 1
        }
        return true
    }

    private func token(_ kind: ExpressionToken.Kind, _ start: Int) -> ExpressionToken {
        ExpressionToken(kind: kind, text: String(characters[start..<index]), offset: start, length: index - start)
    }

    /// A number, or a duration when digits are followed by duration units (`5m`, `1h30m`, `500ms`).
    private mutating func number(_ start: Int) -> Result<ExpressionToken, ExpressionError> {
        if matches("0x", at: index) || matches("0X", at: index) {
            index += 2
            while index < characters.count, characters[index].isHexDigit { index += 1 }
            return .success(token(.number, start))
        }
        scanDigits()
        if index < characters.count, characters[index] == "." { index += 1; scanDigits() }
        let mantissaEnd = index
        if index < characters.count, characters[index] == "e" || characters[index] == "E" {
            var probe = index + 1
            if probe < characters.count, characters[probe] == "+" || characters[probe] == "-" { probe += 1 }
            if peekIsDigit(probe) {
                index = probe
                scanDigits()
                return .success(token(.number, start))
            }
        }
        // A duration is whole numbers each followed by a unit.
        var probe = mantissaEnd
        var sawUnit = false
        let isWhole = !characters[start..<mantissaEnd].contains(".")
        while isWhole, probe < characters.count {
            var unitEnd = probe
            while unitEnd < characters.count, characters[unitEnd].isASCII, characters[unitEnd].isLetter { unitEnd += 1 }
            guard Self.durationUnits.contains(String(characters[probe..<unitEnd])) else { break }
            sawUnit = true
            probe = unitEnd
            guard peekIsDigit(probe) else { break }
            while peekIsDigit(probe) { probe += 1 }
        }
        // `:` may follow (a subquery's `[30m:1m]`), though names may contain it.
        if sawUnit, probe == characters.count || characters[probe] == ":" || !isNameCharacter(characters[probe]) {
            index = probe
            return .success(token(.duration, start))
        }
        index = mantissaEnd
        return .success(token(.number, start))
    }

    private mutating func scanDigits() {
        while index < characters.count, characters[index].isASCII, characters[index].isNumber {
            index += 1
        }
    }

    private mutating func string(_ start: Int, quote: Character) -> Result<ExpressionToken, ExpressionError> {
        index += 1
        var value = ""
        while index < characters.count {
            let character = characters[index]
            if character == quote {
                index += 1
                return .success(ExpressionToken(kind: .string, text: value, offset: start, length: index - start))
            }
            if character == "\n" { break }
            if character == "\\", quote != "`", index + 1 < characters.count {
                let escaped = characters[index + 1]
                switch escaped {
                case "n": value.append("\n")
                case "t": value.append("\t")
                case "r": value.append("\r")
                case "a", "b", "f", "v", "x", "u", "U", "0"..."7":
                    // Kept as written: only the evaluator's label matching reads values, and it gives up
                    // on anything but plain text.
                    value.append("\\")
                    value.append(escaped)
                case "\\": value.append(escaped)
                case "\"", "'":
                    // Go accepts `\"` only in double quotes and `\'` only in single quotes.
                    guard escaped == quote else {
                        return .failure(ExpressionError("invalid escape \"\\\(escaped)\" in a string", offset: index, length: 2))
                    }
                    value.append(escaped)
                default:
                    // Go's unquoting, which Prometheus uses, rejects any other escape (`\d` in a regex
                    // must be written `\\d`).
                    return .failure(ExpressionError("invalid escape \"\\\(escaped)\" in a string", offset: index, length: 2))
                }
                index += 2
                continue
            }
            value.append(character)
            index += 1
        }
        return .failure(ExpressionError("unterminated string", offset: start, length: index - start))
    }
}
