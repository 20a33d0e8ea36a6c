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
            let agents = resource.document["spec"]?["agents"]
            // A mode that did not decode is already reported.
            if coordinationValue?["mode"] != nil, fleet.coordination?.mode == nil { continue }
            let mode = fleet.coordination?.mode?.value ?? "peer"
            // The runtime reads tiers, replicas and votes as u32: with a count outside that range the
            // fleet does not load (a negative one is reported by the schema), so nothing is counted.
            let countable = countsInRange(fleet)
            switch mode {
            case "hierarchical": checkManager(fleet, into: &sink)
            case "peer" where countable: checkPeerVotes(fleet, coordinationValue, agents: agents, into: &sink)
            case "tiered" where countable: checkTiers(fleet, agents: agents, into: &sink)
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
        let tierConsensus = coordination?["tiered"]?["tier_consensus"]
        for tier in fleet.coordination?.tiered?.tierConsensus ?? [] {
            let path = tierConsensus?[tier.tier.value]?["weights"]?.path
            for weight in tier.consensus.weights {
                check(weight.member, "the consensus weights of tier \"\(tier.tier.value)\"", path: path)
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

    /// Agent instances of some members: each member runs `replicas` of them (default 1; a negative count
    /// is already reported by the schema and counts as none). The sum saturates at `Int.max`: replicas
    /// are user-written and unbounded, and an overflowing sum must not trap.
    private static func instances(_ members: [AgentFleet.Member]) -> Int {
        var total = 0
        for member in members {
            let (sum, overflow) = total.addingReportingOverflow(max(0, member.replicas?.value ?? 1))
            total = overflow ? Int.max : sum
        }
        return total
    }

    /// Whether every tier, replica count and `min_votes` of the fleet is a u32, as the runtime reads them.
    private static func countsInRange(_ fleet: AgentFleet) -> Bool {
        let range = 0...Int(UInt32.max)
        for member in fleet.members {
            if let replicas = member.replicas, !range.contains(replicas.value) { return false }
            if let tier = member.tier, !range.contains(tier.value) { return false }
        }
        if let votes = fleet.coordination?.consensus?.minVotes, !range.contains(votes.value) { return false }
        for entry in fleet.coordination?.tiered?.tierConsensus ?? [] {
            if let votes = entry.consensus.minVotes, !range.contains(votes.value) { return false }
        }
        return true
    }

    private static func isMajority(_ consensus: AgentFleet.Consensus) -> Bool {
        (consensus.algorithm?.value ?? "majority") == "majority"
    }

    /// Notes at each voting member: how many instances it runs, at its `replicas` (or its name when it
    /// has none). A fleet of more than `limit` voters gets one note at its member list instead.
    private static func voterNotes(_ members: [AgentFleet.Member], agents: IRValue?, limit: Int = 8) -> [DiagnosticNote] {
        guard members.count <= limit else {
            return [DiagnosticNote("each member runs its \"replicas\" (default 1), and each instance votes once", at: agents?.range)]
        }
        var notes: [DiagnosticNote] = []
        for member in members {
            let name = member.name.map { "\"\($0.value)\"" } ?? "a member"
            guard let replicas = member.replicas else {
                notes.append(DiagnosticNote("\(name) runs 1 instance (\"replicas\" defaults to 1), with one vote", at: member.name?.range ?? member.range))
                continue
            }
            let count = max(0, replicas.value)
            let votes = count == 0 ? "no vote" : count == 1 ? "with one vote" : "one vote each"
            notes.append(DiagnosticNote("\(name) runs \(count) instance\(count == 1 ? "" : "s") (\"replicas\"), \(votes)", at: replicas.range))
        }
        return notes
    }

    private static func checkPeerVotes(_ fleet: AgentFleet, _ coordination: IRValue?, agents: IRValue?, into sink: inout DiagnosticSink) {
        // The newer runtime's `aggregation` replaces the vote.
        guard coordination?["aggregation"] == nil, let consensus = fleet.coordination?.consensus, isMajority(consensus),
              let minVotes = consensus.minVotes else { return }
        let count = instances(fleet.members)
        guard minVotes.value > count else { return }
        sink.report(
            .fleetMinVotesUnreachable,
            "min_votes is \(minVotes.value), but the fleet runs \(count) agent instance\(count == 1 ? "" : "s"): the vote never reaches consensus and every task fails",
            at: minVotes.range, notes: voterNotes(fleet.members, agents: agents))
    }

    private static func checkTiers(_ fleet: AgentFleet, agents: IRValue?, into sink: inout DiagnosticSink) {
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
        let known = tierNames.count == 1
            ? "tier \(tierNames[0])"
            : "tiers " + tierNames.dropLast().joined(separator: ", ") + " and " + tierNames[tierNames.count - 1]
        let declared = Set(tierNames)
        for entry in fleet.coordination?.tiered?.tierConsensus ?? [] where !declared.contains(entry.tier.value) {
            sink.report(
                .fleetUndefinedTier,
                "\"tier_consensus\" has settings for tier \"\(entry.tier.value)\", but the members are in \(known): they are never used",
                at: entry.tier.range)
        }
        // Each tier votes with the instances of its members; one report per `min_votes` written.
        var writtenByTier: [String: AgentFleet.Consensus] = [:]
        for entry in fleet.coordination?.tiered?.tierConsensus ?? [] { writtenByTier[entry.tier.value] = entry.consensus }
        var short: [(minVotes: Located<Int>, tiers: [(tier: Int, count: Int)])] = []
        var shortIndex: [SourceRange: Int] = [:]
        for tier in tiers {
            let written = writtenByTier[String(tier)]
            guard let consensus = written ?? fleet.coordination?.consensus, isMajority(consensus),
                  let minVotes = consensus.minVotes else { continue }
            let count = instances(membersByTier[tier] ?? [])
            guard minVotes.value > count else { continue }
            if let index = shortIndex[minVotes.range] {
                short[index].tiers.append((tier, count))
            } else {
                shortIndex[minVotes.range] = short.count
                short.append((minVotes, [(tier, count)]))
            }
        }
        for (minVotes, tiers) in short {
            var parts: [String] = []
            var voters: [AgentFleet.Member] = []
            for (tier, count) in tiers {
                parts.append("tier \(tier) runs \(count) agent instance\(count == 1 ? "" : "s")")
                voters += membersByTier[tier] ?? []
            }
            let list = parts.count == 1 ? parts[0] : parts.dropLast().joined(separator: ", ") + " and " + parts[parts.count - 1]
            sink.report(
                .fleetMinVotesUnreachable,
                "min_votes is \(minVotes.value), but \(list): \(tiers.count == 1 ? "its vote never reaches" : "their votes never reach") consensus",
                at: minVotes.range, notes: voterNotes(voters, agents: agents))
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
