/// Reports `${…}` references in AOF files that the runtime will not replace: written in a field it uses as
/// written, with a name the flow runtime does not look up, or with a `:-` default it does not understand.
enum UnexpandedVariablePass: SemanticPass {
    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        let facts = context.flowFactsByResource
        for (resource, sites) in context.templateSites where resource.kind.dialect == .aof {
            let flow = facts[FlowFacts.key(of: resource)]
            reportVerbatim(sites, resource: resource, context: context, into: &sink)
            for site in sites {
                switch site.expansion {
                case .flowRunTime(shell: false):
                    if let flow, !flow.siteRuns(site) { continue }
                    checkNames(site, flow: flow, resource: resource, context: context, into: &sink)
                case .loadTime:
                    checkNames(site, flow: nil, resource: resource, context: context, into: &sink)
                default:
                    continue
                }
            }
        }
    }

    /// One warning per reference text and resource, at its first use, with notes at the others.
    private static func reportVerbatim(_ sites: [TemplateSite], resource: Resource, context: SemanticContext, into sink: inout DiagnosticSink) {
        // Grouped by the reference as written (defaults included), shown without its default.
        var order: [String] = []
        var uses: [String: [(site: TemplateSite, reference: TemplateString.Reference, range: SourceRange, reason: String)]] = [:]
        for site in sites {
            guard case .verbatim(let reason) = site.expansion else { continue }
            for reference in site.template.references {
                let body = reference.body
                if uses[body] == nil { order.append(body) }
                let range = context.range(ofCharacters: reference.offset, length: reference.length, in: site.value)
                uses[body, default: []].append((site, reference, range, reason))
            }
        }
        for body in order {
            let all = uses[body]!
            let first = all[0]
            var message = "\"\(Redaction.reference(first.reference))\" is passed on literally: \(first.reason)"
            var fixIts: [FixIt] = []
            if case .daemonConfig = resource.model, let fix = daemonFix(first.site) {
                message += "; name the variable in \"\(fix.key)\" instead"
                fixIts.append(fix.fixIt)
            }
            var notes: [DiagnosticNote] = []
            for other in all.dropFirst() {
                notes.append(DiagnosticNote("also written here", at: other.range))
            }
            sink.report(.notExpanded, message, at: first.range, path: first.site.value.path, notes: notes, fixIts: fixIts)
        }
    }

    /// DaemonConfig credentials that have a `*_env` twin naming the variable.
    static let daemonEnvTwins: [String: Set<String>] = [
        "slack": ["bot_token", "signing_secret"], "discord": ["bot_token"], "telegram": ["bot_token"],
        "whatsapp": ["access_token"], "github": ["token", "webhook_secret"],
        "jira": ["cloud_id", "user_email", "api_token", "webhook_secret"],
    ]

    private static func daemonFix(_ site: TemplateSite) -> (key: String, fixIt: FixIt)? {
        let path = PathKeys(site.value.path)
        guard path.keys.count == 4, path.starts(with: ["spec", "platforms"]), let key = site.key, let keyRange = site.keyRange,
              daemonEnvTwins[path.keys[2]]?.contains(key) == true, site.template.isSingleReference,
              let reference = site.template.references.first, reference.defaultValue == nil, !reference.isPath
        else { return nil }
        let twin = key + "_env"
        let range = SourceRange(file: keyRange.file, start: keyRange.start, end: site.value.range.end)
        return (twin, FixIt(range: range, replacement: "\(twin): \(reference.path[0])"))
    }

    private static func checkNames(
        _ site: TemplateSite, flow: FlowFacts?, resource: Resource, context: SemanticContext, into sink: inout DiagnosticSink
    ) {
        for reference in site.template.references where !reference.isPath {
            let name = reference.path[0]
            if RequiredVariables.processVariables.contains(name) { continue }
            if flow != nil, name == "event" || name == "trigger" || flow?.exports[name] != nil { continue }
            let range = context.range(ofCharacters: reference.offset, length: reference.length, in: site.value)
            let written = Redaction.reference(reference)
            if reference.defaultValue != nil {
                sink.report(
                    .defaultNotSupported,
                    "\"\(written)\" stays literal text: the AOF runtime does not understand \":-\" defaults, so it is not replaced even when \"\(name)\" is set",
                    at: range, path: site.value.path)
            } else if flow != nil, !EnvironmentName.isFlowExpandable(name) {
                var message = "\"\(written)\" is left as literal text: the flow runtime looks up only environment variables named with A-Z and _"
                if let flowVariable = Suggestion.closest(to: name, in: flow.map { $0.exports.keys.sorted() } ?? []) {
                    message += "; did you mean the flow variable \"\(flowVariable)\"?"
                } else if EnvironmentName.isFlowExpandable(name.uppercased()) {
                    message += "; rename it \"\(name.uppercased())\""
                }
                sink.report(.envNameNotExpanded, message, at: range, path: site.value.path)
            }
        }
    }
}

