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
        chatIDs = (config?["chat_ids"]?.items ?? []).compactMap { item in item.int.map { Located($0, item.range) } }
        guildIDs = config?.strings("guild_ids") ?? []
        repositories = config?.strings("repositories") ?? []
        cron = config?.string("cron")
        path = config?.string("path")
        credentials = (config?.entries ?? []).compactMap { entry in
            guard AOFTrigger.credentialKeys.contains(entry.key), let value = entry.value.located else { return nil }
            return (Located(entry.key, entry.keyRange), value)
        }
        commands = (spec?["commands"]?.entries ?? []).map { entry in
            Command(
                name: Located(entry.key, entry.keyRange),
                agent: entry.value.string("agent"),
                fleet: entry.value.string("fleet"),
                flow: entry.value.string("flow"),
                description: entry.value.string("description"))
        }
        defaultAgent = spec?.string("defaultAgent")
        snakeCaseDefaultAgent = spec?.string("default_agent")
    }
}
