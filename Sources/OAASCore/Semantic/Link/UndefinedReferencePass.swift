/// Resolves every cross-document reference (DESIGN.md's reference graph) against the symbol table:
/// an unknown name is an error with a did-you-mean, a pattern that matches nothing is a warning, and a
/// reference to a declaration that has errors of its own gets a note.
enum UndefinedReferencePass: SemanticPass {
    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        let symbols = context.symbols
        // Capabilities are declared by OAAS agent documents. While some agent of the workspace has no
        // document here (an inventory entry for an agent that lives in a project repository), the
        // capability it offers cannot be known, so capability references are not checked.
        let agentsComplete = symbols.declarations(.agent).allSatisfy { entry in
            entry.symbols.contains { $0.group == "document" }
        }
        for (index, resource) in context.project.resources.enumerated() {
            for reference in References.of(resource) {
                let name = reference.name.value
                // References of a kind the workspace never declares point outside it (an agent registry,
                // a file not passed in): nothing to check them against.
                guard reference.kinds.contains(where: { symbols.declaresAny($0, from: index) }) else { continue }
                if reference.kinds == [.capability], !agentsComplete { continue }
                if reference.allowsPatterns, name.contains("*") {
                    checkPattern(reference, from: index, symbols: symbols, into: &sink)
                    continue
                }
                let found = reference.kinds.flatMap { symbols.lookup($0, name, from: index) }
                if found.isEmpty {
                    reportUndefined(reference, from: index, symbols: symbols, into: &sink)
                } else if found.allSatisfy(\.isInvalid), let target = found.first {
                    sink.report(
                        .invalidTarget, "\(target.kind.noun) \"\(name)\" has errors of its own",
                        at: reference.name.range,
                        notes: [DiagnosticNote("\"\(name)\" is declared here; fix the errors reported there", at: target.range)])
                }
            }
        }
    }

    private static func reportUndefined(_ reference: Reference, from index: Int, symbols: SymbolTable, into sink: inout DiagnosticSink) {
        let name = reference.name.value
        let kind = reference.kinds[0]
        let expected = nounList(reference.kinds)
        var message = "undefined \(expected) \"\(name)\" in \(reference.role)"
        var notes: [DiagnosticNote] = []
        let candidates = reference.kinds.flatMap { symbols.names($0, from: index) }
        // Agents, fleets and flows are named side by side in triggers and flows, so one of them is
        // easily written where another is meant.
        let confusable: [SymbolKind] = [.agent, .fleet, .flow]
        if reference.kinds.allSatisfy(confusable.contains),
           let other = confusable.first(where: { !reference.kinds.contains($0) && !symbols.lookup($0, name).isEmpty }),
           let declaration = symbols.lookup(other, name).first {
            message += "; \"\(name)\" is \(article(other.noun)) \(other.noun)"
            notes.append(DiagnosticNote("\"\(name)\" is declared here as \(article(other.noun)) \(other.noun)", at: declaration.range))
        } else if let suggestion = Suggestion.closest(to: name, in: candidates) {
            message += "; did you mean \"\(suggestion)\"?"
            if let declaration = reference.kinds.lazy.compactMap({ symbols.lookup($0, suggestion, from: index).first }).first {
                notes.append(DiagnosticNote("\"\(suggestion)\" is declared here", at: declaration.range))
            }
        }
        guard let id = undefinedKind(kind) else { return }
        sink.report(id, message, at: reference.name.range, notes: notes)
    }

    private static func checkPattern(_ reference: Reference, from index: Int, symbols: SymbolTable, into sink: inout DiagnosticSink) {
        let pattern = reference.name.value
        if pattern == "*" { return }
        let matches = reference.kinds.contains { kind in
            symbols.names(kind, from: index).contains { Glob.matches(pattern, $0) }
        }
        if !matches {
            let expected = nounList(reference.kinds)
            sink.report(
                .patternMatchesNothing, "pattern \"\(pattern)\" in \(reference.role) matches no declared \(expected)",
                at: reference.name.range)
        }
    }

    /// `agent`, `agent or fleet`, `agent, fleet or flow`.
    private static func nounList(_ kinds: [SymbolKind]) -> String {
        let nouns = kinds.map(\.noun)
        guard nouns.count > 1 else { return nouns.first ?? "" }
        return nouns.dropLast().joined(separator: ", ") + " or " + nouns[nouns.count - 1]
    }

    private static func article(_ noun: String) -> String {
        noun.first.map { "aeiou".contains($0) } ?? false ? "an" : "a"
    }

    /// The ID reporting an undefined name of a kind; nil for kinds nothing refers to by name.
    static func undefinedKind(_ kind: SymbolKind) -> DiagnosticKind? {
        switch kind {
        case .agent: .undefinedAgent
        case .fleet: .undefinedFleet
        case .flow: .undefinedFlow
        case .project: .undefinedProject
        case .team: .undefinedTeam
        case .capability: .undefinedCapability
        case .model: .undefinedModel
        case .channel: .undefinedChannel
        case .metric: .undefinedMetric
        case .trigger, .context: nil
        }
    }
}

