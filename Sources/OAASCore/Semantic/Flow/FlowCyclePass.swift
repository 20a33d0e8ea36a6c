/// Finds loops in each flow's connections: one diagnostic per group of nodes that lead back to each
/// other, an error when every connection of the loop is always followed (the run never ends), a warning
/// when conditions can end it (the runtime sets no limit on the rounds).
enum FlowCyclePass: SemanticPass {
    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for graph in context.flowGraphs where graph.idsComplete {
            let components = graph.cyclicComponents()
            guard !components.isEmpty else { continue }
            // The loops of always-followed connections, found once for the whole flow. Each lies within
            // one component of all connections; the first of them (by first node) is that component's.
            var always: [Bool] = []
            for edge in graph.edges { always.append(alwaysFollowed(edge, graph)) }
            var componentOf = [Int](repeating: -1, count: graph.flow.nodes.count)
            for (index, component) in components.enumerated() {
                for node in component { componentOf[node] = index }
            }
            var unconditionalLoop = [[Int]?](repeating: nil, count: components.count)
            for loop in graph.cyclicComponents(allowed: always) {
                let index = componentOf[loop[0]]
                if index >= 0, unconditionalLoop[index] == nil { unconditionalLoop[index] = loop }
            }
            for (index, component) in components.enumerated() {
                // A node that stops the run (Approval) ends the loop the first time round.
                var stops = false
                for node in component where graph.stopsRun(node) { stops = true }
                if stops { continue }
                if let loop = unconditionalLoop[index], let cycle = shortestCycle(from: loop[0], in: Set(loop), graph, allowed: always) {
                    report(.flowCycle, "the connections form a cycle that never ends", cycle, graph, into: &sink)
                } else if let cycle = shortestCycle(from: component[0], in: Set(component), graph, allowed: nil) {
                    report(.flowConditionalCycle, "the connections form a loop that repeats while its conditions hold", cycle, graph, into: &sink)
                }
            }
        }
    }

    /// Whether the runtime follows the edge every time its source runs: no `when` (or one that is always
    /// true) and no node condition that could skip the source.
    static func alwaysFollowed(_ edge: FlowGraph.Edge, _ graph: FlowGraph) -> Bool {
        if let source = edge.from, !graph.flow.nodes[source].conditions.isEmpty { return false }
        guard let when = edge.when else { return true }
        switch FlowConditionLanguage.verdict(of: when.value) {
        case .literal(true), .constant(true, _): return true
        default: return false
        }
    }

    /// The edges of a shortest cycle through `start` that stays within `members`.
    private static func shortestCycle(
        from start: Int, in members: Set<Int>, _ graph: FlowGraph, allowed: [Bool]?
    ) -> [FlowGraph.Edge]? {
        var parentEdge: [Int: Int] = [:]
        var queue = [start]
        var position = 0
        var seen: Set<Int> = [start]
        while position < queue.count {
            let node = queue[position]
            position += 1
            for edgeIndex in graph.outgoing[node] {
                let edge = graph.edges[edgeIndex]
                guard allowed?[edgeIndex] ?? true, members.contains(edge.to) else { continue }
                if edge.to == start {
                    var cycle = [edge]
                    var current = node
                    while current != start, let back = parentEdge[current] {
                        cycle.append(graph.edges[back])
                        current = graph.edges[back].from ?? start
                    }
                    return cycle.reversed()
                }
                if seen.insert(edge.to).inserted {
                    parentEdge[edge.to] = edgeIndex
                    queue.append(edge.to)
                }
            }
        }
        return nil
    }

    private static func report(
        _ kind: DiagnosticKind, _ message: String, _ cycle: [FlowGraph.Edge], _ graph: FlowGraph,
        into sink: inout DiagnosticSink
    ) {
        guard let closing = cycle.last else { return }
        var walk: [String] = []
        for edge in cycle { walk.append("\"\(graph.sourceName(edge))\"") }
        walk.append("\"\(graph.id(closing.to))\"")
        var notes: [DiagnosticNote] = []
        for edge in cycle.dropLast() {
            var text = "\"\(graph.sourceName(edge))\" → \"\(graph.id(edge.to))\" here"
            if let when = edge.when { text += ", when \(FlowGraph.conditionText(when.value))" }
            notes.append(DiagnosticNote(text, at: edge.range))
        }
        sink.report(
            kind, "\(message): \(walk.joined(separator: " → "))", at: closing.range,
            path: graph.connectionPaths[closing.connection], notes: notes)
    }
}

extension DiagnosticKind {
    static let flowCycle = DiagnosticKind(
        id: "flow.cycle", severity: .error, summary: "a flow's connections form a cycle that never ends",
        explanation: """
            The AOF runtime follows every connection leaving a node after it runs, without remembering \
            which nodes already ran. When connections lead back to a node and none of them has a `when` \
            condition (and no node on the way has `conditions`), the nodes of the cycle run again and \
            again: the run never finishes, and every Agent node on the cycle calls its model each round. \
            The notes walk the cycle connection by connection. Remove the connection that closes it, or \
            give it a `when` that ends the loop.
            """,
        example: "connections:\n  - from: start\n    to: diagnose\n  - from: diagnose\n    to: fix\n  - from: fix\n    to: diagnose   # back to the start of the loop\n")

    static let flowConditionalCycle = DiagnosticKind(
        id: "flow.conditional-cycle", severity: .warning, summary: "a flow's connections loop while conditions hold",
        explanation: """
            Connections lead back to a node, and at least one of them has a `when` condition (or a node on \
            the way has `conditions`), so the loop repeats until the condition turns false. The AOF runtime \
            sets no limit on the rounds: if the condition depends on a model's answer that never changes, \
            the run never ends. Make sure the condition is certain to turn false.
            """,
        example: "connections:\n  - from: check\n    to: wait\n    when: ${check.output} != healthy\n  - from: wait\n    to: check\n")
}
