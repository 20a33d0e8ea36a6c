extension AOFTrigger {
    /// Builds the model from a decoded `Trigger` document.
    init(decoding document: IRValue) {
        let spec = document["spec"]
        let config = spec?["config"]
        type = spec?.string("type")
        enabled = spec?.bool("enabled")
        events = config?.strings("events") ?? []
        channels = config?.strings("channels") ?? []
        users = config?.strings("users") ?? []
        patterns = config?.strings("patterns") ?? []
        chatIDs = AOFTrigger.chatIDs(in: config)
        guildIDs = config?.strings("guild_ids") ?? []
        repositories = config?.strings("repositories") ?? []
        cron = config?.string("cron")
        path = config?.string("path")
        credentials = AOFTrigger.credentials(in: config)
        commands = AOFTrigger.commands(in: spec)
        defaultAgent = spec?.string("defaultAgent")
        snakeCaseDefaultAgent = spec?.string("default_agent")
    }

    // Kept out of the initialiser: Swift 6.3.1's optimiser (CopyPropagation) crashed on these closures
    // inlined there, failing every release build.
    private static func credentials(in config: IRValue?) -> [(key: Located<String>, value: Located<String>)] {
        var result: [(key: Located<String>, value: Located<String>)] = []
        for entry in config?.entries ?? [] where credentialKeys.contains(entry.key) {
            if let value = entry.value.located { result.append((Located(entry.key, entry.keyRange), value)) }
        }
        return result
    }

    private static func chatIDs(in config: IRValue?) -> [Located<Int>] {
        var result: [Located<Int>] = []
        for item in config?["chat_ids"]?.items ?? [] {
            if let id = item.int { result.append(Located(id, item.range)) }
        }
        return result
    }

    private static func commands(in spec: IRValue?) -> [Command] {
        (spec?["commands"]?.entries ?? []).map { entry in
            Command(
                name: Located(entry.key, entry.keyRange),
                agent: entry.value.string("agent"),
                fleet: entry.value.string("fleet"),
                flow: entry.value.string("flow"),
                description: entry.value.string("description"))
        }
    }
}
