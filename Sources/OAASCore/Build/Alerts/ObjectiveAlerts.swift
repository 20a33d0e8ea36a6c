/// Alerts from an `ObservabilityConfiguration`'s service-level objectives (`spec.objectives`).
///
/// An objective that bounds an error ratio (`orchestration_error_rate < 0.5%`, or `error_rate < 1%` read
/// from errors and requests counters) gets the two multiwindow error-budget burn alerts of the Google SRE
/// workbook: a fast burn (2% of a 30-day budget in an hour: 14.4 times the allowed ratio over both the
/// last hour and the last 5 minutes, for 2 minutes) and a slow burn (5% in six hours: 6 times over 6 hours
/// and 30 minutes, for 15 minutes), the factors scaled to the objective's `window`. Any other objective
/// (`p95_orchestration_latency_seconds < 5s`) gets one alert when its condition does not hold, for the
/// objective's `for` (default 5 minutes).
enum ObjectiveAlerts {
    static func rules(
        _ project: Project, catalog: MetricCatalog, organization: String?, variables: ProvidedVariables
    ) -> (groups: [DerivedAlerts.Group], diagnostics: [Diagnostic]) {
        let translator = ConditionTranslator(catalog: catalog)
        var groups: [DerivedAlerts.Group] = []
        var diagnostics: [Diagnostic] = []
        for resource in project.resources {
            guard case .observability = resource.model else { continue }
            var rules: [AlertTranslation.Rule] = []
            for objective in resource.document["spec"]?["objectives"]?.items ?? [] {
                guard let name = objective.string("name")?.value, let value = objective["objective"], let text = value.text else { continue }
                func report(_ message: String, _ offset: Int, _ length: Int, suggestion: String?) {
                    let range = AlertTranslation.range(ofCharacters: offset, length: length, in: value)
                    diagnostics.append(Diagnostic(
                        AlertExpressions.untranslatableCondition, "objective \"\(name)\": \(message)", at: range, path: value.path,
                        fixIts: suggestion.map { [FixIt(range: range, replacement: $0)] } ?? []))
                }
                let condition: AlertCondition
                switch AlertCondition.parse(text) {
                case .success(let parsed): condition = parsed
                case .failure(let error):
                    report("cannot read \"\(text.trimmingWhitespace())\" as a condition: \(error.message)", error.offset, error.length, suggestion: nil)
                    continue
                }
                var labels: [String: String?] = ["organization": organization, "objective": name]
                var channels: [String] = []
                for channel in objective.strings("channels") { channels.append(channel.value) }
                if !channels.isEmpty { labels["channels"] = channels.joined(separator: ",") }
                var annotations: [String: String] = [:]
                if let description = objective.string("description")?.value { annotations["description"] = AlertText.safe(description, variables: variables) }
                if let runbook = objective.string("runbook_url")?.value { annotations["runbook_url"] = AlertText.safe(runbook, variables: variables) }
                let severity = objective.string("severity")?.value
                if let ratio = errorRatio(condition, translator: translator) {
                    let window = objective.duration("window")?.value ?? Duration(milliseconds: 30 * 86_400_000)
                    rules += burnRules(name, ratio: ratio, text: text, window: window, severity: severity, labels: labels, annotations: annotations)
                    continue
                }
                switch translator.translate(negated(condition)) {
                case .success(let expression):
                    labels["severity"] = severity ?? "high"
                    annotations["summary"] = "objective \(name) (\(text.trimmingWhitespace())) is not met"
                    rules.append(DerivedAlerts.rule(
                        DerivedAlerts.camelCase(name) + "ObjectiveBreached", expression,
                        for: objective.duration("for")?.value ?? Duration(milliseconds: 300_000), labels: labels, annotations: annotations))
                case .failure(let failure):
                    report(failure.message, failure.offset, failure.length, suggestion: failure.suggestion)
                }
            }
            if !rules.isEmpty { groups.append(DerivedAlerts.Group(name: "\(resource.name?.value ?? "observability")/objectives", rules: rules)) }
        }
        return (groups, diagnostics)
    }

    /// What an error-ratio objective allows: the ratio's PromQL over a window, and the allowed ratio.
    struct ErrorRatio {
        let value: (String) -> PromQLExpr
        let allowed: Double
    }

