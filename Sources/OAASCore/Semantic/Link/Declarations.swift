/// The names each kind of document declares.
enum Declarations {
    static func of(_ resource: Resource) -> [Declaration] {
        var result: [Declaration] = []
        func add(_ kind: SymbolKind, _ name: Located<String>?, _ origin: String, group: String? = nil) {
            guard let name, !name.value.isEmpty else { return }
            result.append(Declaration(kind: kind, name: name, origin: origin, group: group ?? origin))
        }
        let document = "document"
        switch resource.model {
        case .aofAgent:
            add(.agent, resource.name, "AOF Agent", group: document)
        case .ossaAgent(let agent):
            add(.agent, resource.name, "OAAS Agent", group: document)
            for capability in agent.capabilities { add(.capability, capability.name, "agent capability", group: "\(resource.file)#\(resource.documentIndex)") }
        case .agentFleet:
            add(.fleet, resource.name, "AgentFleet")
        case .agentFlow:
            add(.flow, resource.name, "AgentFlow")
        case .trigger:
            add(.trigger, resource.name, "Trigger")
        case .aofContext:
            add(.context, resource.name, "Context")
        case .workspaceContext(let context):
            let scope = "\(resource.file)#\(resource.documentIndex)"
            for team in context.teams { add(.team, team.name, "context team", group: "context team \(scope)") }
            for model in context.models { add(.model, model.name, "context model", group: "context model \(scope)") }
        case .workspace(let workspace):
            let scope = "\(resource.file)#\(resource.documentIndex)"
            for project in workspace.projects { add(.project, project.name, "workspace project") }
            for team in workspace.teams { add(.team, team, "workspace team", group: "workspace team \(scope)") }
            for agent in workspace.agents { add(.agent, agent.id, "workspace agent inventory", group: "inventory \(scope)") }
            for channel in workspace.monitoring?.alertChannels ?? [] { add(.channel, channel, "workspace alerting channel") }
            for metric in workspace.monitoring?.metricNames ?? [] { add(.metric, metric, "workspace metric") }
        case .observability(let observability):
            let scope = "\(resource.file)#\(resource.documentIndex)"
            for metric in observability.metrics { add(.metric, metric.name, "observability metric", group: "metric \(scope)") }
            for channel in observability.channels { add(.channel, channel.name, "observability channel", group: "channel \(scope)") }
        case .orchestrationRules(let rules):
            let scope = "\(resource.file)#\(resource.documentIndex)"
            for metric in rules.metrics { add(.metric, metric, "orchestration metric", group: "metric \(scope)") }
        case .governance, .securityPolicy, .daemonConfig:
            break
        }
        return result
    }
}
