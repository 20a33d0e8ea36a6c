/// Which fields the platforms expand `${…}` in, and how (research notes, aof.md §9).
///
/// - AgentFlow, at run time: Agent and Fleet `input`, Conditional `condition`, Slack and Discord
///   `channel` and `message`, Transform `script`, Script `command`, `working_dir` and `env` values, the
///   json and file native tools' `input`, `path` and `content`, and connections' `when`. The flow's
///   `context`, HTTP nodes and inline agents are used as written.
/// - Context, at load: `kubeconfig`, `env` values, `workingDir` and `audit.sink`.
/// - Trigger, at load: the seven credential fields of `config`.
/// - Agent, AgentFleet and DaemonConfig files: never.
/// - OAAS workspace files: by the deployment tooling (assumed everywhere).
enum ExpansionRules {
    /// Prose fields: a `${…}` in them is text for a reader or a model, not a variable to judge.
    static let proseKeys: Set<String> = [
        "instructions", "system_prompt", "description", "planner_prompt", "synthesizer_prompt", "prompt",
    ]

    /// The Trigger fields expanded at load.
    static let triggerSecretFields: Set<String> = [
        "bot_token", "signing_secret", "app_secret", "webhook_secret", "api_key", "routing_key", "verify_token",
    ]

    /// The DaemonConfig sections the daemon reads.
    static let daemonSections: Set<String> = ["server", "platforms", "agents", "flows", "triggers", "runtime", "decision_log"]

    /// What the platform does with references at a path of a resource.
    static func expansion(of path: PathKeys, in resource: Resource) -> Expansion {
        if resource.kind.dialect == .ossa { return .external }
        if path.keys.first == "metadata" || path.keys.first == "apiVersion" || path.keys.first == "kind" { return .ignored }
        if let last = path.keys.last(where: { $0 != "#" }), proseKeys.contains(last) { return .ignored }
        switch resource.model {
        case .agentFlow: return flowExpansion(path, resource.document)
        case .aofContext:
            guard path[0] == "spec" else { return .ignored }
            if path.keys == ["spec", "kubeconfig"] || path.keys == ["spec", "workingDir"]
                || path.keys == ["spec", "audit", "sink"] || (path.keys.count == 3 && path.starts(with: ["spec", "env"])) {
                return .loadTime
            }
            return .verbatim(reason: "a Context expands variables only in kubeconfig, env, workingDir and audit.sink")
        case .trigger:
            guard path[0] == "spec" else { return .ignored }
            if path.keys.count == 3, path.starts(with: ["spec", "config"]), triggerSecretFields.contains(path.keys[2]) {
                return .loadTime
            }
            return .verbatim(reason: "a Trigger expands variables only in its credential fields (bot_token, signing_secret, app_secret, webhook_secret, api_key, routing_key, verify_token)")
        case .aofAgent:
            return .verbatim(reason: "AOF loads agent files without expanding variables")
        case .agentFleet:
            return .verbatim(reason: "AOF loads fleet files without expanding variables")
        case .daemonConfig:
            // The sections the daemon's ServeSpec reads; the others (audit, logging, limits …) are ignored.
            guard path[0] == "spec", let section = path[1], daemonSections.contains(section) else { return .ignored }
            return .verbatim(reason: "the daemon uses its settings as written")
        default:
            return .external
        }
    }

    /// The node (id and type) a flow path is inside, if any.
    static func node(of path: PathKeys, in resource: Resource) -> (id: String, type: String?)? {
        guard case .agentFlow = resource.model, path.starts(with: ["spec", "nodes", "#"]), let index = path.indices.first,
              let node = nodeValue(index, resource.document), let id = node["id"]?.text else { return nil }
        return (id, node["type"]?.text)
    }

    /// The `from` of the connection a flow path is inside, if any.
    static func connectionFrom(of path: PathKeys, in resource: Resource) -> String? {
        guard case .agentFlow = resource.model, path.starts(with: ["spec", "connections", "#"]), let index = path.indices.first else {
            return nil
        }
        let connections = resource.document["spec"]?["connections"]?.items ?? []
        return index < connections.count ? connections[index]["from"]?.text : nil
    }

    private static func nodeValue(_ index: Int, _ document: IRValue) -> IRValue? {
        let nodes = document["spec"]?["nodes"]?.items ?? []
        return index < nodes.count ? nodes[index] : nil
    }

    private static let flowVerbatim = Expansion.verbatim(reason: "the flow runtime does not expand variables in this field")

    private static func flowExpansion(_ path: PathKeys, _ document: IRValue) -> Expansion {
        guard path[0] == "spec" else { return .ignored }
        if path.keys == ["spec", "connections", "#", "when"] { return .flowRunTime(shell: false) }
        if path.starts(with: ["spec", "context"]) {
            if path[2] == "region" || path[2] == "organization" { return .ignored }
            return .verbatim(reason: "the flow's context is applied as written, without expansion")
        }
        guard path.starts(with: ["spec", "nodes", "#", "config"]), let index = path.indices.first,
              let node = nodeValue(index, document), let field = path[4] else { return .ignored }
        let type = node["type"]?.text
        let config = node["config"]
        switch (type, field) {
        case ("Agent", "input"), ("Fleet", "input"), ("Conditional", "condition"), ("Transform", "script"),
             ("Slack", "channel"), ("Slack", "message"), ("Discord", "channel"), ("Discord", "message"):
            return path.keys.count == 5 ? .flowRunTime(shell: false) : .ignored
        case ("Agent", "inline"):
            return flowVerbatim
        case ("HTTP", "url"), ("HTTP", "headers"), ("HTTP", "body"), ("HTTP", "method"):
            return flowVerbatim
        case ("Script", "scriptConfig"):
            let script = config?["scriptConfig"]
            let hasCommand = script?["command"] != nil
            switch path[5] {
            case "command": return .flowRunTime(shell: true)
            case "working_dir" where hasCommand: return .flowRunTime(shell: false)
            case "env" where hasCommand && path.keys.count == 7: return .flowRunTime(shell: false)
            case "args":
                let tool = script?["tool"]?.text
                let argument = path[6]
                if tool == "json", argument == "input", path.keys.count == 7 { return .flowRunTime(shell: false) }
                if tool == "file", argument == "path" || argument == "content", path.keys.count == 7 {
                    return .flowRunTime(shell: false)
                }
                return flowVerbatim
            default: return .ignored
            }
        default:
            return .ignored
        }
    }
}
