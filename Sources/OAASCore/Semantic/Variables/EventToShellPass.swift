/// Follows chat and event input through an AgentFlow (`${event}`, `${trigger}`, the outputs of nodes fed
/// with them, the variables Transform nodes export from them) and warns where it reaches a Script node's
/// shell command: the runtime pastes the text into the command before `sh -c` parses it.
enum EventToShellPass: SemanticPass {
    /// Why something carries chat input: the reference that fed it and the key that reference read.
    private struct Taint {
        /// The occurrence that fed it (nil for the payload itself).
        let occurrence: Int?
        /// The note at that occurrence.
        let note: String?
        /// The key the occurrence read.
        let parent: String?
    }

    /// One `${…}` reference of a site, with what it reads and what it feeds.
    private struct Occurrence {
        /// The site's index.
        let site: Int
        /// The reference.
        let reference: TemplateString.Reference
        /// The taint key it reads when that carries chat input: `input` for the payload itself,
        /// `node:<id>` for a node's output, `var:<name>` for a Transform export.
        let key: String?
        /// The keys it taints, with the note that explains each.
        let targets: [(key: String, note: String)]
    }

    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for (resource, facts) in context.flowsWithFacts {
            var sites: [TemplateSite] = []
            for site in context.templateSites(of: resource) {
                if case .flowRunTime = site.expansion, site.node != nil, facts.siteRuns(site) { sites.append(site) }
            }
            guard !sites.isEmpty else { continue }
            let occurrences = occurrences(of: sites, facts: facts)
            let tainted = propagate(occurrences)
            for occurrence in occurrences {
                let site = sites[occurrence.site]
                guard case .flowRunTime(shell: true) = site.expansion, let node = site.node,
                      let key = occurrence.key, tainted[key] != nil else { continue }
                let reference = occurrence.reference
                let range = context.range(ofCharacters: reference.offset, length: reference.length, in: site.value)
                let what = key == "input" ? "the trigger payload (the chat message and who sent it)" : "chat input"
                var message = "\"\(Redaction.reference(reference))\" carries \(what) into the shell command of node \"\(node.id)\": the runtime pastes it into the command text before sh parses it"
                if isQuoted(reference, in: site.text) { message += ", so the quotes around it do not protect it" }
                message += "; pass it through scriptConfig.env and use \"$NAME\" instead"
                sink.report(.eventToShell, message, at: range, path: site.value.path,
                            notes: chain(key, tainted, occurrences: occurrences, sites: sites, context: context))
            }
        }
    }

    /// Every reference of the sites, in order, with the key it reads and the keys it feeds. Both depend
    /// only on the flow, not on what is tainted, so they are worked out once.
    private static func occurrences(of sites: [TemplateSite], facts: FlowFacts) -> [Occurrence] {
        var result: [Occurrence] = []
        for (index, site) in sites.enumerated() {
            for reference in site.template.references {
                result.append(Occurrence(
                    site: index, reference: reference, key: key(of: reference, at: site, facts: facts),
                    targets: targets(of: reference, at: site, facts: facts)))
            }
        }
        return result
    }

    /// The taint key a reference reads: the payload, a Transform export that some exporting node sets
    /// before the site, or the output of a node that runs before it.
    private static func key(of reference: TemplateString.Reference, at site: TemplateSite, facts: FlowFacts) -> String? {
        let root = reference.path[0]
        if !reference.isPath {
            if root == "event" || root == "trigger" { return "input" }
            if facts.isExportAvailable(root, at: site) {
                return "var:\(root)"
            }
            return nil
        }
        if reference.path.count == 2, reference.path[1] == "output", facts.isAvailable(root, at: site) {
            return "node:\(root)"
        }
        return nil
    }

    /// What a reference passes chat input on to when what it reads carries some: the variables its
    /// Transform node exports from it, or its node's output.
    private static func targets(
        of reference: TemplateString.Reference, at site: TemplateSite, facts: FlowFacts
    ) -> [(key: String, note: String)] {
        guard let node = site.node, let type = node.type else { return [] }
        let written = "${\(reference.body)}"
        let shown = Redaction.reference(reference)
        switch type {
        case "Transform":
            var result: [(key: String, note: String)] = []
            for export in facts.exportsByNode[node.id] ?? [] where export.value.contains(written) {
                result.append(("var:\(export.name)", "transform node \"\(node.id)\" sets \"\(export.name)\" from \"\(shown)\" here"))
            }
            return result
        case "Agent", "Fleet", "Slack", "Discord", "Script":
            if type == "Script", PathKeys(site.value.path).keys.last != "command" { return [] }
            let role = type == "Agent" || type == "Fleet" ? "reads \"\(shown)\" here, so its output carries chat input"
                : "copies \"\(shown)\" into its output here"
            return [("node:\(node.id)", "node \"\(node.id)\" \(role)")]
        default:
            return []
        }
    }

    /// Everything that carries chat input, and what first fed it.
    ///
    /// The answer is the one of sweeping the references in order, again and again until nothing changes,
    /// where the first reference to feed a key explains it; it is found in one pass over events ordered
    /// by (sweep, position): a reference fires in the sweep where the key it reads is first tainted when
    /// it comes after the reference that tainted it, and in the next sweep otherwise.
    private static func propagate(_ occurrences: [Occurrence]) -> [String: Taint] {
        var readers: [String: [Int]] = [:]
        for (index, occurrence) in occurrences.enumerated() {
            if let key = occurrence.key { readers[key, default: []].append(index) }
        }
        var tainted: [String: Taint] = ["input": Taint(occurrence: nil, note: nil, parent: nil)]
        var queue = EventQueue()
        for reader in readers["input"] ?? [] { queue.push(EventQueue.Event(sweep: 0, position: reader)) }
        while let event = queue.pop() {
            let occurrence = occurrences[event.position]
            for target in occurrence.targets where tainted[target.key] == nil {
                tainted[target.key] = Taint(occurrence: event.position, note: target.note, parent: occurrence.key)
                for reader in readers[target.key] ?? [] {
                    queue.push(EventQueue.Event(sweep: reader > event.position ? event.sweep : event.sweep + 1, position: reader))
                }
            }
        }
        return tainted
    }

    /// The notes from a tainted thing back to the payload (at most a handful).
    private static func chain(
        _ key: String, _ tainted: [String: Taint], occurrences: [Occurrence], sites: [TemplateSite], context: SemanticContext
    ) -> [DiagnosticNote] {
        var notes: [DiagnosticNote] = []
        var current: String? = key
        var seen: Set<String> = []
        while let next = current, let taint = tainted[next], seen.insert(next).inserted, notes.count < 6 {
            if let index = taint.occurrence, let note = taint.note {
                let occurrence = occurrences[index]
                let site = sites[occurrence.site]
                let range = context.range(ofCharacters: occurrence.reference.offset, length: occurrence.reference.length, in: site.value)
                notes.append(DiagnosticNote(note, at: range))
            }
            current = taint.parent
        }
        return notes
    }

    private static func isQuoted(_ reference: TemplateString.Reference, in text: String) -> Bool {
        ShellScript.quotes(at: reference.offset, in: text) != nil
    }
}

/// A min-heap of propagation events, ordered by sweep, then position.
private struct EventQueue {
    /// A reference firing in one sweep.
    struct Event {
        let sweep: Int
        let position: Int

        func precedes(_ other: Event) -> Bool { (sweep, position) < (other.sweep, other.position) }
    }

    private var heap: [Event] = []

    mutating func push(_ event: Event) {
        heap.append(event)
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].precedes(heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> Event? {
        guard let first = heap.first else { return nil }
        let last = heap.removeLast()
        if !heap.isEmpty {
            heap[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1
                let right = left + 1
                var smallest = parent
                if left < heap.count, heap[left].precedes(heap[smallest]) { smallest = left }
                if right < heap.count, heap[right].precedes(heap[smallest]) { smallest = right }
                if smallest == parent { break }
                heap.swapAt(parent, smallest)
                parent = smallest
            }
        }
        return first
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
