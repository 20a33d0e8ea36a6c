extension ObservabilityConfiguration {
    /// Builds the model from a decoded `ObservabilityConfiguration` document.
    init(decoding document: IRValue) {
        let spec = document["spec"]
        metrics = Self.metrics(spec?["metrics"])
        backends = ["metrics", "tracing", "logging", "alerting"].flatMap { section -> [Backend] in
            let key = section == "logging" ? "aggregation" : "infrastructure"
            return (spec?[section]?[key]?.entries ?? []).map { entry in
                Backend(
                    name: Located(entry.key, entry.keyRange), section: section,
                    enabled: entry.value.bool("enabled"), endpoint: entry.value.string("endpoint"))
            }
        }
        let alerting = spec?["alerting"]
        var channels = (alerting?.strings("channels") ?? []).map { Channel(name: $0, service: nil, severities: []) }
        for service in alerting?["infrastructure"]?.entries ?? [] {
            channels += service.value.objects("channels").compactMap { channel in
                channel.string("name").map {
                    Channel(name: $0, service: service.key, severities: channel.strings("severity"))
                }
            }
        }
        self.channels = channels
        alertRules = Self.alertRules(alerting?["rules"])
        logAlerts = (spec?["logging"]?["analysis"]?.objects("alerts") ?? []).map { alert in
            LogAlert(pattern: alert.string("pattern"), threshold: alert.int("threshold"), window: alert.duration("window"))
        }
        dashboards = Self.dashboards(spec?["dashboards"])
        tracing = spec?["tracing"].map { tracing in
            let configuration = tracing["configuration"]
            return Tracing(
                enabled: tracing.bool("enabled"),
                samplingRate: tracing.number("sampling_rate") ?? tracing["infrastructure"]?.entries.lazy
                    .compactMap { $0.value.number("sampling_rate") }.first,
                propagation: configuration?.string("context_propagation"),
                samplingStrategies: (configuration?.objects("sampling_strategies") ?? []).compactMap { strategy in
                    guard let service = strategy.string("service"), let rate = strategy.number("sampling_rate") else { return nil }
                    return (service, rate)
                })
        }
        logging = spec?["logging"].map { logging in
            Logging(
                defaultLevel: logging["configuration"]?.string("default_level") ?? logging.string("level"),
                format: logging["configuration"]?.string("format") ?? logging.string("format"),
                indices: (logging["aggregation"]?.entries ?? []).flatMap { backend in
                    backend.value.objects("indices").compactMap { index in
                        index.string("pattern").map { ($0, index.duration("retention")) }
                    }
                },
                redactedFields: (logging["structured_logging"]?["sensitive_data_redaction"]?.items ?? []).flatMap { group in
                    group.entries.flatMap { $0.value.items.compactMap(\.located) }
                })
        }
        healthChecks = (spec?["health_checks"]?.objects("services") ?? []).map { check in
            HealthCheck(
                name: check.string("name"), endpoint: check.string("endpoint"),
                interval: check.duration("interval"), timeout: check.duration("timeout"))
        }
        retention = spec?["retention"].map { retention in
            var logs: [(logClass: Located<String>, duration: Located<Duration>)] = []
            if let value = retention["logs"] {
                if case .duration(let duration)? = value.typed {
                    logs.append((Located("logs", value.range), Located(duration, value.range)))
                }
                for entry in value.entries {
                    if case .duration(let duration)? = entry.value.typed {
                        logs.append((Located(entry.key, entry.keyRange), Located(duration, entry.value.range)))
                    }
                }
            }
            return Retention(metrics: retention.duration("metrics"), traces: retention.duration("traces"), logs: logs)
        }
    }

    private static func metrics(_ section: IRValue?) -> [Metric] {
        guard let section else { return [] }
        var metrics: [Metric] = []
        func add(_ items: [IRValue], category: String) {
            for item in items {
                if let name = item.located, item["name"] == nil {
                    metrics.append(Metric(
                        name: name, type: nil, category: category, unit: nil, labels: [], description: nil))
                } else if let name = item.string("name") {
                    metrics.append(Metric(
                        name: name, type: item.string("type"), category: category, unit: item.string("unit"),
                        labels: item.strings("labels"), description: item.string("description")))
                }
            }
        }
        for group in ["application_metrics", "business_metrics"] {
            for entry in section[group]?.entries ?? [] {
                add(entry.value.items, category: "\(group).\(entry.key)")
            }
        }
        add(section["custom_metrics"]?["metrics"]?.items ?? [], category: "custom_metrics")
        return metrics
    }

    private static func alertRules(_ rules: IRValue?) -> [AlertRule] {
        guard let rules else { return [] }
        let grouped: [(Located<String>?, IRValue)] = rules.items.isEmpty
            ? rules.entries.flatMap { entry in entry.value.items.map { (Located(entry.key, entry.keyRange), $0) } }
            : rules.items.map { (nil, $0) }
        return grouped.compactMap { category, rule in
            guard case .object = rule.content else { return nil }
            let expression = rule["expr"]
            let parts = expression?.text.flatMap(OSSAAlertCondition.parse)
            let threshold = rule.number("threshold")
                ?? parts?.operand.flatMap { DecimalText.parse($0) }.flatMap { value in expression.map { Located(value, $0.range) } }
            return AlertRule(
                name: rule.string("alert"), category: category, expression: rule.string("expr"),
                metric: rule.string("metric") ?? expression.flatMap(OSSAAlertCondition.metric(in:)),
                metricIsWritten: rule.string("metric") != nil,
                comparator: parts?.comparator, threshold: threshold, forDuration: rule.duration("for"),
                severity: rule.string("severity"), channels: rule.strings("channels"))
        }
    }

    private static func dashboards(_ dashboards: IRValue?) -> [Dashboard] {
        guard let dashboards else { return [] }
        var listed: [(Located<String>?, IRValue)] = []
        if dashboards.items.isEmpty {
            for entry in dashboards.entries { listed.append((Located(entry.key, entry.keyRange), entry.value)) }
        } else {
            for item in dashboards.items { listed.append((nil, item)) }
        }
        // Plain loops: closures nested in `map` that capture decoded values crash Swift 6.3.1's optimiser.
        var result: [Dashboard] = []
        for (key, dashboard) in listed {
            var panels: [Panel] = []
            for panel in dashboard.objects("panels") {
                panels.append(Panel(
                    title: panel.string("title"), type: panel.string("type"), metrics: panel.strings("metrics"),
                    query: panel.string("query"), description: panel.string("description"),
                    frameworks: panel.strings("frameworks")))
            }
            result.append(Dashboard(
                key: key, name: dashboard.string("name"), url: dashboard.string("url"),
                description: dashboard.string("description"), refresh: dashboard.duration("refresh"), panels: panels))
        }
        return result
    }
}

