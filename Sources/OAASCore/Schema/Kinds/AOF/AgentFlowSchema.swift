/// The AOF `AgentFlow` kind: a graph of nodes joined by connections, with the trigger, context, approval
/// and limits that seed `000_…` gives a flow. Keys follow the AOF runtime (`crates/aof-core/src/agentflow.rs`,
/// `rename_all = "camelCase"`) and the seed; where the runtime reads one spelling only, the other spelling is
/// an unknown key with a did-you-mean.
enum AgentFlowSchema {
    /// The node types the runtime's `NodeType` enum accepts (exact, case-sensitive).
    static let nodeTypes = [
        "Transform", "Agent", "Script", "Fleet", "Conditional", "Slack", "Discord", "HTTP", "Wait", "Parallel",
        "Join", "Approval", "End",
    ]

    /// The platforms a flow's trigger can name (the standalone `Trigger` kind's types).
    /// The platforms a flow's embedded trigger named (the runtime's former FlowTrigger enum); GitHub,
    /// PagerDuty and the rest are standalone `Trigger` documents.
    static let triggerTypes = ["Slack", "Discord", "Telegram", "WhatsApp", "HTTP", "Schedule", "Manual"]

    static let triggerConfig = ObjectShape(
        "aof-agentflow-trigger-config", doc: "Which events, channels, users and messages start the flow.",
        hints: ["event_types": "events", "token": "botToken", "pattern": "patterns", "bot_token_env": "", "token_env": ""],
        fields: [
            Field("events", .list(.string), "Event types to listen for, such as \"app_mention\" or \"message\"."),
            Field("channels", .list(.string), "Channel names or IDs the flow answers in (\"#name\" matches a Slack channel name)."),
            Field("users", .list(.string), "User IDs the flow answers to."),
            Field("patterns", .list(.grammar(.regex)), "Regular expressions the message text must match."),
            Field("botToken", .string, aliases: ["bot_token"], "The bot token, usually \"${SLACK_BOT_TOKEN}\"."),
            Field("signingSecret", .string, aliases: ["signing_secret"], "The Slack signing secret."),
            Field("cron", .grammar(.cron), "The schedule of a Schedule trigger."),
            Field("timezone", .string, "The time zone of the schedule, such as \"Europe/Berlin\"."),
            Field("method", .string, "The HTTP method of an HTTP trigger."),
            Field("path", .string, "The HTTP path of an HTTP trigger."),
        ])

    static let trigger = ObjectShape(
        "aof-agentflow-trigger", doc: "What starts the flow: a platform and its filters.",
        hints: ["platform": "type"],
        fields: [
            Field("type", .oneOfWords(triggerTypes), "The platform, such as \"Slack\"."),
            Field("config", .object(triggerConfig), "Which events, channels, users and messages start the flow."),
        ])

    static let context = ObjectShape(
        "aof-agentflow-context", doc: "The environment the flow runs in, set as process variables before it starts.",
        hints: ["environment": "env", "cluster_name": "cluster"],
        fields: [
            Field("kubeconfig", .string, "Path to the kubeconfig, exported as KUBECONFIG (no `${…}` or `~` expansion)."),
            Field("namespace", .string, "The Kubernetes namespace, exported as K8S_NAMESPACE."),
            Field("cluster", .string, "The cluster's name, exported as K8S_CLUSTER."),
            Field("env", .dictionary(.string), "Environment variables set for the flow's nodes."),
            Field("workingDir", .string, "The working directory the flow runs in."),
            Field("region", .string, "The cloud region (seed 000; the runtime does not read it)."),
            Field("organization", .string, "The organization the flow serves (seed 000; the runtime does not read it)."),
        ])