/// `*` globs as written in routing rules and project lists.
enum Glob {
    /// Whether `name` matches `pattern`, where `*` matches any run of characters.
    static func matches(_ pattern: String, _ name: String) -> Bool {
        let parts = pattern.split(separator: "*", omittingEmptySubsequences: false)
        guard parts.count > 1 else { return pattern == name }
        var rest = Substring(name)
        guard rest.hasPrefix(parts[0]) else { return false }
        rest = rest.dropFirst(parts[0].count)
        for part in parts.dropFirst().dropLast() {
            guard let found = rest.range(of: String(part)) else { return false }
            rest = rest[found.upperBound...]
        }
        return rest.hasSuffix(parts[parts.count - 1])
    }
}

extension DiagnosticKind {
    private static func undefined(id: String, _ noun: String, declaredBy: String, referredBy: String, example: String) -> DiagnosticKind {
        DiagnosticKind(
            id: id, severity: .error, summary: "a reference to \(noun == "agent" ? "an" : "a") \(noun) that is not declared",
            explanation: """
                \(referredBy) name \(noun == "agent" ? "an" : "a") \(noun) declared by \(declaredBy). A name that \
                matches no declaration is a typo or a leftover, and the platform only finds out when the \
                request arrives (or never: an unknown name is skipped without a word). oaas suggests the \
                nearest declared name and points at it. References are checked once the workspace declares \
                at least one \(noun); names written as `${VAR}` are only known at run time and are not checked.\(["agent", "fleet", "flow"].contains(noun) ? "" : " When a tree holds several `Workspace` documents, a \(noun) resolves within the workspace whose directory holds the referring file.")\(noun == "capability" ? " Capabilities are checked only when every agent of the workspace inventory has its document in the workspace." : "")
                """,
            example: example)
    }

    static let undefinedAgent = undefined(
        id: "ref.undefined-agent", "agent", declaredBy: "an AOF `Agent` or OAAS `Agent` document, or an entry of the workspace's `agents` inventory",
        referredBy: "Flow nodes (`config.agent`), trigger commands, default agents, orchestration patterns (steps, groups' `agent_type`, fan-out, stages, map/reduce, circuit breakers) and workspace routing rules",
        example: "nodes:\n  - id: diagnose\n    type: Agent\n    config:\n      agent: k8s-opz   # the agent is k8s-ops\n")
    static let undefinedFleet = undefined(
        id: "ref.undefined-fleet", "fleet", declaredBy: "an `AgentFleet` document",
        referredBy: "Fleet nodes (`config.fleet`) and trigger commands (`fleet:`)",
        example: "commands:\n  /rca:\n    fleet: rca-fleeet\n")
    static let undefinedFlow = undefined(
        id: "ref.undefined-flow", "flow", declaredBy: "an `AgentFlow` document",
        referredBy: "Trigger commands (`flow:`)",
        example: "commands:\n  /deploy:\n    flow: deploy-flw\n")
    static let undefinedProject = undefined(
        id: "ref.undefined-project", "project", declaredBy: "the workspace's `projects` list",
        referredBy: "Orchestration routing (`preferred_projects`, `fallback_projects`, `route_to_projects`, `allowed_projects`), pattern steps and stages, agent inventory entries, team project lists and per-project budgets",
        example: "capability_routing:\n  - capability: code_review\n    preferred_projects: [platform-cl]\n")
    static let undefinedTeam = undefined(
        id: "ref.undefined-team", "team", declaredBy: "the workspace's `teams` or the context's `teams`",
        referredBy: "Projects' `team`, team routing, per-team budgets, rate limits and cost controls",
        example: "budgets:\n  per_team:\n    enginering: 12000\n")
    static let undefinedCapability = undefined(
        id: "ref.undefined-capability", "capability", declaredBy: "an OAAS agent's `capabilities`",
        referredBy: "Capability routing and per-capability rate limits",
        example: "capability_routing:\n  - capability: security_scaning\n")
    static let undefinedModel = undefined(
        id: "ref.undefined-model", "model", declaredBy: "the context's `models` list",
        referredBy: "The context's `default_model` and `fallback_model`",
        example: "default_model: claude-3-opuss\n")
    static let undefinedChannel = undefined(
        id: "ref.undefined-channel", "channel", declaredBy: "the observability configuration's alerting channels",
        referredBy: "Alert rules' `channels`",
        example: "rules:\n  - alert: HighLatency\n    channels: [pagerduty, slak]\n")
    static let undefinedMetric = undefined(
        id: "ref.undefined-metric", "metric", declaredBy: "the observability configuration's metrics, the orchestration rules' `metrics` or the workspace's monitoring metrics",
        referredBy: "Alert rules' `metric`",
        example: "rules:\n  - alert: HighLatency\n    metric: orchestration_latncy_seconds\n")
    static let invalidTarget = DiagnosticKind(
        id: "ref.invalid-target", severity: .note, summary: "a reference to a declaration that has errors",
        explanation: """
            The name resolves, but the document that declares it has errors of its own, so the platform \
            may reject it at load time and the reference will fail then. The note points at the \
            declaration; fix the errors reported there.
            """,
        example: "commands:\n  /diagnose:\n    agent: k8s-ops   # agents/k8s-ops.yaml has an error\n")
    static let patternMatchesNothing = DiagnosticKind(
        id: "ref.pattern-matches-nothing", severity: .warning, summary: "a name pattern matches no declaration",
        explanation: """
            A list that accepts patterns (`"*"`, `team-*`) holds one that matches none of the declared \
            names, so the rule it belongs to never applies. Check the pattern against the names declared \
            in the workspace.
            """,
        example: "routing_rules:\n  - pattern: \"security\"\n    agents: [\"sec-*\"]   # agents are security-auditor, security-scanner\n")
}
