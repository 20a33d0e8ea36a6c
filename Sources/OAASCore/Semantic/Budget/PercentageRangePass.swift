/// Checks percentages that cannot exceed 100 % (utilisation thresholds, scaling targets, availability)
/// and the cost hard limit, a multiple of the budget that is sometimes written as a percentage. The value
/// grammar already rejects negative percentages and bare fractions above 1; these values parse, but
/// mean something impossible.
enum PercentageRangePass: SemanticPass {
    /// Percentage fields, by key, that are shares of a whole and so at most 100 %.
    private static let shares: [String: String] = [
        "cpu": "CPU threshold", "memory": "memory threshold", "gpu": "GPU threshold",
        "target_cpu": "CPU target", "target_memory": "memory target", "sla": "availability",
    ]

    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for resource in context.project.resources {
            visit(resource.document, into: &sink)
            guard case .workspaceContext(let model) = resource.model, let hard = model.costControls?.hardLimit, hard.value >= 10 else {
                continue
            }
            let written = hard.value.formattedCompactly
            sink.report(
                .budgetPercentageOutOfRange,
                "hard_limit \(written) is a multiple of the budget: requests stop only at \(written) times the budget; write \((hard.value / 100).formattedCompactly) for \(written)%",
                at: hard.range)
        }
    }

    private static func visit(_ value: IRValue, into sink: inout DiagnosticSink) {
        switch value.content {
        case .object(let entries):
            for entry in entries { visit(entry.value, into: &sink) }
        case .list(let items):
            for item in items { visit(item, into: &sink) }
        case .typed(.percentage(let percentage), let text):
            guard percentage.fraction > 1, case .key(let key)? = value.path.components.last, let what = shares[key] else { return }
            sink.report(
                .budgetPercentageOutOfRange,
                text.hasSuffix("%")
                    ? "\(what) \"\(text)\" is above 100%"
                    : "\(what) \"\(text)\" means \(BudgetAlertPass.percent(percentage.fraction)), above 100%",
                at: value.range, path: value.path)
        default:
            return
        }
    }
}

extension DiagnosticKind {
    static let budgetPercentageOutOfRange = DiagnosticKind(
        id: "budget.percentage-out-of-range", severity: .warning,
        summary: "a percentage above 100 % where the field is a share, or a hard limit written as a percentage",
        explanation: """
            Utilisation thresholds (`resource_thresholds.cpu`, `memory`, `gpu`), scaling targets \
            (`target_cpu`, `target_memory`) and availability (`sla`) are shares of a whole: above 100 % \
            they can never be reached, so the threshold never triggers. Usually the value was meant as \
            a fraction or has a typo (`850` for `85`).

            `cost_controls.hard_limit` is a multiple of the budget (`1.2` stops requests at 120 %); a \
            value of 10 or more is almost certainly a percentage written in the wrong unit (`120` stops \
            requests at 120 times the budget).
            """,
        example: """
            resource_thresholds:
              cpu: 850
            """)
}
