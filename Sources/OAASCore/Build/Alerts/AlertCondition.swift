/// The workspace's alert condition language: what people write in `condition:` (`error_rate > 5%`,
/// `p95_latency > 5000ms`, `daily_cost > $100`), before it is translated into PromQL.
///
/// ```
/// condition  = disjunct { ("or" | "||") disjunct }
/// disjunct   = primary { ("and" | "&&") primary }
/// primary    = "(" condition ")" | metric comparator quantity | quantity comparator metric
/// metric     = name [matchers]                      error_rate, agentflow_errors_total{flow="deploy"}
///            | pNN "(" name [matchers] ")"          p95(orchestration_latency_seconds)
///            | "histogram_quantile" "(" number "," name [matchers] ")"
///                                                   a name may carry a quantile: p95_latency, latency_p99
/// comparator = ">" | ">=" | "<" | "<=" | "==" | "!="
/// quantity   = ["$"] number [unit]                   5, 0.05, 5%, 5000ms, 1.5s, 10m, $100, $1,000, 100 USD
/// ```
public indirect enum AlertCondition: Sendable, Equatable {
    /// One comparison of a metric with a quantity.
    case comparison(Comparison)
    /// Both hold.
    case and(AlertCondition, AlertCondition)
    /// Either holds.
    case or(AlertCondition, AlertCondition)

    /// A metric compared with a quantity; written either way round, kept with the metric on the left.
    public struct Comparison: Sendable, Equatable {
        /// The metric.
        public let metric: MetricReference
        /// The operator, as if the metric were written first (`5 < x` is kept as `x > 5`).
        public let comparator: String
        /// The quantity.
        public let quantity: Quantity
    }

    /// The metric side of a comparison.
    public struct MetricReference: Sendable, Equatable {
        /// The name with any quantile prefix or suffix removed (`latency` for `p95_latency`).
        public let name: String
        /// The name as written (`p95_latency`).
        public let written: String
        /// The quantile asked for (0.95 for `p95_`), if any.
        public let quantile: Double?
        /// Label matchers written after the name.
        public let matchers: [PromQLMatcher]
        /// Where the name is, in characters from the condition's start.
        public let offset: Int
        /// The name's length in characters.
        public let length: Int
    }

    /// The number side of a comparison.
    public struct Quantity: Sendable, Equatable {
        /// What the unit says the number is.
        public enum Unit: Sendable, Equatable {
            /// No unit: the metric's own.
            case none
            /// A duration; the value is in seconds.
            case duration
            /// A percentage; the value is the fraction (0.05 for 5%).
            case percent
            /// Money in a currency (`USD` for `$`).
            case money(String)
        }

        /// The value, in seconds for durations and as a fraction for percentages.
        public let value: Double
        /// The unit.
        public let unit: Unit
        /// The quantity as written.
        public let text: String
        /// Where it is, in characters from the condition's start.
        public let offset: Int
        /// Its length in characters.
        public let length: Int
    }

    /// Every comparison, in the order written.
    public var comparisons: [Comparison] {
        switch self {
        case .comparison(let comparison): [comparison]
        case .and(let lhs, let rhs), .or(let lhs, let rhs): lhs.comparisons + rhs.comparisons
        }
    }

    /// Parses a condition.
    public static func parse(_ text: String) -> Result<AlertCondition, ExpressionError> {
        var lexer = ExpressionLexer(text)
        switch lexer.tokens() {
        case .failure(let error):
            return .failure(error)
        case .success(let tokens):
            var parser = AlertConditionParser(tokens: tokens, source: Array(text))
            do {
                let condition = try parser.condition()
                guard parser.peek.kind == .end else {
                    throw parser.error("expected \"and\", \"or\" or the end of the condition but found \(parser.describe(parser.peek))", at: parser.peek)
                }
                return .success(condition)
            } catch let error as ExpressionError {
                return .failure(error)
            } catch {
                return .failure(ExpressionError("\(error)", offset: 0, length: max(1, text.count)))
            }
        }
    }

    /// The quantile a `pNN` word names: `p95` → 0.95, `p999` → 0.999, `p50` → 0.5.
    static func quantile(ofWord word: String) -> Double? {
        let lowered = word.lowercased()
        guard lowered.count >= 3, lowered.first == "p" else { return nil }
        let digits = lowered.dropFirst()
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), digits.first != "0" else { return nil }
        guard let whole = Double(String(digits)) else { return nil }
        var scale = 1.0
        for _ in 0..<digits.count { scale *= 10 }
        return whole / scale
    }
}

