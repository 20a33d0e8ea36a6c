/// What the variable passes need to know about one AgentFlow: its nodes, which node can run before which,
/// and the flow variables its Transform nodes export.
///
/// The graph (which `from` marks an entry, which node a run starts with, which connections count) is
/// `FlowGraph`'s, so the variable passes and the flow passes always agree. Which node runs before which is
/// worked out once per flow (`Followers`), so that each question is a lookup.
struct FlowFacts: Sendable {
    /// A node as the variable passes see it.
    struct NodeInfo: Sendable {
        /// The node's id.
        let id: String
        /// The node's type, if written.
        let type: String?
        /// Where the node's id is written.
        let range: SourceRange
        /// The node's position in `spec.nodes` (its index in the flow graph).
        let position: Int
    }

    /// An `export KEY=value` line of a Transform node's script.
    struct Export: Sendable {
        /// The variable's name.
        let name: String
        /// The text after `=`.
        let value: String
        /// The Transform node's id.
        let node: String
    }

    /// The nodes with an id, in document order.
    let nodes: [NodeInfo]
    /// Each id's first definition.
    private let nodeByID: [String: NodeInfo]
    /// Whether each node (by position in `spec.nodes`) runs at all: it is reached from an entry node.
    private let reachable: [Bool]
    /// Which node follows which through one or more connections.
    private let order: Followers
    /// Flow variables by name, in document order of the exporting lines.
    let exports: [String: [Export]]
    /// The exports of each Transform node, by node id, in document order.
    let exportsByNode: [String: [Export]]

    /// Builds the facts of a flow document from its graph.
    init(graph: FlowGraph) {
        let flow = graph.flow
        var nodes: [NodeInfo] = []
        var nodeByID: [String: NodeInfo] = [:]
        var exports: [String: [Export]] = [:]
        var exportsByNode: [String: [Export]] = [:]
        for (position, node) in flow.nodes.enumerated() {
            guard let id = node.id else { continue }
            let info = NodeInfo(id: id.value, type: node.type?.value, range: id.range, position: position)
            nodes.append(info)
            if nodeByID[id.value] == nil { nodeByID[id.value] = info }
            if node.type?.value == "Transform", let script = node.script {
                for export in Self.exports(of: script.value, node: id.value) {
                    exports[export.name, default: []].append(export)
                    exportsByNode[export.node, default: []].append(export)
                }
            }
        }
        self.nodes = nodes
        self.nodeByID = nodeByID
        self.exports = exports
        self.exportsByNode = exportsByNode

        // Connections' conditions are ignored; the error handler is not a root, since nothing says which
        // nodes ran before it.
        var successors = [[Int]](repeating: [], count: flow.nodes.count)
        for edge in graph.edges {
            if let from = edge.from { successors[from].append(edge.to) }
        }
        reachable = Self.search(from: graph.entries, successors: successors, count: flow.nodes.count)
        order = Followers(successors: successors)
    }

    /// The nodes reached from `starts` (which count themselves) along the successors.
    static func search(from starts: [Int], successors: [[Int]], count: Int) -> [Bool] {
        var seen = [Bool](repeating: false, count: count)
        var pending: [Int] = []
        for start in starts where !seen[start] {
            seen[start] = true
            pending.append(start)
        }
        while let next = pending.popLast() {
            for target in successors[next] where !seen[target] {
                seen[target] = true
                pending.append(target)
            }
        }
        return seen
    }

    /// The key of a resource in `SemanticContext.flowFactsByResource` and `templateSitesByResource`.
    static func key(of resource: Resource) -> String { "\(resource.file)#\(resource.documentIndex)" }

    /// The node with an id (its first definition).
    func node(_ id: String) -> NodeInfo? { nodeByID[id] }

    /// Whether the node with an id runs at all.
    func runs(_ id: String) -> Bool { nodeByID[id].map { reachable[$0.position] } ?? false }

    /// Whether node `earlier` runs before node `later` on some path from an entry: `earlier` runs at all
    /// and `later` follows it through one or more connections.
    func runsBefore(_ earlier: String, _ later: String) -> Bool {
        guard let start = nodeByID[earlier], let goal = nodeByID[later], reachable[start.position] else { return false }
        return order.follows(goal.position, start.position)
    }

    /// Whether a connection's `from` marks an entry, by `FlowGraph`'s rule (`start`, or the legacy
    /// `trigger` unless a node has that id).
    func isEntrySource(_ name: String) -> Bool {
        name == FlowGraph.entrySource || (name == FlowGraph.legacyEntrySource && nodeByID[name] == nil)
    }

    /// Whether a reference made at a site can see what node `id` produced: the site is in a node that
    /// `id` runs before, or on a connection whose source is `id` or runs after it.
    func isAvailable(_ id: String, at site: TemplateSite) -> Bool {
        if let user = site.node?.id { return runsBefore(id, user) }
        if let from = site.connectionFrom {
            if isEntrySource(from) { return false }
            return from == id ? runs(id) : runsBefore(id, from)
        }
        return true
    }

