/// Reports production flows and contexts that can run destructive commands (`kubectl delete`, `kubectl
/// scale --replicas=0`, `kubectl drain`, `helm uninstall`, `terraform destroy`, `rm -rf`, `DROP TABLE`)
/// with nothing in between: no approval that covers them and no command rule that blocks them.
///
/// What a flow can run: its Script nodes' commands, and the tools of the agents its Agent and Fleet nodes
/// run (see `ToolReach`). A production Context with a cluster or kubeconfig can run the Kubernetes
/// commands whatever agent uses it.
enum DestructiveCommandPass: SemanticPass {
    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        let production = ProductionScope(context.project)
        let agents = AgentLookup(context)
        for (index, resource) in context.project.resources.enumerated() {
            guard let productionNote = production.note(index, name: SettingsReading.title(resource)) else { continue }
            switch resource.model {
            case .agentFlow(let flow):
                checkFlow(flow, resource: resource, productionNote: productionNote, agents: agents, into: &sink)
            case .aofContext(let model):
                checkContext(model, resource: resource, productionNote: productionNote, into: &sink)
            default:
                continue
            }
        }
    }

    /// One reason a node can run some destructive commands: a tool, or the node's own command line.
    private struct Source {
        let commands: [DestructiveCommand]
        /// Who runs them through which tool (`agent "k8s-ops"`, `kubectl`); nil for a node's command line.
        let via: (owner: String, tool: String)?
        let range: SourceRange

        /// The note for the commands of this source that are reported; none for a command line, which the
        /// diagnostic itself points at.
        func note(_ reported: [DestructiveCommand]) -> DiagnosticNote? {
            guard let via else { return nil }
            let names = SettingsReading.quotedList(commands.filter(reported.contains).map(\.name))
            return DiagnosticNote("\(via.owner) can run \(names) through tool \"\(via.tool)\"", at: range)
        }
    }

    private static func checkFlow(
        _ flow: AgentFlow, resource: Resource, productionNote: DiagnosticNote, agents: AgentLookup,
        into sink: inout DiagnosticSink
    ) {
        let approval = ApprovalGuard(approval: flow.approval, spec: resource.document["spec"])
        let flowName = resource.name?.value ?? ""
        for node in flow.nodes {
            let nodeID = node.id?.value ?? "?"
            var sources: [Source] = []
            var subject: String
            var range = node.id?.range ?? node.range
            var line: String?
            switch node.type?.value {
            case "Script":
                guard let command = node.scriptConfig?.command else { continue }
                let found = DestructiveCommand.found(in: command.value)
                guard !found.isEmpty else { continue }
                subject = "script node \"\(nodeID)\" runs"
                range = command.range
                line = command.value
                sources.append(Source(commands: found, via: nil, range: command.range))
            case "Agent":
                sources = agentNodeSources(node, agents: agents)
                subject = node.agent.map { "node \"\(nodeID)\" runs agent \"\($0.value)\", which can run" }
                    ?? "node \"\(nodeID)\" runs an agent that can run"
                if let agent = node.agent { range = agent.range }
            case "Fleet":
                guard let fleet = node.fleet else { continue }
                sources = fleetSources(fleet.value, agents: agents)
                subject = "node \"\(nodeID)\" runs fleet \"\(fleet.value)\", whose members can run"
                range = fleet.range
            default:
                continue
            }
            var blocked = Set<DestructiveCommand>()
            if node.type?.value == "Agent" { blocked = blockedByToolConfig(node.config?["tool_config"]) }
            var uncovered: [DestructiveCommand] = []
            for source in sources {
                for command in source.commands where !uncovered.contains(command) && !blocked.contains(command) {
                    if !approval.covers(command, line: line) { uncovered.append(command) }
                }
            }
            guard !uncovered.isEmpty else { continue }
            uncovered.sort { DestructiveCommand.all.firstIndex(of: $0)! < DestructiveCommand.all.firstIndex(of: $1)! }
            let names = SettingsReading.quotedList(uncovered.map(\.name))
            var notes: [DiagnosticNote] = []
            for source in sources where source.commands.contains(where: uncovered.contains) {
                if let note = source.note(uncovered) { notes.append(note) }
            }
            if let note = approval.note(for: uncovered.count == 1 ? "it" : "them") { notes.append(note) }
            notes.append(productionNote)
            sink.report(
                .securityUnguardedDestructiveCommand,
                Redaction.redact("\(subject) \(names) without approval in production flow \"\(flowName)\""),
                at: range, path: node.config?.path, notes: notes)
        }
    }

    /// The tools of an Agent node: the named agent's, the inline agent's and the node's own.
    private static func agentNodeSources(_ node: AgentFlow.Node, agents: AgentLookup) -> [Source] {
        var sources: [Source] = []
        if let agent = node.agent {
            for (name, tools) in agents.tools(named: agent.value) {
                sources += toolSources(tools, owner: "agent \"\(name)\"")
            }
        }
        sources += toolSources(node.config?["inline"]?["tools"]?.items ?? [], owner: "the inline agent")
        sources += toolSources(node.config?["tools"]?.items ?? [], owner: "the node")
        return sources
    }

    /// The tools of every member of a fleet, by name.
    private static func fleetSources(_ name: String, agents: AgentLookup) -> [Source] {
        var sources: [Source] = []
        // The first declaration: a duplicate is reported by the linker, and following every copy would
        // make a tree of repeated names quadratic.
        for symbol in agents.context.symbols.lookup(.fleet, name).prefix(1) {
            let resource = agents.context.project.resources[symbol.resource]
            guard case .agentFleet(let fleet) = resource.model else { continue }
            let members = resource.document["spec"]?["agents"]?.items ?? []
            for (index, member) in fleet.members.enumerated() {
                let memberName = member.name?.value ?? "#\(index + 1)"
                if index < members.count, let inline = members[index]["spec"]?["tools"]?.items {
                    sources += toolSources(inline, owner: "member \"\(memberName)\"")
                }
                if let file = member.agentFile, let tools = agents.tools(file: file.value) {
                    sources += toolSources(tools, owner: "member \"\(memberName)\"")
                } else if member.spec == nil, let name = member.name {
                    for (_, tools) in agents.tools(named: name.value) {
                        sources += toolSources(tools, owner: "member \"\(memberName)\"")
                    }
                }
            }
        }
        return sources
    }

    private static func toolSources(_ tools: [IRValue], owner: String) -> [Source] {
        var sources: [Source] = []
        for tool in tools {
            guard let reach = ToolReach.of(tool) else { continue }
            sources.append(Source(commands: reach.commands, via: (owner, reach.name), range: reach.range))
        }
        return sources
    }

    fileprivate static func tools(of resource: Resource) -> [IRValue] {
        (resource.document["spec"] ?? resource.document)["tools"]?.items ?? []
    }

    /// The commands a node's `tool_config` rules out: a `blocked_commands` entry that names them, or an
    /// `allowed_commands` list of their tool that does not let them through.
    private static func blockedByToolConfig(_ toolConfig: IRValue?) -> Set<DestructiveCommand> {
        var blocked = Set<DestructiveCommand>()
        for entry in toolConfig?.entries ?? [] {
            let tool = entry.key.lowercased()
            var blockedEntries: [String] = []
            for item in entry.value["blocked_commands"]?.items ?? [] { if let text = item.text { blockedEntries.append(text) } }
            let allowedValue = entry.value["allowed_commands"]
            var allowedEntries: [String] = []
            for item in allowedValue?.items ?? [] { if let text = item.text { allowedEntries.append(text) } }
            for command in DestructiveCommand.all {
                if blockedEntries.contains(where: command.isBlocked(by:)) { blocked.insert(command) }
                let governs = command.tool == tool || (["shell", "bash", "sh"].contains(tool) && ["shell", "sql"].contains(command.tool))
                if governs, allowedValue != nil, !allowedEntries.contains(where: command.isAllowed(by:)) { blocked.insert(command) }
            }
        }
        return blocked
    }

    private static func checkContext(
        _ model: AOFContext, resource: Resource, productionNote: DiagnosticNote, into sink: inout DiagnosticSink
    ) {
        // Without a cluster, nothing says what the context's agents can reach.
        let access: (what: String, value: Located<String>)?
        if let cluster = model.cluster {
            access = ("cluster", cluster)
        } else if let kubeconfig = model.kubeconfig {
            access = ("kubeconfig", kubeconfig)
        } else {
            access = nil
        }
        guard let access else { return }
        let approval = ApprovalGuard(approval: model.approval, spec: resource.document["spec"])
        let uncovered = DestructiveCommand.kubernetes.filter { !approval.covers($0) }
        guard !uncovered.isEmpty else { return }
        let names = SettingsReading.quotedList(uncovered.map(\.name))
        let title = SettingsReading.title(resource)
        let message = approval.isRequired
            ? "production \(title) reaches a Kubernetes cluster, but its approval does not cover \(names)"
            : "production \(title) reaches a Kubernetes cluster and requires no approval, so \(names) run unchecked"
        let reach = access.what == "cluster" ? "the cluster is" : "the cluster is reached through \(access.what)"
        var notes = [DiagnosticNote("\(reach) \"\(access.value.value)\"", at: access.value.range)]
        if let note = approval.note(for: uncovered.count == 1 ? "it" : "them") { notes.append(note) }
        notes.append(productionNote)
        let range = (approval.isRequired ? model.approval?.required?.range : approval.keyRange)
            ?? resource.name?.range ?? resource.document.range
        sink.report(
            .securityUnguardedDestructiveCommand, Redaction.redact(message), at: range, path: approval.value?.path, notes: notes)
    }
}

