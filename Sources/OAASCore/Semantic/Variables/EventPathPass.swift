/// Checks `${event.…}` and `${trigger.…}` paths in AgentFlow fields the runtime expands: the field must be
/// one the trigger payload carries, and even then the runtime never resolves a dotted path.
enum EventPathPass: SemanticPass {
    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for (resource, facts) in context.flowsWithFacts {
            for site in context.templateSites(of: resource) {
                guard case .flowRunTime(let shell) = site.expansion, facts.siteRuns(site) else { continue }
                for reference in site.template.references where reference.isPath {
                    let root = reference.path[0]
                    // A node with that id sets `${<id>.output}` itself: the node checks handle it.
                    guard root == "event" || root == "trigger", facts.node(root) == nil else { continue }
                    let range = context.range(ofCharacters: reference.offset, length: reference.length, in: site.value)
                    let written = Redaction.reference(reference)
                    if let problem = TriggerPayload.problem(in: Array(reference.path.dropFirst())) {
                        var message = "\"\(written)\": \(problem.message)"
                        if let suggestion = problem.suggestion { message += "; did you mean \"\(root).\(suggestion)\"?" }
                        sink.report(.unknownEventField, message, at: range, path: site.value.path)
                    } else {
                        let shellNote = shell ? ShellScript.badSubstitutionNote(at: reference.offset, in: site.text) : ""
                        sink.report(
                            .referenceNotExpanded,
                            "\"\(written)\" is left as literal text: the runtime replaces \"${\(root)}\" (the whole trigger payload as JSON) but never resolves a path into it\(shellNote)",
                            at: range, path: site.value.path)
                    }
                }
            }
        }
    }
}

/// The fields of the payload a flow's `event` and `trigger` variables hold.
///
/// The daemon builds `{event: {type, text, user: {id, username}, channel_id, thread_id, timestamp,
/// metadata}, platform, flow_name, match_reason, match_score}`; `aofctl run flow -i` builds
/// `{event: {text, user, channel, ts}}`. Authors write `${event.text}` for the event's text, so a first
/// field may name either a top-level field or a field of the event.
enum TriggerPayload {
    /// Top-level fields of the daemon's payload.
    static let topLevel = ["event", "platform", "flow_name", "match_reason", "match_score"]
    /// Fields of `event` (daemon and `aofctl run flow`).
    static let eventFields = ["type", "text", "user", "channel_id", "thread_id", "timestamp", "metadata", "channel", "ts"]
    /// Fields of `event.user` (daemon).
    static let userFields = ["id", "username"]
    /// Names people write for a field under another name.
    static let aliases: [String: String] = [
        "message": "text", "body": "text", "content": "text", "thread_ts": "thread_id", "user_id": "user.id",
        "user_name": "user.username", "time": "timestamp", "event_type": "type",
    ]

    /// Names people write for a field of the user.
    static let userAliases: [String: String] = ["name": "username", "login": "username", "user_id": "id", "handle": "username"]

    /// What is wrong with a path below `event`/`trigger`, or nil when every field exists.
    static func problem(in path: [String]) -> (message: String, suggestion: String?)? {
        guard let first = path.first else { return nil }
        if topLevel.contains(first) && first != "event" {
            return path.count == 1 ? nil : scalar(first, path[1])
        }
        if first == "event" {
            return path.count == 1 ? nil : eventProblem(Array(path.dropFirst()), prefix: ["event"])
        }
        return eventProblem(path, prefix: [])
    }

    private static func eventProblem(_ path: [String], prefix: [String]) -> (message: String, suggestion: String?)? {
        let field = path[0]
        let candidates = prefix.isEmpty ? eventFields + topLevel.filter { $0 != "event" } : eventFields
        guard candidates.contains(field) else {
            let suggestion = aliases[field] ?? Suggestion.closest(to: field, in: candidates)
            return ("the trigger provides no field \"\(field)\"; the event has type, text, user, channel_id, thread_id, timestamp and metadata (where platform-specific data is)",
                    suggestion.map { (prefix + [$0]).joined(separator: ".") })
        }
        guard path.count > 1 else { return nil }
        switch field {
        case "metadata":
            return nil
        case "user":
            let sub = path[1]
            guard userFields.contains(sub) else {
                let suggestion = userAliases[sub] ?? Suggestion.closest(to: sub, in: userFields)
                return ("the event's user has no field \"\(sub)\", only id and username",
                        suggestion.map { (prefix + ["user", $0]).joined(separator: ".") })
            }
            return path.count > 2 ? scalar(sub, path[2]) : nil
        default:
            return scalar(field, path[1])
        }
    }

    private static func scalar(_ field: String, _ next: String) -> (message: String, suggestion: String?) {
        ("\"\(field)\" is a single value, with no field \"\(next)\"", nil)
    }
}

extension DiagnosticKind {
    static let unknownEventField = DiagnosticKind(
        id: "var.unknown-event-field", severity: .error,
        summary: "an `${event.…}` or `${trigger.…}` path naming a field the trigger payload does not have",
        explanation: """
            A flow's `event` and `trigger` variables both hold the payload that started it. The AOF daemon \
            builds `{event: {type, text, user: {id, username}, channel_id, thread_id, timestamp, metadata}, \
            platform, flow_name, match_reason, match_score}`; `aofctl run flow -i TEXT` builds \
            `{event: {text, user, channel, ts}}`. Platform-specific data (a PagerDuty incident, a GitHub \
            pull request) is only in `metadata`. A path such as `${event.incident.id}` or `${event.severity}` \
            names a field that no trigger provides.

            Note that the current runtime resolves no dotted path at all (see `var.reference-not-expanded`): \
            even a correct field stays literal text. Pass `${event}` (the whole payload as JSON) and let the \
            agent read what it needs.
            """,
        example: """
            spec:
              nodes:
                - id: triage
                  type: Agent
                  config: {agent: responder, input: "Incident ${event.incident.id}"}
            """)
}
