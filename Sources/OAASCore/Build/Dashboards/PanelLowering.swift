/// Lowers one panel of a declared dashboard: its Grafana plugin, queries, unit, thresholds and
/// description, reporting metrics nobody declares and queries that cannot work.
struct PanelLowering {
    /// The declared metrics.
    let catalog: DashboardMetrics
    /// Thresholds from alert rules.
    let thresholds: AlertThresholds
    /// Cleans workspace text.
    let text: DashboardText

    /// A lowered panel and the variables its queries filter by (label → a series that has the label).
    struct Lowered {
        let panel: DashboardPanel
        let scope: [(label: String, series: String)]
    }

    /// The Grafana plugin of a workspace panel type. `graph` is Grafana's removed graph panel, whose
    /// successor is the time series; `bar` is a time series drawn as bars, because Grafana's bar chart needs
    /// a categorical x axis that a Prometheus range query does not have.
    static func visualization(_ type: String?) -> (DashboardPanel.Visualization, bars: Bool) {
        switch type?.lowercased() {
        case "stat"?: (.stat, false)
        case "gauge"?: (.gauge, false)
        case "table"?: (.table, false)
        case "heatmap"?: (.heatmap, false)
        case "pie"?: (.piechart, false)
        case "text"?: (.text, false)
        case "bar"?: (.timeseries, true)
        default: (.timeseries, false)
        }
    }

    /// Lowers `panel`; `fallback` locates findings on a panel without a title.
    func lower(_ panel: ObservabilityConfiguration.Panel, number: Int, fallback: SourceRange, into sink: inout DiagnosticSink) -> Lowered {
        let title = panel.title.map { text.clean($0.value) }.flatMap { $0.isEmpty ? nil : $0 } ?? "Panel \(number)"
        let at = panel.title?.range ?? panel.type?.range ?? fallback
        let (visualization, bars) = Self.visualization(panel.type?.value)
        let described = panel.description.map { text.clean($0.value) }.flatMap { $0.isEmpty ? nil : $0 }
        if visualization == .text {
            return Lowered(panel: DashboardPanel(
                id: 0, visualization: .text, title: title, description: described ?? title, grid: placeholder,
                targets: [], unit: GrafanaUnits.plain, min: nil, max: nil, thresholds: [], thresholdsFromAlerts: false,
                bars: false, bucketed: false, content: described ?? title), scope: [])
        }
        var names: [Located<String>] = []
        for name in panel.metrics where !name.value.isEmpty && !names.contains(where: { $0.value == name.value }) {
            names.append(name)
        }
        let count = names.count + (panel.query == nil ? 0 : 1)
        var frameworks: [String] = []
        for framework in panel.frameworks where !framework.value.isEmpty { frameworks.append(framework.value) }
        var targets: [DashboardQuery] = []
        var units: [String] = []
        var sentences: [String] = []
        var scope: [(label: String, series: String)] = []
        var raw: [String] = []
        for name in names {
            let resolved = Located(text.clean(name.value), name.range)
            let metric = catalog.metric(resolved.value) ?? undeclared(resolved, in: title, into: &sink)
            var matchers: [String] = []
            if !frameworks.isEmpty, metric.labels.contains("framework") {
                matchers.append("framework=~\"\(frameworks.map(Self.regexLiteral).joined(separator: "|"))\"")
            }
            let query = MetricQuery(metric, on: visualization, extraMatchers: matchers, named: count > 1)
            targets.append(DashboardQuery(
                refID: Self.refID(targets.count), expression: query.expression, legend: query.legend,
                format: query.format, instant: query.instant))
            units.append(query.unit)
            if let description = metric.description.map(text.clean), !description.isEmpty {
                sentences.append(Self.sentence(description))
            }
            sentences.append(query.explanation)
            if !matchers.isEmpty { sentences.append("Limited to the frameworks \(frameworks.joined(separator: ", ")).") }
            for label in query.filters where !scope.contains(where: { $0.label == label }) {
                scope.append((label, query.series))
            }
            if query.showsRawValues { raw.append(metric.name) }
        }
        if let written = panel.query {
            let query = lowerQuery(written, on: visualization, refID: Self.refID(targets.count), in: title, scope: &scope, into: &sink)
            targets.append(query.target)
            units.append(query.unit)
            sentences.append("Query written in the workspace.")
        }
        if targets.isEmpty {
            sink.report(.emptyPanel, "panel \"\(title)\" names no metrics and no query, so it shows no data", at: at)
        }
        if names.isEmpty, !frameworks.isEmpty { sentences.append("Frameworks: \(frameworks.joined(separator: ", ")).") }
        let unit = Set(units).count == 1 ? units[0] : GrafanaUnits.plain
        let alertSteps = targets.count == 1 && raw.count == 1 ? thresholds.steps(for: raw[0]) : nil
        let range = visualization == .gauge ? GrafanaUnits.range(of: unit) : nil
        let bucketed = visualization == .heatmap && targets.contains { $0.format == .heatmap }
        return Lowered(panel: DashboardPanel(
            id: 0, visualization: visualization, title: title,
            description: described ?? (sentences.isEmpty ? title : sentences.joined(separator: " ")), grid: placeholder,
            targets: targets, unit: unit, min: range?.min, max: range?.max,
            thresholds: alertSteps ?? [ThresholdStep(value: nil, color: "green")], thresholdsFromAlerts: alertSteps != nil,
            bars: bars, bucketed: bucketed, content: nil), scope: scope)
    }