extension DiagnosticKind {
    static let securityUnguardedDestructiveCommand = DiagnosticKind(
        id: "security.unguarded-destructive-command", severity: .error,
        summary: "a production flow or context can run destructive commands without approval",
        explanation: """
            Destructive commands (`kubectl delete`, `kubectl scale --replicas=0`, `kubectl drain`, \
            `helm uninstall`, `terraform destroy`, `rm -rf`, `DROP TABLE`/`DATABASE`) in production \
            should wait for a person. This is reported for a production AgentFlow node that can run one \
            (a Script node whose command does; an Agent or Fleet node whose agents have a tool that can: \
            `kubectl`, `helm`, `terraform`, `shell`, or a typed Shell tool whose `allowed_commands` let it \
            through) when neither the flow's `approval` covers it nor the node's `tool_config` blocks it; \
            and for a production AOF Context that reaches a cluster (`cluster` or `kubeconfig`) whose \
            `approval` does not cover the Kubernetes commands.

            Approval counts only as the runtime reads it: `required: true` (an `enabled: true` is ignored), \
            then every command when `require_for` is empty, else the commands one of its patterns matches. \
            Patterns are tried against a few usual spellings of each command (`kubectl scale deployment \
            web --replicas=0`, `kubectl scale --replicas=0 deployment/web`); matching any one counts.

            A resource is production when its `environment`, `env`, `stage` or `tier` label, its \
            namespace, its cluster or context, or else its name says `prod` or `production` as a word (not `pre-prod` or `non-production`).
            """,
        example: """
            metadata:
              name: prod-ops
            spec:
              nodes:
                - id: cleanup
                  type: Script
                  config:
                    scriptConfig:
                      command: kubectl delete pods --field-selector=status.phase=Failed
            """,
        remediation: "add an approval with \"required: true\" whose \"require_for\" matches the command, or block the command in \"tool_config\"",
        securitySeverity: 8.1)
}

