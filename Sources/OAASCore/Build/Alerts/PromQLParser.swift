/// Reads PromQL into a `PromQLExpr`, checking what `promtool check rules` checks: the syntax, known
/// functions and aggregations, and the value types of their arguments. An alert rule's `expr` that this
/// parser accepts is carried over verbatim; one it rejects is reported, never written to the rules file.
public enum PromQLParser {
    /// Parses an expression and checks its types.
    public static func parse(_ text: String) -> Result<PromQLExpr, ExpressionError> {
        var lexer = ExpressionLexer(text)
        let tokens: [ExpressionToken]
        switch lexer.tokens() {
        case .success(let list): tokens = list
        case .failure(let error): return .failure(error)
        }
        var parser = Parser(tokens: tokens)
        do {
            let expression = try parser.expression(minimumPrecedence: 1)
            guard parser.peek.kind == .end else {
                throw parser.error("unexpected \(parser.describe(parser.peek))", at: parser.peek)
            }
            _ = try PromQLTypes.check(expression.expr, at: expression.token)
            return .success(expression.expr)
        } catch let error as ExpressionError {
            return .failure(error)
        } catch {
            return .failure(ExpressionError("\(error)", offset: 0, length: max(1, text.count)))
        }
    }

    /// An expression and the token it starts at (for positioning type errors).
    struct Parsed {
        let expr: PromQLExpr
        let token: ExpressionToken
    }

    static let aggregations: Set<String> = [
        "sum", "min", "max", "avg", "group", "stddev", "stdvar", "count", "count_values", "bottomk", "topk", "quantile",
    ]
    static let setOperators: Set<String> = ["and", "or", "unless"]
    static let binaryOperators: Set<String> = ["+", "-", "*", "/", "%", "^", "==", "!=", "<=", "<", ">=", ">", "atan2"]

    private struct Parser: ExpressionTokenCursor {
        let tokens: [ExpressionToken]
        var position = 0

        func describe(_ token: ExpressionToken) -> String {
            token.kind == .end ? "end of expression" : "\"\(token.kind == .string ? "…" : token.text)\""
        }


        func isKeyword(_ text: String) -> Bool { peek.kind == .identifier && peek.text.lowercased() == text }

        /// The operator at the cursor, if it is a binary one.
        func binaryOperator() -> String? {
            if peek.kind == .symbol, PromQLParser.binaryOperators.contains(peek.text) { return peek.text }
            let word = peek.text.lowercased()
            if peek.kind == .identifier, PromQLParser.setOperators.contains(word) || word == "atan2" { return word }
            return nil
        }

        mutating func expression(minimumPrecedence: Int) throws -> Parsed {
            var lhs = try unary()
            while let op = binaryOperator(), PromQLExpr.precedence(op) >= minimumPrecedence {
                _ = advance()
                let modifiers = try binaryModifiers(op)
                let precedence = PromQLExpr.precedence(op)
                let rhs = try expression(minimumPrecedence: op == "^" ? precedence : precedence + 1)
                lhs = Parsed(expr: .binary(op: op, lhs: lhs.expr, rhs: rhs.expr, modifiers: modifiers), token: lhs.token)
            }
            return lhs
        }

        mutating func binaryModifiers(_ op: String) throws -> PromQLBinaryModifiers {
            var modifiers = PromQLBinaryModifiers()
            if isKeyword("bool") {
                guard PromQLExpr.isComparison(op) else { throw error("bool modifier on a non-comparison operator", at: peek) }
                _ = advance()
                modifiers.returnsBool = true
            }
            if isKeyword("on") || isKeyword("ignoring") {
                let on = advance().text.lowercased() == "on"
                modifiers.matching = (on, try labelList())
            }
            if isKeyword("group_left") || isKeyword("group_right") {
                let left = advance().text.lowercased() == "group_left"
                modifiers.grouping = (left, isSymbol("(") ? try labelList() : [])
            }
            return modifiers
        }

        mutating func labelList() throws -> [String] {
            try expect("(")
            var labels: [String] = []
            while !isSymbol(")") {
                guard peek.kind == .identifier, !peek.text.contains(":") else {
                    throw error("expected a label name but found \(describe(peek))", at: peek)
                }
                labels.append(advance().text)
                if isSymbol(",") { _ = advance() } else { break }
            }
            try expect(")")
            return labels
        }

        mutating func unary() throws -> Parsed {
            if isSymbol("-") || isSymbol("+") {
                let token = advance()
                let operand = try expression(minimumPrecedence: PromQLExpr.precedence("^"))
                if case .number(let number) = operand.expr {
                    let value = token.text == "-" ? -number.value : number.value
                    return Parsed(expr: .number(PromQLNumber(text: token.text == "-" ? "-" + number.text : number.text, value: value)), token: token)
                }
                return Parsed(expr: .unary(op: token.text, operand: operand.expr), token: token)
            }
            return try postfix(try primary())
        }

