/// The AOF runtime's condition language (`evaluate_condition` in `agentflow_executor.rs`), applied to a
/// condition as written, with every `${…}` standing for a value known only at run time.
///
/// After `${…}` expansion the runtime trims the text and accepts `true`, `false`, or one comparison, tried
/// in this order: `a == b` and `a != b` (text compared after trimming and stripping `"`), `a > b` and
/// `a < b` (both sides must parse as numbers). A split that does not give exactly two sides, or numbers
/// that do not parse, fall through to the next form; whatever is left is false, with a log warning.
enum FlowConditionLanguage {
    /// One side of a comparison.
    struct Side {
        /// The side as the runtime compares it: trimmed, and for `==` and `!=` stripped of `"`.
        let text: String
        /// Where the trimmed side starts in the condition, in characters.
        let offset: Int
        /// Its length in characters (before stripping quotes).
        let length: Int
        /// Whether it contains a `${…}`, so its value is known only at run time.
        let isDynamic: Bool
    }

    /// A comparison the runtime evaluates.
    struct Comparison {
        /// `==`, `!=`, `>` or `<`.
        let op: String
        /// The side before the operator.
        let left: Side
        /// The side after the operator.
        let right: Side
    }

    /// What the runtime makes of a condition.
    enum Verdict {
        /// A literal `true` or `false`.
        case literal(Bool)
        /// A value known only at run time: a lone `${…}` (nil comparison) or a comparison with a `${…}`.
        case dynamic(Comparison?)
        /// A comparison of two fixed texts or numbers: always the same result.
        case constant(Bool, Comparison)
        /// A numeric comparison with a side that is fixed text and not a number: always false.
        case notNumeric(Comparison, Side)
        /// A construct the language does not have (`construct` at `offset` of the condition); the runtime
        /// then compares the sides of `comparison` as text, or, without one, the condition is false.
        case unsupported(construct: String, offset: Int, length: Int, comparison: Comparison?)
    }

    /// The character that stands for the characters of a `${…}`.
    static let placeholder: Character = "\u{E000}"

    /// Judges a condition as written.
    static func verdict(of condition: String) -> Verdict {
        let original = Array(condition)
        let masked = mask(original)
        let (start, end) = trimmedBounds(masked, 0, masked.count)
        let trimmed = String(masked[start..<end])
        if trimmed == "true" { return .literal(true) }
        if trimmed == "false" { return .literal(false) }
        if start < end, masked[start..<end].allSatisfy({ $0 == placeholder }), placeholderCount(original[start..<end]) == 1 {
            return .dynamic(nil)
        }
        let text = String(masked)
        var numericFailure: (Comparison, Side)?
        for op in ["==", "!=", ">", "<"] {
            guard text.contains(op) else { continue }
            if op == ">", text.contains(">=") { continue }
            if op == "<", text.contains("<=") { continue }
            let parts = split(masked, on: Array(op))
            guard parts.count == 2 else { continue }
            let isText = op == "==" || op == "!="
            let left = side(original, masked, parts[0], stripQuotes: isText)
            let right = side(original, masked, parts[1], stripQuotes: isText)
            let comparison = Comparison(op: op, left: left, right: right)
            if isText { return textVerdict(comparison, masked: masked) }
            if let bad = [left, right].first(where: { !couldBeNumber($0, masked) }) {
                if numericFailure == nil { numericFailure = (comparison, bad) }
                continue
            }
            if !left.isDynamic, !right.isDynamic, let l = number(left.text), let r = number(right.text) {
                return .constant(op == ">" ? l > r : l < r, comparison)
            }
            return .dynamic(comparison)
        }
        if let construct = unsupportedConstruct(masked) {
            return .unsupported(construct: construct.text, offset: construct.offset, length: construct.length, comparison: nil)
        }
        if let (comparison, side) = numericFailure { return .notNumeric(comparison, side) }
        return .unsupported(construct: "", offset: 0, length: 0, comparison: nil)
    }