/// Reads simple alert conditions such as `error_rate > 0.05` or `up{job='workspace'} == 0`: the metric
/// compared, the operator and the value. Expressions that start with a function call are not read.
enum OSSAAlertCondition {
    /// The pieces of a `metric <op> value` condition.
    struct Parts {
        /// The metric's name.
        let metric: String
        /// The comparison operator, if any.
        let comparator: String?
        /// The text after the operator, trimmed.
        let operand: String?
    }

    /// Splits a condition into metric, operator and operand.
    static func parse(_ text: String) -> Parts? {
        var rest = Substring(text.trimmingWhitespace())
        guard let first = rest.first, first.isASCII, first.isLetter || first == "_" else { return nil }
        let name = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == ":" || $0 == ".") }
        rest = rest.dropFirst(name.count)
        if rest.first == "(" { return nil }
        if rest.first == "{" {
            guard let close = rest.firstIndex(of: "}") else { return nil }
            rest = rest[rest.index(after: close)...]
        }
        rest = rest.drop { $0 == " " || $0 == "\t" }
        let comparator = [">=", "<=", "==", "!=", ">", "<"].first { rest.hasPrefix($0) }
        var operand: String?
        if let comparator {
            let value = rest.dropFirst(comparator.count).trimmingWhitespace()
            operand = value.isEmpty ? nil : String(value)
        }
        return Parts(metric: String(name), comparator: comparator, operand: operand)
    }

    /// The metric a condition reads, located at the condition.
    static func metric(in condition: IRValue) -> Located<String>? {
        guard let text = condition.text, let parts = parse(text) else { return nil }
        return Located(parts.metric, condition.range)
    }
}
