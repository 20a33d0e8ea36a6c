/// Every trigger in a project, whichever way it is written: standalone AOF `Trigger` documents and the
/// `trigger`/`triggers` a seed-000 AgentFlow embeds. Disabled triggers (`enabled: false`) are left out.
struct TriggerSite {
    /// The platform as written (`Slack`).
    let type: Located<String>
    /// The trigger's `config`, as decoded.
    let config: IRValue?
    /// How the trigger is named in messages: `Trigger "slack-prod"`, `trigger of flow "x"`.
    let title: String
    /// The index of the declaring resource in `Project.resources`.
    let resource: Int
    /// Where the trigger's `type` is in its document.
    let path: DataPath

    /// The platforms people chat on, where anyone in a channel can talk to the bot.
    static let chatPlatforms: Set<String> = ["slack", "discord", "telegram", "whatsapp"]

    /// The platform, lowercased.
    var platform: String { type.value.lowercased() }

    /// Whether a config key holds a non-empty value: a secret written, or a `${VAR}` reference to one.
    func has(_ keys: [String]) -> Bool {
        for key in keys {
            if let text = config?[key]?.text, !text.trimmingWhitespace().isEmpty { return true }
        }
        return false
    }

    /// Whether a config key holds a non-empty list.
    func hasList(_ key: String) -> Bool { !(config?[key]?.items.isEmpty ?? true) }

    /// Every enabled trigger of a project, in resource order.
    static func all(in project: Project) -> [TriggerSite] {
        var sites: [TriggerSite] = []
        for (index, resource) in project.resources.enumerated() {
            switch resource.model {
            case .trigger(let trigger):
                guard trigger.enabled?.value != false, let type = trigger.type, let value = resource.document["spec"]?["type"] else { continue }
                sites.append(TriggerSite(
                    type: type, config: resource.document["spec"]?["config"], title: SettingsReading.title(resource),
                    resource: index, path: value.path))
            case .agentFlow(let flow):
                let spec = resource.document["spec"]
                var values: [IRValue] = []
                if flow.trigger != nil, let value = spec?["trigger"] { values.append(value) }
                for item in spec?["triggers"]?.items ?? [] { values.append(item) }
                let name = resource.name?.value ?? ""
                for value in values {
                    guard let type = value.string("type"), let typeValue = value["type"] else { continue }
                    sites.append(TriggerSite(
                        type: type, config: value["config"], title: "trigger of flow \"\(name)\"", resource: index,
                        path: typeValue.path))
                }
            default:
                continue
            }
        }
        return sites
    }
}