    /// The objective as an error ratio, when it is one `ratio < allowed` on a metric of errors or failures.
    static func errorRatio(_ condition: AlertCondition, translator: ConditionTranslator) -> ErrorRatio? {
        guard case .comparison(let comparison) = condition, ["<", "<="].contains(comparison.comparator),
              let resolution = try? translator.resolve(comparison.metric), comparison.metric.quantile == nil
        else { return nil }
        let matchers = comparison.metric.matchers
        switch resolution {
        case .errorRatio(let errors, let requests):
            guard comparison.quantity.unit == .none || comparison.quantity.unit == .percent else { return nil }
            return ErrorRatio(value: { window in
                let rate = { (metric: DeclaredMetric) -> PromQLExpr in
                    DerivedAlerts.sum(by: [], .call("rate", [.selector(PromQLSelector(name: metric.name, matchers: matchers, range: window))]))
                }
                return .binary(op: "/", lhs: rate(errors), rhs: rate(requests), modifiers: PromQLBinaryModifiers())
            }, allowed: comparison.quantity.value)
        case .metric(let metric):
            let words = Set(MetricCatalog.tokens(metric.name))
            guard metric.effectiveType == .gauge || metric.effectiveType == nil,
                  !words.isDisjoint(with: ["error", "errors", "failure", "failures", "failed"])
            else { return nil }
            let allowed: Double
            switch (comparison.quantity.unit, metric.unitKind) {
            case (.none, _): allowed = comparison.quantity.value
            case (.percent, .ratio): allowed = comparison.quantity.value
            case (.percent, .percent): allowed = comparison.quantity.value * 100
            default: return nil
            }
            return ErrorRatio(value: { window in
                .call("avg_over_time", [.selector(PromQLSelector(name: metric.name, matchers: matchers, range: window))])
            }, allowed: allowed)
        }
    }

    private static func burnRules(
        _ name: String, ratio: ErrorRatio, text: String, window: Duration, severity: String?,
        labels: [String: String?], annotations: [String: String]
    ) -> [AlertTranslation.Rule] {
        let hours = max(window.seconds / 3600, 1)
        // (suffix, budget share spent, long window, long window in hours, short window, for, severity)
        let burns: [(String, Double, String, Double, String, Int64, String)] = [
            ("ErrorBudgetFastBurn", 0.02, "1h", 1, "5m", 120_000, severity ?? "critical"),
            ("ErrorBudgetSlowBurn", 0.05, "6h", 6, "30m", 900_000, "warning"),
        ]
        var rules: [AlertTranslation.Rule] = []
        for (suffix, share, long, longHours, short, forMilliseconds, burnSeverity) in burns {
            let factor = share * hours / longHours
            let threshold = factor * ratio.allowed
            let expression = PromQLExpr.binary(
                op: "and", lhs: DerivedAlerts.compare(ratio.value(long), ">", threshold),
                rhs: DerivedAlerts.compare(ratio.value(short), ">", threshold), modifiers: PromQLBinaryModifiers())
            var burnLabels = labels
            burnLabels["severity"] = burnSeverity
            var burnAnnotations = annotations
            burnAnnotations["summary"] = "objective \(name) (\(text.trimmingWhitespace()) over \(window.description)): error budget burning \(PromQLNumber.format(factor)) times too fast over \(long)"
            rules.append(DerivedAlerts.rule(
                DerivedAlerts.camelCase(name) + suffix, expression, for: Duration(milliseconds: forMilliseconds),
                labels: burnLabels, annotations: burnAnnotations))
        }
        return rules
    }

    /// The condition that holds when `condition` does not.
    static func negated(_ condition: AlertCondition) -> AlertCondition {
        switch condition {
        case .comparison(let comparison):
            let opposite = ["<": ">=", "<=": ">", ">": "<=", ">=": "<", "==": "!=", "!=": "=="][comparison.comparator] ?? comparison.comparator
            return .comparison(AlertCondition.Comparison(metric: comparison.metric, comparator: opposite, quantity: comparison.quantity))
        case .and(let lhs, let rhs): return .or(negated(lhs), negated(rhs))
        case .or(let lhs, let rhs): return .and(negated(lhs), negated(rhs))
        }
    }
}
