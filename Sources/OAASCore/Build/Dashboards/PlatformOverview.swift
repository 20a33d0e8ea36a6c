/// The generated "platform overview" dashboard: requests, latency, errors, approvals, tokens and cost,
/// one row each, built only from the metrics the workspace declares.
///
/// A metric joins a row by its name's words (and, for latency, by being a histogram or summary of a time
/// unit); each metric joins one row at most, the first of latency, errors, approvals, tokens, cost and
/// requests that claims it, so `approval_latency_seconds` is latency. Rows nobody fills are left out, and
/// so is the whole dashboard when every row is empty.
enum PlatformOverview {
    /// The overview's uid, which no declared dashboard may take.
    static let uid = "oaas-platform-overview"

    /// A row of the overview, in display order.
    enum Role: String, CaseIterable {
        case requests = "Requests"
        case latency = "Latency"
        case errors = "Errors"
        case approvals = "Approvals"
        case tokens = "Tokens"
        case cost = "Cost"
    }

    /// The row a metric belongs to, if any.
    static func role(of metric: DashboardMetrics.Metric) -> Role? {
        let words = Set(metric.words)
        let timeUnits: Set<String> = ["s", "ms", "µs", "ns", "m", "h", "d"]
        let isDistribution = metric.kind == .histogram || metric.kind == .summary
        if !words.isDisjoint(with: ["latency", "duration"]) || (isDistribution && timeUnits.contains(metric.unit ?? "")) {
            return .latency
        }
        if !words.isDisjoint(with: ["error", "errors", "failure", "failures"]) { return .errors }
        if !words.isDisjoint(with: ["approval", "approvals"]) { return .approvals }
        if !words.isDisjoint(with: ["token", "tokens"]) { return .tokens }
        if !words.isDisjoint(with: ["cost", "costs", "spend", "spending", "billing"]) { return .cost }
        if !words.isDisjoint(with: ["request", "requests"]) { return .requests }
        return nil
    }

    /// The overview's panels (rows and charts, unplaced) and the variables they filter by; nil when no
    /// declared metric fills a row.
    static func panels(
        _ catalog: DashboardMetrics, thresholds: AlertThresholds, text: DashboardText
    ) -> (panels: [DashboardPanel], scope: [(label: String, series: String)])? {
        var byRole: [Role: [DashboardMetrics.Metric]] = [:]
        for metric in catalog.metrics {
            if let role = role(of: metric) { byRole[role, default: []].append(metric) }
        }
        guard !byRole.isEmpty else { return nil }
        let placeholder = GridPosition(x: 0, y: 0, w: 0, h: 0)
        var panels: [DashboardPanel] = []
        var scope: [(label: String, series: String)] = []
        for role in Role.allCases {
            guard let metrics = byRole[role] else { continue }
            panels.append(DashboardPanel(
                id: 0, visualization: .row, title: role.rawValue, description: "", grid: placeholder, targets: [],
                unit: GrafanaUnits.plain, min: nil, max: nil, thresholds: [], thresholdsFromAlerts: false, bars: false,
                bucketed: false, content: nil))
            for metric in metrics {
                let query = MetricQuery(metric, on: .timeseries)
                var sentences: [String] = []
                if let description = metric.description.map(text.clean), !description.isEmpty {
                    sentences.append(PanelLowering.sentence(description))
                }
                sentences.append(query.explanation)
                let steps = query.showsRawValues ? thresholds.steps(for: metric.name) : nil
                panels.append(DashboardPanel(
                    id: 0, visualization: .timeseries, title: metric.name, description: sentences.joined(separator: " "),
                    grid: placeholder,
                    targets: [DashboardQuery(
                        refID: "A", expression: query.expression, legend: query.legend, format: query.format, instant: false)],
                    unit: query.unit, min: nil, max: nil, thresholds: steps ?? [ThresholdStep(value: nil, color: "green")],
                    thresholdsFromAlerts: steps != nil, bars: false, bucketed: false, content: nil))
                for label in query.filters where !scope.contains(where: { $0.label == label }) {
                    scope.append((label, query.series))
                }
            }
        }
        return (panels, scope)
    }
}
