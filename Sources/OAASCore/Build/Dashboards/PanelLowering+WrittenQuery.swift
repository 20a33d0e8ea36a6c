/// The `query` of a panel, written in PromQL in the workspace: used as written (after `--env-file`
/// substitution), checked for brackets and strings left open, for series nobody declares and for
/// variables nothing defines; its unit read from the one declared metric it reads.
extension PanelLowering {
    /// A written query's target and unit.
    struct WrittenQuery {
        let target: DashboardQuery
        let unit: String
    }

    /// Lowers a written query; a `$organization` or `$team` it uses joins `scope`, so that the dashboard
    /// defines the variable.
    func lowerQuery(
        _ written: Located<String>, on visualization: DashboardPanel.Visualization, refID: String, in title: String,
        scope: inout [(label: String, series: String)], into sink: inout DiagnosticSink
    ) -> WrittenQuery {
        let expression = text.clean(written.value)
        let scan = checked(expression, at: written.range, in: title, into: &sink)
        var undefined: [String] = []
        for variable in scan.variables where !variable.hasPrefix("__") && variable != "datasource" {
            if scope.contains(where: { $0.label == variable }) { continue }
            if MetricQuery.scopeLabels.contains(variable), let series = catalog.series(carrying: variable) {
                scope.append((variable, series))
            } else {
                undefined.append("\"$\(variable)\"")
            }
        }
        if !undefined.isEmpty {
            // One finding per query: findings are de-duplicated by place and ID.
            let variables = undefined.count == 1 ? "the variable \(undefined[0])" : "the variables \(Self.list(undefined))"
            sink.report(
                .undefinedPanelVariable,
                "the query of panel \"\(title)\" uses \(variables), which neither --env-file nor the dashboard defines",
                at: written.range)
        }
        let target = DashboardQuery(
            refID: refID, expression: expression, legend: "", format: visualization == .table ? .table : .timeSeries,
            instant: visualization == .table || visualization == .piechart)
        return WrittenQuery(target: target, unit: unit(of: expression, series: scan.series))
    }

    /// Scans a written query: a structural problem is an error, a series nobody declares a warning.
    private func checked(_ expression: String, at range: SourceRange, in title: String, into sink: inout DiagnosticSink) -> PromQLScan {
        let scan = PromQLScan(expression)
        if let problem = scan.problem {
            sink.report(.invalidPanelQuery, "the query of panel \"\(title)\" is not valid PromQL: \(problem)", at: range)
        }
        guard !catalog.isEmpty else { return scan }
        var undefined: [String] = []
        for series in scan.series where catalog.metric(forSeries: series) == nil && !Self.isBuiltIn(series) {
            undefined.append(series)
        }
        if undefined.count == 1 {
            reportUndefined(undefined[0], at: range, role: "the query of panel \"\(title)\"", into: &sink)
        } else if !undefined.isEmpty {
            // One finding per query: findings are de-duplicated by place and ID.
            sink.report(
                .undefinedPanelMetric,
                "undefined metrics \(Self.list(undefined.map { "\"\($0)\"" })) in the query of panel \"\(title)\"", at: range)
        }
        return scan
    }

    /// `a`, `a and b`, `a, b and c`.
    static func list(_ items: [String]) -> String {
        items.count < 2 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }

    /// Series Prometheus makes itself, and recording rules (`job:requests:rate5m`, named with colons by
    /// convention), which no workspace declares as metrics.
    private static func isBuiltIn(_ series: String) -> Bool {
        series.contains(":") || series == "up" || series.hasPrefix("scrape_") || series == "ALERTS" || series == "ALERTS_FOR_STATE"
    }

    /// The unit of a written query: that of the one declared metric it reads, adjusted for `rate`,
    /// `increase` and `histogram_quantile`; a plain number otherwise.
    private func unit(of expression: String, series: [String]) -> String {
        var metrics: [DashboardMetrics.Metric] = []
        for name in series {
            if let metric = catalog.metric(forSeries: name), !metrics.contains(where: { $0.name == metric.name }) {
                metrics.append(metric)
            }
        }
        guard metrics.count == 1 else { return GrafanaUnits.plain }
        let metric = metrics[0]
        switch metric.kind {
        case .counter where expression.contains("rate("): return GrafanaUnits.rate(of: metric)
        case .counter where expression.contains("increase("): return metric.unit ?? GrafanaUnits.plain
        case .counter: return GrafanaUnits.plain
        case .histogram where !expression.contains("histogram_quantile("): return GrafanaUnits.plain
        case .histogram, .summary, .gauge: return metric.unit ?? GrafanaUnits.plain
        }
    }
}

extension DiagnosticKind {
    static let invalidPanelQuery = DiagnosticKind(
        id: "dashboard.invalid-query", severity: .error, summary: "a dashboard panel's query is not valid PromQL",
        explanation: """
            A panel's `query` has a bracket or a string that is never closed, or a closing bracket with \
            nothing open. Grafana would save the dashboard and show an error on the panel; oaas stops the \
            build instead. Only the structure is checked, so a query reported here is certainly broken.
            """,
        example: "panels:\n  - title: Approvals\n    query: \"sum(rate(agentflow_approvals_total[5m]) by (status)\"\n",
        remediation: "close the bracket or string the message names")
    static let undefinedPanelVariable = DiagnosticKind(
        id: "dashboard.undefined-variable", severity: .warning, summary: "a dashboard panel's query uses a variable nothing defines",
        explanation: """
            A panel's `query` refers to `$name` or `${name}`, which in a dashboard is a Grafana template \
            variable; so does a metric in `metrics` written as `${NAME}`. oaas defines `$datasource`; \
            Grafana's own `$__…` variables exist everywhere; `$organization` and `$team` are defined when \
            some declared metric has that label; and a `${NAME}` that `--env-file` provides is substituted \
            before Grafana sees it. Grafana leaves any other variable as written, so Prometheus receives \
            `$region` itself: a syntax error outside quotes, a label value that matches nothing inside them.
            """,
        example: "panels:\n  - title: Requests\n    query: \"sum(rate(agent_requests_total{region='$region'}[5m]))\"\n",
        remediation: "provide the variable with --env-file, or use `$team` / `$organization` on metrics declaring those labels")
}