/// The AOF Agents of the workspace, by name (through the symbol table) and by file, indexed once per run
/// so that resolving fleet members stays linear in the workspace.
private struct AgentLookup {
    let context: SemanticContext
    /// AOF Agent resources by the last component of their file path.
    let byFileName: [String: [Int]]

    init(_ context: SemanticContext) {
        self.context = context
        var index: [String: [Int]] = [:]
        for (position, resource) in context.project.resources.enumerated() {
            guard case .aofAgent = resource.model else { continue }
            let name = resource.file.split(separator: "/").last.map(String.init) ?? resource.file
            index[name, default: []].append(position)
        }
        byFileName = index
    }

    /// The tools of the AOF Agent declared first under a name.
    func tools(named name: String) -> [(String, [IRValue])] {
        var result: [(String, [IRValue])] = []
        for symbol in context.symbols.lookup(.agent, name) {
            let resource = context.project.resources[symbol.resource]
            guard case .aofAgent = resource.model else { continue }
            result.append((name, DestructiveCommandPass.tools(of: resource)))
            break
        }
        return result
    }

    /// The tools of the AOF Agent in a file a fleet member names (`agents/k8s-ops.yaml`), if it is loaded.
    func tools(file: String) -> [IRValue]? {
        var path = file
        while path.hasPrefix("./") { path.removeFirst(2) }
        guard !path.isEmpty, let name = path.split(separator: "/").last.map(String.init) else { return nil }
        for position in byFileName[name] ?? [] {
            let resource = context.project.resources[position]
            if resource.file == path || resource.file.hasSuffix("/" + path) { return DestructiveCommandPass.tools(of: resource) }
        }
        return nil
    }
}