    static let retry = ObjectShape(
        "aof-agentflow-retry", doc: "How failed nodes are retried.",
        hints: ["backoff": "", "retries": "maxAttempts", "delay": "initialDelay"],
        fields: [
            Field("maxAttempts", .int(min: 0), default: .int(3), "How many times a node is tried (default 3)."),
            Field("initialDelay", .grammar(.duration(bareUnit: .seconds)), default: .string("1s"), "The wait before the first retry (default \"1s\")."),
            Field("backoffMultiplier", .number(min: 1), default: .number(2.0), "How much the wait grows after each retry (default 2.0)."),
        ])

    static let config = ObjectShape(
        "aof-agentflow-config", doc: "Flow-wide execution settings.",
        hints: ["timeout": "defaultTimeoutSeconds", "timeout_seconds": "defaultTimeoutSeconds", "on_error": "errorHandler"],
        fields: [
            Field("defaultTimeoutSeconds", .int(min: 0), "The timeout of nodes that set none, in seconds."),
            Field("retry", .object(retry), "How failed nodes are retried."),
            Field("errorHandler", .string, "The id of the node that runs when a node fails."),
            Field("verbose", .bool, default: .bool(false), "Whether the flow logs every step."),
        ])

    static let nodeCondition = ObjectShape(
        "aof-agentflow-node-condition", doc: "A condition on an earlier Conditional node's result.",
        fields: [
            Field("from", .string, required: true, "The id of the Conditional node whose result is compared."),
            Field("value", .any, "The result the node must have produced."),
            Field("reaction", .string, "The reaction expected on a Slack approval message."),
        ])

    static let node = ObjectShape(
        "aof-agentflow-node", doc: "A step of the flow.",
        hints: ["name": "id", "condition": ""],
        fields: [
            Field("id", .string, required: true, "The node's id, unique in the flow; connections and `${id.output}` refer to it."),
            Field("type", .oneOfWords(nodeTypes), required: true, "What the node does."),
            Field("config", .object(nodeConfig), "The node's settings; which keys apply depends on `type`."),
            Field("conditions", .list(.object(nodeCondition)), "Results of earlier Conditional nodes this node needs."),
            Field("description", .string, "Prose for readers; the runtime ignores it."),
        ])

    static let connection = ObjectShape(
        "aof-agentflow-connection", doc: "An edge of the flow graph.",
        hints: ["condition": "when", "if": "when", "source": "from", "target": "to"],
        fields: [
            Field("from", .string, required: true, "The source node's id, or \"start\" for an entry edge."),
            Field("to", .string, required: true, "The target node's id."),
            Field("when", .string, "A condition such as \"${check.result} == true\"; the edge is followed only when it holds."),
        ])

    static let spec = ObjectShape(
        "aof-agentflow-spec", doc: "A flow: a trigger, a graph of nodes and connections, context and approval.",
        hints: ["steps": "nodes", "edges": "connections", "environment": "context"],
        fields: [
            Field("description", .string, "What the flow does."),
            Field("trigger", .object(trigger), "What starts the flow (seed 000; the current runtime routes through Trigger resources instead)."),
            Field("triggers", .list(.object(trigger)), "Further triggers (older runtime versions)."),
            Field("context", .object(context), "The environment the flow runs in."),
            Field("approval", .object(ContextSchema.approval), "Who may approve risky commands the flow runs (seed 000)."),
            Field("nodes", .list(.object(node)), required: true, "The flow's steps; at least one."),
            Field("connections", .list(.object(connection)), default: .emptyList, "The edges between nodes; `from: start` marks entry nodes."),
            Field("config", .object(config), "Flow-wide execution settings."),
            Field("limits", .object(ContextSchema.limits), "Rate and token limits of the flow (seed 000)."),
        ])

    static let kind = KindDefinition(
        dialect: .aof, name: "AgentFlow",
        doc: "A flow: a trigger, a graph of nodes and connections, context and approval.",
        document: Envelope.aofDocument("aof-agentflow", kind: "AgentFlow", spec: spec),
        model: { .agentFlow(AgentFlow(decoding: $0)) })
}
