/// One alert rule as a document writes it, before translation: its name, condition, duration, labels and
/// annotations, and where it came from.
struct AlertDefinition {
    /// The rule group it belongs to: the document's name and the rules' category (`northwind-observability/business`).
    let group: String
    /// The alert's name as written.
    let name: Located<String>
    /// The condition or PromQL expression, with its source range and data path.
    let expression: IRValue?
    /// Whether the expression is written under `expr` (PromQL first) rather than `condition`.
    let writtenAsPromQL: Bool
    /// `metric` and `threshold`, for a workspace rule written without a condition.
    let metric: IRValue?
    let threshold: IRValue?
    /// `for`.
    let forDuration: Duration?
    /// `severity`, as written.
    let severity: String?
    /// `channel` and `channels`, in order.
    let channels: [String]
    /// `labels`, as written, with the value of each (for positioning problems).
    let labels: [(key: Located<String>, value: String)]
    /// `summary`, `description`, `runbook_url` and `annotations`.
    let annotations: [(String, String)]
    /// The team of the document (`metadata.labels.team`, or its owner when that names a team).
    let team: String?
    /// The rule's own value (for positioning problems that concern the whole rule).
    let rule: IRValue
}

/// Reads the alert rules of every document that writes some: an `ObservabilityConfiguration`'s
/// `alerting.rules` (one list, or lists by category), a `Workspace`'s `monitoring.alerting.rules`,
/// `OrchestrationRules`' `monitoring.alerts` and an OAAS `Agent`'s `monitoring.alerts`. A section whose
/// `enabled` is `false` contributes nothing: the workspace turned it off.
enum AlertSources {
    static func definitions(in project: Project, teams: Set<String>) -> [AlertDefinition] {
        var result: [AlertDefinition] = []
        for resource in project.resources {
            let spec = resource.document["spec"]
            let document = resource.name?.value ?? resource.kind.name
            let team = documentTeam(resource, teams: teams)
            switch resource.model {
            case .observability:
                guard let alerting = spec?["alerting"], alerting.bool("enabled")?.value != false, let rules = alerting["rules"] else { continue }
                if rules.items.isEmpty {
                    for entry in rules.entries {
                        for rule in entry.value.items {
                            result += read(rule, group: "\(document)/\(entry.key)", team: team)
                        }
                    }
                } else {
                    for rule in rules.items { result += read(rule, group: "\(document)/alerting", team: team) }
                }
            case .workspace:
                guard let alerting = spec?["monitoring"]?["alerting"], alerting.bool("enabled")?.value != false else { continue }
                for rule in alerting["rules"]?.items ?? [] { result += read(rule, group: "\(document)/alerting", team: team) }
            case .orchestrationRules:
                for rule in spec?["monitoring"]?["alerts"]?.items ?? [] { result += read(rule, group: "\(document)/monitoring", team: team) }
            case .ossaAgent:
                for rule in spec?["monitoring"]?["alerts"]?.items ?? [] { result += read(rule, group: "\(document)/monitoring", team: team) }
            default:
                break
            }
        }
        return result
    }

    /// One rule (none when it is not a mapping or has no name: the schema already reports that).
    private static func read(_ rule: IRValue, group: String, team: String?) -> [AlertDefinition] {
        guard case .object(let entries) = rule.content else { return [] }
        guard let name = rule.string("alert") ?? rule.string("name"), !name.value.isEmpty else { return [] }
        var expression: IRValue?
        var writtenAsPromQL = false
        for entry in entries where entry.key == "expr" || entry.key == "condition" {
            expression = entry.value
            writtenAsPromQL = entry.writtenKey == "expr"
        }
        var channels: [String] = []
        if let channel = rule.string("channel") { channels.append(channel.value) }
        for channel in rule.strings("channels") { channels.append(channel.value) }
        var labels: [(key: Located<String>, value: String)] = []
        for entry in rule["labels"]?.entries ?? [] {
            if let text = entry.value.text { labels.append((Located(entry.key, entry.keyRange), text)) }
        }
        var annotations: [(String, String)] = []
        for key in ["summary", "description", "runbook_url"] {
            if let text = rule.string(key)?.value { annotations.append((key, text)) }
        }
        for entry in rule["annotations"]?.entries ?? [] {
            if let text = entry.value.text, !annotations.contains(where: { $0.0 == entry.key }) { annotations.append((entry.key, text)) }
        }
        return [AlertDefinition(
            group: group, name: name, expression: expression, writtenAsPromQL: writtenAsPromQL,
            metric: rule["metric"], threshold: rule["threshold"], forDuration: rule.duration("for")?.value,
            severity: rule.string("severity")?.value, channels: channels, labels: labels, annotations: annotations,
            team: team, rule: rule)]
    }

    /// The team a document belongs to: `metadata.labels.team`, else `metadata.owner` when it names a
    /// team the workspace declares (`owner: operations`).
    private static func documentTeam(_ resource: Resource, teams: Set<String>) -> String? {
        let metadata = resource.document["metadata"]
        if let team = metadata?["labels"]?.string("team")?.value { return team }
        if let owner = metadata?.string("owner")?.value, teams.contains(owner) { return owner }
        return nil
    }

    /// The organization alerts are labelled with: a `Workspace`'s `metadata.labels.organization`, else
    /// that of any other document of the workspace.
    static func organization(in project: Project) -> String? {
        var fallback: String?
        for resource in project.resources {
            guard let organization = resource.document["metadata"]?["labels"]?.string("organization")?.value else { continue }
            if case .workspace = resource.model { return organization }
            if fallback == nil { fallback = organization }
        }
        return fallback
    }
}
