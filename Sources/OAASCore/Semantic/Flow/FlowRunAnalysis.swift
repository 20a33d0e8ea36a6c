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
        /// The nodes that surely ran before it fires.
        let ranBefore: Set<Int>
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

    /// Analyses an acyclic flow.
    init(_ graph: FlowGraph) {
        let count = graph.flow.nodes.count
        var indegree = [Int](repeating: 0, count: count)
        for edge in graph.edges { if edge.from != nil { indegree[edge.to] += 1 } }
        var ready: [Int] = []
        for node in 0..<count where indegree[node] == 0 { ready.append(node) }
        var order: [Int] = []
        while !ready.isEmpty {
            ready.sort()
            let node = ready.removeFirst()
            order.append(node)
            for edge in graph.outgoing[node] {
                indegree[graph.edges[edge].to] -= 1
                if indegree[graph.edges[edge].to] == 0 { ready.append(graph.edges[edge].to) }
            }
        }
        self.order = order

        var canRun = [Bool](repeating: false, count: count)
        var ranBefore = [Set<Int>](repeating: [], count: count)
        var facts = [Set<Fact>](repeating: [], count: count)
        var arrivals = [[Arrival]](repeating: [], count: count)
        var minLevel = [Int](repeating: Int.max, count: count)
        var maxLevel = [Int](repeating: 0, count: count)
        let firstNodeEntry = !graph.hasDeclaredEntry && !graph.entries.isEmpty
        for node in order {
            var contributions: [(ran: Set<Int>, facts: Set<Fact>, level: Int)] = []
            if firstNodeEntry, graph.entries.contains(node) { contributions.append(([], [], 1)) }
            for edgeIndex in graph.incoming[node] {
                let edge = graph.edges[edgeIndex]
                guard let source = edge.from else {
                    contributions.append(([], [], 1))
                    arrivals[node].append(Arrival(edge: edgeIndex, facts: [], ranBefore: []))
                    continue
                }
                guard canRun[source], !graph.stopsRun(source), Self.canFire(edge),
                      !Self.alwaysSkipped(source, graph, ranBefore: ranBefore[source]) else { continue }
                let ran = ranBefore[source].union([source])
                var edgeFacts = facts[source].union(Self.nodeFacts(source, graph, ranBefore: ranBefore[source]))
                if let fact = Self.fact(of: edge, graph, ran: ran) { edgeFacts.insert(fact) }
                contributions.append((ran, edgeFacts, 0))
                arrivals[node].append(Arrival(edge: edgeIndex, facts: edgeFacts, ranBefore: ran))
                minLevel[node] = min(minLevel[node], minLevel[source] + 1)
                maxLevel[node] = max(maxLevel[node], maxLevel[source] + 1)
            }
            guard let first = contributions.first else { continue }
            canRun[node] = true
            if contributions.contains(where: { $0.level == 1 }) {
                minLevel[node] = 1
                maxLevel[node] = max(maxLevel[node], 1)
            }
            var ran = first.ran
            var known = first.facts
            for contribution in contributions.dropFirst() {
                ran.formIntersection(contribution.ran)
                known.formIntersection(contribution.facts)
            }
            ranBefore[node] = ran
            facts[node] = known
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
    private static func fact(of edge: FlowGraph.Edge, _ graph: FlowGraph, ran: Set<Int>) -> Fact? {
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
        guard stable(subject, graph, ran: ran) else { return nil }
        return Fact(subject: subject, equal: equal, value: value)
    }

    /// The facts a node's `conditions` establish for the connections leaving it: the node is skipped
    /// (and follows no connection) unless a Conditional node that surely ran produced the value.
    private static func nodeFacts(_ node: Int, _ graph: FlowGraph, ranBefore: Set<Int>) -> Set<Fact> {
        var result: Set<Fact> = []
        for condition in graph.flow.nodes[node].conditions {
            guard let from = condition.from?.value, let source = graph.indexByID[from], ranBefore.contains(source),
                  graph.flow.nodes[source].type?.value == "Conditional", let value = condition.value?.bool else { continue }
            result.insert(Fact(subject: "${\(from).result}", equal: true, value: value ? "true" : "false"))
        }
        return result
    }

    /// Whether a node's conditions can never pass: a `value` that is not a boolean, on a Conditional
    /// node that surely ran (it records a boolean, and a string or number never equals it).
    static func alwaysSkipped(_ node: Int, _ graph: FlowGraph, ranBefore: Set<Int>) -> Bool {
        for condition in graph.flow.nodes[node].conditions {
            guard let from = condition.from?.value, let source = graph.indexByID[from], ranBefore.contains(source),
                  graph.flow.nodes[source].type?.value == "Conditional", let value = condition.value else { continue }
            if FlowNodeConditionPass.neverEqualsBoolean(value) { return true }
        }
        return false
    }

    /// Whether every node output or result the subject reads has run before.
    private static func stable(_ subject: String, _ graph: FlowGraph, ran: Set<Int>) -> Bool {
        for name in FlowConditionLanguage.references(in: subject) {
            for suffix in [".output", ".result"] where name.hasSuffix(suffix) {
                let id = String(name.dropLast(suffix.count))
                if let node = graph.indexByID[id], !ran.contains(node) { return false }
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
