/// What can happen in one run of an acyclic flow, as the runtime executes it: which nodes can run, which
/// connections can fire, which nodes have surely run before a node, and which condition facts hold when
/// a connection fires, so that connections of mutually exclusive branches can be told apart.
struct FlowRunAnalysis {
    /// A fact known to hold when a connection fires: the expanded `subject` compared with `value`.
    struct Fact: Hashable {
        /// The compared text as written, such as `${check.result}`.
        let subject: String
        /// Whether the fact is `subject == value` (or `subject != value`).
        let equal: Bool
        /// The fixed text it is compared with.
        let value: String
    }

    /// One connection that can reach a node, with the facts that hold when it fires.
    struct Arrival {
        /// The edge's index in `FlowGraph.edges`.
        let edge: Int
        /// What holds when it fires.
        let facts: Set<Fact>
    }

    /// The nodes in a topological order (document order among equals).
    let order: [Int]
    /// Whether each node can run.
    let canRun: [Bool]
    /// The connections that can fire into each node.
    let arrivals: [[Arrival]]
    /// The longest number of steps before a node can run (entries are step 1).
    let maxLevel: [Int]
    /// The step after which the run stops: the earliest step of a node that waits (Approval, Slack
    /// waiting for a reaction); `Int.max` when none can run.
    let stopLevel: Int

    /// Analyses an acyclic flow in O((N + E) log N) steps, plus the work on the condition facts (sets of
    /// at most the flow's distinct `when` comparisons and node conditions).
    init(_ graph: FlowGraph) {
        let count = graph.flow.nodes.count
        // Topological order, the first node in document order among the ready ones: a heap rather than a
        // sorted array, so that taking the next node costs O(log N).
        var indegree = [Int](repeating: 0, count: count)
        for edge in graph.edges { if edge.from != nil { indegree[edge.to] += 1 } }
        var ready = NodeHeap()
        for node in 0..<count where indegree[node] == 0 { ready.push(node) }
        var order: [Int] = []
        while let node = ready.pop() {
            order.append(node)
            for edge in graph.outgoing[node] {
                indegree[graph.edges[edge].to] -= 1
                if indegree[graph.edges[edge].to] == 0 { ready.push(graph.edges[edge].to) }
            }
        }
        self.order = order

        var canRun = [Bool](repeating: false, count: count)
        var facts = [Set<Fact>](repeating: [], count: count)
        var arrivals = [[Arrival]](repeating: [], count: count)
        var minLevel = [Int](repeating: Int.max, count: count)
        var maxLevel = [Int](repeating: 0, count: count)
        // The nodes that surely ran before a node are those on every way the run reaches it: the common
        // ancestors of its sources in this tree (itself included for each source).
        var tree = RanBeforeTree(count: count)
        let firstNodeEntry = !graph.hasDeclaredEntry && !graph.entries.isEmpty
        for node in order {
            // Reached from the entry, nothing surely ran before the node, and no fact holds.
            var fromEntry = firstNodeEntry && graph.entries.contains(node)
            var latest: Int?
            var known: Set<Fact>?
            for edgeIndex in graph.incoming[node] {
                let edge = graph.edges[edgeIndex]
                guard let source = edge.from else {
                    fromEntry = true
                    arrivals[node].append(Arrival(edge: edgeIndex, facts: []))
                    continue
                }
                guard canRun[source], !graph.stopsRun(source), Self.canFire(edge),
                      !Self.alwaysSkipped(source, graph, surelyRan: { $0 != source && tree.isAncestor($0, of: source) })
                else { continue }
                var edgeFacts = facts[source].union(
                    Self.nodeFacts(source, graph, surelyRan: { $0 != source && tree.isAncestor($0, of: source) }))
                if let fact = Self.fact(of: edge, graph, surelyRan: { tree.isAncestor($0, of: source) }) { edgeFacts.insert(fact) }
                latest = latest.map { tree.commonAncestor($0, source) } ?? source
                known = known.map { $0.intersection(edgeFacts) } ?? edgeFacts
                arrivals[node].append(Arrival(edge: edgeIndex, facts: edgeFacts))
                minLevel[node] = min(minLevel[node], minLevel[source] + 1)
                maxLevel[node] = max(maxLevel[node], maxLevel[source] + 1)
            }
            if fromEntry {
                canRun[node] = true
                minLevel[node] = 1
                maxLevel[node] = max(maxLevel[node], 1)
                tree.attach(node, under: tree.root)
            } else if let latest {
                canRun[node] = true
                tree.attach(node, under: latest)
                facts[node] = known ?? []
            }
        }
        self.canRun = canRun
        self.arrivals = arrivals
        self.maxLevel = maxLevel
        var stopLevel = Int.max
        for node in 0..<count where canRun[node] && graph.stopsRun(node) { stopLevel = min(stopLevel, minLevel[node]) }
        self.stopLevel = stopLevel
    }