/// The recursive-descent parser of `AlertCondition`.
struct AlertConditionParser: ExpressionTokenCursor {
    let tokens: [ExpressionToken]
    /// The condition's characters, for quoting quantities as written.
    let source: [Character]
    var position = 0

    static let comparators: Set<String> = [">", ">=", "<", "<=", "==", "!="]
    static let currencies: [String: String] = ["usd": "USD", "dollars": "USD", "eur": "EUR", "gbp": "GBP"]
    static let durationSeconds: [String: Double] = [
        "ms": 0.001, "s": 1, "sec": 1, "seconds": 1, "m": 60, "min": 60, "minutes": 60, "h": 3600, "hours": 3600, "d": 86400, "days": 86400,
    ]

    func describe(_ token: ExpressionToken) -> String {
        token.kind == .end ? "the end of the condition" : "\"\(token.text)\""
    }


    func isWord(_ text: String) -> Bool { peek.kind == .identifier && peek.text.lowercased() == text }

    mutating func condition() throws -> AlertCondition {
        var result = try disjunct()
        while isWord("or") || isSymbol("||") {
            _ = advance()
            result = .or(result, try disjunct())
        }
        return result
    }

    mutating func disjunct() throws -> AlertCondition {
        var result = try primary()
        while isWord("and") || isSymbol("&&") {
            _ = advance()
            result = .and(result, try primary())
        }
        return result
    }

    mutating func primary() throws -> AlertCondition {
        if isSymbol("(") {
            _ = advance()
            let inner = try condition()
            guard isSymbol(")") else { throw error("expected \")\" but found \(describe(peek))", at: peek) }
            _ = advance()
            return inner
        }
        if peek.kind == .identifier {
            let metric = try metricReference()
            let comparator = try self.comparator()
            return .comparison(AlertCondition.Comparison(metric: metric, comparator: comparator, quantity: try quantity()))
        }
        if peek.kind == .number || peek.kind == .duration || isSymbol("$") {
            let quantity = try self.quantity()
            let comparator = try self.comparator()
            guard peek.kind == .identifier else { throw error("expected a metric name but found \(describe(peek))", at: peek) }
            let metric = try metricReference()
            let flipped = ["<": ">", "<=": ">=", ">": "<", ">=": "<="][comparator] ?? comparator
            return .comparison(AlertCondition.Comparison(metric: metric, comparator: flipped, quantity: quantity))
        }
        throw error("expected a metric name but found \(describe(peek))", at: peek)
    }

    mutating func comparator() throws -> String {
        guard peek.kind == .symbol, Self.comparators.contains(peek.text) else {
            throw error("expected a comparison operator (>, >=, <, <=, ==, !=) but found \(describe(peek))", at: peek)
        }
        return advance().text
    }

