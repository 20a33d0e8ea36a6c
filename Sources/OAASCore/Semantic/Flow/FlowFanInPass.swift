/// Finds nodes that run more than once in one run: the runtime runs a node once for every connection that
/// reaches it, so a node (other than a Join or End) with two incoming connections that can both fire
/// runs twice, and so does everything after it. Connections from mutually exclusive branches of one
/// decision (`${check.result} == true` and `== false`) never fire together and are not counted.
enum FlowFanInPass: SemanticPass {
    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for graph in context.flowGraphs where graph.idsComplete {
            // In a loop a node is meant to run again; loops are reported by the cycle pass.
            guard graph.cyclicComponents().isEmpty else { continue }
            let analysis = FlowRunAnalysis(graph)
            for node in analysis.order where analysis.canRun[node] {
                let type = graph.flow.nodes[node].type?.value
                guard type != "Join", type != "End" else { continue }
                let arrivals = analysis.arrivals[node]
                guard arrivals.count >= 2 else { continue }
                // The flow stops after the step of the first node that waits; later steps never run.
                guard analysis.maxLevel[node] <= analysis.stopLevel else { continue }
                let together = compatibleArrivals(arrivals)
                guard together.count >= 2 else { continue }
                var notes: [DiagnosticNote] = []
                for arrival in together {
                    let edge = graph.edges[arrival.edge]
                    notes.append(DiagnosticNote("\"\(graph.sourceName(edge))\" → \"\(graph.id(node))\" here", at: edge.range))
                }
                sink.report(
                    .flowFanIn,
                    "node \"\(graph.id(node))\" runs once per incoming connection, and \(together.count) of its connections can fire in the same run",
                    at: graph.idRange(node), path: graph.nodePaths[node], notes: notes)
            }
        }
    }
}

extension FlowFanInPass {
    /// The arrivals that can fire in the same run as at least one other. Two arrivals exclude each other
    /// only through a subject both have a fact on, so an arrival whose subjects are not those of every
    /// other arrival has a partner without any check; otherwise the others are tried until one does not
    /// exclude it. Linear for the usual fan-in, quadratic only when nearly all arrivals share subjects.
    static func compatibleArrivals(_ arrivals: [FlowRunAnalysis.Arrival]) -> [FlowRunAnalysis.Arrival] {
        var mentions: [String: Int] = [:]
        for arrival in arrivals {
            var subjects = Set<String>()
            for fact in arrival.facts where subjects.insert(fact.subject).inserted { mentions[fact.subject, default: 0] += 1 }
        }
        var together: [FlowRunAnalysis.Arrival] = []
        for (i, arrival) in arrivals.enumerated() {
            var subjects = Set<String>()
            var sharing = 0
            for fact in arrival.facts where subjects.insert(fact.subject).inserted { sharing += mentions[fact.subject] ?? 0 }
            // `sharing` counts the arrival itself once per subject; fewer than all others share a subject.
            if sharing - subjects.count < arrivals.count - 1 {
                together.append(arrival)
                continue
            }
            for (j, other) in arrivals.enumerated() where i != j && !FlowRunAnalysis.exclusive(arrival.facts, other.facts) {
                together.append(arrival)
                break
            }
        }
        return together
    }
}

extension DiagnosticKind {
    static let flowFanIn = DiagnosticKind(
        id: "flow.fan-in", severity: .warning, summary: "a node runs once for each of several connections that fire together",
        explanation: """
            The AOF runtime runs a flow step by step: after each node it queues the targets of every \
            connection it follows, without merging duplicates or remembering what already ran. A node \
            that two connections reach therefore runs twice when both fire in the same run (for example \
            after two parallel branches), and so does every node after it: an Agent is asked twice, a \
            Slack message is posted twice. Connections from mutually exclusive branches of one decision \
            (`when: ${check.result} == true` and `== false`, or a node condition on the same Conditional) \
            never fire together and are not reported, nor are Join and End nodes. To run the node once, \
            chain the branches (a → b → node) instead of joining them on it.
            """,
        example: "connections:\n  - from: start\n    to: get-pods\n  - from: start\n    to: get-events\n  - from: get-pods\n    to: analyze\n  - from: get-events\n    to: analyze     # analyze runs twice\n")
}
