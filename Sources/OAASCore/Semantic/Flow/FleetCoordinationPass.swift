/// Checks how each fleet's members coordinate, as the AOF runtime reads it: the manager and consensus
/// weights must name members, hierarchical mode needs a manager, a majority vote cannot need more votes
/// than there are agent instances, and tiered mode needs members in more than one tier.
enum FleetCoordinationPass: SemanticPass {
    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for resource in context.project.resources {
            guard case .agentFleet(let fleet) = resource.model, !fleet.members.isEmpty else { continue }
            // The docs' `ref:` members belong to the daemon's fleet picker, which has no coordination.
            guard !FleetMemberPass.usesDocsForm(fleet) else { continue }
            let coordinationValue = resource.document["spec"]?["coordination"]
            checkReferences(fleet, coordinationValue, into: &sink)
            // A mode that did not decode is already reported.
            if coordinationValue?["mode"] != nil, fleet.coordination?.mode == nil { continue }
            let mode = fleet.coordination?.mode?.value ?? "peer"
            switch mode {
            case "hierarchical": checkManager(fleet, into: &sink)
            case "peer": checkPeerVotes(fleet, coordinationValue, into: &sink)
            case "tiered": checkTiers(fleet, into: &sink)
            default: break
            }
        }
    }

    private static func names(_ fleet: AgentFleet) -> [String: Located<String>] {
        var names: [String: Located<String>] = [:]
        for member in fleet.members { if let name = member.name, names[name.value] == nil { names[name.value] = name } }
        return names
    }

    private static func checkReferences(_ fleet: AgentFleet, _ coordination: IRValue?, into sink: inout DiagnosticSink) {
        let members = names(fleet)
        let sorted = members.keys.sorted()
        func check(_ name: Located<String>, _ role: String, path: DataPath?) {
            guard members[name.value] == nil, !name.value.contains("${") else { return }
            var message = "undefined member \"\(name.value)\" in \(role)"
            var notes: [DiagnosticNote] = []
            if let suggestion = Suggestion.closest(to: name.value, in: sorted), let declared = members[suggestion] {
                message += "; did you mean \"\(suggestion)\"?"
                notes.append(DiagnosticNote("\"\(suggestion)\" is defined here", at: declared.range))
            }
            sink.report(.fleetUndefinedMember, message, at: name.range, path: path, notes: notes)
        }
        if let manager = fleet.coordination?.manager {
            check(manager, "\"coordination.manager\"", path: coordination?["manager"]?.path)
        }
        for weight in fleet.coordination?.consensus?.weights ?? [] {
            check(weight.member, "the consensus weights", path: coordination?["consensus"]?["weights"]?.path)
        }
        for tier in fleet.coordination?.tiered?.tierConsensus ?? [] {
            for weight in tier.consensus.weights {
                check(weight.member, "the consensus weights of tier \"\(tier.tier.value)\"", path: nil)
            }
        }
    }

    private static func checkManager(_ fleet: AgentFleet, into sink: inout DiagnosticSink) {
        // A `manager` naming no member is reported as undefined; the runtime then has no manager either.
        var hasManagerRole = false
        for member in fleet.members where member.role?.value == "manager" { hasManagerRole = true }
        guard fleet.coordination?.manager == nil, !hasManagerRole, let mode = fleet.coordination?.mode else { return }
        sink.report(
            .fleetMissingManager,
            "hierarchical mode needs a manager: set \"coordination.manager\" or give a member \"role: manager\"; the runtime rejects the fleet",
            at: mode.range)
    }

    /// Agent instances of some members: each member runs `replicas` of them (default 1).
    private static func instances(_ members: [AgentFleet.Member]) -> Int {
        var total = 0
        for member in members { total += max(0, member.replicas?.value ?? 1) }
        return total
    }

    private static func isMajority(_ consensus: AgentFleet.Consensus) -> Bool {
        (consensus.algorithm?.value ?? "majority") == "majority"
    }

    private static func checkPeerVotes(_ fleet: AgentFleet, _ coordination: IRValue?, into sink: inout DiagnosticSink) {
        // The newer runtime's `aggregation` replaces the vote.
        guard coordination?["aggregation"] == nil, let consensus = fleet.coordination?.consensus, isMajority(consensus),
              let minVotes = consensus.minVotes else { return }
        let count = instances(fleet.members)
        guard minVotes.value > count else { return }
        sink.report(
            .fleetMinVotesUnreachable,
            "min_votes is \(minVotes.value), but the fleet runs \(count) agent instance\(count == 1 ? "" : "s"): the vote never reaches consensus and every task fails",
            at: minVotes.range, notes: [DiagnosticNote("each member runs its \"replicas\" (default 1), and each instance votes once", at: nil)])
    }

    private static func checkTiers(_ fleet: AgentFleet, into sink: inout DiagnosticSink) {
        var tiers: [Int] = []
        var membersByTier: [Int: [AgentFleet.Member]] = [:]
        for member in fleet.members {
            let tier = member.tier?.value ?? 1
            if membersByTier[tier] == nil { tiers.append(tier) }
            membersByTier[tier, default: []].append(member)
        }
        tiers.sort()
        if tiers.count == 1, let mode = fleet.coordination?.mode {
            var anyTier = false
            for member in fleet.members where member.tier != nil { anyTier = true }
            let which = anyTier ? "every member is in tier \(tiers[0])" : "no member sets \"tier\", so all are in tier 1"
            sink.report(
                .fleetSingleTier, "tiered mode, but \(which): the fleet runs as one group", at: mode.range)
        }
        let tierNames = tiers.map(String.init)
        for entry in fleet.coordination?.tiered?.tierConsensus ?? [] where !tierNames.contains(entry.tier.value) {
            let known = tierNames.count == 1 ? "tier \(tierNames[0])" : "tiers " + tierNames.joined(separator: ", ")
            sink.report(
                .fleetUndefinedTier,
                "\"tier_consensus\" has settings for tier \"\(entry.tier.value)\", but the members are in \(known): they are never used",
                at: entry.tier.range)
        }
        // Each tier votes with the instances of its members; one report per `min_votes` written.
        var short: [(minVotes: Located<Int>, tiers: [(tier: Int, count: Int)])] = []
        for tier in tiers {
            var written: AgentFleet.Consensus?
            for entry in fleet.coordination?.tiered?.tierConsensus ?? [] where entry.tier.value == String(tier) {
                written = entry.consensus
            }
            guard let consensus = written ?? fleet.coordination?.consensus, isMajority(consensus),
                  let minVotes = consensus.minVotes else { continue }
            let count = instances(membersByTier[tier] ?? [])
            guard minVotes.value > count else { continue }
            if let index = short.firstIndex(where: { $0.minVotes.range == minVotes.range }) {
                short[index].tiers.append((tier, count))
            } else {
                short.append((minVotes, [(tier, count)]))
            }
        }
        for (minVotes, tiers) in short {
            var parts: [String] = []
            for (tier, count) in tiers { parts.append("tier \(tier) runs \(count) agent instance\(count == 1 ? "" : "s")") }
            let list = parts.count == 1 ? parts[0] : parts.dropLast().joined(separator: ", ") + " and " + parts[parts.count - 1]
            sink.report(
                .fleetMinVotesUnreachable,
                "min_votes is \(minVotes.value), but \(list): \(tiers.count == 1 ? "its vote never reaches" : "their votes never reach") consensus",
                at: minVotes.range, notes: [DiagnosticNote("each member runs its \"replicas\" (default 1), and each instance votes once", at: nil)])
        }
    }
}

