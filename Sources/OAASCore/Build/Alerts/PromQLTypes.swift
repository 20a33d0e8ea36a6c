/// The value types of PromQL's functions, as Prometheus 2.x declares them (`promql/parser/functions.go`).
enum PromQLFunctions {
    typealias ValueType = PromQLExpr.ValueType

    /// A function's argument types, how many trailing arguments may be left out, whether the last one
    /// repeats, and its result type.
    struct Signature {
        let arguments: [ValueType]
        let optional: Int
        let variadic: Bool
        let result: ValueType

        init(_ arguments: [ValueType], optional: Int = 0, variadic: Bool = false, _ result: ValueType) {
            self.arguments = arguments
            self.optional = optional
            self.variadic = variadic
            self.result = result
        }
    }

    static let signatures: [String: Signature] = {
        var table: [String: Signature] = [:]
        let instantToInstant = [
            "abs", "absent", "ceil", "exp", "floor", "ln", "log10", "log2", "sgn", "sort", "sort_desc", "sqrt", "timestamp",
            "acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "sin", "sinh", "tan", "tanh", "deg", "rad",
            "histogram_count", "histogram_sum",
        ]
        for name in instantToInstant { table[name] = Signature([.instant], .instant) }
        let rangeToInstant = [
            "absent_over_time", "changes", "delta", "deriv", "idelta", "increase", "irate", "rate", "resets",
            "avg_over_time", "min_over_time", "max_over_time", "sum_over_time", "count_over_time", "stddev_over_time",
            "stdvar_over_time", "last_over_time", "present_over_time",
        ]
        for name in rangeToInstant { table[name] = Signature([.range], .instant) }
        for name in ["day_of_month", "day_of_week", "day_of_year", "days_in_month", "hour", "minute", "month", "year"] {
            table[name] = Signature([.instant], optional: 1, .instant)
        }
        table["clamp"] = Signature([.instant, .scalar, .scalar], .instant)
        table["clamp_max"] = Signature([.instant, .scalar], .instant)
        table["clamp_min"] = Signature([.instant, .scalar], .instant)
        table["histogram_quantile"] = Signature([.scalar, .instant], .instant)
        table["histogram_fraction"] = Signature([.scalar, .scalar, .instant], .instant)
        table["holt_winters"] = Signature([.range, .scalar, .scalar], .instant)
        table["label_join"] = Signature([.instant, .string, .string, .string], variadic: true, .instant)
        table["label_replace"] = Signature([.instant, .string, .string, .string, .string], .instant)
        table["predict_linear"] = Signature([.range, .scalar], .instant)
        table["quantile_over_time"] = Signature([.scalar, .range], .instant)
        table["round"] = Signature([.instant, .scalar], optional: 1, .instant)
        table["scalar"] = Signature([.instant], .scalar)
        table["vector"] = Signature([.scalar], .instant)
        table["time"] = Signature([], .scalar)
        table["pi"] = Signature([], .scalar)
        return table
    }()
}

/// Type-checks a parsed expression as Prometheus's parser does.
enum PromQLTypes {
    typealias ValueType = PromQLExpr.ValueType

    /// The expression's type, or the first type error (positioned at `token`, the expression's start,
    /// since the tree does not keep positions).
    static func check(_ expression: PromQLExpr, at token: ExpressionToken) throws -> ValueType {
        func fail(_ message: String) -> ExpressionError {
            ExpressionError(message, offset: token.offset, length: max(1, token.length))
        }
        switch expression {
        case .number: return .scalar
        case .string: return .string
        case .selector(let selector):
            guard selector.name != nil || selector.matchers.contains(where: { !Self.matchesEmpty($0) }) else {
                throw fail("a vector selector must name a metric or have a matcher that does not match the empty string")
            }
            return selector.range == nil ? .instant : .range
        case .paren(let inner):
            return try check(inner, at: token)
        case .subquery(let inner, _, _):
            guard try check(inner, at: token) == .instant else { throw fail("subquery is only allowed on instant vector") }
            return .range
        case .unary(_, let operand):
            let type = try check(operand, at: token)
            guard type == .scalar || type == .instant else { throw fail("unary expression only allowed on scalars or instant vectors") }
            return type
        case .call(let name, let arguments):
            guard let signature = PromQLFunctions.signatures[name] else { throw fail("unknown function \"\(name)\"") }
            let minimum = signature.arguments.count - signature.optional
            let tooMany = !signature.variadic && arguments.count > signature.arguments.count
            guard arguments.count >= minimum, !tooMany else {
                throw fail("wrong number of arguments for \(name)(): expected \(signature.arguments.count), got \(arguments.count)")
            }
            for (index, argument) in arguments.enumerated() {
                let expected = signature.arguments[min(index, signature.arguments.count - 1)]
                let actual = try check(argument, at: token)
                guard actual == expected else {
                    throw fail("\(name)() expects a \(expected.rawValue) as argument \(index + 1), got a \(actual.rawValue)")
                }
            }
            return signature.result
        case .aggregate(let op, _, let parameter, let body):
            guard try check(body, at: token) == .instant else { throw fail("\(op)() expects an instant vector") }
            if let parameter {
                let expected: ValueType = op == "count_values" ? .string : .scalar
                guard try check(parameter, at: token) == expected else { throw fail("\(op)() expects a \(expected.rawValue) parameter") }
            }
            return .instant
        case .binary(let op, let lhs, let rhs, let modifiers):
            let left = try check(lhs, at: token)
            let right = try check(rhs, at: token)
            guard [left, right].allSatisfy({ $0 == .scalar || $0 == .instant }) else {
                throw fail("binary expression must contain only scalar and instant vector types")
            }
            if PromQLParser.setOperators.contains(op) {
                guard left == .instant, right == .instant else { throw fail("set operator \"\(op)\" not allowed in binary scalar expression") }
                return .instant
            }
            if PromQLExpr.isComparison(op), left == .scalar, right == .scalar, !modifiers.returnsBool {
                throw fail("comparisons between scalars must use bool modifier")
            }
            if modifiers.matching != nil || modifiers.grouping != nil, left == .scalar || right == .scalar {
                throw fail("vector matching only allowed between instant vectors")
            }
            return left == .scalar && right == .scalar ? .scalar : .instant
        }
    }

    /// Whether a matcher accepts the empty string (then it cannot select series on its own).
    static func matchesEmpty(_ matcher: PromQLMatcher) -> Bool {
        switch matcher.op {
        case "=": matcher.value.isEmpty
        case "!=": !matcher.value.isEmpty
        case "=~": matcher.value.isEmpty || matcher.value == ".*" || matcher.value.hasSuffix("|") || matcher.value.hasPrefix("|")
        default: matcher.value != ".*" && !matcher.value.isEmpty
        }
    }
}
