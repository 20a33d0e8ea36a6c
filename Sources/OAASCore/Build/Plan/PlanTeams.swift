/// The teams of the plan: each team a `Workspace` declares, with its declaration, its projects, and every
/// setting that names it elsewhere (per-team budgets, team routing, rate limits by team, daily caps).
enum PlanTeams {
    static func teams(_ context: BuildContext, settings: [PlanSettings]) -> [JSON] {
        var teams: [(name: String, json: JSON)] = []
        for (index, resource) in context.resources.enumerated() {
            guard case .workspace(let workspace) = resource.model else { continue }
            let declared = settings[index].settings.member("spec")?.member("teams")
            for team in workspace.teams {
                var projects: [String] = []
                for project in workspace.projects where project.team?.value == team.value { projects.append(project.name.value) }
                var budgets: [JSON] = []
                var limits: [JSON] = []
                var elsewhere: [JSON] = []
                for (position, resourceSettings) in settings.enumerated() {
                    let file = context.resources[position].file
                    let provenance = Dictionary(resourceSettings.provenance.map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first })
                    for mention in mentions(of: team.value, in: resourceSettings.settings) {
                        if position == index, mention.path.hasPrefix("spec.teams.") { continue }
                        let entry = JSON.object([
                            ("path", .string(mention.path)),
                            ("source", provenance[mention.path] ?? .string(file)),
                            ("value", mention.value),
                        ])
                        let lowered = mention.path.lowercased()
                        if lowered.contains("budget") || lowered.contains("cost") || lowered.contains("spend") {
                            budgets.append(entry)
                        } else if lowered.contains("limit") || lowered.contains("rate") || lowered.contains("quota") {
                            limits.append(entry)
                        } else {
                            elsewhere.append(entry)
                        }
                    }
                }
                teams.append((team.value, .object([
                    ("name", .string(team.value)),
                    ("source", .string("\(team.range.file):\(team.range.start.line)")),
                    ("settings", declared?.member(team.value) ?? .null),
                    ("projects", .array(projects.sorted().map(JSON.string))),
                    ("budgets", .array(budgets)),
                    ("limits", .array(limits)),
                    ("other", .array(elsewhere)),
                ])))
            }
        }
        return teams.sorted { $0.name < $1.name }.map(\.json)
    }

    /// Places that name a team: a member keyed by the team's name under a section whose path mentions
    /// teams (`budgets.per_team.engineering`, `team_routing.engineering`), and list items whose `team` is
    /// the team (`rate_limits.by_team[0]`).
    static func mentions(of team: String, in settings: JSON) -> [(path: String, value: JSON)] {
        var found: [(path: String, value: JSON)] = []
        walk(settings, path: "", team: team, into: &found)
        return found
    }

    private static func walk(_ value: JSON, path: String, team: String, into found: inout [(path: String, value: JSON)]) {
        switch value {
        case .object(let entries):
            if value.member("team")?.stringValue == team, path.lowercased().contains("team") {
                found.append((path, value))
                return
            }
            for (name, member) in entries {
                let child = path.isEmpty ? name : "\(path).\(name)"
                if name == team, path.lowercased().contains("team") {
                    found.append((child, member))
                } else {
                    walk(member, path: child, team: team, into: &found)
                }
            }
        case .array(let items):
            for (index, item) in items.enumerated() { walk(item, path: "\(path)[\(index)]", team: team, into: &found) }
        default:
            break
        }
    }
}
