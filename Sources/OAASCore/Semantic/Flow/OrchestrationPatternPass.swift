/// Checks the names inside orchestration rules: pattern names must be unique across the patterns, step
/// names within a sequential pattern, group names within a parallel one and stage names within a
/// pipeline; and the default consensus mechanism and conflict strategy must name ones defined beside them.
enum OrchestrationPatternPass: SemanticPass {
    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for resource in context.project.resources {
            guard case .orchestrationRules(let rules) = resource.model else { continue }
            let patterns = rules.patterns.sorted { $0.range.start.offset < $1.range.start.offset }
            var patternNames: [Located<String>] = []
            for pattern in patterns {
                if let name = pattern.name { patternNames.append(name) }
            }
            reportDuplicates(patternNames, "pattern", into: &sink)
            for pattern in patterns {
                let label = pattern.name.map { " in pattern \"\($0.value)\"" } ?? ""
                var steps: [Located<String>] = []
                for step in pattern.steps { if let name = step.name { steps.append(name) } }
                reportDuplicates(steps, "step", scope: label, into: &sink)
                var groups: [Located<String>] = []
                for group in pattern.groups { if let name = group.name { groups.append(name) } }
                reportDuplicates(groups, "group", scope: label, into: &sink)
                var stages: [Located<String>] = []
                for stage in pattern.stages { if let name = stage.name { stages.append(name) } }
                reportDuplicates(stages, "stage", scope: label, into: &sink)
            }
            if let coordination = rules.coordination {
                checkDefault(coordination.defaultMechanism, among: coordination.mechanisms.map(\.name), "consensus mechanism", into: &sink)
                checkDefault(
                    coordination.defaultConflictStrategy, among: coordination.conflictStrategies.map(\.name),
                    "conflict strategy", into: &sink)
            }
        }
    }

    private static func reportDuplicates(
        _ names: [Located<String>], _ noun: String, scope: String = "", into sink: inout DiagnosticSink
    ) {
        var first: [String: Located<String>] = [:]
        for name in names {
            if let earlier = first[name.value] {
                sink.report(
                    .orchestrationDuplicateName, "duplicate \(noun) name \"\(name.value)\"\(scope)", at: name.range,
                    notes: [DiagnosticNote("\"\(name.value)\" first defined here", at: earlier.range)])
            } else {
                first[name.value] = name
            }
        }
    }

    private static func checkDefault(
        _ name: Located<String>?, among defined: [Located<String>], _ noun: String, into sink: inout DiagnosticSink
    ) {
        // Without definitions beside it the default may name a built-in one.
        guard let name, !defined.isEmpty, !defined.contains(where: { $0.value == name.value }) else { return }
        var message = "the default \(noun) \"\(name.value)\" is not one of those defined"
        var notes: [DiagnosticNote] = []
        var candidates: [String] = []
        for item in defined { candidates.append(item.value) }
        if let suggestion = Suggestion.closest(to: name.value, in: candidates),
           let declared = defined.first(where: { $0.value == suggestion }) {
            message += "; did you mean \"\(suggestion)\"?"
            notes.append(DiagnosticNote("\"\(suggestion)\" is defined here", at: declared.range))
        } else {
            message += "; expected one of " + candidates.sorted().map { "\"\($0)\"" }.joined(separator: ", ")
        }
        sink.report(.orchestrationUndefinedDefault, message, at: name.range, notes: notes)
    }
}

extension DiagnosticKind {
    static let orchestrationDuplicateName = DiagnosticKind(
        id: "orchestration.duplicate-name", severity: .warning, summary: "two orchestration patterns, steps, groups or stages share a name",
        explanation: """
            Orchestration patterns are told apart by name, and so are the steps of a sequential pattern, \
            the groups of a parallel one and the stages of a pipeline: logs, metrics and handoffs name \
            them. Two with the same name cannot be told apart there. Give each a distinct name.
            """,
        example: "sequential:\n  - name: code_review\n    steps:\n      - name: scan\n        agent: security-scanner\n      - name: scan       # second step named scan\n        agent: code-reviewer\n")

    static let orchestrationUndefinedDefault = DiagnosticKind(
        id: "orchestration.undefined-default", severity: .error,
        summary: "a default consensus mechanism or conflict strategy that is not defined",
        explanation: """
            `coordination.consensus.default_mechanism` names one of the `mechanisms` defined beside it, and \
            `coordination.conflict_resolution.default_strategy` one of the `strategies`. A name that matches \
            none of them leaves the default undefined. oaas suggests the nearest defined name.
            """,
        example: "consensus:\n  default_mechanism: weighted_expertize\n  mechanisms:\n    weighted_expertise:\n      threshold: 0.7\n")
}