extension DiagnosticKind {
    static let notExpanded = DiagnosticKind(
        id: "var.not-expanded", severity: .warning,
        summary: "a `${…}` reference in a field the AOF runtime uses as written",
        explanation: """
            AOF expands `${…}` only in a few places: a Context's `kubeconfig`, `env` values, `workingDir` \
            and `audit.sink` and a Trigger's seven credential fields (when they load), and an AgentFlow's \
            `input`, `condition`, `channel`, `message`, `script`, Script `command`/`working_dir`/`env` and \
            connection `when` (when the node runs). Agent and AgentFleet files are loaded without any \
            expansion, so `env: {GITHUB_TOKEN: "${GITHUB_TOKEN}"}` on an MCP server hands the process the \
            literal text `${GITHUB_TOKEN}`; a flow's `context` and HTTP nodes are used as written; a \
            DaemonConfig uses a direct value verbatim.

            Set the value where it is expanded (a Context's `env`), or, in a DaemonConfig, name the \
            variable in the `*_env` key (`bot_token_env: SLACK_BOT_TOKEN`). Prose fields (instructions, \
            descriptions) are not checked.
            """,
        example: """
            apiVersion: aof.dev/v1
            kind: Agent
            metadata: {name: github-helper}
            spec:
              model: google:gemini-2.5-flash
              mcp_servers:
                - name: github
                  command: npx
                  args: ["@modelcontextprotocol/server-github"]
                  env: {GITHUB_TOKEN: "${GITHUB_TOKEN}"}
            """)

    static let envNameNotExpanded = DiagnosticKind(
        id: "var.env-name-not-expanded", severity: .warning,
        summary: "an environment variable the AOF flow runtime never looks up because of its name",
        explanation: """
            After replacing flow variables, the AgentFlow runtime replaces `${NAME}` from the process \
            environment only when NAME consists of the capital letters A-Z and `_`: `${kube_context}` and \
            `${EC2_HOST}` stay literal text even when they are set. (A Script node's `command` is not \
            affected: `sh` expands what the runtime leaves.) Rename the variable, or set a flow variable \
            of that name with a Transform node.
            """,
        example: """
            spec:
              nodes:
                - id: reply
                  type: Slack
                  config: {channel: ops, message: "deploying to ${cluster_name}"}
            """)

    static let defaultNotSupported = DiagnosticKind(
        id: "var.default-not-supported", severity: .warning,
        summary: "a `${VAR:-default}` in an AOF field: the runtime does not understand the default",
        explanation: """
            The AOF runtime looks up the whole text between the braces: for `${PROMETHEUS_URL:-http://prometheus:9090}` \
            it asks the environment for a variable named `PROMETHEUS_URL:-http://prometheus:9090`, finds \
            none and leaves the reference as literal text, even when `PROMETHEUS_URL` is set. This holds \
            for Context and Trigger fields (expanded at load) and for AgentFlow fields (expanded at run \
            time); only a Script node's `command`, which `sh` runs, understands the default.

            Write `${VAR}` and make sure the variable is set, or put the default into the file.
            """,
        example: """
            apiVersion: aof.dev/v1
            kind: Context
            metadata: {name: dev}
            spec:
              kubeconfig: ${KUBECONFIG:-~/.kube/config}
            """)
}
