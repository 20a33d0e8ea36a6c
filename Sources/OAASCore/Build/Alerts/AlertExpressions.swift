/// Decides what PromQL an alert rule gets, and reports the rules that get none.
///
/// A rule's text is read in the language its key names first: `condition:` as the condition language
/// (`AlertCondition`), `expr:` as PromQL; when that fails, in the other. PromQL is carried over verbatim
/// when it parses, type-checks as a vector, and every series it selects is declared (or built in:
/// `up`, `ALERTS`, `scrape_*`, recording-rule names with `:`); a condition is translated by
/// `ConditionTranslator`. A rule written as `metric` and `threshold` without a condition is
/// `metric > threshold`. Anything else is `build.untranslatable-condition`, positioned on the part of
/// the condition at fault, and the alert is left out of the rules file.
enum AlertExpressions {
    static func expression(
        for definition: AlertDefinition, translator: ConditionTranslator, variables: ProvidedVariables,
        into diagnostics: inout [Diagnostic]
    ) -> (PromQLExpr, String, AlertTranslation.Rule.Origin)? {
        let alert = definition.name.value
        func report(_ message: String, at range: SourceRange, path: DataPath?, suggestion: String? = nil) {
            var fixIts: [FixIt] = []
            if let suggestion { fixIts.append(FixIt(range: range, replacement: suggestion)) }
            diagnostics.append(Diagnostic(
                untranslatableCondition, "alert \"\(alert)\": \(message)", at: range, path: path, fixIts: fixIts))
        }
        guard let value = definition.expression, let written = value.text else {
            if let metric = definition.metric?.text, let threshold = definition.threshold?.number {
                let text = "\(metric) > \(PromQLNumber.format(threshold))"
                guard case .success(let condition) = AlertCondition.parse(text) else {
                    report("\"\(metric)\" is not a metric name", at: definition.metric!.range, path: definition.metric!.path)
                    return nil
                }
                switch translator.translate(condition) {
                case .success(let expression): return (expression, expression.rendered, .translated)
                case .failure(let failure):
                    report(failure.message, at: definition.metric!.range, path: definition.metric!.path)
                    return nil
                }
            }
            report("the rule has no condition", at: definition.name.range, path: definition.rule.path)
            return nil
        }
        // Place a problem on the characters of the condition it concerns, unless variables were substituted.
        var text = written
        var exact = true
        if TemplateString.mayContainTemplates(written) {
            let resolved = VariableResolver.resolve(written, variables: variables)
            if let name = (resolved.unresolved + resolved.secrets).first {
                report("the condition depends on ${\(name)}, which no --env-file provides", at: value.range, path: value.path)
                return nil
            }
            text = resolved.text
            exact = !resolved.substituted
        }
        func place(_ offset: Int, _ length: Int) -> SourceRange {
            exact ? AlertTranslation.range(ofCharacters: offset, length: length, in: value) : value.range
        }
        let catalog = translator.catalog
        let promQL = PromQLParser.parse(text)
        if definition.writtenAsPromQL, case .success(let expression) = promQL,
           carriedOverProblem(expression, text: text, catalog: catalog) == nil {
            return (expression, text.trimmingWhitespace(), .carriedOver)
        }
        switch AlertCondition.parse(text) {
        case .success(let condition):
            switch translator.translate(condition) {
            case .success(let expression):
                return (expression, expression.rendered, .translated)
            case .failure(let failure):
                report(failure.message, at: place(failure.offset, failure.length), path: value.path, suggestion: failure.suggestion)
                return nil
            }
        case .failure(let conditionError):
            switch promQL {
            case .success(let expression):
                if let problem = carriedOverProblem(expression, text: text, catalog: catalog) {
                    report(problem.message, at: place(problem.offset, problem.length), path: value.path, suggestion: problem.suggestion)
                    return nil
                }
                return (expression, text.trimmingWhitespace(), .carriedOver)
            case .failure(let promQLError):
                // Report the reading that got further: it is the language the author meant.
                let error = promQLError.offset > conditionError.offset ? promQLError : conditionError
                let language = error == promQLError ? "as PromQL" : "as a condition"
                report("cannot read \"\(text.trimmingWhitespace())\" \(language): \(error.message)",
                       at: place(error.offset, error.length), path: value.path)
                return nil
            }
        }
    }

