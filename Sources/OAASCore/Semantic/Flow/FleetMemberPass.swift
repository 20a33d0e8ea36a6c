/// Checks the members of each fleet as the AOF runtime's `AgentFleet::validate()` does: names must be
/// unique, and every member needs an agent (`config` or `spec`). Members written in the docs'
/// `ref:` form (read by the daemon's fleet picker) and the fleets using it are not checked for agents.
enum FleetMemberPass: SemanticPass {
    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for resource in context.project.resources {
            guard case .agentFleet(let fleet) = resource.model else { continue }
            let memberValues = resource.document["spec"]?.objects("agents") ?? []
            // The docs' `ref:` form belongs to the daemon's fleet picker, which reads members its own way.
            let docsForm = usesDocsForm(fleet)
            var firstByName: [String: Located<String>] = [:]
            for (index, member) in fleet.members.enumerated() {
                let value = index < memberValues.count ? memberValues[index] : nil
                if let name = member.name {
                    if let first = firstByName[name.value] {
                        sink.report(
                            .fleetDuplicateMember, "duplicate member name \"\(name.value)\"; the runtime rejects the fleet",
                            at: name.range, path: value?.path.appending(key: "name"),
                            notes: [DiagnosticNote("\"\(name.value)\" first defined here", at: first.range)])
                    } else {
                        firstByName[name.value] = name
                    }
                }
                guard !docsForm, let value else { continue }
                let hasAgent = value["config"] != nil || value["spec"] != nil
                let label = member.name.map { "member \"\($0.value)\"" } ?? "a member"
                if !hasAgent {
                    sink.report(
                        .fleetIncompleteMember,
                        "\(label) has neither \"config\" nor \"spec\", so it has no agent; the runtime rejects the fleet",
                        at: member.name?.range ?? value.range, path: value.path)
                }
            }
        }
    }
}

extension FleetMemberPass {
    /// Whether the fleet lists members in the docs' `- ref: library/x.yaml` form.
    static func usesDocsForm(_ fleet: AgentFleet) -> Bool {
        for member in fleet.members where member.ref != nil { return true }
        return false
    }
}

extension DiagnosticKind {
    static let fleetDuplicateMember = DiagnosticKind(
        id: "fleet.duplicate-member", severity: .error, summary: "two members of a fleet have the same name",
        explanation: """
            Member names must be unique in a fleet: the manager, consensus weights and results refer to \
            members by name. The AOF runtime's `AgentFleet::validate()` rejects a fleet with a duplicate \
            name, so the fleet never starts. Rename one of them; to run several copies of one agent, use \
            `replicas`.
            """,
        example: "agents:\n  - name: reviewer\n    config: agents/reviewer.yaml\n  - name: reviewer     # use replicas: 2 instead\n    config: agents/reviewer.yaml\n")

    static let fleetIncompleteMember = DiagnosticKind(
        id: "fleet.incomplete-member", severity: .error, summary: "a fleet member has no agent",
        explanation: """
            The AOF runtime reads each member as `name` (required) plus the agent it runs: `config`, the \
            path of an Agent file, or `spec`, an agent defined in place. `AgentFleet::validate()` rejects a \
            member with neither, so the fleet never starts. \
            (Fleets written with `- ref: library/x.yaml` members, the form the docs and the daemon's fleet \
            picker use, are not checked here.)
            """,
        example: "agents:\n  - name: triager\n    role: worker      # no config or spec: which agent?\n")
}
