/// Reports `{{ … }}` and `{trigger.x}` markers in AOF fields that expand `${…}`: no AOF code path has
/// another template engine, so they reach the agent, the message or the condition as written. Script
/// commands are left alone (`docker ps --format "{{.Names}}"` is Go template syntax for the tool), and so
/// are prose and OAAS files, whose alert annotations legitimately use Prometheus templates.
enum ForeignTemplatePass: SemanticPass {
    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        let facts = context.flowFactsByResource
        for (resource, sites) in context.templateSites where resource.kind.dialect == .aof {
            let flow = facts[FlowFacts.key(of: resource)]
            for site in sites where !site.template.foreign.isEmpty {
                switch site.expansion {
                case .flowRunTime(shell: false), .loadTime: break
                default: continue
                }
                if let flow, !flow.siteRuns(site) { continue }
                for marker in site.template.foreign {
                    let range = context.range(ofCharacters: marker.offset, length: marker.text.count, in: site.value)
                    var message = "\"\(marker.text)\" is not expanded: AOF has no \(marker.style == .doubleBrace ? "\"{{ }}\"" : "\"{…}\"") templates and replaces only \"${…}\" references, so this reaches the platform as written"
                    if let equivalent = equivalent(of: marker) { message += "; the runtime's form is \"\(equivalent)\"" }
                    sink.report(.foreignTemplate, message, at: range, path: site.value.path)
                }
            }
        }
    }

    /// The `${…}` spelling the runtime does expand, when the marker names a whole value it provides.
    static func equivalent(of marker: TemplateString.ForeignMarker) -> String? {
        var inner = Substring(marker.text)
        while let first = inner.first, first == "{" || first == " " { inner.removeFirst() }
        while let last = inner.last, last == "}" || last == " " { inner.removeLast() }
        let parts = inner.split(separator: ".").map(String.init)
        if parts.count == 1, parts[0] == "event" || parts[0] == "trigger" { return "${\(parts[0])}" }
        if parts.count == 2, parts[1] == "output" || parts[1] == "result" { return "${\(inner)}" }
        return nil
    }
}

extension DiagnosticKind {
    static let foreignTemplate = DiagnosticKind(
        id: "var.foreign-template", severity: .warning,
        summary: "a `{{ … }}` or `{name.path}` template in an AOF field that only expands `${…}`",
        explanation: """
            Real flows borrow template syntax from other tools: `{{ trigger.user.username }}` (Jinja, \
            Argo), `{agent.summary}` (Python format strings). The AOF runtime has no such engine: in the \
            fields it expands it replaces `${…}` references only, and a `{{ … }}` reaches the agent, the \
            Slack message or the condition as written (a condition then never holds).

            Use `${event}`, `${trigger}` or `${<node>.output}`. Script commands are not checked, because \
            there `{{ … }}` is usually a Go template for the tool being run (`docker ps --format \
            "{{.Names}}"`); neither are OAAS files, where Prometheus and Alertmanager annotations use \
            `{{ $labels.… }}` legitimately.
            """,
        example: """
            spec:
              nodes:
                - id: notify
                  type: Slack
                  config: {channel: ops, message: "Requested by {{ trigger.user.username }}"}
            """)
}
