extension AgentFlow {
    /// Builds the model from a decoded `AgentFlow` document.
    init(decoding document: IRValue) {
        let spec = document["spec"]
        description = spec?.string("description")
        trigger = spec?["trigger"].map(Trigger.init(decoding:))
        triggers = spec?.objects("triggers").map(Trigger.init(decoding:)) ?? []
        context = spec?["context"].map(Context.init(decoding:))
        approval = spec?["approval"].map { approval in
            AOFContext.Approval(
                required: approval.bool("required"),
                allowedUsers: approval.strings("allowed_users"),
                timeoutSeconds: approval.int("timeout_seconds"),
                requireFor: approval.strings("require_for"),
                minApprovers: approval.int("min_approvers"))
        }
        nodes = spec?.objects("nodes").map(Node.init(decoding:)) ?? []
        connections = spec?.objects("connections").map(Connection.init(decoding:)) ?? []
        config = spec?["config"].map { config in
            Config(
                defaultTimeoutSeconds: config.int("defaultTimeoutSeconds"),
                errorHandler: config.string("errorHandler"),
                retryMaxAttempts: config["retry"]?.int("maxAttempts"),
                retryInitialDelay: config["retry"]?.duration("initialDelay"))
        }
        limits = spec?["limits"]
    }
}

extension AgentFlow.Trigger {
    init(decoding trigger: IRValue) {
        let config = trigger["config"]
        type = trigger.string("type")
        events = config?.strings("events") ?? []
        channels = config?.strings("channels") ?? []
        users = config?.strings("users") ?? []
        patterns = config?.strings("patterns") ?? []
        credentials = (config?.entries ?? []).compactMap { entry in
            guard ["botToken", "signingSecret"].contains(entry.key), let value = entry.value.located else { return nil }
            return (Located(entry.key, entry.keyRange), value)
        }
        cron = config?.string("cron")
        range = trigger.range
    }
}

extension AgentFlow.Context {
    init(decoding context: IRValue) {
        kubeconfig = context.string("kubeconfig")
        namespace = context.string("namespace")
        cluster = context.string("cluster")
        env = context.stringMap("env")
        workingDir = context.string("workingDir")
        region = context.string("region")
        organization = context.string("organization")
    }
}

extension AgentFlow.InlineAgent {
    init(decoding inline: IRValue) {
        name = inline.string("name")
        model = inline.string("model")
        instructions = inline.string("instructions")
        tools = AgentFlow.toolNames(inline["tools"])
        mcpServers = inline.objects("mcpServers").compactMap { $0.string("name") }
        temperature = inline.number("temperature")
        maxTokens = inline.int("maxTokens")
    }
}

extension AgentFlow.Script {
    init(decoding script: IRValue) {
        command = script.string("command")
        tool = script.string("tool")
        action = script.string("action")
        workingDir = script.string("working_dir")
        timeoutSeconds = script.int("timeout_seconds")
        parse = script.string("parse")
        failOnError = script.bool("fail_on_error")
    }
}

extension AgentFlow.Node {
    init(decoding node: IRValue) {
        let config = node["config"]
        id = node.string("id")
        type = node.string("type")
        agent = config?.string("agent")
        inline = config?["inline"].map(AgentFlow.InlineAgent.init(decoding:))
        agentConfig = config?.string("agentConfig")
        fleet = config?.string("fleet")
        input = config?.string("input")
        tools = AgentFlow.toolNames(config?["tools"])
        mcpServers = config?.objects("mcpServers").compactMap { $0.string("name") } ?? []
        script = config?.string("script")
        scriptConfig = config?["scriptConfig"].map(AgentFlow.Script.init(decoding:))
        condition = config?.string("condition")
        routes = config?.stringMap("routes") ?? []
        channel = config?.string("channel")
        message = config?.string("message")
        waitForReaction = config?.bool("waitForReaction")
        timeoutSeconds = config?.int("timeoutSeconds")
        url = config?.string("url")
        duration = config?.duration("duration")
        timeout = config?.duration("timeout")
        branches = config?.strings("branches") ?? []
        strategy = config?.string("strategy")
        conditions = node.objects("conditions").map { condition in
            AgentFlow.NodeCondition(
                from: condition.string("from"), value: condition["value"], reaction: condition.string("reaction"))
        }
        self.config = config
        range = node.range
    }
}

extension AgentFlow.Connection {
    init(decoding connection: IRValue) {
        from = connection.string("from")
        to = connection.string("to")
        when = connection.string("when")
        ignoredCondition = connection["condition"].map { Located($0.text ?? "", $0.range) }
        range = connection.range
    }
}

extension AgentFlow {
    /// The names in a `tools` list: plain names, and the `name` of tool objects.
    static func toolNames(_ tools: IRValue?) -> [Located<String>] {
        (tools?.items ?? []).compactMap { item in
            if case .object = item.content { return item.string("name") }
            return item.located
        }
    }
}