    /// Whether some Transform node that exports `name` runs before a site (a plain loop: closures that
    /// capture a site's `IRValue` miscompile in release builds of Swift 6.3.1).
    func isExportAvailable(_ name: String, at site: TemplateSite) -> Bool {
        for export in exports[name] ?? [] where isAvailable(export.node, at: site) { return true }
        return false
    }

    /// Whether the place of a site runs at all (a node reached from an entry, or a connection leaving one).
    func siteRuns(_ site: TemplateSite) -> Bool {
        if let user = site.node?.id { return runs(user) }
        if let from = site.connectionFrom {
            if isEntrySource(from) { return true }
            return runs(from)
        }
        return true
    }

    /// The `export KEY=value` lines of a Transform script, as the runtime reads them: trimmed lines that
    /// start with `export `, split at the first `=`.
    static func exports(of script: String, node: String) -> [Export] {
        var result: [Export] = []
        for line in script.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            guard trimmed.hasPrefix("export "), let equals = trimmed.firstIndex(of: "=") else { continue }
            let name = trimmed[trimmed.index(trimmed.startIndex, offsetBy: 7)..<equals].trimmingWhitespace()
            guard !name.isEmpty else { continue }
            result.append(Export(name: String(name), value: String(trimmed[trimmed.index(after: equals)...]), node: node))
        }
        return result
    }
}

/// Which node of a graph follows which through one or more edges, answered by lookup.
///
/// The graph's strongly connected components are found once (Tarjan's algorithm, which completes each
/// component after every component it reaches); each component then gets the set of nodes it reaches as
/// a bit set, the union of its successors' sets: O((nodes + edges) · nodes / 64) time. Beyond
/// `maximumNodes` nodes the sets would take too much memory, and each question searches the graph.
struct Followers: Sendable {
    /// The largest graph whose reach is worked out in advance (at most 8 MB of bits).
    static let maximumNodes = 8192

    private let successors: [[Int]]
    /// Each node's component.
    private let component: [Int]
    /// The nodes each component reaches, `words` words per component; empty beyond `maximumNodes`.
    private let bits: [UInt64]
    private let words: Int

    init(successors: [[Int]]) {
        self.successors = successors
        let count = successors.count
        guard count <= Self.maximumNodes else {
            component = []
            bits = []
            words = 0
            return
        }
        let (component, members) = Self.components(successors)
        let words = (count + 63) / 64
        var bits = [UInt64](repeating: 0, count: members.count * words)
        for (index, nodes) in members.enumerated() {
            let base = index * words
            var cyclic = nodes.count > 1
            for node in nodes {
                for target in successors[node] {
                    let other = component[target]
                    if other == index {
                        cyclic = true
                        continue
                    }
                    bits[base + target / 64] |= 1 << UInt64(target % 64)
                    let otherBase = other * words
                    for word in 0..<words { bits[base + word] |= bits[otherBase + word] }
                }
            }
            if cyclic {
                for node in nodes { bits[base + node / 64] |= 1 << UInt64(node % 64) }
            }
        }
        self.component = component
        self.bits = bits
        self.words = words
    }

    /// Whether `later` follows `earlier` through one or more edges.
    func follows(_ later: Int, _ earlier: Int) -> Bool {
        guard words > 0 else {
            return FlowFacts.search(from: successors[earlier], successors: successors, count: successors.count)[later]
        }
        return bits[component[earlier] * words + later / 64] & (1 << UInt64(later % 64)) != 0
    }

    /// The strongly connected components, each completed after every component it reaches: each node's
    /// component and each component's nodes. Iterative, so that long chains cannot overflow the stack.
    private static func components(_ successors: [[Int]]) -> (component: [Int], members: [[Int]]) {
        let count = successors.count
        var index = [Int](repeating: -1, count: count)
        var low = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int] = []
        var component = [Int](repeating: -1, count: count)
        var members: [[Int]] = []
        var counter = 0
        for root in 0..<count where index[root] < 0 {
            var work: [(node: Int, next: Int)] = [(root, 0)]
            index[root] = counter
            low[root] = counter
            counter += 1
            stack.append(root)
            onStack[root] = true
            while let top = work.last {
                let node = top.node
                if top.next < successors[node].count {
                    let target = successors[node][top.next]
                    work[work.count - 1].next += 1
                    if index[target] < 0 {
                        index[target] = counter
                        low[target] = counter
                        counter += 1
                        stack.append(target)
                        onStack[target] = true
                        work.append((target, 0))
                    } else if onStack[target] {
                        low[node] = min(low[node], index[target])
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node { low[parent] = min(low[parent], low[node]) }
                guard low[node] == index[node] else { continue }
                var nodes: [Int] = []
                while let member = stack.popLast() {
                    onStack[member] = false
                    component[member] = members.count
                    nodes.append(member)
                    if member == node { break }
                }
                members.append(nodes)
            }
        }
        return (component, members)
    }
}
