/// Checks the `conditions` of flow nodes against what the runtime records: only Conditional nodes record
/// a result (`<id>.result`, a boolean) and nothing records reactions, so a condition on another node's
/// result or on a reaction is never checked, and a `value` that is a string or a number never equals the
/// boolean, so the node is always skipped.
enum FlowNodeConditionPass: SemanticPass {
    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for graph in context.flowGraphs where graph.idsComplete {
            for (index, node) in graph.flow.nodes.enumerated() {
                for condition in node.conditions {
                    check(condition, of: index, graph, into: &sink)
                }
            }
        }
    }

    /// Whether a condition `value` can never equal the boolean a Conditional node records.
    static func neverEqualsBoolean(_ value: IRValue) -> Bool {
        switch value.content {
        case .string, .int, .number, .typed, .list, .object: true
        case .null, .bool, .invalid: false
        }
    }

    private static func check(
        _ condition: AgentFlow.NodeCondition, of node: Int, _ graph: FlowGraph, into sink: inout DiagnosticSink
    ) {
        guard let from = condition.from, let source = graph.indexByID[from.value] else { return }
        let nodeName = "\"\(graph.id(node))\""
        if let reaction = condition.reaction {
            sink.report(
                .flowConditionIgnored,
                "the reaction condition on \"\(from.value)\" is never checked: the runtime does not record reactions, so \(nodeName) runs whatever the reaction",
                at: reaction.range, path: graph.nodePaths[node]?.appending(key: "conditions"))
        }
        guard let value = condition.value, value.bool != nil || neverEqualsBoolean(value) else { return }
        guard let type = graph.flow.nodes[source].type?.value else { return }
        if type != "Conditional" {
            sink.report(
                .flowConditionIgnored,
                "the condition on \"\(from.value)\" is never checked: only Conditional nodes record a result, and \"\(from.value)\" is \(article(type)) \"\(type)\" node",
                at: from.range, path: graph.nodePaths[node]?.appending(key: "conditions"),
                notes: [DiagnosticNote("\"\(from.value)\" is defined here", at: graph.idRange(source))])
        } else if neverEqualsBoolean(value) {
            let written = value.text.map { "\"\($0)\"" } ?? "this value"
            sink.report(
                .flowConditionConstant,
                "condition value \(written) is not a boolean, but \"\(from.value)\" records true or false: whenever \"\(from.value)\" has run, \(nodeName) is skipped",
                at: value.range, path: value.path)
        }
    }

    private static func article(_ word: String) -> String {
        word.first.map { "AEIOU".contains($0) } == true ? "an" : "a"
    }
}

extension DiagnosticKind {
    static let flowConditionIgnored = DiagnosticKind(
        id: "flow.condition-ignored", severity: .warning, summary: "a node condition that the runtime never checks",
        explanation: """
            A node's `conditions` are checked against what earlier nodes recorded: `{from: check, value: \
            true}` compares `value` with `check.result`, which only a Conditional node records, and \
            `{from: ask, reaction: …}` with `ask.reaction`, which the AOF runtime never records. The runtime \
            skips a condition whose record does not exist, so such a condition never stops the node: it \
            runs every time. Put a Conditional node before it and name that node in `from`, or use a \
            connection `when`.
            """,
        example: "nodes:\n  - id: deploy\n    type: Script\n    conditions:\n      - from: diagnose   # an Agent node: it records no result\n        value: true\n")
}
