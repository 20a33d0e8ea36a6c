/// The PromQL a panel uses to show one metric, chosen by the metric's type and the panel's plugin.
///
/// - counter: a per-second rate over `$__rate_interval` on charts; on single-value panels (stat,
///   gauge, table, pie chart) the increase over the dashboard's range (`$__range`), a count people can read.
/// - histogram: the 95th percentile of its buckets; on a heatmap, the buckets themselves.
/// - summary: the mean (`_sum` rate over `_count` rate), which needs no quantile configuration.
/// - gauge: the series as they are.
///
/// Counters, histograms and summaries are summed by `organization` and `team` when the metric declares
/// those labels, and every metric that declares them is filtered by the dashboard's variables of the
/// same names; other labels are summed away.
struct MetricQuery {
    /// The labels dashboards group and filter by, in this order.
    static let scopeLabels = ["organization", "team"]

    /// The expression.
    let expression: String
    /// The legend.
    let legend: String
    /// The result's shape.
    let format: DashboardQuery.Format
    /// Whether only the latest value is needed.
    let instant: Bool
    /// The Grafana unit of the values.
    let unit: String
    /// One sentence saying what the values are, for the panel description.
    let explanation: String
    /// The scope labels the query filters by (each needs its dashboard variable).
    let filters: [String]
    /// The series the query reads, for `label_values` of the variables.
    let series: String
    /// Whether the values are the metric's own (a gauge as is), so that alert thresholds on the metric apply.
    let showsRawValues: Bool

    /// The query of `metric` on a panel of `visualization`.
    /// - Parameters:
    ///   - extraMatchers: label matchers the panel adds (`framework=~"sox|gdpr"`).
    ///   - named: whether the legend names the metric, for panels that show several.
    init(_ metric: DashboardMetrics.Metric, on visualization: DashboardPanel.Visualization, extraMatchers: [String] = [], named: Bool = false) {
        let scope = Self.scopeLabels.filter(metric.labels.contains)
        filters = scope
        var matchers: [String] = []
        for label in scope { matchers.append("\(label)=~\"$\(label)\"") }
        matchers += extraMatchers
        func selector(_ series: String) -> String {
            matchers.isEmpty ? series : "\(series){\(matchers.joined(separator: ", "))}"
        }
        func summed(_ inner: String, by extra: [String] = []) -> String {
            let labels = extra + scope
            return labels.isEmpty ? "sum(\(inner))" : "sum by (\(labels.joined(separator: ", "))) (\(inner))"
        }
        let groupLegend = scope.map { "{{\($0)}}" }.joined(separator: " / ")
        func legend(_ head: String?) -> String {
            let parts = [named ? metric.name : nil, head, groupLegend.isEmpty ? nil : groupLegend].compactMap { $0 }
            return parts.isEmpty ? metric.name : parts.joined(separator: " ")
        }
        let singleValue = [.stat, .gauge, .table, .piechart].contains(visualization)
        let scoped = scope.isEmpty ? "" : ", by \(scope.joined(separator: " and "))"
        var format: DashboardQuery.Format = visualization == .table ? .table : .timeSeries
        var showsRaw = false
        switch metric.kind {
        case .counter where singleValue:
            series = metric.name
            expression = summed("increase(\(selector(metric.name))[$__range])")
            self.legend = legend(nil)
            unit = metric.unit ?? GrafanaUnits.plain
            explanation = "Increase of `\(metric.name)` over the dashboard's time range\(scoped)."
        case .counter:
            series = metric.name
            expression = summed("rate(\(selector(metric.name))[$__rate_interval])")
            self.legend = legend(nil)
            unit = GrafanaUnits.rate(of: metric)
            explanation = "Per-second rate of `\(metric.name)`\(scoped)."
        case .histogram where visualization == .heatmap:
            series = metric.name + "_bucket"
            // One series per bucket: a heatmap has no room for a team split (the filters still apply).
            expression = "sum by (le) (increase(\(selector(series))[$__rate_interval]))"
            self.legend = "{{le}}"
            format = .heatmap
            unit = metric.unit ?? GrafanaUnits.plain
            explanation = "Distribution of `\(metric.name)` across its histogram buckets."
        case .histogram:
            series = metric.name + "_bucket"
            expression = "histogram_quantile(0.95, "
                + summed("rate(\(selector(series))[$__rate_interval])", by: ["le"]) + ")"
            self.legend = legend("p95")
            unit = metric.unit ?? GrafanaUnits.plain
            explanation = "95th percentile of `\(metric.name)`\(scoped)."
        case .summary:
            series = metric.name + "_count"
            expression = summed("rate(\(selector(metric.name + "_sum"))[$__rate_interval])") + " / "
                + summed("rate(\(selector(series))[$__rate_interval])")
            self.legend = legend("mean")
            unit = metric.unit ?? GrafanaUnits.plain
            explanation = "Mean of `\(metric.name)`\(scoped)."
        case .gauge:
            series = metric.name
            expression = selector(metric.name)
            let labels = metric.labels.map { "{{\($0)}}" }.joined(separator: " ")
            self.legend = [named || labels.isEmpty ? metric.name : nil, labels.isEmpty ? nil : labels]
                .compactMap { $0 }.joined(separator: " ")
            unit = metric.unit ?? GrafanaUnits.plain
            explanation = "Current value of `\(metric.name)`."
            showsRaw = true
        }
        self.format = format
        instant = visualization == .table || visualization == .piechart
        showsRawValues = showsRaw
    }
}
