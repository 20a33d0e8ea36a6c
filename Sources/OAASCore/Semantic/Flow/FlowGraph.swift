/// One `AgentFlow` as the AOF runtime walks it: its nodes by id, the connections between defined nodes,
/// and the nodes a run starts with. The flow passes share it.
///
/// The runtime (`agentflow_executor.rs`) runs the targets of `from: start` connections, or the first node
/// when there are none; after each node it follows every connection leaving it whose `when` holds, with
/// no memory of what already ran, so a node runs once for every connection that reaches it.
struct FlowGraph {
    /// A connection whose ends name defined nodes.
    struct Edge {
        /// The connection's index in `flow.connections`.
        let connection: Int
        /// The source node's index; nil for an entry connection (`from: start`).
        let from: Int?
        /// The target node's index.
        let to: Int
        /// The connection's `when`, if any.
        let when: Located<String>?
        /// Where the connection is written.
        let range: SourceRange
    }

    /// The source that marks an entry connection.
    static let entrySource = AgentFlow.entrySource
    /// The entry source of older runtimes, which the current one rejects.
    static let legacyEntrySource = "trigger"

    /// The document.
    let resource: Resource
    /// The flow.
    let flow: AgentFlow
    /// Each node's first definition, by id.
    let indexByID: [String: Int]
    /// Whether every node has a non-empty id. Without one the runtime rejects the flow, and references
    /// to the node cannot be told from typos, so the graph checks are skipped.
    let idsComplete: Bool
    /// The connections between defined nodes, in document order.
    let edges: [Edge]
    /// The edges leaving each node, by node index.
    let outgoing: [[Int]]
    /// The edges reaching each node, by node index.
    let incoming: [[Int]]
    /// Whether every connection has a `from` and a `to` naming defined nodes (or `start`). Otherwise the
    /// runtime rejects the flow, and the node a broken connection meant cannot be known, so which nodes
    /// are unreachable is not reported.
    let connectionsComplete: Bool
    /// Whether some connection starts at `start` (or the legacy `trigger`).
    let hasDeclaredEntry: Bool
    /// The nodes a run starts with.
    let entries: [Int]
    /// The data path of each node, by node index.
    let nodePaths: [DataPath?]
    /// The data path of each connection, by connection index.
    let connectionPaths: [DataPath?]

    /// Builds the graph of one flow document.
    init(resource: Resource, flow: AgentFlow) {
        self.resource = resource
        self.flow = flow
        var indexByID: [String: Int] = [:]
        var idsComplete = true
        for (index, node) in flow.nodes.enumerated() {
            guard let id = node.id?.value, !id.isEmpty else {
                idsComplete = false
                continue
            }
            if indexByID[id] == nil { indexByID[id] = index }
        }
        self.indexByID = indexByID
        self.idsComplete = idsComplete
        let spec = resource.document["spec"]
        nodePaths = Self.paths(spec?.objects("nodes"), count: flow.nodes.count)
        connectionPaths = Self.paths(spec?.objects("connections"), count: flow.connections.count)

        var edges: [Edge] = []
        var outgoing = [[Int]](repeating: [], count: flow.nodes.count)
        var incoming = [[Int]](repeating: [], count: flow.nodes.count)
        var hasDeclaredEntry = false
        var connectionsComplete = true
        for (index, connection) in flow.connections.enumerated() {
            if let fromName = connection.from?.value, Self.isEntrySource(fromName, indexByID: indexByID) { hasDeclaredEntry = true }
            guard let fromName = connection.from?.value, let toName = connection.to?.value else {
                connectionsComplete = false
                continue
            }
            let isEntry = Self.isEntrySource(fromName, indexByID: indexByID)
            guard let to = indexByID[toName] else {
                connectionsComplete = false
                continue
            }
            let from = isEntry ? nil : indexByID[fromName]
            if !isEntry && from == nil {
                connectionsComplete = false
                continue
            }
            let edge = Edge(connection: index, from: from, to: to, when: connection.when, range: connection.range)
            if let from { outgoing[from].append(edges.count) }
            incoming[to].append(edges.count)
            edges.append(edge)
        }
        self.edges = edges
        self.outgoing = outgoing
        self.incoming = incoming
        self.hasDeclaredEntry = hasDeclaredEntry
        self.connectionsComplete = connectionsComplete
        var entries: [Int] = []
        var isEntry = [Bool](repeating: false, count: flow.nodes.count)
        for edge in edges where edge.from == nil && !isEntry[edge.to] {
            isEntry[edge.to] = true
            entries.append(edge.to)
        }
        if entries.isEmpty, !hasDeclaredEntry, !flow.nodes.isEmpty { entries = [0] }
        self.entries = entries
    }

    /// Whether a connection's `from` marks an entry: `start`, or the legacy `trigger` unless a node has
    /// that id.
    static func isEntrySource(_ name: String, indexByID: [String: Int]) -> Bool {
        name == entrySource || (name == legacyEntrySource && indexByID[name] == nil)
    }

    /// The node's id, for messages.
    func id(_ node: Int) -> String { flow.nodes[node].id?.value ?? "" }