    private var placeholder: GridPosition { GridPosition(x: 0, y: 0, w: 0, h: 0) }

    /// A metric the panel names but nobody declares: reported (when the workspace declares metrics at all,
    /// or when the name is still a `${…}` reference), and queried by what its name implies.
    private func undeclared(_ name: Located<String>, in title: String, into sink: inout DiagnosticSink) -> DashboardMetrics.Metric {
        if name.value.contains("${") {
            // Only `--env-file` could have named the metric; Grafana would read `${…}` as its own variable.
            sink.report(
                .undefinedPanelVariable,
                "the metric \"\(name.value)\" of panel \"\(title)\" uses a variable that --env-file does not provide",
                at: name.range)
        } else if !catalog.isEmpty {
            reportUndefined(name.value, at: name.range, role: "panel \"\(title)\"", into: &sink)
        }
        return DashboardMetrics.Metric(
            name: name.value, kind: DashboardMetrics.inferredKind(name.value), unit: GrafanaUnits.unit(forName: name.value),
            labels: [], description: nil, range: name.range, typeDeclared: false)
    }

    func reportUndefined(_ name: String, at range: SourceRange, role: String, into sink: inout DiagnosticSink) {
        var message = "undefined metric \"\(name)\" in \(role)"
        var notes: [DiagnosticNote] = []
        if let suggestion = Suggestion.closest(to: name, in: catalog.names), let declared = catalog.metric(suggestion) {
            message += "; did you mean \"\(suggestion)\"?"
            notes.append(DiagnosticNote("\"\(suggestion)\" is declared here", at: declared.range))
        }
        sink.report(.undefinedPanelMetric, message, at: range, notes: notes)
    }

    /// `A` … `Z`, then `A27`, `A28` …
    static func refID(_ index: Int) -> String {
        index < 26 ? String(UnicodeScalar(UInt8(65 + index))) : "A\(index + 1)"
    }

    /// A value as a regular-expression literal inside a PromQL double-quoted string.
    static func regexLiteral(_ value: String) -> String {
        var escaped = ""
        for character in value {
            if "\\.+*?()|[]{}^$".contains(character) { escaped += "\\\\" }
            if character == "\"" { escaped += "\\" }
            escaped.append(character)
        }
        return escaped
    }

    /// A description as a sentence: capitalised, ending in a full stop.
    static func sentence(_ text: String) -> String {
        let trimmed = text.trimmingWhitespace()
        guard let first = trimmed.first else { return trimmed }
        let capitalised = first.uppercased() + trimmed.dropFirst()
        return ".!?".contains(capitalised.last!) ? capitalised : capitalised + "."
    }
}

extension DiagnosticKind {
    static let undefinedPanelMetric = DiagnosticKind(
        id: "dashboard.undefined-metric", severity: .warning, summary: "a dashboard panel shows a metric that is not declared",
        explanation: """
            A panel's `metrics`, or a series its `query` selects, names a metric that none of the workspace's \
            metric lists declares (the observability configuration's metrics, the orchestration rules' \
            `metrics`, the workspace's monitoring metrics). It is usually a typo: the panel is built, but \
            shows "No data". oaas suggests the nearest declared name. The metric is queried by what its name \
            implies (a `_total` name as a counter, any other as a gauge). Names are only checked when the \
            workspace declares at least one metric; series with a colon (recording rules) and Prometheus's \
            own series (`up`, `scrape_*`, `ALERTS`) are not checked.
            """,
        example: "panels:\n  - title: Spend\n    metrics: [daily_spend_dollars]   # declared: daily_spend_usd\n",
        remediation: "name a declared metric, or declare the metric in the observability configuration")
    static let emptyPanel = DiagnosticKind(
        id: "dashboard.empty-panel", severity: .warning, summary: "a dashboard panel has no metrics and no query",
        explanation: """
            A panel other than a `text` panel needs `metrics` or a `query` to show anything. Without either, \
            the Grafana panel is built empty and shows "No data".
            """,
        example: "panels:\n  - title: Latency\n    type: timeseries\n",
        remediation: "list the panel's `metrics`, write its `query`, or make it a `text` panel")
}
