/// What the variable passes need to know about one AgentFlow: its nodes, which node can run before which
/// (its own small reachability over `connections`, independent of the flow-graph passes), and the flow
/// variables its Transform nodes export.
struct FlowFacts: Sendable {
    /// A node as the variable passes see it.
    struct NodeInfo: Sendable {
        /// The node's id.
        let id: String
        /// The node's type, if written.
        let type: String?
        /// Where the node's id is written.
        let range: SourceRange
    }

    /// An `export KEY=value` line of a Transform node's script.
    struct Export: Sendable {
        /// The variable's name.
        let name: String
        /// The text after `=`.
        let value: String
        /// The Transform node's id.
        let node: String
        /// The script value the line is in.
        let script: Located<String>
        /// Offset of the line's value in the script, in characters.
        let valueOffset: Int
    }

    /// The nodes, in document order (nodes without an id are left out).
    let nodes: [NodeInfo]
    /// Node position by id (the first node with that id).
    let index: [String: Int]
    /// The targets of each node's connections.
    let successors: [[Int]]
    /// Whether each node runs at all: it is reached from an entry node.
    let reachable: [Bool]
    /// Flow variables by name, in document order of the exporting lines.
    let exports: [String: [Export]]

    /// Builds the facts of a flow.
    init(_ flow: AgentFlow) {
        var nodes: [NodeInfo] = []
        var index: [String: Int] = [:]
        var exports: [String: [Export]] = [:]
        for node in flow.nodes {
            guard let id = node.id else { continue }
            if index[id.value] == nil { index[id.value] = nodes.count }
            nodes.append(NodeInfo(id: id.value, type: node.type?.value, range: id.range))
            if node.type?.value == "Transform", let script = node.script {
                for export in Self.exports(of: script, node: id.value) {
                    exports[export.name, default: []].append(export)
                }
            }
        }
        var successors = [[Int]](repeating: [], count: nodes.count)
        var entries: [Int] = []
        for connection in flow.connections {
            guard let from = connection.from?.value, let to = connection.to?.value, let target = index[to] else { continue }
            if from == AgentFlow.entrySource || from == "trigger" {
                entries.append(target)
            } else if let source = index[from] {
                successors[source].append(target)
            }
        }
        if entries.isEmpty, !nodes.isEmpty { entries = [0] }
        self.nodes = nodes
        self.index = index
        self.successors = successors
        self.exports = exports
        var reachable = [Bool](repeating: false, count: nodes.count)
        var pending = entries
        for entry in entries { reachable[entry] = true }
        while let next = pending.popLast() {
            for target in successors[next] where !reachable[target] {
                reachable[target] = true
                pending.append(target)
            }
        }
        self.reachable = reachable
    }

    /// The key of a resource in `Project.flowFactsByResource`.
    static func key(of resource: Resource) -> String { "\(resource.file)#\(resource.documentIndex)" }

    /// The node with an id.
    func node(_ id: String) -> NodeInfo? { index[id].map { nodes[$0] } }

    /// Whether node `earlier` runs before node `later` on some path from an entry: `earlier` runs at all
    /// and `later` follows it through one or more connections.
    func runsBefore(_ earlier: String, _ later: String) -> Bool {
        guard let start = index[earlier], let goal = index[later], reachable[start] else { return false }
        var seen = [Bool](repeating: false, count: nodes.count)
        var pending = successors[start]
        while let next = pending.popLast() {
            if next == goal { return true }
            if seen[next] { continue }
            seen[next] = true
            pending.append(contentsOf: successors[next])
        }
        return false
    }

    /// Whether a reference made at a site can see what node `id` produced: the site is in a node that
    /// `id` runs before, or on a connection whose source is `id` or runs after it.
    func isAvailable(_ id: String, at site: TemplateSite) -> Bool {
        if let user = site.node?.id { return runsBefore(id, user) }
        if let from = site.connectionFrom {
            if from == AgentFlow.entrySource || from == "trigger" { return false }
            return from == id ? (index[id].map { reachable[$0] } ?? false) : runsBefore(id, from)
        }
        return true
    }

    /// Whether the place of a site runs at all (a node reached from an entry, or a connection leaving one).
    func siteRuns(_ site: TemplateSite) -> Bool {
        if let user = site.node?.id { return index[user].map { reachable[$0] } ?? false }
        if let from = site.connectionFrom {
            if from == AgentFlow.entrySource || from == "trigger" { return true }
            return index[from].map { reachable[$0] } ?? false
        }
        return true
    }

    /// The `export KEY=value` lines of a Transform script, as the runtime reads them: trimmed lines that
    /// start with `export `, split at the first `=`.
    static func exports(of script: Located<String>, node: String) -> [Export] {
        var result: [Export] = []
        var offset = 0
        for line in script.value.split(separator: "\n", omittingEmptySubsequences: false) {
            defer { offset += line.count + 1 }
            let leading = line.prefix { $0 == " " || $0 == "\t" }.count
            let trimmed = line.dropFirst(leading)
            guard trimmed.hasPrefix("export "), let equals = trimmed.firstIndex(of: "=") else { continue }
            let name = trimmed[trimmed.index(trimmed.startIndex, offsetBy: 7)..<equals].trimmingWhitespace()
            guard !name.isEmpty else { continue }
            let valueStart = trimmed.distance(from: trimmed.startIndex, to: equals) + 1
            result.append(Export(
                name: String(name), value: String(trimmed[trimmed.index(after: equals)...]), node: node, script: script,
                valueOffset: offset + leading + valueStart))
        }
        return result
    }
}

extension Project {
    /// The facts of each AgentFlow, by `FlowFacts.key(of:)` of its resource.
    var flowFactsByResource: [String: FlowFacts] {
        var result: [String: FlowFacts] = [:]
        for resource in resources {
            if case .agentFlow(let flow) = resource.model { result[FlowFacts.key(of: resource)] = FlowFacts(flow) }
        }
        return result
    }

    /// Each AgentFlow resource with its facts, in project order.
    var flowsWithFacts: [(resource: Resource, flow: AgentFlow, facts: FlowFacts)] {
        var result: [(resource: Resource, flow: AgentFlow, facts: FlowFacts)] = []
        for resource in resources {
            if case .agentFlow(let flow) = resource.model { result.append((resource, flow, FlowFacts(flow))) }
        }
        return result
    }
}
