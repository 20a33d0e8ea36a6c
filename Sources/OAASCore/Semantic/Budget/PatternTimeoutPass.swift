/// Checks that the steps of a sequential pattern fit, one after the other, in the pattern's timeout (or
/// else the workspace's orchestration timeout), and that no group of a parallel pattern is given longer
/// than the pattern itself.
enum PatternTimeoutPass: SemanticPass {
    private struct Part {
        let name: String
        let timeout: Located<Duration>
    }

    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for scope in WorkspaceScope.all(in: context.project) {
            var workspaceTimeout: Located<Duration>?
            for (_, model) in scope.workspaces where workspaceTimeout == nil { workspaceTimeout = model.orchestration?.timeout }
            for (_, model) in scope.orchestration {
                for pattern in model.patterns { check(pattern, workspaceTimeout: workspaceTimeout, into: &sink) }
            }
        }
    }

    private static func check(
        _ pattern: OrchestrationRules.Pattern, workspaceTimeout: Located<Duration>?, into sink: inout DiagnosticSink
    ) {
        let name = pattern.name.map { "\"\($0.value)\"" } ?? "(unnamed)"
        switch pattern.kind {
        case .sequential:
            var parts: [Part] = []
            for (index, step) in pattern.steps.enumerated() {
                guard let timeout = step.timeout else { continue }
                parts.append(Part(name: step.name.map { "step \"\($0.value)\"" } ?? "step \(index + 1)", timeout: timeout))
            }
            guard !parts.isEmpty else { return }
            var sum: Int64 = 0
            for part in parts { sum = sum.saturatingPlus(part.timeout.value.milliseconds) }
            // A sum that does not fit in 64 bits saturates: say "more than" the longest whole number of
            // days that fits rather than show the saturated milliseconds.
            let total = sum == .max
                ? "more than " + Duration(milliseconds: Int64.max / 86_400_000 * 86_400_000).spelled
                : Duration(milliseconds: sum).spelled
            let what = "the step timeouts of sequential pattern \(name)"
            var notes: [DiagnosticNote] = []
            for part in parts { notes.append(DiagnosticNote("\(part.name): \(part.timeout.value.spelled)", at: part.timeout.range)) }
            if let own = pattern.timeout, sum > own.value.milliseconds {
                sink.report(
                    .budgetStepTimeoutsExceed,
                    "\(what) add up to \(total), more than the pattern's timeout of \(own.value.spelled)",
                    at: own.range, notes: notes)
            } else if let workspace = workspaceTimeout, sum > workspace.value.milliseconds {
                notes.append(DiagnosticNote("the workspace's orchestration timeout is \(workspace.value.spelled) here", at: workspace.range))
                sink.report(
                    .budgetStepTimeoutsExceed,
                    "\(what) add up to \(total), more than the workspace's orchestration timeout of \(workspace.value.spelled)",
                    at: pattern.name?.range ?? pattern.range, notes: notes)
            }
        case .parallel:
            guard let own = pattern.timeout else { return }
            for (index, group) in pattern.groups.enumerated() {
                guard let timeout = group.timeout, timeout.value > own.value else { continue }
                let groupName = group.name.map { "group \"\($0.value)\"" } ?? "group \(index + 1)"
                sink.report(
                    .budgetStepTimeoutsExceed,
                    "\(groupName) of parallel pattern \(name) may take \(timeout.value.spelled), longer than the pattern's timeout of \(own.value.spelled)",
                    at: timeout.range,
                    notes: [DiagnosticNote("the pattern's timeout is \(own.value.spelled) here", at: own.range)])
            }
        default:
            return
        }
    }
}

extension DiagnosticKind {
    static let budgetStepTimeoutsExceed = DiagnosticKind(
        id: "budget.step-timeouts-exceed", severity: .warning,
        summary: "the steps of a pattern need more time than the pattern is given",
        explanation: """
            The steps of a sequential pattern run one after the other, so the pattern needs up to the \
            sum of their timeouts. When the sum is above the pattern's own \
            `timeout`, or, for a sequential pattern without one, above the workspace's \
            `orchestration.timeout`, a run whose steps are slow but each within its own timeout is still \
            cut off, typically in the last step (the report). Likewise a group of a parallel pattern with \
            a longer timeout than the pattern is cut off by the pattern's.

            Raise the pattern's timeout to at least the sum (the notes list every step's timeout), or \
            shorten the steps' timeouts. Bare numbers are read in each field's documented unit \
            (milliseconds for the workspace's `orchestration.timeout`).
            """,
        example: """
            sequential:
              - name: code_review
                timeout: 1m
                steps:
                  - {name: static_analysis, agent: code-reviewer, timeout: 30s}
                  - {name: security_scan, agent: security-auditor, timeout: 60s}
            """)
}
