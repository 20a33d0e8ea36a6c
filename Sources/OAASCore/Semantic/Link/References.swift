/// A name written where a declaration of some kind is expected.
struct Reference {
    /// The kinds the name may resolve to, the usual one first (a trigger's default agent may name an
    /// agent, a fleet or a flow).
    let kinds: [SymbolKind]
    /// The name as written.
    let name: Located<String>
    /// What refers, for messages: `trigger command "/deploy"`, `step "scan"` …
    let role: String
    /// Whether `"*"` and glob patterns (`team-*`) are allowed here.
    let allowsPatterns: Bool
}

/// The references each kind of document makes, following DESIGN.md's reference graph. Names scoped to
/// one document (flow nodes, fleet members) are checked by the flow and fleet passes instead.
enum References {
    static func of(_ resource: Resource) -> [Reference] {
        var result: [Reference] = []
        func add(_ kinds: [SymbolKind], _ name: Located<String>?, _ role: String, patterns: Bool = false) {
            // A templated name (`${AGENT}`) is only known at run time.
            guard let name, !name.value.isEmpty, !name.value.contains("${") else { return }
            result.append(Reference(kinds: kinds, name: name, role: role, allowsPatterns: patterns))
        }
        switch resource.model {
        case .agentFlow(let flow):
            for node in flow.nodes {
                let label = node.id.map { "node \"\($0.value)\"" } ?? "a node"
                add([.agent], node.agent, label)
                add([.fleet], node.fleet, label)
            }
        case .trigger(let trigger):
            for command in trigger.commands {
                let label = "command \"\(command.name.value)\""
                if command.agent?.value != "builtin" { add([.agent], command.agent, label) }
                add([.fleet], command.fleet, label)
                add([.flow], command.flow, label)
            }
            add([.agent, .fleet, .flow], trigger.defaultAgent, "the trigger's default agent")
        case .daemonConfig(let daemon):
            add([.agent, .fleet, .flow], daemon.runtime?.defaultAgent, "the daemon's default agent")
        case .orchestrationRules(let rules):
            for pattern in rules.patterns {
                let label = "pattern \(quoted(pattern.name))"
                for agent in pattern.agentReferences { add([.agent], agent, label, patterns: true) }
                for project in pattern.projectReferences { add([.project], project, label, patterns: true) }
            }
            for prewarming in resource.document["spec"]?["optimization"]?.objects("prewarming") ?? [] {
                for agent in prewarming.strings("agents") { add([.agent], agent, "prewarming", patterns: true) }
            }
            if let routing = rules.routing {
                for route in routing.capabilities {
                    let label = "capability routing \(quoted(route.capability))"
                    add([.capability], route.capability, "capability routing")
                    for project in route.preferredProjects + route.fallbackProjects + route.weights.map(\.project) {
                        add([.project], project, label, patterns: true)
                    }
                }
                for route in routing.domains {
                    for project in route.projects { add([.project], project, "domain routing \(quoted(route.domain))", patterns: true) }
                }
                for route in routing.teams {
                    add([.team], route.team, "team routing")
                    for project in route.allowedProjects { add([.project], project, "team routing \"\(route.team.value)\"", patterns: true) }
                }
            }
            for breaker in rules.patterns.compactMap(\.circuitBreaker) + [rules.circuitBreaker].compactMap({ $0 }) {
                add([.agent], breaker.agent, "the circuit breaker")
                add([.agent], breaker.fallbackAgent, "the circuit breaker's fallback")
            }
            if let limits = rules.rateLimits {
                for limit in limits.byTeam { add([.team], limit.team, "rate limits") }
                for limit in limits.byCapability { add([.capability], limit.capability, "rate limits") }
            }
            for alert in rules.alerts {
                add([.metric], alert.metricIsWritten ? alert.metric : nil, "alert \(quoted(alert.name))")
                for channel in alert.channels { add([.channel], channel, "alert \(quoted(alert.name))") }
            }
        case .workspace(let workspace):
            for project in workspace.projects { add([.team], project.team, "project \"\(project.name.value)\"") }
            for agent in workspace.agents { add([.project], agent.project, "agent \(quoted(agent.id))") }
            for rule in workspace.orchestration?.routingRules ?? [] {
                for agent in rule.agents { add([.agent], agent, "routing rule \(quoted(rule.pattern))", patterns: true) }
            }
            for allocation in workspace.budgets?.perTeam ?? [] { add([.team], allocation.name, "the per-team budget") }
            for allocation in workspace.budgets?.perProject ?? [] { add([.project], allocation.name, "the per-project budget") }
            for rule in workspace.monitoring?.alertRules ?? [] {
                add([.metric], rule.metricIsWritten ? rule.metric : nil, "alert rule \(quoted(rule.name))")
                for channel in rule.channels { add([.channel], channel, "alert rule \(quoted(rule.name))") }
            }
        case .workspaceContext(let context):
            for team in context.teams {
                for project in team.projects { add([.project], project, "team \"\(team.name.value)\"") }
            }
            for limit in context.rateLimits?.perTeam ?? [] { add([.team], limit.team, "rate limits") }
            for limit in context.rateLimits?.perCapability ?? [] { add([.capability], limit.capability, "rate limits") }
            for budget in context.costControls?.perTeam ?? [] { add([.team], budget.team, "cost controls") }
            add([.model], context.defaultModel, "default_llm")
            add([.model], context.fallbackModel, "fallback_llm")
        case .observability(let observability):
            for rule in observability.alertRules {
                add([.metric], rule.metricIsWritten ? rule.metric : nil, "alert rule \(quoted(rule.name))")
                for channel in rule.channels { add([.channel], channel, "alert rule \(quoted(rule.name))") }
            }
        case .ossaAgent(let agent):
            for alert in agent.monitoring?.alerts ?? [] {
                add([.metric], alert.metricIsWritten ? alert.metric : nil, "alert \(quoted(alert.name))")
            }
        case .aofAgent, .agentFleet, .aofContext, .governance, .securityPolicy:
            break
        }
        return result
    }

    private static func quoted(_ name: Located<String>?) -> String {
        name.map { "\"\($0.value)\"" } ?? "(unnamed)"
    }
}
