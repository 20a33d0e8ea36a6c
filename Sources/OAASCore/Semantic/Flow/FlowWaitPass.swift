/// Finds connections leaving a node that stops the run: an Approval node, or a Slack node with
/// `waitForReaction`, sets the flow to Waiting; the runtime finishes the current step and returns, and
/// nothing resumes the flow, so the nodes after it never run.
enum FlowWaitPass: SemanticPass {
    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for graph in context.flowGraphs where graph.idsComplete {
            for node in graph.flow.nodes.indices where graph.stopsRun(node) && !graph.outgoing[node].isEmpty {
                var successors: [String] = []
                var named = Set<String>()
                var notes: [DiagnosticNote] = []
                for edgeIndex in graph.outgoing[node] {
                    let edge = graph.edges[edgeIndex]
                    let target = graph.id(edge.to)
                    if named.insert(target).inserted { successors.append(target) }
                    notes.append(DiagnosticNote("\"\(graph.id(node))\" → \"\(target)\" is never followed", at: edge.range))
                }
                let what = graph.flow.nodes[node].type?.value == "Approval"
                    ? "an Approval node" : "a Slack node waiting for a reaction"
                notes.append(DiagnosticNote(
                    "the runtime sets the flow to Waiting here and returns; nothing resumes it", at: nil))
                let verb = successors.count == 1 ? "never runs" : "never run"
                sink.report(
                    .flowStopsAtWait,
                    "\"\(graph.id(node))\" (\(what)) stops the run, so \(FlowGraph.list(successors)) after it \(verb)",
                    at: graph.idRange(node), path: graph.nodePaths[node], notes: notes)
            }
        }
    }
}

extension DiagnosticKind {
    static let flowStopsAtWait = DiagnosticKind(
        id: "flow.stops-at-wait", severity: .warning, summary: "nodes after an Approval or waiting Slack node never run",
        explanation: """
            In the AOF runtime an `Approval` node, and a `Slack` node with `waitForReaction: true`, set the \
            flow's status to Waiting. The executor finishes the nodes of the current step, stops, and \
            returns the state; it has no way to resume a waiting flow, and the daemon's reaction handling \
            only serves an agent's own approval requests. The nodes connected after the waiting node \
            therefore never run (nor do any other nodes of later steps). Until the runtime can resume \
            flows, end the flow at the waiting node and start what follows from a separate trigger.
            """,
        example: "nodes:\n  - id: approve\n    type: Approval\n  - id: deploy\n    type: Script\nconnections:\n  - from: approve\n    to: deploy   # never followed\n")
}