        mutating func postfix(_ start: Parsed) throws -> Parsed {
            var current = start
            while true {
                if isSymbol("[") {
                    let open = advance()
                    guard peek.kind == .duration else { throw error("expected a duration such as 5m in brackets", at: peek) }
                    let range = advance().text
                    if isSymbol(":") {
                        _ = advance()
                        var step: String?
                        if peek.kind == .duration { step = advance().text }
                        try expect("]")
                        current = Parsed(expr: .subquery(current.expr, range: range, step: step), token: current.token)
                        continue
                    }
                    try expect("]")
                    guard case .selector(let selector) = current.expr, selector.range == nil, selector.offset == nil else {
                        throw error("ranges only allowed for vector selectors", at: open)
                    }
                    current = Parsed(expr: .selector(PromQLSelector(
                        name: selector.name, matchers: selector.matchers, range: range)), token: current.token)
                } else if isKeyword("offset") {
                    let keyword = advance()
                    var text = ""
                    if isSymbol("-") { text = advance().text }
                    guard peek.kind == .duration else { throw error("expected a duration after offset", at: peek) }
                    text += advance().text
                    guard case .selector(let selector) = current.expr, selector.offset == nil else {
                        throw error("offset modifier must be preceded by a vector selector", at: keyword)
                    }
                    current = Parsed(expr: .selector(PromQLSelector(
                        name: selector.name, matchers: selector.matchers, range: selector.range, offset: text)), token: current.token)
                } else {
                    return current
                }
            }
        }

        mutating func primary() throws -> Parsed {
            let token = peek
            switch token.kind {
            case .number:
                _ = advance()
                guard let value = Self.numberValue(token.text) else { throw error("bad number \"\(token.text)\"", at: token) }
                return Parsed(expr: .number(PromQLNumber(text: token.text, value: value)), token: token)
            case .string:
                _ = advance()
                return Parsed(expr: .string(token.text), token: token)
            case .duration:
                throw error("unexpected duration \"\(token.text)\" outside brackets", at: token)
            case .end:
                throw error("unexpected end of expression", at: token)
            case .symbol:
                if token.text == "(" {
                    _ = advance()
                    let inner = try expression(minimumPrecedence: 1)
                    try expect(")")
                    return Parsed(expr: .paren(inner.expr), token: token)
                }
                if token.text == "{" {
                    return Parsed(expr: .selector(PromQLSelector(name: nil, matchers: try matchers())), token: token)
                }
                throw error("unexpected \(describe(token))", at: token)
            case .identifier:
                return try identifierLed(token)
            }
        }

        mutating func identifierLed(_ token: ExpressionToken) throws -> Parsed {
            _ = advance()
            let word = token.text.lowercased()
            if word == "inf" || word == "nan" {
                return Parsed(expr: .number(PromQLNumber(text: token.text, value: word == "inf" ? .infinity : .nan)), token: token)
            }
            if PromQLParser.aggregations.contains(word), isSymbol("(") || isKeyword("by") || isKeyword("without") {
                return Parsed(expr: try aggregation(word), token: token)
            }
            if isSymbol("(") {
                guard PromQLFunctions.signatures[token.text] != nil else {
                    throw error("unknown function \"\(token.text)\"", at: token)
                }
                _ = advance()
                var arguments: [PromQLExpr] = []
                while !isSymbol(")") {
                    arguments.append(try expression(minimumPrecedence: 1).expr)
                    if isSymbol(",") { _ = advance() } else { break }
                }
                try expect(")")
                return Parsed(expr: .call(token.text, arguments), token: token)
            }
            if PromQLParser.setOperators.contains(word) || ["by", "without", "on", "ignoring", "bool", "offset"].contains(word) {
                throw error("unexpected keyword \"\(token.text)\"", at: token)
            }
            let matchers = isSymbol("{") ? try self.matchers() : []
            return Parsed(expr: .selector(PromQLSelector(name: token.text, matchers: matchers)), token: token)
        }

        mutating func aggregation(_ op: String) throws -> PromQLExpr {
            var grouping: PromQLGrouping?
            if isKeyword("by") || isKeyword("without") {
                let without = advance().text.lowercased() == "without"
                grouping = PromQLGrouping(without: without, labels: try labelList())
            }
            try expect("(")
            var arguments: [PromQLExpr] = []
            while !isSymbol(")") {
                arguments.append(try expression(minimumPrecedence: 1).expr)
                if isSymbol(",") { _ = advance() } else { break }
            }
            let close = peek
            try expect(")")
            if grouping == nil, isKeyword("by") || isKeyword("without") {
                let without = advance().text.lowercased() == "without"
                grouping = PromQLGrouping(without: without, labels: try labelList())
            }
            let takesParameter = ["count_values", "bottomk", "topk", "quantile"].contains(op)
            guard arguments.count == (takesParameter ? 2 : 1) else {
                throw error("\(op) takes \(takesParameter ? 2 : 1) argument\(takesParameter ? "s" : "") but has \(arguments.count)", at: close)
            }
            return .aggregate(op: op, grouping: grouping, parameter: takesParameter ? arguments[0] : nil, body: arguments.last!)
        }

        static func numberValue(_ text: String) -> Double? {
            let lowered = text.lowercased()
            if lowered.hasPrefix("0x") { return Int64(lowered.dropFirst(2), radix: 16).map(Double.init) }
            return Double(text)
        }
    }
}
