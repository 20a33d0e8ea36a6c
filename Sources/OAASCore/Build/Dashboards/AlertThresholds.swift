/// Panel thresholds taken from the workspace's alert rules, so that a dashboard colours a value where the
/// alert on it fires.
///
/// Only simple conditions are read (`orchestration_error_rate > 0.005`, `min(x) < 95` is not one): the
/// compared value is then the metric's own value, which is what a panel showing the metric as it is draws.
/// Counters, histograms and summaries are shown as rates, increases and quantiles, so their alerts'
/// numbers are not comparable with the panel and give no thresholds.
struct AlertThresholds {
    private struct Rule {
        let comparator: String
        let value: Double
        let severity: String?
    }

    private var rules: [String: [Rule]] = [:]

    /// Reads the alert rules of the observability configurations, the workspace and the orchestration rules.
    init(_ project: Project) {
        for resource in project.resources {
            switch resource.model {
            case .observability(let observability):
                for rule in observability.alertRules {
                    add(rule.expression?.value, threshold: rule.threshold?.value, severity: rule.severity?.value)
                }
            case .workspace(let workspace):
                for rule in workspace.monitoring?.alertRules ?? [] {
                    add(rule.condition?.value, threshold: rule.threshold?.value, severity: rule.severity?.value)
                }
            case .orchestrationRules(let orchestration):
                for alert in orchestration.alerts {
                    add(alert.condition?.value, threshold: nil, severity: alert.severity?.value)
                }
            default:
                break
            }
        }
    }

    private mutating func add(_ condition: String?, threshold: Double?, severity: String?) {
        guard let condition, let parts = OSSAAlertCondition.parse(condition), let comparator = parts.comparator,
              let value = threshold ?? parts.operand.flatMap({ DecimalText.parse($0) }) else { return }
        rules[parts.metric, default: []].append(Rule(comparator: comparator, value: value, severity: severity?.lowercased()))
    }

    /// The steps for a panel showing `metric` as it is, base first; nil when no simple alert rule watches it.
    ///
    /// Rules pointing the same way as the first one are used (`>`: values above the threshold are bad;
    /// `<`: values below); the base step is green above no threshold for `>`, and the colour of the
    /// lowest threshold for `<`, whose steps then end in green.
    func steps(for metric: String) -> [ThresholdStep]? {
        let ordered = (rules[metric] ?? []).filter { $0.comparator.hasPrefix(">") || $0.comparator.hasPrefix("<") }
        guard let first = ordered.first else { return nil }
        let rising = first.comparator.hasPrefix(">")
        var chosen: [Rule] = []
        for rule in ordered where rule.comparator.hasPrefix(">") == rising {
            if !chosen.contains(where: { $0.value == rule.value }) { chosen.append(rule) }
        }
        guard !chosen.isEmpty else { return nil }
        chosen.sort { $0.value < $1.value }
        if rising {
            return [ThresholdStep(value: nil, color: "green")] + chosen.map { ThresholdStep(value: $0.value, color: Self.color($0.severity)) }
        }
        var steps = [ThresholdStep(value: nil, color: Self.color(chosen[0].severity))]
        for (index, rule) in chosen.enumerated() {
            let color = index + 1 < chosen.count ? Self.color(chosen[index + 1].severity) : "green"
            steps.append(ThresholdStep(value: rule.value, color: color))
        }
        return steps
    }

    /// Critical and high alerts are red, medium and warning orange, the rest yellow.
    private static func color(_ severity: String?) -> String {
        switch severity {
        case "critical"?, "high"?, "error"?, "page"?: "red"
        case "medium"?, "warning"?, "warn"?, nil: "orange"
        default: "yellow"
        }
    }
}