    /// Whether two sets of facts cannot hold together: the same subject equal to two different values,
    /// or equal and not equal to one value.
    static func exclusive(_ a: Set<Fact>, _ b: Set<Fact>) -> Bool {
        for fact in a {
            for other in b where other.subject == fact.subject {
                if fact.equal && other.equal && fact.value != other.value { return true }
                if fact.equal != other.equal && fact.value == other.value { return true }
            }
        }
        return false
    }

    /// Whether a connection's `when` can ever hold.
    static func canFire(_ edge: FlowGraph.Edge) -> Bool {
        guard let when = edge.when else { return true }
        switch FlowConditionLanguage.verdict(of: when.value) {
        case .literal(false), .constant(false, _), .notNumeric: return false
        case .unsupported(_, _, _, let comparison): return comparison != nil
        default: return true
        }
    }

    /// The fact a connection's `when` establishes, if its subject has one value for the whole run: every
    /// node it reads (`${node.output}`, `${node.result}`) has surely run before the connection fires.
    private static func fact(of edge: FlowGraph.Edge, _ graph: FlowGraph, surelyRan: (Int) -> Bool) -> Fact? {
        guard let when = edge.when else { return nil }
        let subject: String
        let equal: Bool
        let value: String
        switch FlowConditionLanguage.verdict(of: when.value) {
        case .dynamic(nil):
            subject = trimmed(when.value)
            equal = true
            value = "true"
        case .dynamic(let comparison?) where comparison.op == "==" || comparison.op == "!=":
            guard comparison.left.isDynamic != comparison.right.isDynamic else { return nil }
            let (variable, fixed) = comparison.left.isDynamic ? (comparison.left, comparison.right) : (comparison.right, comparison.left)
            subject = variable.text
            equal = comparison.op == "=="
            value = fixed.text
        default:
            return nil
        }
        guard stable(subject, graph, surelyRan: surelyRan) else { return nil }
        return Fact(subject: subject, equal: equal, value: value)
    }

    /// The facts a node's `conditions` establish for the connections leaving it: the node is skipped
    /// (and follows no connection) unless a Conditional node that surely ran produced the value.
    private static func nodeFacts(_ node: Int, _ graph: FlowGraph, surelyRan: (Int) -> Bool) -> Set<Fact> {
        var result: Set<Fact> = []
        for condition in graph.flow.nodes[node].conditions {
            guard let from = condition.from?.value, let source = graph.indexByID[from], surelyRan(source),
                  graph.flow.nodes[source].type?.value == "Conditional", let value = condition.value?.bool else { continue }
            result.insert(Fact(subject: "${\(from).result}", equal: true, value: value ? "true" : "false"))
        }
        return result
    }

