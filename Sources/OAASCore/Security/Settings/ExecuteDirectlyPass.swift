/// Reports Agent nodes with `execute_directly: true` (seed 000: run the command without asking the model
/// again) that the flow can reach without any approval: the flow's `approval` is not required, and some
/// path from the flow's start reaches the node without passing a node that stops the run for a person (an
/// Approval node, or a Slack node waiting for a reaction).
enum ExecuteDirectlyPass: SemanticPass {
    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for graph in context.flowGraphs {
            let approval = ApprovalGuard(approval: graph.flow.approval, spec: graph.resource.document["spec"])
            guard !approval.isRequired else { continue }
            var unguarded: [Bool]?
            for (index, node) in graph.flow.nodes.enumerated() {
                guard let value = node.config?["execute_directly"], SettingsReading.isOn(value) else { continue }
                // The runtime stops at an approval or wait node and never resumes, so nothing after one
                // runs unapproved.
                let reached = unguarded ?? graph.reachable(stoppingAt: graph.stopsRun)
                unguarded = reached
                guard reached[index] else { continue }
                var notes: [DiagnosticNote] = []
                if let note = approval.note(for: "it") { notes.append(note) }
                let flowName = graph.resource.name?.value ?? ""
                sink.report(
                    .securityExecuteDirectlyWithoutApproval,
                    "node \"\(graph.id(index))\" sets \"execute_directly: true\", but flow \"\(flowName)\" requires no approval before it",
                    at: value.range, path: value.path, notes: notes)
            }
        }
    }
}

extension DiagnosticKind {
    static let securityExecuteDirectlyWithoutApproval = DiagnosticKind(
        id: "security.execute-directly-without-approval", severity: .error,
        summary: "a node executes commands directly with no approval before it",
        explanation: """
            `execute_directly: true` on an Agent node (seed 000) runs the command it is given without \
            asking the model again; it is meant for a command a person has just approved. Reported when \
            the flow's `approval` is not on (`required: true`) and the node can be reached from the flow's \
            start without passing an Approval node or a Slack node with `waitForReaction: true`. A Wait \
            node does not count: the runtime only waits for a time there, not for a person. Conditions on \
            connections are not evaluated, so a route that only an approval result should take counts as \
            a route.
            """,
        example: """
            nodes:
              - id: execute
                type: Agent
                config:
                  agent: k8s-ops
                  input: "Execute: ${agent.output}"
                  execute_directly: true
            """,
        remediation: "set \"approval.required: true\" for the flow, or put an Approval node before the node",
        securitySeverity: 7.5)
}
