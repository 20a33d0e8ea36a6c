/// Checks where each flow starts and what it can reach: connections without a `from: start` entry (the
/// runtime then runs only the first node), and nodes that no connection from the entry leads to.
enum FlowEntryPass: SemanticPass {
    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for graph in context.flowGraphs where graph.idsComplete && !graph.flow.nodes.isEmpty {
            if !graph.flow.connections.isEmpty, !graph.hasDeclaredEntry {
                let list = graph.resource.document["spec"]?["connections"]
                sink.report(
                    .flowNoEntry, "no connection starts at \"start\", so the flow has no declared entry",
                    at: list?.range ?? graph.flow.connections[0].range, path: list?.path,
                    notes: [DiagnosticNote("the runtime runs the first node, \"\(graph.id(0))\", instead", at: graph.idRange(0))])
            }
            if graph.flow.connections.isEmpty {
                reportWithoutConnections(graph, into: &sink)
            } else if graph.connectionsComplete {
                reportUnreachable(graph, into: &sink)
            }
        }
    }

    private static func reportUnreachable(_ graph: FlowGraph, into sink: inout DiagnosticSink) {
        let flow = graph.flow
        let reachable = graph.reachable()
        let count = flow.nodes.count
        // Report the first unreachable node of each unreachable region, naming the ones after it.
        var covered = reachable
        var heads: [Int] = []
        for node in 0..<count where !reachable[node] {
            var fromOtherUnreachable = false
            for edge in graph.incoming[node] {
                if let source = graph.edges[edge].from, source != node, !reachable[source] { fromOtherUnreachable = true }
            }
            if !fromOtherUnreachable { heads.append(node) }
        }
        var regions: [(head: Int, followers: [Int])] = []
        func cover(_ head: Int) {
            covered[head] = true
            var queue = [head]
            var followers: [Int] = []
            var position = 0
            while position < queue.count {
                let node = queue[position]
                position += 1
                for edge in graph.outgoing[node] where !covered[graph.edges[edge].to] {
                    covered[graph.edges[edge].to] = true
                    followers.append(graph.edges[edge].to)
                    queue.append(graph.edges[edge].to)
                }
            }
            regions.append((head, followers.sorted()))
        }
        for head in heads { cover(head) }
        // Regions that are loops with no way in.
        for node in 0..<count where !covered[node] { cover(node) }

        let pointers = explanations(graph)
        for (head, followers) in regions.sorted(by: { $0.head < $1.head }) {
            var notes = pointers[graph.id(head)] ?? []
            if !followers.isEmpty {
                var names: [String] = []
                for follower in followers { names.append(graph.id(follower)) }
                notes.append(DiagnosticNote(
                    "so the nodes after it never run either: \(FlowGraph.list(names))", at: graph.idRange(followers[0])))
            }
            let entry = graph.hasDeclaredEntry ? "the flow's entry" : "the first node, where the run starts"
            sink.report(
                .flowUnreachableNode, "node \"\(graph.id(head))\" never runs: no connection leads to it from \(entry)",
                at: graph.idRange(head), path: graph.nodePaths[head], notes: notes)
        }
    }

    /// A flow of several nodes and no connections runs its first node only: one report for all the others.
    private static func reportWithoutConnections(_ graph: FlowGraph, into sink: inout DiagnosticSink) {
        let count = graph.flow.nodes.count
        guard count > 1 else { return }
        var others: [String] = []
        for node in 2..<count { others.append(graph.id(node)) }
        var notes: [DiagnosticNote] = []
        if !others.isEmpty { notes.append(DiagnosticNote("nor do \(FlowGraph.list(others))", at: graph.idRange(2))) }
        sink.report(
            .flowUnreachableNode,
            "node \"\(graph.id(1))\" never runs: the flow has no connections, so the runtime runs only its first node, \"\(graph.id(0))\"",
            at: graph.idRange(1), path: graph.nodePaths[1], notes: notes)
    }

    /// Notes for the keys that look like they lead to a node but do not run anything, by the id they
    /// name: each node's first `branches` entry naming it, and every `routes` value naming it, in node
    /// order. Built in one walk over the nodes.
    private static func explanations(_ graph: FlowGraph) -> [String: [DiagnosticNote]] {
        var notes: [String: [DiagnosticNote]] = [:]
        for other in graph.flow.nodes {
            var named = Set<String>()
            for branch in other.branches where named.insert(branch.value).inserted {
                notes[branch.value, default: []].append(DiagnosticNote(
                    "\"branches\" does not start \"\(branch.value)\": the runtime only follows connections", at: branch.range))
            }
            for route in other.routes {
                let id = route.value.value
                notes[id, default: []].append(DiagnosticNote(
                    "the runtime does not read \"routes\": add a connection to \"\(id)\" with a \"when\"", at: route.value.range))
            }
        }
        return notes
    }
}

extension DiagnosticKind {
    static let flowNoEntry = DiagnosticKind(
        id: "flow.no-entry", severity: .warning, summary: "a flow's connections have no entry at \"start\"",
        explanation: """
            A flow's entry nodes are the targets of connections `from: start`. When the flow has \
            connections but none of them starts at `start`, the AOF runtime runs only the first node of \
            `nodes` and follows connections from there, so nodes meant to start the run in parallel, or \
            an entry meant to be another node, never run. Add `- from: start` connections to the nodes \
            that begin the flow.
            """,
        example: "connections:\n  - from: parse      # no connection from start\n    to: diagnose\n")

    static let flowUnreachableNode = DiagnosticKind(
        id: "flow.unreachable-node", severity: .warning, summary: "no connection from the flow's entry leads to a node",
        explanation: """
            The AOF runtime starts a run at the entry nodes (the targets of `from: start`, or the first \
            node when there are none) and only ever runs nodes that a connection leads to from there; a \
            Parallel node's `branches` and a Conditional node's `routes` do not run anything. A node no \
            connection reaches never runs, nor do the nodes after it. Connect it, or remove it. The \
            node named by `config.errorHandler` is not reported.
            """,
        example: "nodes:\n  - id: diagnose\n    type: Agent\n  - id: escalate   # nothing connects to it\n    type: Slack\nconnections:\n  - from: start\n    to: diagnose\n")
}