    /// Whether a node's conditions can never pass: a `value` that is not a boolean, on a Conditional
    /// node that surely ran (it records a boolean, and a string or number never equals it).
    static func alwaysSkipped(_ node: Int, _ graph: FlowGraph, surelyRan: (Int) -> Bool) -> Bool {
        for condition in graph.flow.nodes[node].conditions {
            guard let from = condition.from?.value, let source = graph.indexByID[from], surelyRan(source),
                  graph.flow.nodes[source].type?.value == "Conditional", let value = condition.value else { continue }
            if FlowNodeConditionPass.neverEqualsBoolean(value) { return true }
        }
        return false
    }

    /// Whether every node output or result the subject reads has run before.
    private static func stable(_ subject: String, _ graph: FlowGraph, surelyRan: (Int) -> Bool) -> Bool {
        for name in FlowConditionLanguage.references(in: subject) {
            for suffix in [".output", ".result"] where name.hasSuffix(suffix) {
                let id = String(name.dropLast(suffix.count))
                if let node = graph.indexByID[id], !surelyRan(node) { return false }
            }
        }
        return true
    }

    private static func trimmed(_ text: String) -> String {
        var text = Substring(text)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}

/// A binary min-heap of node indices: the ready nodes of the topological order.
struct NodeHeap {
    private var items: [Int] = []

    /// Adds a node.
    mutating func push(_ node: Int) {
        items.append(node)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard items[child] < items[parent] else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    /// The smallest node, removed; nil when empty.
    mutating func pop() -> Int? {
        guard let last = items.popLast() else { return nil }
        guard !items.isEmpty else { return last }
        let smallest = items[0]
        items[0] = last
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var least = parent
            if left < items.count, items[left] < items[least] { least = left }
            if right < items.count, items[right] < items[least] { least = right }
            guard least != parent else { break }
            items.swapAt(parent, least)
            parent = least
        }
        return smallest
    }
}

/// The nodes that surely ran before each node of an acyclic flow, as a tree (the run's dominator tree): a
/// node hangs under the latest node that surely ran before it, or under `root` when none did, so the
/// nodes that surely ran before it are its proper ancestors. Nodes are attached in topological order;
/// ancestor and common-ancestor queries take O(log N) by binary lifting.
struct RanBeforeTree {
    /// The virtual node above every node that nothing surely ran before.
    let root: Int
    private var depth: [Int]
    /// `up[k][node]`: the ancestor 2^k levels above the node (the root above the root).
    private var up: [[Int]]

    /// A tree for nodes `0..<count`, none attached yet.
    init(count: Int) {
        root = count
        var levels = 1
        while (1 << levels) <= count + 1 { levels += 1 }
        depth = [Int](repeating: 0, count: count + 1)
        up = [[Int]](repeating: [Int](repeating: count, count: count + 1), count: levels)
    }

    /// Hangs a node under a parent already in the tree.
    mutating func attach(_ node: Int, under parent: Int) {
        depth[node] = depth[parent] + 1
        up[0][node] = parent
        for level in 1..<up.count { up[level][node] = up[level - 1][up[level - 1][node]] }
    }

    /// Whether `ancestor` is `node` or above it.
    func isAncestor(_ ancestor: Int, of node: Int) -> Bool {
        depth[ancestor] <= depth[node] && lift(node, to: depth[ancestor]) == ancestor
    }

    /// The lowest node that is an ancestor of both (either one itself, possibly).
    func commonAncestor(_ first: Int, _ second: Int) -> Int {
        var a = lift(first, to: min(depth[first], depth[second]))
        var b = lift(second, to: min(depth[first], depth[second]))
        if a == b { return a }
        for level in stride(from: up.count - 1, through: 0, by: -1) where up[level][a] != up[level][b] {
            a = up[level][a]
            b = up[level][b]
        }
        return up[0][a]
    }

    /// The ancestor of a node at a depth no greater than its own.
    private func lift(_ node: Int, to target: Int) -> Int {
        var node = node
        var distance = depth[node] - target
        var level = 0
        while distance > 0 {
            if distance & 1 == 1 { node = up[level][node] }
            distance >>= 1
            level += 1
        }
        return node
    }
}
