/// Checks that a rate limit stated in several files is the same in each: a team's requests per minute
/// (context, team routing, orchestration rate limiting), a capability's, and the workspace-wide rate.
enum RateLimitAgreementPass: SemanticPass {
    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for scope in WorkspaceScope.all(in: context.project) {
            var teams: [String: [Statement]] = [:]
            var teamOrder: [String] = []
            var capabilities: [String: [Statement]] = [:]
            var capabilityOrder: [String] = []
            func add(_ name: Located<String>, _ limit: Located<LimitValue<Int>>, origin: String, team: Bool) {
                guard let stated = Self.statement(limit, origin: origin) else { return }
                if team {
                    if teams[name.value] == nil { teamOrder.append(name.value) }
                    teams[name.value, default: []].append(stated)
                } else {
                    if capabilities[name.value] == nil { capabilityOrder.append(name.value) }
                    capabilities[name.value, default: []].append(stated)
                }
            }
            for (_, model) in scope.contexts {
                for entry in model.rateLimits?.perTeam ?? [] { add(entry.team, entry.limit, origin: "the context's rate limits", team: true) }
                for entry in model.rateLimits?.perCapability ?? [] {
                    add(entry.capability, entry.limit, origin: "the context's rate limits", team: false)
                }
            }
            for (_, model) in scope.orchestration {
                for route in model.routing?.teams ?? [] {
                    if let limit = route.rateLimit { add(route.team, limit, origin: "the team routing", team: true) }
                }
                for entry in model.rateLimits?.byTeam ?? [] {
                    add(entry.team, entry.limit, origin: "the orchestration rate limiting", team: true)
                }
                for entry in model.rateLimits?.byCapability ?? [] {
                    add(entry.capability, entry.limit, origin: "the orchestration rate limiting", team: false)
                }
            }
            for team in teamOrder {
                StatedFacts.report(.consistencyRateLimit, fact: "the rate limit of team \"\(team)\"", teams[team] ?? [], into: &sink)
            }
            for capability in capabilityOrder {
                StatedFacts.report(
                    .consistencyRateLimit, fact: "the rate limit of capability \"\(capability)\"", capabilities[capability] ?? [], into: &sink)
            }
            StatedFacts.report(.consistencyRateLimit, fact: "the workspace-wide rate limit", globalRates(scope), into: &sink)
        }
    }

    /// The statement of a limit; nil for a negative count, which the schema reports.
    private static func statement(_ limit: Located<LimitValue<Int>>, origin: String) -> Statement? {
        switch limit.value {
        case .unlimited: Statement(key: "unlimited", display: "unlimited", range: limit.range, origin: origin)
        case .limited(let count) where count < 0: nil
        case .limited(let count):
            Statement(key: String(count), display: "\(MoneyText.grouped(Int64(count))) per minute", range: limit.range, origin: origin)
        }
    }

    /// The workspace's `security.rate_limiting.global` and the context's global rates over the same
    /// window (a per-hour rate is compared with a per-hour rate only).
    private static func globalRates(_ scope: WorkspaceScope) -> [Statement] {
        var workspace: [(Rate, SourceRange)] = []
        for (resource, _) in scope.workspaces {
            if let value = resource.document["spec"]?["security"]?["rate_limiting"]?["global"], let rate = Rate.parse(value, bareUnit: nil) {
                workspace.append((rate, value.range))
            }
        }
        guard let (rate, range) = workspace.first else { return [] }
        var statements = [Statement(key: String(rate.count), display: rate.description, range: range, origin: "the workspace's security section")]
        for (resource, _) in scope.contexts {
            let global = resource.document["spec"]?["runtime"]?["rate_limits"]?["global"]
            let key = rate.seconds == 60 ? "requests_per_minute" : rate.seconds == 3_600 ? "requests_per_hour" : ""
            guard let value = global?.int(key), value.value >= 0 else { continue }
            let other = Rate(count: Int64(value.value), seconds: rate.seconds)
            statements.append(Statement(key: String(other.count), display: other.description, range: value.range, origin: "the context's global rate limits"))
        }
        return statements
    }
}

extension DiagnosticKind {
    static let consistencyRateLimit = DiagnosticKind(
        id: "consistency.rate-limit", severity: .warning,
        summary: "a rate limit is stated differently in two files",
        explanation: """
            A team's requests per minute can be stated in the context (`runtime.rate_limits.per_team`), \
            in the orchestration rules' team routing (`team_routing.<team>.rate_limit`) and in their rate \
            limiting (`governance.rate_limiting.by_team`); a capability's in the context's \
            `per_capability` and the orchestration rules' `by_capability`; the workspace-wide rate in the \
            workspace's `security.rate_limiting.global` and the context's `rate_limits.global` (compared \
            only over the same window: per minute with per minute, per hour with per hour). Which one the \
            router enforces depends on the component, so when they differ the team gets a limit nobody \
            can predict. State each limit once, or make the statements agree; the value most files give \
            is taken as the reference.
            """,
        example: """
            # context.yml: rate_limits: {per_team: {engineering: 1200}}
            # orchestration-rules.yml
            team_routing:
              engineering:
                rate_limit: 1500
            """)
}
