/// A metric the workspace declares, with what its declaration says about it.
public struct DeclaredMetric: Sendable, Equatable {
    /// The Prometheus metric type.
    public enum MetricType: String, Sendable, Equatable {
        case counter, gauge, histogram, summary
    }

    /// What a value of the metric measures, from its `unit` or its name's suffix.
    public enum UnitKind: Sendable, Equatable {
        case seconds, milliseconds, ratio, percent
        case money(String)
        /// No unit, or one the translator does not convert (`bytes`, `requests`).
        case other
    }

    /// The name.
    public let name: String
    /// The declared type; nil when the declaration gives only a name.
    public let type: MetricType?
    /// The declared unit, as written.
    public let unit: String?
    /// The declared label names.
    public let labels: [String]
    /// Where it is declared.
    public let range: SourceRange

    /// The type, or `counter` for a name ending in `_total` (the Prometheus naming convention).
    public var effectiveType: MetricType? {
        type ?? (name.hasSuffix("_total") ? .counter : nil)
    }

    /// The unit's kind: the declared unit, else the name's suffix (`_seconds`, `_ratio`, `_usd`).
    public var unitKind: UnitKind {
        if let unit, let kind = Self.unitKinds[unit.lowercased()] { return kind }
        if unit != nil { return .other }
        let tokens = MetricCatalog.tokens(name).filter { $0 != "total" && $0 != "bucket" }
        return tokens.last.flatMap { Self.unitKinds[$0] } ?? .other
    }

    private static let unitKinds: [String: UnitKind] = [
        "seconds": .seconds, "second": .seconds, "s": .seconds,
        "milliseconds": .milliseconds, "millisecond": .milliseconds, "ms": .milliseconds,
        "ratio": .ratio, "fraction": .ratio,
        "percent": .percent, "percentage": .percent, "%": .percent, "pct": .percent,
        "usd": .money("USD"), "dollars": .money("USD"), "$": .money("USD"), "eur": .money("EUR"), "gbp": .money("GBP"),
    ]
}

/// Every metric the workspace declares — the same declarations the linker resolves `metric:` against:
/// an `ObservabilityConfiguration`'s metrics (with type, unit and labels), the workspace's
/// `monitoring.metrics.custom_metrics` and the orchestration rules' collected and tracked metrics (names
/// only). A name declared several times keeps its richest declaration.
public struct MetricCatalog: Sendable {
    /// The metrics by name, in name order.
    public let metrics: [DeclaredMetric]

    /// Creates a catalog from declarations; the first declaration with a type wins, else the first.
    public init(_ declarations: [DeclaredMetric]) {
        var byName: [String: DeclaredMetric] = [:]
        for metric in declarations {
            if let existing = byName[metric.name] {
                if existing.type == nil, metric.type != nil { byName[metric.name] = metric }
            } else {
                byName[metric.name] = metric
            }
        }
        metrics = byName.values.sorted { $0.name < $1.name }
    }

    /// The metrics of a project.
    public init(project: Project) {
        var declarations: [DeclaredMetric] = []
        for resource in project.resources {
            switch resource.model {
            case .observability:
                declarations += Self.observabilityMetrics(resource.document["spec"]?["metrics"])
            case .workspace(let workspace):
                for name in workspace.monitoring?.metricNames ?? [] {
                    declarations.append(DeclaredMetric(name: name.value, type: nil, unit: nil, labels: [], range: name.range))
                }
            case .orchestrationRules(let rules):
                for name in rules.metrics {
                    declarations.append(DeclaredMetric(name: name.value, type: nil, unit: nil, labels: [], range: name.range))
                }
            default:
                break
            }
        }
        self.init(declarations)
    }

    /// The metric with exactly this name.
    public func metric(named name: String) -> DeclaredMetric? {
        metrics.first { $0.name == name }
    }

    /// Whether a series name in a carried-over expression belongs to a declared metric: its own name, or
    /// a histogram's or summary's `_bucket`, `_sum` and `_count` series.
    public func declares(series name: String) -> Bool {
        if metric(named: name) != nil { return true }
        for suffix in ["_bucket", "_sum", "_count"] where name.hasSuffix(suffix) {
            if let base = metric(named: String(name.dropLast(suffix.count))), base.type != .gauge, base.type != .counter {
                return true
            }
        }
        return false
    }

    /// The words of a metric name (`orchestration_latency_seconds` → orchestration, latency, seconds).
    static func tokens(_ name: String) -> [String] {
        name.lowercased().split(whereSeparator: { $0 == "_" || $0 == ":" }).map(String.init)
    }

    /// Words that only say a unit or a counter, ignored when names are compared loosely.
    static let unitWords: Set<String> = [
        "seconds", "second", "milliseconds", "ms", "ratio", "percent", "pct", "usd", "eur", "gbp", "dollars", "total", "count",
        "bytes",
    ]

    /// Metrics whose words contain `name`'s words in a row (`error_rate` in `orchestration_error_rate`),
    /// best first: those whose other words are only units come before the rest.
    func loosely(matching name: String, where accept: (DeclaredMetric) -> Bool) -> [DeclaredMetric] {
        let wanted = Self.tokens(name)
        guard !wanted.isEmpty else { return [] }
        var exactish: [DeclaredMetric] = []
        var containing: [DeclaredMetric] = []
        for metric in metrics where accept(metric) {
            let words = Self.tokens(metric.name)
            guard let start = Self.find(wanted, in: words) else { continue }
            let rest = Array(words[..<start]) + Array(words[(start + wanted.count)...])
            if rest.allSatisfy({ Self.unitWords.contains($0) }) {
                exactish.append(metric)
            } else {
                containing.append(metric)
            }
        }
        return exactish.isEmpty ? containing : exactish
    }

    static func find(_ needle: [String], in haystack: [String]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - needle.count) where Array(haystack[start..<(start + needle.count)]) == needle {
            return start
        }
        return nil
    }

    /// The metrics of an observability `spec.metrics` section: named items of every group of
    /// `application_metrics` and `business_metrics`, and of `custom_metrics.metrics`.
    static func observabilityMetrics(_ section: IRValue?) -> [DeclaredMetric] {
        guard let section else { return [] }
        var lists: [IRValue] = []
        for group in ["application_metrics", "business_metrics"] {
            for entry in section[group]?.entries ?? [] { lists.append(entry.value) }
        }
        if let custom = section["custom_metrics"]?["metrics"] { lists.append(custom) }
        var result: [DeclaredMetric] = []
        for list in lists {
            for item in list.items {
                if let name = item.located, item["name"] == nil {
                    result.append(DeclaredMetric(name: name.value, type: nil, unit: nil, labels: [], range: name.range))
                } else if let name = item.string("name") {
                    let type = item.string("type").flatMap { DeclaredMetric.MetricType(rawValue: $0.value.lowercased()) }
                    var labels: [String] = []
                    for label in item["labels"]?.items ?? [] {
                        if let text = label.text { labels.append(text) }
                    }
                    result.append(DeclaredMetric(
                        name: name.value, type: type, unit: item.string("unit")?.value, labels: labels, range: name.range))
                }
            }
        }
        return result
    }
}
