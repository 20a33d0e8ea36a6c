/// A PromQL expression tree: what the condition translator builds, what `PromQLParser` reads carried-over
/// expressions into, and what `PromQLEvaluator` runs when the build writes `promtool` unit tests.
///
/// It covers the PromQL of Prometheus 2.x that alert rules use: selectors with matchers, ranges, offsets
/// and subqueries, function calls, aggregations with `by`/`without`, and binary operators with `bool`,
/// `on`/`ignoring` and `group_left`/`group_right`.
public indirect enum PromQLExpr: Sendable, Equatable {
    /// A number literal.
    case number(PromQLNumber)
    /// A string literal (its value, without quotes).
    case string(String)
    /// An instant or range vector selector.
    case selector(PromQLSelector)
    /// A function call.
    case call(String, [PromQLExpr])
    /// An aggregation such as `sum by (le) (…)`; `parameter` is `topk`'s `k` or `quantile`'s φ.
    case aggregate(op: String, grouping: PromQLGrouping?, parameter: PromQLExpr?, body: PromQLExpr)
    /// A binary operation.
    case binary(op: String, lhs: PromQLExpr, rhs: PromQLExpr, modifiers: PromQLBinaryModifiers)
    /// Unary `-` or `+`.
    case unary(op: String, operand: PromQLExpr)
    /// Parentheses, kept so that a carried-over expression renders as written.
    case paren(PromQLExpr)
    /// A subquery `expr[range:step]`.
    case subquery(PromQLExpr, range: String, step: String?)

    /// The value type PromQL gives the expression.
    public enum ValueType: String, Sendable {
        case scalar, instant = "instant vector", range = "range vector", string
    }
}

/// A number as written in an expression, with its value.
public struct PromQLNumber: Sendable, Equatable {
    /// The text rendered into the expression.
    public let text: String
    /// Its value.
    public let value: Double

    /// A number rendered in its shortest stable form (`5`, `0.05`, `0.072` for 14.4 × 0.005).
    public init(_ value: Double) {
        self.text = PromQLNumber.format(value)
        self.value = Double(self.text) ?? value
    }

    /// A number as written in a carried-over expression.
    public init(text: String, value: Double) {
        self.text = text
        self.value = value
    }

    /// Formats a number for PromQL and YAML: integers without a fraction, others in the shortest form
    /// that reads back as the value rounded to 12 significant digits, so that unit conversions and
    /// products (`0.8 × 400`, `14.4 × 0.005`) never print floating-point noise.
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-Inf" : "+Inf") }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        let rounded = roundedToSignificantDigits(value, 12)
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
        return String(rounded)
    }

    private static func roundedToSignificantDigits(_ value: Double, _ digits: Int) -> Double {
        // The decimal exponent from the binary one (log10(2) ≈ 0.30103), close enough to pick a scale.
        let exponent = Int((Double(value.exponent) * 0.301_029_995_663_981_2).rounded(.down))
        let shift = digits - 1 - exponent
        guard shift > -300, shift < 300 else { return value }
        var scale = 1.0
        for _ in 0..<abs(shift) { scale *= 10 }
        return shift >= 0 ? (value * scale).rounded() / scale : (value / scale).rounded() * scale
    }
}

/// `by (…)` or `without (…)`.
public struct PromQLGrouping: Sendable, Equatable {
    /// Whether the labels are dropped (`without`) rather than kept (`by`).
    public let without: Bool
    /// The label names.
    public let labels: [String]

    /// Creates a grouping.
    public init(without: Bool, labels: [String]) {
        self.without = without
        self.labels = labels
    }
}

/// A label matcher `name op "value"`.
public struct PromQLMatcher: Sendable, Equatable {
    /// The label.
    public let label: String
    /// `=`, `!=`, `=~` or `!~`.
    public let op: String
    /// The value (unquoted).
    public let value: String

    /// Creates a matcher.
    public init(_ label: String, _ op: String, _ value: String) {
        self.label = label
        self.op = op
        self.value = value
    }
}

/// A vector selector.
public struct PromQLSelector: Sendable, Equatable {
    /// The metric name, when written before the braces.
    public let name: String?
    /// The label matchers in braces.
    public let matchers: [PromQLMatcher]
    /// The range (`5m`), for a range vector.
    public let range: String?
    /// The `offset` duration, if any.
    public let offset: String?

    /// Creates a selector.
    public init(name: String?, matchers: [PromQLMatcher] = [], range: String? = nil, offset: String? = nil) {
        self.name = name
        self.matchers = matchers
        self.range = range
        self.offset = offset
    }
}

