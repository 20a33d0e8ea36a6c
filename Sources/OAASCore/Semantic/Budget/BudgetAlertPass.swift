/// Checks that budget alert thresholds lie below the hard limit at which requests stop: an alert at or
/// above the hard limit never warns anyone before spending is cut off.
enum BudgetAlertPass: SemanticPass {
    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for scope in WorkspaceScope.all(in: context.project) {
            var limits: [Located<Double>] = []
            for (_, model) in scope.contexts {
                // A negative hard limit is reported by the schema, one of 10 or more by PercentageRangePass.
                if let hard = model.costControls?.hardLimit, hard.value >= 0, hard.value < 10 { limits.append(hard) }
            }
            guard !limits.isEmpty else { continue }
            var thresholds: [(what: String, value: Located<Percentage>)] = []
            for (_, model) in scope.contexts {
                if let alert = model.costControls?.alertThreshold { thresholds.append(("the cost alert threshold", alert)) }
            }
            for (_, model) in scope.workspaces {
                if let alert = model.budgets?.alertThreshold { thresholds.append(("the budget alert threshold", alert)) }
            }
            for (_, model) in scope.orchestration {
                for strategy in model.routing?.costOptimization?.strategies ?? [] {
                    guard let alert = strategy.alertOnThreshold else { continue }
                    let name = strategy.name.map { " of strategy \"\($0.value)\"" } ?? ""
                    thresholds.append(("the alert threshold\(name)", alert))
                }
            }
            // A percentage too large for a `Double` ("1e400%") has no readable value to compare or show.
            for threshold in thresholds where threshold.value.value.fraction.isFinite {
                for hard in limits where threshold.value.value.fraction >= hard.value {
                    let alert = percent(threshold.value.value.fraction)
                    let stop = percent(hard.value)
                    let consequence = threshold.value.value.fraction == hard.value
                        ? "the alert fires only when requests stop"
                        : "requests stop before the alert fires"
                    sink.report(
                        .budgetAlertAboveHardLimit,
                        "\(threshold.what) (\(alert) of the budget) is not below the hard limit (\(stop)); \(consequence)",
                        at: threshold.value.range,
                        notes: [DiagnosticNote("the hard limit stops requests at \(hard.value.formattedCompactly) × the budget (\(stop)) here", at: hard.range)])
                }
            }
        }
    }

    /// `80%` for 0.8.
    static func percent(_ fraction: Double) -> String {
        ((fraction * 100 * 10_000).rounded() / 10_000).formattedCompactly + "%"
    }
}

extension DiagnosticKind {
    static let budgetAlertAboveHardLimit = DiagnosticKind(
        id: "budget.alert-above-hard-limit", severity: .warning,
        summary: "a budget alert threshold is at or above the hard limit",
        explanation: """
            `cost_controls.hard_limit` is the multiple of the budget at which requests stop (1.2 stops \
            them at 120 % of the budget). A budget alert (`alert_threshold` of the context or of the \
            workspace's budgets, `alert_on_threshold` of a cost strategy) at or above that point never \
            warns anyone in time: spending is cut off before, or at the same moment as, the alert. Set the \
            alert below the hard limit (0.8 with a hard limit of 1.2 is the usual pair).
            """,
        example: """
            cost_controls:
              alert_threshold: "125%"
              hard_limit: 1.2
            """)
}