    /// The source's id of an edge, `start` for an entry edge.
    func sourceName(_ edge: Edge) -> String {
        guard let from = edge.from else { return Self.entrySource }
        return id(from)
    }

    /// Where a node's id is written (the node itself when it has none).
    func idRange(_ node: Int) -> SourceRange { flow.nodes[node].id?.range ?? flow.nodes[node].range }

    /// Whether the node stops the run: an Approval node, or a Slack node waiting for a reaction. The
    /// runtime sets the flow to Waiting there, finishes the nodes of the same step and returns; nothing
    /// resumes the flow.
    func stopsRun(_ node: Int) -> Bool {
        let node = flow.nodes[node]
        switch node.type?.value {
        case "Approval": return true
        case "Slack": return node.waitForReaction?.value == true
        default: return false
        }
    }

    /// The nodes reachable from the entries along connections (conditions ignored), plus the error
    /// handler, which the flow means to run on failure.
    /// - Parameter stoppingAt: nodes whose successors are not followed (they are reached themselves).
    func reachable(stoppingAt stops: (Int) -> Bool = { _ in false }) -> [Bool] {
        var seen = [Bool](repeating: false, count: flow.nodes.count)
        var queue: [Int] = []
        var roots = entries
        if let handler = flow.config?.errorHandler?.value, let index = indexByID[handler] { roots.append(index) }
        for root in roots where !seen[root] {
            seen[root] = true
            queue.append(root)
        }
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            if stops(node) { continue }
            for edge in outgoing[node] where !seen[edges[edge].to] {
                seen[edges[edge].to] = true
                queue.append(edges[edge].to)
            }
        }
        return seen
    }

    /// The strongly connected components with a cycle (several nodes, or one node with a connection to
    /// itself), each as node indices in document order, ordered by their first node. Only the edges
    /// marked in `allowed` (by edge index; all when nil) and the nodes in `members` (all when nil) count.
    func cyclicComponents(allowed: [Bool]? = nil, within members: Set<Int>? = nil) -> [[Int]] {
        let count = flow.nodes.count
        var index = [Int](repeating: -1, count: count)
        var low = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int] = []
        var counter = 0
        var components: [[Int]] = []
        func successors(_ node: Int) -> [Int] {
            var result: [Int] = []
            for edgeIndex in outgoing[node] {
                let edge = edges[edgeIndex]
                if allowed?[edgeIndex] ?? true, members?.contains(edge.to) ?? true { result.append(edge.to) }
            }
            return result
        }
        // Iterative Tarjan, so that long chains cannot overflow the stack.
        for root in 0..<count where index[root] < 0 && (members?.contains(root) ?? true) {
            var work: [(node: Int, next: Int, successors: [Int])] = [(root, 0, successors(root))]
            index[root] = counter
            low[root] = counter
            counter += 1
            stack.append(root)
            onStack[root] = true
            while !work.isEmpty {
                let top = work.count - 1
                let node = work[top].node
                if work[top].next < work[top].successors.count {
                    let successor = work[top].successors[work[top].next]
                    work[top].next += 1
                    if index[successor] < 0 {
                        index[successor] = counter
                        low[successor] = counter
                        counter += 1
                        stack.append(successor)
                        onStack[successor] = true
                        work.append((successor, 0, successors(successor)))
                    } else if onStack[successor] {
                        low[node] = min(low[node], index[successor])
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node { low[parent] = min(low[parent], low[node]) }
                guard low[node] == index[node] else { continue }
                var component: [Int] = []
                while let member = stack.popLast() {
                    onStack[member] = false
                    component.append(member)
                    if member == node { break }
                }
                let selfLoop = component.count == 1 && successors(node).contains(node)
                if component.count > 1 || selfLoop { components.append(component.sorted()) }
            }
        }
        return components.sorted { $0[0] < $1[0] }
    }

    private static func paths(_ values: [IRValue]?, count: Int) -> [DataPath?] {
        var paths = [DataPath?](repeating: nil, count: count)
        for (index, value) in (values ?? []).enumerated() where index < count { paths[index] = value.path }
        return paths
    }
}

extension FlowGraph {
    /// Names in double quotes, separated by commas and a final "and" (`"a", "b" and "c"`), at most
    /// `limit` of them and then "and N more".
    static func list(_ names: [String], limit: Int = 5) -> String {
        var quoted: [String] = []
        for name in names.prefix(limit) { quoted.append("\"\(name)\"") }
        if names.count > limit { return quoted.joined(separator: ", ") + " and \(names.count - limit) more" }
        guard let last = quoted.popLast() else { return "" }
        return quoted.isEmpty ? last : quoted.joined(separator: ", ") + " and " + last
    }

    /// A condition in double quotes for a message, trimmed and shortened to its first line.
    static func conditionText(_ condition: String) -> String {
        var line = Substring(condition)
        while let first = line.first, first.isWhitespace { line.removeFirst() }
        if let newline = line.firstIndex(of: "\n") { line = line[..<newline] }
        while let last = line.last, last.isWhitespace { line.removeLast() }
        let text = line.count > 60 ? String(line.prefix(57)) + "…" : String(line)
        return "\"\(text)\""
    }
}
