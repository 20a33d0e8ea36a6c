/// An alert on approvals that time out: when the workspace makes people approve commands (an AOF
/// `Context` with `approval.required: true`, a flow with an `Approval` node or a `Wait` with a timeout)
/// and declares an approvals counter with a `status` label (`agentflow_approvals_total{flow, status}`,
/// seed 000), one alert fires when an approval ended with `status="timeout"` within the last hour — the
/// command it guarded did not run. `timeout` is the status the AOF runtime's flows test for
/// (`approval.status == 'timeout'`).
enum ApprovalAlerts {
    /// The window timed-out approvals are counted over.
    static let window = "1h"

    static func rules(_ project: Project, catalog: MetricCatalog, organization: String?) -> [AlertTranslation.Rule] {
        let timeouts = configuredTimeouts(project)
        guard !timeouts.isEmpty, let metric = approvalsCounter(catalog) else { return [] }
        let grouping = metric.labels.contains("flow") ? ["flow"] : []
        let selector = PromQLSelector(name: metric.name, matchers: [PromQLMatcher("status", "=", "timeout")], range: window)
        let expression = DerivedAlerts.compare(DerivedAlerts.sum(by: grouping, .call("increase", [.selector(selector)])), ">", 0)
        let waits = timeouts.map { "\(Duration(milliseconds: Int64($0.seconds) * 1000).description) in \($0.place)" }
        return [DerivedAlerts.rule(
            "ApprovalTimedOut", expression,
            labels: ["severity": "warning", "organization": organization],
            annotations: [
                "summary": "an approval timed out in the last hour; the command it guarded did not run",
                "description": "\(metric.name) counts approvals by status; approvals time out after \(waits.joined(separator: ", ")).",
            ])]
    }

    /// A declared counter of approvals with a `status` label.
    static func approvalsCounter(_ catalog: MetricCatalog) -> DeclaredMetric? {
        for metric in catalog.metrics where metric.effectiveType == .counter && metric.labels.contains("status") {
            let words = Set(MetricCatalog.tokens(metric.name))
            if words.contains("approvals") || words.contains("approval") { return metric }
        }
        return nil
    }

    /// Where approvals wait and for how long, sorted by place.
    static func configuredTimeouts(_ project: Project) -> [(place: String, seconds: Int)] {
        var result: [(place: String, seconds: Int)] = []
        for resource in project.resources {
            let name = resource.name?.value ?? resource.file
            switch resource.model {
            case .aofContext(let context):
                guard let approval = context.approval, approval.required?.value == true else { continue }
                // 300 seconds is the runtime's default (`approval.timeout_seconds`).
                result.append(("context \(name)", approval.timeoutSeconds?.value ?? 300))
            case .agentFlow(let flow):
                for node in flow.nodes {
                    let id = node.id?.value ?? "?"
                    if node.type?.value == "Approval" {
                        result.append(("flow \(name) node \(id)", node.timeoutSeconds?.value ?? 300))
                    } else if node.type?.value == "Wait", let timeout = node.timeout {
                        result.append(("flow \(name) node \(id)", Int(timeout.value.milliseconds / 1000)))
                    }
                }
            default:
                break
            }
        }
        return result.sorted { $0.place < $1.place }
    }
}
