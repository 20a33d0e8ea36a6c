/// Checks the node ids of each flow: an id defined twice, and every place that names a node
/// (connections, Parallel branches, the error handler, node conditions, Conditional routes) naming one
/// that does not exist, including the older runtimes' `from: trigger` entry.
enum FlowNodeReferencePass: SemanticPass {
    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for graph in context.flowGraphs {
            reportDuplicates(graph, into: &sink)
            // A node without an id is already an error, and the names meant for it cannot be told from typos.
            guard graph.idsComplete else { continue }
            reportUndefined(graph, into: &sink)
        }
    }

    private static func reportDuplicates(_ graph: FlowGraph, into sink: inout DiagnosticSink) {
        for (index, node) in graph.flow.nodes.enumerated() {
            guard let id = node.id, let first = graph.indexByID[id.value], first != index else { continue }
            sink.report(
                .flowDuplicateNode, "duplicate node id \"\(id.value)\"; the runtime rejects the flow", at: id.range,
                path: graph.nodePaths[index]?.appending(key: "id"),
                notes: [DiagnosticNote("\"\(id.value)\" first defined here", at: graph.idRange(first))])
        }
    }

    private static func reportUndefined(_ graph: FlowGraph, into sink: inout DiagnosticSink) {
        let flow = graph.flow
        var ids: [String] = []
        for node in flow.nodes { if let id = node.id?.value { ids.append(id) } }
        func check(_ name: Located<String>?, _ role: String, path: DataPath?) {
            guard let name, !name.value.isEmpty, graph.indexByID[name.value] == nil else { return }
            // A templated name is only known at run time.
            guard !name.value.contains("${") else { return }
            var message = "undefined node \"\(name.value)\" in \(role)"
            var notes: [DiagnosticNote] = []
            if let suggestion = Suggestion.closest(to: name.value, in: ids), let index = graph.indexByID[suggestion] {
                message += "; did you mean \"\(suggestion)\"?"
                notes.append(DiagnosticNote("\"\(suggestion)\" is defined here", at: graph.idRange(index)))
            }
            sink.report(.flowUndefinedNode, message, at: name.range, path: path, notes: notes)
        }
        for (index, connection) in flow.connections.enumerated() {
            let path = graph.connectionPaths[index]
            if let from = connection.from, FlowGraph.isEntrySource(from.value, indexByID: graph.indexByID) {
                if from.value == FlowGraph.legacyEntrySource {
                    sink.report(
                        .flowLegacyEntry,
                        "\"trigger\" is the entry of older AOF runtimes; the current runtime rejects it: the entry is \"start\"",
                        at: from.range, path: path?.appending(key: "from"),
                        fixIts: [FixIt(range: from.range, replacement: FlowGraph.entrySource)])
                }
            } else {
                check(connection.from, "a connection's \"from\"", path: path?.appending(key: "from"))
            }
            check(connection.to, "a connection's \"to\"", path: path?.appending(key: "to"))
        }
        for (index, node) in flow.nodes.enumerated() {
            let label = node.id.map { "node \"\($0.value)\"" } ?? "a node"
            let path = graph.nodePaths[index]
            for branch in node.branches { check(branch, "the branches of \(label)", path: path?.appending(key: "config")) }
            for condition in node.conditions { check(condition.from, "a condition of \(label)", path: path?.appending(key: "conditions")) }
            for route in node.routes { check(route.value, "the routes of \(label)", path: path?.appending(key: "config")) }
        }
        check(
            flow.config?.errorHandler, "the flow's \"errorHandler\"",
            path: graph.resource.document["spec"]?["config"]?["errorHandler"]?.path)
    }
}

extension DiagnosticKind {
    static let flowDuplicateNode = DiagnosticKind(
        id: "flow.duplicate-node", severity: .error, summary: "two nodes of a flow have the same id",
        explanation: """
            Node ids must be unique in a flow: connections, conditions and `${id.output}` refer to nodes by \
            id. The AOF runtime's `AgentFlow::validate()` rejects a flow with a duplicate id, so the flow is \
            never loaded. Rename one of the nodes and update the connections that meant it.
            """,
        example: "nodes:\n  - id: notify\n    type: Slack\n  - id: notify     # second node with this id\n    type: Slack\n")

    static let flowUndefinedNode = DiagnosticKind(
        id: "flow.undefined-node", severity: .error, summary: "a flow names a node that it does not define",
        explanation: """
            A connection's `from` or `to`, a Parallel node's `branches`, `config.errorHandler`, a node \
            condition's `from` or a Conditional node's `routes` names a node id that no node of the flow \
            has. The runtime rejects a flow whose connections name an unknown node (`from` may also be \
            `start`, the entry); the other places silently do nothing. oaas suggests the nearest id and \
            points at it.
            """,
        example: "connections:\n  - from: start\n    to: diagnose\n  - from: diagnose\n    to: notfy     # the node is \"notify\"\n")

    static let flowLegacyEntry = DiagnosticKind(
        id: "flow.legacy-entry", severity: .error, summary: "a connection starts at \"trigger\", the entry of older runtimes",
        explanation: """
            Older AOF runtimes marked a flow's entry connections with `from: trigger`. The current runtime \
            marks them with `from: start` and rejects `trigger` in `AgentFlow::validate()` (it is not a \
            node id), so the flow is never loaded. Replace `trigger` with `start`.
            """,
        example: "connections:\n  - from: trigger   # write: from: start\n    to: parse\n")
}
