/// Every metric the workspace declares, with what dashboards need to query it: its type, unit, labels
/// and description.
///
/// The observability configuration's metrics come first (they carry types, units and labels), then the
/// names that only the workspace's `monitoring.metrics.custom_metrics` or the orchestration rules'
/// `metrics` list. A name declared twice keeps its first declaration that has a type.
struct DashboardMetrics {
    /// How a metric's values behave, which decides its query.
    enum Kind: String {
        case counter, gauge, histogram, summary
    }

    /// One declared metric.
    struct Metric {
        /// The name.
        let name: String
        /// The type: declared, or read from the name (`_total` is a counter, anything else a gauge).
        let kind: Kind
        /// The Grafana unit of its values: from the declared unit, else from the name's unit suffix.
        let unit: String?
        /// The declared labels.
        let labels: [String]
        /// What it measures, when described.
        let description: String?
        /// Where it is declared.
        let range: SourceRange
        /// Whether the type is declared rather than read from the name.
        let typeDeclared: Bool

        /// The words of the name (`agentflow_requests_total` → agentflow, requests, total).
        var words: [String] {
            name.lowercased().split { $0 == "_" || $0 == ":" || $0 == "." }.map(String.init)
        }
    }

    /// The metrics, in declaration order (observability metrics first).
    private(set) var metrics: [Metric] = []
    private var index: [String: Int] = [:]

    /// Reads every declaration of the project.
    init(_ project: Project) {
        var bare: [Located<String>] = []
        for resource in project.resources {
            switch resource.model {
            case .observability(let observability):
                for metric in observability.metrics { add(metric) }
            case .workspace(let workspace):
                bare += workspace.monitoring?.metricNames ?? []
            case .orchestrationRules(let rules):
                bare += rules.metrics
            default:
                break
            }
        }
        for name in bare where !name.value.isEmpty && index[name.value] == nil {
            index[name.value] = metrics.count
            metrics.append(Metric(
                name: name.value, kind: Self.inferredKind(name.value), unit: GrafanaUnits.unit(forName: name.value),
                labels: [], description: nil, range: name.range, typeDeclared: false))
        }
    }

    private mutating func add(_ declared: ObservabilityConfiguration.Metric) {
        let name = declared.name.value
        guard !name.isEmpty else { return }
        let kind = declared.type.flatMap { Kind(rawValue: $0.value.lowercased()) }
        // A later declaration with a type replaces an untyped first one; otherwise the first one stands.
        if let existing = index[name], metrics[existing].typeDeclared || kind == nil { return }
        var labels: [String] = []
        for label in declared.labels where !label.value.isEmpty && !labels.contains(label.value) {
            labels.append(label.value)
        }
        let unit = declared.unit.map { GrafanaUnits.unit(forDeclared: $0.value) } ?? GrafanaUnits.unit(forName: name)
        let metric = Metric(
            name: name, kind: kind ?? Self.inferredKind(name), unit: unit, labels: labels,
            description: declared.description?.value, range: declared.name.range,
            typeDeclared: kind != nil)
        if let existing = index[name] {
            metrics[existing] = metric
        } else {
            index[name] = metrics.count
            metrics.append(metric)
        }
    }

    /// Whether the workspace declares any metric (undeclared names are only reported then).
    var isEmpty: Bool { metrics.isEmpty }

    /// The metric of a name.
    func metric(_ name: String) -> Metric? {
        index[name].map { metrics[$0] }
    }

    /// The metric a series name belongs to: the name itself, or a histogram's or summary's `_bucket`,
    /// `_sum` and `_count` series.
    func metric(forSeries series: String) -> Metric? {
        if let metric = metric(series) { return metric }
        for suffix in ["_bucket", "_sum", "_count"] where series.hasSuffix(suffix) {
            if let metric = metric(String(series.dropLast(suffix.count))),
               metric.kind == .histogram || (metric.kind == .summary && suffix != "_bucket") {
                return metric
            }
        }
        return nil
    }

    /// The first series of a metric declaring `label`, for `label_values`: a histogram's `_bucket` or a
    /// summary's `_count` series, since those metrics have no series of their own name.
    func series(carrying label: String) -> String? {
        guard let metric = metrics.first(where: { $0.labels.contains(label) }) else { return nil }
        switch metric.kind {
        case .histogram: return metric.name + "_bucket"
        case .summary: return metric.name + "_count"
        case .counter, .gauge: return metric.name
        }
    }

    /// Every declared name, for suggestions.
    var names: [String] { metrics.map(\.name) }

    /// The type a metric's name implies under Prometheus naming conventions.
    static func inferredKind(_ name: String) -> Kind {
        name.hasSuffix("_total") ? .counter : .gauge
    }
}
