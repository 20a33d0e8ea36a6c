/// Follows chat and event input through an AgentFlow (`${event}`, `${trigger}`, the outputs of nodes fed
/// with them, the variables Transform nodes export from them) and warns where it reaches a Script node's
/// shell command: the runtime pastes the text into the command before `sh -c` parses it.
enum EventToShellPass: SemanticPass {
    /// Why something carries chat input: where it was fed, and what fed that place.
    private struct Taint {
        let note: DiagnosticNote?
        let parent: String?
    }

    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for (resource, _, facts) in context.project.flowsWithFacts {
            var sites: [TemplateSite] = []
            for site in TemplateSites.collect(resource) {
                if case .flowRunTime = site.expansion, site.node != nil, facts.siteRuns(site) { sites.append(site) }
            }
            guard !sites.isEmpty else { continue }
            let tainted = propagate(sites, facts: facts, context: context)
            for site in sites {
                guard case .flowRunTime(shell: true) = site.expansion, let node = site.node else { continue }
                for reference in site.template.references {
                    guard let key = source(reference, at: site, facts: facts, tainted: tainted) else { continue }
                    let range = context.range(ofCharacters: reference.offset, length: reference.length, in: site.value)
                    let written = "${\(reference.body)}"
                    let what = key == "input" ? "the trigger payload (the chat message and who sent it)" : "chat input"
                    var message = "\"\(written)\" carries \(what) into the shell command of node \"\(node.id)\": the runtime pastes it into the command text before sh parses it"
                    if isQuoted(reference, in: site.text) { message += ", so the quotes around it do not protect it" }
                    message += "; pass it through scriptConfig.env and use \"$NAME\" instead"
                    sink.report(.eventToShell, message, at: range, path: site.value.path, notes: chain(key, tainted))
                }
            }
        }
    }

    /// The taint key a reference reads, if it carries chat input: `input` for the payload itself,
    /// `node:<id>` for a node's output, `var:<name>` for a Transform export.
    private static func source(
        _ reference: TemplateString.Reference, at site: TemplateSite, facts: FlowFacts, tainted: [String: Taint]
    ) -> String? {
        let root = reference.path[0]
        if !reference.isPath {
            if root == "event" || root == "trigger" { return "input" }
            if tainted["var:\(root)"] != nil, let exports = facts.exports[root],
               exports.contains(where: { facts.isAvailable($0.node, at: site) }) {
                return "var:\(root)"
            }
            return nil
        }
        if reference.path.count == 2, reference.path[1] == "output", tainted["node:\(root)"] != nil,
           facts.isAvailable(root, at: site) {
            return "node:\(root)"
        }
        return nil
    }

    /// Everything that carries chat input, found by repeating until nothing changes.
    private static func propagate(_ sites: [TemplateSite], facts: FlowFacts, context: SemanticContext) -> [String: Taint] {
        var tainted: [String: Taint] = ["input": Taint(note: nil, parent: nil)]
        var changed = true
        while changed {
            changed = false
            for site in sites {
                guard let node = site.node, let type = node.type else { continue }
                for reference in site.template.references {
                    guard let key = source(reference, at: site, facts: facts, tainted: tainted) else { continue }
                    let range = context.range(ofCharacters: reference.offset, length: reference.length, in: site.value)
                    let written = "${\(reference.body)}"
                    switch type {
                    case "Transform":
                        for export in facts.exports.values.joined() where export.node == node.id
                            && export.value.contains(written) && tainted["var:\(export.name)"] == nil {
                            tainted["var:\(export.name)"] = Taint(
                                note: DiagnosticNote("Transform node \"\(node.id)\" sets \"\(export.name)\" from \"\(written)\" here", at: range),
                                parent: key)
                            changed = true
                        }
                    case "Agent", "Fleet", "Slack", "Discord", "Script":
                        if type == "Script", PathKeys(site.value.path).keys.last != "command" { continue }
                        guard tainted["node:\(node.id)"] == nil else { continue }
                        let role = type == "Agent" || type == "Fleet" ? "reads \"\(written)\" here, so its output carries chat input"
                            : "copies \"\(written)\" into its output here"
                        tainted["node:\(node.id)"] = Taint(note: DiagnosticNote("node \"\(node.id)\" \(role)", at: range), parent: key)
                        changed = true
                    default:
                        continue
                    }
                }
            }
        }
        return tainted
    }

    /// The notes from a tainted thing back to the payload (at most a handful).
    private static func chain(_ key: String, _ tainted: [String: Taint]) -> [DiagnosticNote] {
        var notes: [DiagnosticNote] = []
        var current: String? = key
        var seen: Set<String> = []
        while let next = current, let taint = tainted[next], seen.insert(next).inserted, notes.count < 6 {
            if let note = taint.note { notes.append(note) }
            current = taint.parent
        }
        return notes
    }

    private static func isQuoted(_ reference: TemplateString.Reference, in text: String) -> Bool {
        ShellScript.quotes(at: reference.offset, in: text) != nil
    }
}

extension DiagnosticKind {
    static let eventToShell = DiagnosticKind(
        id: "taint.event-to-shell", severity: .warning,
        summary: "chat or event input reaches a Script node's shell command",
        explanation: """
            A Script node's `command` runs as `sh -c COMMAND` after the runtime has replaced its \
            `${…}` references with plain text. When the text comes from the chat or the event that \
            started the flow (`${event}`, `${trigger}`), from an agent that read it, or from a \
            Transform variable set from it, whoever writes the message writes part of the command: \
            `$(…)`, `;` or a backquote in a Slack message runs on the flow's host. Quoting does not help, \
            because the value is pasted in before the shell parses anything: a `"` or `'` in the message \
            closes the quotes.

            Hand the value to the command as an environment variable instead, which the shell never \
            parses as code: `scriptConfig: {command: 'kubectl logs "$POD"', env: {POD: "${pick.output}"}}`. \
            The notes show how the input travels to the command.
            """,
        example: """
            spec:
              nodes:
                - id: run
                  type: Script
                  config:
                    scriptConfig:
                      command: "echo '${event}' | jq -r .event.text"
            """)
}