/// The modifiers of a binary operation.
public struct PromQLBinaryModifiers: Sendable, Equatable {
    /// `bool` on a comparison: 0 or 1 instead of filtering.
    public var returnsBool = false
    /// `on (…)` (true) or `ignoring (…)` (false), with its labels; nil when absent.
    public var matching: (on: Bool, labels: [String])?
    /// `group_left (…)` (true) or `group_right (…)` (false), with its labels; nil when absent.
    public var grouping: (left: Bool, labels: [String])?

    /// No modifiers.
    public init() {}

    /// `on (labels)`.
    public static func on(_ labels: [String]) -> PromQLBinaryModifiers {
        var modifiers = PromQLBinaryModifiers()
        modifiers.matching = (true, labels)
        return modifiers
    }

    public static func == (lhs: PromQLBinaryModifiers, rhs: PromQLBinaryModifiers) -> Bool {
        lhs.returnsBool == rhs.returnsBool && lhs.matching?.on == rhs.matching?.on
            && lhs.matching?.labels == rhs.matching?.labels && lhs.grouping?.left == rhs.grouping?.left
            && lhs.grouping?.labels == rhs.grouping?.labels
    }
}

extension PromQLExpr {
    /// The binding strength of a binary operator (higher binds tighter), as in Prometheus.
    static func precedence(_ op: String) -> Int {
        switch op {
        case "or": 1
        case "and", "unless": 2
        case "==", "!=", "<=", "<", ">=", ">": 3
        case "+", "-": 4
        case "*", "/", "%", "atan2": 5
        case "^": 6
        default: 0
        }
    }

    /// Whether the operator compares.
    static func isComparison(_ op: String) -> Bool { ["==", "!=", "<=", "<", ">=", ">"].contains(op) }

    /// The expression as PromQL text, written the way Prometheus formats it.
    public var rendered: String {
        switch self {
        case .number(let number): return number.text
        case .string(let value): return JSON.quoted(value)
        case .selector(let selector): return selector.rendered
        case .call(let name, let arguments): return "\(name)(\(arguments.map(\.rendered).joined(separator: ", ")))"
        case .aggregate(let op, let grouping, let parameter, let body):
            var text = op
            if let grouping {
                text += " \(grouping.without ? "without" : "by") (\(grouping.labels.joined(separator: ", "))) "
            }
            let arguments = (parameter.map { [$0.rendered] } ?? []) + [body.rendered]
            return text + "(" + arguments.joined(separator: ", ") + ")"
        case .binary(let op, let lhs, let rhs, let modifiers):
            let precedence = PromQLExpr.precedence(op)
            // `^` is right-associative; every other operator is left-associative.
            let left = lhs.renderedOperand(parentPrecedence: precedence, tightOnEqual: op == "^")
            let right = rhs.renderedOperand(parentPrecedence: precedence, tightOnEqual: op != "^")
            var middle = op
            if modifiers.returnsBool { middle += " bool" }
            if let matching = modifiers.matching {
                middle += " \(matching.on ? "on" : "ignoring") (\(matching.labels.joined(separator: ", ")))"
            }
            if let grouping = modifiers.grouping {
                middle += " \(grouping.left ? "group_left" : "group_right")"
                if !grouping.labels.isEmpty { middle += " (\(grouping.labels.joined(separator: ", ")))" }
            }
            return "\(left) \(middle) \(right)"
        case .unary(let op, let operand):
            if case .binary = operand { return "\(op)(\(operand.rendered))" }
            return op + operand.rendered
        case .paren(let inner): return "(\(inner.rendered))"
        case .subquery(let inner, let range, let step):
            return "\(inner.renderedOperand(parentPrecedence: 7, tightOnEqual: true))[\(range):\(step ?? "")]"
        }
    }

    private func renderedOperand(parentPrecedence: Int, tightOnEqual: Bool) -> String {
        guard case .binary(let op, _, _, _) = self else { return rendered }
        let precedence = PromQLExpr.precedence(op)
        let needsParentheses = precedence < parentPrecedence || (tightOnEqual && precedence == parentPrecedence)
        return needsParentheses ? "(\(rendered))" : rendered
    }
}

extension PromQLSelector {
    /// The selector as PromQL text.
    public var rendered: String {
        var text = name ?? ""
        if !matchers.isEmpty || name == nil {
            text += "{" + matchers.map { "\($0.label)\($0.op)\(JSON.quoted($0.value))" }.joined(separator: ", ") + "}"
        }
        if let range { text += "[\(range)]" }
        if let offset { text += " offset \(offset)" }
        return text
    }
}
