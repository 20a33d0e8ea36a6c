/// Checks `${node.output}` and `${node.result}` references in AgentFlow fields the runtime expands: the
/// node must exist, must run before the place that reads it, and only the exact keys the runtime sets
/// are replaced. Also checks that a Transform-exported flow variable is set before it is read.
enum NodeReferencePass: SemanticPass {
    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for (resource, facts) in context.flowsWithFacts {
            let ids = facts.nodes.map(\.id)
            for site in context.templateSites(of: resource) {
                guard case .flowRunTime(let shell) = site.expansion, facts.siteRuns(site) else { continue }
                for reference in site.template.references {
                    let range = context.range(ofCharacters: reference.offset, length: reference.length, in: site.value)
                    let written = Redaction.reference(reference)
                    let root = reference.path[0]
                    if !reference.isPath {
                        checkExport(root, written: written, site: site, facts: facts, range: range, into: &sink)
                        continue
                    }
                    if root == "event" || root == "trigger", facts.node(root) == nil { continue }
                    guard let node = facts.node(root) else {
                        var message = "\"\(written)\" refers to \"\(root)\", which is not a node of this flow"
                        var notes: [DiagnosticNote] = []
                        if let suggestion = Suggestion.closest(to: root, in: ids), let declared = facts.node(suggestion) {
                            message += "; did you mean \"\(suggestion)\"?"
                            notes.append(DiagnosticNote("node \"\(suggestion)\" is declared here", at: declared.range))
                        } else {
                            message += "; only \"${event}\", \"${trigger}\" and node results such as \"${<node>.output}\" can be read"
                        }
                        sink.report(.unknownNodeReference, message, at: range, path: site.value.path, notes: notes)
                        continue
                    }
                    guard facts.isAvailable(root, at: site) else {
                        sink.report(
                            .nodeNotBefore, "\"\(written)\" reads node \"\(root)\", which never runs before \(placeName(site))",
                            at: range, path: site.value.path,
                            notes: [DiagnosticNote(notRunNote(node, facts), at: node.range)])
                        continue
                    }
                    checkField(reference, written: written, node: node, shell: shell, range: range, site: site, into: &sink)
                }
            }
        }
    }

    private static func article(_ word: String) -> String {
        word.first.map { "AEIOU".contains($0) } == true ? "an" : "a"
    }

    /// Where a site is evaluated, for messages: `node "x"` or `the connection from "x"`.
    static func placeName(_ site: TemplateSite) -> String {
        if let node = site.node { return "node \"\(node.id)\"" }
        if let from = site.connectionFrom { return "the connection from \"\(from)\" is followed" }
        return "this field is read"
    }

    private static func notRunNote(_ node: FlowFacts.NodeInfo, _ facts: FlowFacts) -> String {
        guard facts.runs(node.id) else {
            return "node \"\(node.id)\" is declared here; no connection from the entry reaches it"
        }
        return "node \"\(node.id)\" is declared here"
    }

    private static func checkField(
        _ reference: TemplateString.Reference, written: String, node: FlowFacts.NodeInfo, shell: Bool, range: SourceRange,
        site: TemplateSite, into sink: inout DiagnosticSink
    ) {
        let field = reference.path[1]
        if reference.path.count == 2, field == "output" { return }
        if reference.path.count == 2, field == "result", node.type == "Conditional" { return }
        let shellNote = shell ? ShellScript.badSubstitutionNote(at: reference.offset, in: site.text) : ""
        let message: String
        if field == "output" {
            message = "\"\(written)\" is left as literal text: the runtime replaces only \"${\(node.id).output}\" (the node's whole output as JSON), never a path into it\(shellNote)"
        } else if field == "result" {
            message = "\"\(written)\" is left as literal text: only Conditional nodes set a result, and \"\(node.id)\" is \(node.type.map { "\(article($0)) \($0) node" } ?? "not one")\(shellNote)"
        } else {
            let provided = node.type == "Conditional" ? "\"${\(node.id).output}\" and \"${\(node.id).result}\"" : "\"${\(node.id).output}\" (its whole output as JSON)"
            message = "\"\(written)\" is left as literal text: node \"\(node.id)\" provides only \(provided)\(shellNote)"
        }
        sink.report(.referenceNotExpanded, message, at: range, path: site.value.path)
    }

    /// A plain `${NAME}` that a Transform node exports: some exporting node must run first.
    private static func checkExport(
        _ name: String, written: String, site: TemplateSite, facts: FlowFacts, range: SourceRange, into sink: inout DiagnosticSink
    ) {
        guard let exports = facts.exports[name] else { return }
        if facts.isExportAvailable(name, at: site) { return }
        for export in exports where export.node == site.node?.id { return }
        let first = exports[0]
        let declared = facts.node(first.node)
        sink.report(
            .nodeNotBefore,
            "\"\(written)\" is set by Transform node \"\(first.node)\", which never runs before \(placeName(site)); until then the runtime looks \"\(name)\" up in the environment",
            at: range, path: site.value.path,
            notes: declared.map { [DiagnosticNote("node \"\($0.id)\" exports \"\(name)\" here", at: $0.range)] } ?? [])
    }
}