    /// The `${…}` texts of a condition, without the braces (`check.result`).
    static func references(in condition: String) -> [String] {
        var names: [String] = []
        var rest = Substring(condition)
        while let open = rest.firstRange(of: "${") {
            guard let close = rest[open.upperBound...].firstIndex(of: "}") else { break }
            names.append(String(rest[open.upperBound..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    private static func textVerdict(_ comparison: Comparison, masked: [Character]) -> Verdict {
        for side in [comparison.left, comparison.right] {
            let characters = Array(masked[side.offset..<(side.offset + side.length)])
            if let construct = unsupportedConstruct(characters, inComparison: true) {
                return .unsupported(
                    construct: construct.text, offset: side.offset + construct.offset, length: construct.length,
                    comparison: comparison)
            }
        }
        if comparison.left.isDynamic || comparison.right.isDynamic { return .dynamic(comparison) }
        let equal = comparison.left.text == comparison.right.text
        return .constant(comparison.op == "==" ? equal : !equal, comparison)
    }

    /// The first construct of the text that the language does not have. Inside one side of a comparison
    /// only constructs that cannot be meant as compared text count.
    private static func unsupportedConstruct(_ text: [Character], inComparison: Bool = false) -> (text: String, offset: Int, length: Int)? {
        var best: (text: String, offset: Int, length: Int)?
        func consider(_ construct: String, _ offset: Int?, _ length: Int) {
            guard let offset, offset < (best?.offset ?? Int.max) else { return }
            best = (construct, offset, length)
        }
        let symbols = inComparison ? [">=", "<=", "&&", "||"] : [">=", "<=", "&&", "||", "=>", "=<", "=", "!"]
        for symbol in symbols { consider(symbol, firstOccurrence(of: symbol, in: text), symbol.count) }
        let first = text.firstIndex { !$0.isWhitespace && $0 != "\"" }
        let last = text.lastIndex { !$0.isWhitespace && $0 != "\"" }
        if inComparison {
            // Single quotes around a compared value are kept by the runtime.
            if let first, let last, last > first, text[first] == "'", text[last] == "'" { consider("'", first, 1) }
            // A parenthesis opening or closing the side: grouping the language does not have.
            if let first, text[first] == "(" { consider("(", first, 1) }
            if let last, text[last] == ")", !text.contains("(") { consider(")", last, 1) }
            if text.contains(placeholder) {
                for word in ["AND", "OR"] { consider(word, firstWord(word, in: text), word.count) }
            }
        } else {
            consider("'", text.firstIndex(of: "'"), 1)
            if let open = text.firstIndex(of: "(") {
                var nameStart = open
                while nameStart > 0, text[nameStart - 1].isLetter || text[nameStart - 1].isNumber || "_.".contains(text[nameStart - 1]) {
                    nameStart -= 1
                }
                if nameStart < open {
                    consider(String(text[nameStart..<open]) + "(…)", nameStart, open - nameStart + 1)
                } else {
                    consider("(", open, 1)
                }
            }
            for word in ["and", "or", "not", "AND", "OR", "NOT"] { consider(word, firstWord(word, in: text), word.count) }
        }
        return best
    }

    private static func firstOccurrence(of symbol: String, in text: [Character]) -> Int? {
        let needle = Array(symbol)
        guard text.count >= needle.count else { return nil }
        var index = 0
        while index + needle.count <= text.count {
            if Array(text[index..<(index + needle.count)]) == needle {
                // `=` alone, not part of `==`, `!=`, `>=`, `<=`; `!` alone, not part of `!=`.
                if symbol == "=" {
                    let before = index > 0 ? text[index - 1] : " "
                    let after = index + 1 < text.count ? text[index + 1] : " "
                    if "=!<>".contains(before) || after == "=" {
                        index += 1
                        continue
                    }
                }
                if symbol == "!", index + 1 < text.count, text[index + 1] == "=" {
                    index += 1
                    continue
                }
                return index
            }
            index += 1
        }
        return nil
    }

    private static func firstWord(_ word: String, in text: [Character]) -> Int? {
        let needle = Array(word)
        var index = 0
        while index + needle.count <= text.count {
            if Array(text[index..<(index + needle.count)]) == needle {
                let before = index > 0 ? text[index - 1] : " "
                let after = index + needle.count < text.count ? text[index + needle.count] : " "
                if before.isWhitespace && (after.isWhitespace || after == "(") { return index }
            }
            index += 1
        }
        return nil
    }

    /// The text with every `${…}` replaced, character for character, by `placeholder`.
    private static func mask(_ text: [Character]) -> [Character] {
        var masked = text
        var index = 0
        while index + 1 < text.count {
            if text[index] == "$", text[index + 1] == "{", let close = text[(index + 2)...].firstIndex(of: "}") {
                for position in index...close { masked[position] = placeholder }
                index = close + 1
            } else {
                index += 1
            }
        }
        return masked
    }

    private static func placeholderCount(_ text: ArraySlice<Character>) -> Int {
        var count = 0
        var index = text.startIndex
        while index + 1 < text.endIndex {
            if text[index] == "$", text[index + 1] == "{" { count += 1 }
            index += 1
        }
        return count
    }

    private static func split(_ text: [Character], on separator: [Character]) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = 0
        var index = 0
        while index + separator.count <= text.count {
            if Array(text[index..<(index + separator.count)]) == separator {
                parts.append(start..<index)
                index += separator.count
                start = index
            } else {
                index += 1
            }
        }
        parts.append(start..<text.count)
        return parts
    }

    private static func trimmedBounds(_ text: [Character], _ start: Int, _ end: Int) -> (Int, Int) {
        var start = start
        var end = end
        while start < end, text[start].isWhitespace { start += 1 }
        while end > start, text[end - 1].isWhitespace { end -= 1 }
        return (start, end)
    }

    private static func side(_ original: [Character], _ masked: [Character], _ range: Range<Int>, stripQuotes: Bool) -> Side {
        let (start, end) = trimmedBounds(masked, range.lowerBound, range.upperBound)
        var text = String(original[start..<end])
        if stripQuotes {
            while text.hasPrefix("\"") { text.removeFirst() }
            while text.hasSuffix("\"") { text.removeLast() }
        }
        return Side(text: text, offset: start, length: end - start, isDynamic: masked[start..<end].contains(placeholder))
    }

    /// Whether a side of `>` or `<` can be a number once expanded: fixed text must parse, and around a
    /// `${…}` only digits, signs, dots and exponents may stand.
    private static func couldBeNumber(_ side: Side, _ masked: [Character]) -> Bool {
        guard side.isDynamic else { return number(side.text) != nil }
        return masked[side.offset..<(side.offset + side.length)].allSatisfy { $0 == placeholder || $0.isNumber || "+-.eE".contains($0) }
    }

    /// The number Rust's `f64` parser reads from a trimmed side, if any.
    private static func number(_ text: String) -> Double? {
        let lower = text.lowercased()
        if ["inf", "+inf", "infinity", "+infinity"].contains(lower) { return .infinity }
        if ["-inf", "-infinity"].contains(lower) { return -.infinity }
        if lower == "nan" || lower == "+nan" || lower == "-nan" { return .nan }
        guard !text.isEmpty, text.allSatisfy({ $0.isNumber || "+-.eE".contains($0) }) else { return nil }
        return Double(text)
    }
}