extension DiagnosticKind {
    static let fleetUndefinedMember = DiagnosticKind(
        id: "fleet.undefined-member", severity: .error, summary: "a fleet's coordination names a member it does not have",
        explanation: """
            `coordination.manager` and the keys of consensus `weights` name members of the fleet. A name \
            that is not a member's is a typo or a leftover: the AOF runtime finds no manager (in \
            hierarchical mode `AgentFleet::validate()` then rejects the fleet, even when another member \
            has `role: manager`), and a weight for an unknown name is never applied, so the member it was \
            meant for votes with weight 1.0.
            """,
        example: "agents:\n  - name: lead-reviewer\n    config: agents/lead.yaml\ncoordination:\n  mode: hierarchical\n  manager: lead-reviwer\n")

    static let fleetMissingManager = DiagnosticKind(
        id: "fleet.missing-manager", severity: .error, summary: "a hierarchical fleet has no manager",
        explanation: """
            In hierarchical mode a manager member plans the work and hands it to the workers. The AOF \
            runtime takes the member named by `coordination.manager`, or else the first member with \
            `role: manager`; with neither, `AgentFleet::validate()` rejects the fleet.
            """,
        example: "agents:\n  - name: worker-a\n    config: agents/a.yaml\ncoordination:\n  mode: hierarchical   # no manager\n")

    static let fleetMinVotesUnreachable = DiagnosticKind(
        id: "fleet.min-votes-unreachable", severity: .error, summary: "a majority vote needs more votes than there are voters",
        explanation: """
            With the majority algorithm (the default), consensus is reached when the largest group of \
            matching answers has at least `min_votes` members. Every agent instance votes once: a member \
            runs `replicas` instances (default 1). When `min_votes` exceeds the number of instances \
            (in tiered mode, the instances of the tier), consensus is never reached: in peer mode every \
            task fails, in tiered mode the tier's result is always below consensus. Lower `min_votes` or \
            add members or replicas.
            """,
        example: "agents:\n  - name: a\n    config: a.yaml\n  - name: b\n    config: b.yaml\ncoordination:\n  mode: peer\n  consensus:\n    min_votes: 3   # only 2 voters\n")

    static let fleetSingleTier = DiagnosticKind(
        id: "fleet.single-tier", severity: .warning, summary: "a tiered fleet has all its members in one tier",
        explanation: """
            Tiered mode runs the members tier by tier (`tier`, default 1), each tier working on the results \
            of the one before. When every member is in the same tier, there is nothing to hand on: the \
            fleet runs as a single group, and the AOF runtime logs "consider using peer mode". Set `tier` \
            on the members (tiers given elsewhere, such as a `tiers:` map under `coordination.tiered`, are \
            not read).
            """,
        example: "agents:\n  - name: collector\n    config: c.yaml      # no tier: 1\n  - name: reasoner\n    config: r.yaml      # no tier: 1\ncoordination:\n  mode: tiered\n")

    static let fleetUndefinedTier = DiagnosticKind(
        id: "fleet.undefined-tier", severity: .warning, summary: "tier consensus settings for a tier no member is in",
        explanation: """
            `coordination.tiered.tier_consensus` is keyed by tier number, written as a string (`"1"`, \
            `"2"`). The AOF runtime looks up each tier of the members by its number; settings under a key \
            that is not one of those tiers (`"tier1"`, `"01"`, a tier no member has) are never used, and \
            that tier votes with the fleet's `consensus` settings instead.
            """,
        example: "coordination:\n  mode: tiered\n  tiered:\n    tier_consensus:\n      tier1:          # the key is \"1\"\n        algorithm: first_wins\n")
}