    /// Why a parsed PromQL expression cannot be carried over: it is not a vector, it selects a series
    /// no one declares, or it selects a histogram by its base name (which has no series).
    static func carriedOverProblem(_ expression: PromQLExpr, text: String, catalog: MetricCatalog) -> ConditionTranslator.Failure? {
        if let type = try? PromQLTypes.check(expression, at: ExpressionToken(kind: .end, text: "", offset: 0, length: 1)),
           type != .instant {
            return ConditionTranslator.Failure(
                message: "the expression is a \(type.rawValue); an alert needs an instant vector",
                offset: 0, length: max(1, text.count), suggestion: nil)
        }
        for name in selectorNames(expression) where !isBuiltIn(name) {
            let (offset, length) = position(of: name, in: text)
            if let metric = catalog.metric(named: name), metric.effectiveType == .histogram {
                return ConditionTranslator.Failure(
                    message: "\"\(name)\" is a histogram, which has no series of its own; select \"\(name)_bucket\", \"\(name)_sum\" or \"\(name)_count\"",
                    offset: offset, length: length, suggestion: nil)
            }
            guard !catalog.declares(series: name) else { continue }
            let suggestion = Suggestion.closest(to: name, in: catalog.metrics.map(\.name))
            var message = "\"\(name)\" names no declared metric"
            if let suggestion { message += "; did you mean \"\(suggestion)\"?" }
            return ConditionTranslator.Failure(message: message, offset: offset, length: length, suggestion: suggestion)
        }
        return nil
    }

    /// Series Prometheus itself records, and recording-rule outputs (`job:errors:rate5m`).
    static func isBuiltIn(_ name: String) -> Bool {
        ["up", "ALERTS", "ALERTS_FOR_STATE"].contains(name) || name.hasPrefix("scrape_") || name.contains(":")
    }

    /// The metric names an expression selects, in the order written.
    static func selectorNames(_ expression: PromQLExpr) -> [String] {
        switch expression {
        case .number, .string: return []
        case .selector(let selector): return selector.name.map { [$0] } ?? []
        case .call(_, let arguments): return arguments.flatMap(selectorNames)
        case .aggregate(_, _, let parameter, let body): return (parameter.map(selectorNames) ?? []) + selectorNames(body)
        case .binary(_, let lhs, let rhs, _): return selectorNames(lhs) + selectorNames(rhs)
        case .unary(_, let operand), .paren(let operand), .subquery(let operand, _, _): return selectorNames(operand)
        }
    }

    /// Where a metric name is written in an expression (a name token not followed by `(`).
    static func position(of name: String, in text: String) -> (Int, Int) {
        var lexer = ExpressionLexer(text)
        guard case .success(let tokens) = lexer.tokens() else { return (0, max(1, text.count)) }
        for (index, token) in tokens.enumerated() where token.kind == .identifier && token.text == name {
            if index + 1 < tokens.count, tokens[index + 1].kind == .symbol, tokens[index + 1].text == "(" { continue }
            return (token.offset, token.length)
        }
        return (0, max(1, text.count))
    }

    static let untranslatableCondition = DiagnosticKind(
        id: "build.untranslatable-condition", severity: .warning,
        summary: "An alert's condition cannot be written as a Prometheus rule",
        explanation: """
            `oaas build --target prometheus` writes every alert rule of the workspace into a Prometheus rules \
            file. A `condition` is translated from the workspace's condition language (`error_rate > 5%`, \
            `p95_latency > 5000ms`, `daily_cost > $100`, joined with `and`/`or`) into PromQL over the \
            metrics the workspace declares; an `expr` that is already PromQL is carried over as written.

            This warning says which alert cannot be, and why: the condition is neither the condition \
            language nor PromQL; a name matches no declared metric (with the nearest one suggested), or \
            several; a quantile is asked of a metric that is not a histogram, or a histogram is compared \
            without one; the quantity's unit does not fit the metric's (a duration against a metric in \
            dollars, a percentage against one with no declared unit); or the condition depends on a \
            variable no `--env-file` provides. The alert is left out of the rules file, the rest of the \
            build goes on, and nothing else is guessed: a rule that never fires is worse than none.
            """,
        example: """
            monitoring:
              metrics:
                custom_metrics: [orchestration_latency_seconds]
              alerting:
                rules:
                  - name: cost_threshold
                    condition: daily_cost > $100     # no metric says daily_cost
            """,
        remediation: "Name a declared metric (or declare the one meant, with its type and unit), or write the rule's `expr` in PromQL.")
}