extension DiagnosticKind {
    static let unknownNodeReference = DiagnosticKind(
        id: "var.unknown-node", severity: .error,
        summary: "a `${x.output}`-style reference whose first part is not a node of the flow",
        explanation: """
            In the fields an AgentFlow expands (`input`, `condition`, `channel`, `message`, `script`, a \
            Script node's `command`, `working_dir` and `env`, a connection's `when`), the runtime replaces \
            exact keys only: `${event}` and `${trigger}` (the trigger payload), `${<node>.output}` after a \
            node ran and `${<node>.result}` after a Conditional node ran, and the variables Transform nodes \
            export. A reference such as `${analyse.output}` to a node that does not exist, or to something \
            that is not a node (`${context.namespace}`, `${approval.timeout}`, `${previous.output}`), is left \
            in the text as written, without any error at run time.

            Fix the node id (the message suggests the nearest one), or pass the value another way.
            """,
        example: """
            spec:
              nodes:
                - id: analyze
                  type: Agent
                  config: {agent: k8s-ops, input: "${event}"}
                - id: reply
                  type: Slack
                  config: {channel: ops, message: "${analyse.output}"}
            """)

    static let nodeNotBefore = DiagnosticKind(
        id: "var.node-not-before", severity: .error,
        summary: "a reference to a node (or a Transform's variable) that never runs before the place reading it",
        explanation: """
            `${<node>.output}` is set only once that node has run; until then the reference stays literal \
            text. The runtime follows `connections` from the entry nodes (`from: start`), so the node read \
            must come earlier on some path from an entry to the node that reads it (for a connection's \
            `when`, to the connection's `from`). A node on a parallel branch, after the reader, or reached \
            by no connection never qualifies. The same holds for a variable a Transform node exports: \
            before that node ran, the runtime looks the name up in the process environment instead.

            Connect the nodes so that the producer runs first, or read a node that does.
            """,
        example: """
            spec:
              nodes:
                - id: reply
                  type: Slack
                  config: {channel: ops, message: "${analyze.output}"}
                - id: analyze
                  type: Agent
                  config: {agent: k8s-ops, input: "${event}"}
              connections:
                - {from: start, to: reply}
                - {from: reply, to: analyze}
            """)

    static let referenceNotExpanded = DiagnosticKind(
        id: "var.reference-not-expanded", severity: .warning,
        summary: "a dotted `${…}` path that the AOF runtime never resolves",
        explanation: """
            The AOF flow runtime has no path lookup: it replaces `${event}` and `${trigger}` (the whole \
            trigger payload, as JSON), `${<node>.output}` (the node's whole output, as JSON; for an Agent \
            node that is `{"agent": …, "input": …, "output": …, …}`, not just the reply) and \
            `${<node>.result}` of a Conditional node, and nothing else. `${event.text}`, \
            `${trigger.user.id}`, `${analyze.output.severity}` and `${agent.requires_approval}` reach the \
            agent, the message or the condition as literal text, with no error or warning at run time; in \
            a Script node's command, `sh` then fails with "bad substitution".

            Pass the whole value instead (`${event}`, `${analyze.output}`) and let the agent read the \
            field it needs, or compute the value in a Script node whose output is the field alone.
            """,
        example: """
            spec:
              nodes:
                - id: analyze
                  type: Agent
                  config: {agent: k8s-ops, input: "${event.text}"}
            """)
}