    mutating func metricReference() throws -> AlertCondition.MetricReference {
        let token = advance()
        let word = token.text
        // `p95(name)` and `histogram_quantile(0.95, name)`.
        if isSymbol("(") {
            var quantile = AlertCondition.quantile(ofWord: word)
            guard quantile != nil || word == "histogram_quantile" else {
                throw error("\"\(word)\" is not a quantile; write p50(…), p95(…), p99(…) or histogram_quantile(φ, …)", at: token)
            }
            _ = advance()
            if quantile == nil {
                let number = peek
                guard number.kind == .number, let value = Double(number.text), value > 0, value < 1 else {
                    throw error("expected a quantile between 0 and 1 but found \(describe(peek))", at: peek)
                }
                _ = advance()
                quantile = value
                guard isSymbol(",") else { throw error("expected \",\" but found \(describe(peek))", at: peek) }
                _ = advance()
            }
            guard peek.kind == .identifier else { throw error("expected a metric name but found \(describe(peek))", at: peek) }
            let name = advance()
            let matchers = isSymbol("{") ? try self.matchers() : []
            guard isSymbol(")") else { throw error("expected \")\" but found \(describe(peek))", at: peek) }
            _ = advance()
            return AlertCondition.MetricReference(
                name: name.text, written: word + "(" + name.text + ")", quantile: quantile, matchers: matchers,
                offset: name.offset, length: name.length)
        }
        let matchers = isSymbol("{") ? try self.matchers() : []
        var name = word
        var quantile: Double?
        let parts = word.split(separator: "_", omittingEmptySubsequences: false).map(String.init)
        if parts.count > 1, let value = AlertCondition.quantile(ofWord: parts[0]) {
            quantile = value
            name = parts.dropFirst().joined(separator: "_")
        } else if parts.count > 1, let value = AlertCondition.quantile(ofWord: parts[parts.count - 1]) {
            quantile = value
            name = parts.dropLast().joined(separator: "_")
        }
        return AlertCondition.MetricReference(
            name: name, written: word, quantile: quantile, matchers: matchers, offset: token.offset, length: token.length)
    }

    /// A number with its unit; tokens of one quantity must touch (`$1,000`, `5000ms`, `5 %` is refused).
    mutating func quantity() throws -> AlertCondition.Quantity {
        let first = peek
        var currency: String?
        if isSymbol("$") {
            _ = advance()
            currency = "USD"
            guard peek.kind == .number, peek.offset == first.offset + 1 else {
                throw error("expected an amount after \"$\" but found \(describe(peek))", at: peek)
            }
        }
        if peek.kind == .duration {
            let token = advance()
            guard currency == nil, let seconds = Self.durationValue(token.text) else { throw error("bad duration \"\(token.text)\"", at: token) }
            return AlertCondition.Quantity(value: seconds, unit: .duration, text: token.text, offset: token.offset, length: token.length)
        }
        guard peek.kind == .number else { throw error("expected a number but found \(describe(peek))", at: peek) }
        var token = advance()
        var digits = token.text
        var end = token.offset + token.length
        // Thousands separators: `$1,000,000`.
        while currency != nil, isSymbol(","), peek.offset == end, tokens[position + 1].kind == .number,
              tokens[position + 1].offset == end + 1, tokens[position + 1].text.count == 3 {
            _ = advance()
            token = advance()
            digits += token.text
            end = token.offset + token.length
        }
        guard var value = Double(digits) else { throw error("bad number \"\(digits)\"", at: first) }
        var unit: AlertCondition.Quantity.Unit = currency.map { .money($0) } ?? .none
        if isSymbol("%"), peek.offset == end, currency == nil {
            end = advance().offset + 1
            value /= 100
            unit = .percent
        } else if peek.kind == .identifier, peek.offset == end || peek.offset == end + 1,
                  !["and", "or"].contains(peek.text.lowercased()) {
            let word = peek.text.lowercased()
            if let code = Self.currencies[word] ?? (peek.text.count == 3 && peek.text.allSatisfy(\.isUppercase) ? peek.text : nil) {
                if let currency, currency != code { throw error("the amount says \(currency) but the unit says \(code)", at: peek) }
                unit = .money(code)
            } else if currency == nil, let factor = Self.durationSeconds[word] {
                value *= factor
                unit = .duration
            } else {
                throw error("unknown unit \"\(peek.text)\"; expected ms, s, m, h, %, $ or a currency code", at: peek)
            }
            let unitToken = advance()
            end = unitToken.offset + unitToken.length
        }
        return AlertCondition.Quantity(
            value: value, unit: unit, text: String(source[first.offset..<end]), offset: first.offset, length: end - first.offset)
    }

    /// `5000ms` → 5, `1h30m` → 5400.
    static func durationValue(_ text: String) -> Double? {
        var total = 0.0
        var rest = Substring(text)
        while !rest.isEmpty {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            rest = rest.dropFirst(digits.count)
            let unit = rest.prefix { $0.isASCII && $0.isLetter }
            rest = rest.dropFirst(unit.count)
            guard let number = Double(String(digits)), let factor = durationSeconds[String(unit)] else { return nil }
            total += number * factor
        }
        return total
    }
}
