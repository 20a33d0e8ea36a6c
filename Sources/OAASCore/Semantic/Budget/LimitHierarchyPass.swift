/// Checks that a narrower limit (per team, per capability, per project, per agent, per organization,
/// per user) is not above the global limit it sits under: such a limit can never be reached, so it is
/// not the limit that actually applies.
enum LimitHierarchyPass: SemanticPass {
    /// A located rate and how to name it.
    struct RateLimit {
        /// The rate.
        let rate: Rate
        /// Where it is written.
        let range: SourceRange
        /// How messages name it ("the rate limit of team \"x\"").
        let subject: String
    }

    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for scope in WorkspaceScope.all(in: context.project) {
            checkRequestLimits(scope, into: &sink)
            checkWorkspaceSecurity(scope, into: &sink)
            checkTeamBudgetLimits(scope, into: &sink)
        }
        for resource in context.project.resources {
            guard case .daemonConfig(let model) = resource.model, let limits = model.limits, let global = limits.global else { continue }
            for organization in limits.perOrganization {
                DaemonLimits.compare(organization.limits, to: global, subject: "organization \"\(organization.name.value)\"", into: &sink)
            }
            if let perUser = limits.perUser { DaemonLimits.compare(perUser, to: global, subject: "each user", into: &sink) }
        }
    }

    /// Team and capability request rates (context, orchestration rules) against the context's global rates.
    private static func checkRequestLimits(_ scope: WorkspaceScope, into sink: inout DiagnosticSink) {
        var globals: [RateLimit] = []
        for (resource, model) in scope.contexts {
            // A negative limit is reported by the schema; it is not compared.
            if let perMinute = model.rateLimits?.requestsPerMinute, perMinute.value >= 0 {
                globals.append(RateLimit(
                    rate: Rate(count: Int64(perMinute.value), seconds: 60), range: perMinute.range, subject: "the global rate limit"))
            }
            if let perHour = resource.document["spec"]?["runtime"]?["rate_limits"]?["global"]?.int("requests_per_hour"), perHour.value >= 0 {
                globals.append(RateLimit(
                    rate: Rate(count: Int64(perHour.value), seconds: 3_600), range: perHour.range, subject: "the global rate limit"))
            }
        }
        guard !globals.isEmpty else { return }
        var parts: [(what: String, limit: Located<LimitValue<Int>>)] = []
        for (_, model) in scope.contexts {
            for entry in model.rateLimits?.perTeam ?? [] { parts.append(("the rate limit of team \"\(entry.team.value)\"", entry.limit)) }
            for entry in model.rateLimits?.perCapability ?? [] {
                parts.append(("the rate limit of capability \"\(entry.capability.value)\"", entry.limit))
            }
        }
        for (_, model) in scope.orchestration {
            for team in model.routing?.teams ?? [] {
                if let limit = team.rateLimit { parts.append(("the rate limit of team \"\(team.team.value)\"", limit)) }
            }
            for entry in model.rateLimits?.byTeam ?? [] { parts.append(("the rate limit of team \"\(entry.team.value)\"", entry.limit)) }
            for entry in model.rateLimits?.byCapability ?? [] {
                parts.append(("the rate limit of capability \"\(entry.capability.value)\"", entry.limit))
            }
        }
        for part in parts {
            guard case .limited(let count) = part.limit.value, count >= 0 else { continue }
            let rate = Rate(count: Int64(count), seconds: 60)
            guard let global = globals.first(where: { rate.exceeds($0.rate) }) else { continue }
            report(RateLimit(rate: rate, range: part.limit.range, subject: part.what), above: global, into: &sink)
        }
    }

    /// The workspace's `security.rate_limiting`: `per_project` and `per_agent` against `global`.
    private static func checkWorkspaceSecurity(_ scope: WorkspaceScope, into sink: inout DiagnosticSink) {
        for (resource, _) in scope.workspaces {
            guard let limits = resource.document["spec"]?["security"]?["rate_limiting"],
                  let globalValue = limits["global"], let global = Rate.parse(globalValue, bareUnit: nil)
            else { continue }
            let globalLimit = RateLimit(rate: global, range: globalValue.range, subject: "the global rate limit")
            for (key, subject) in [("per_project", "the rate limit per project"), ("per_agent", "the rate limit per agent")] {
                guard let value = limits[key], let rate = Rate.parse(value, bareUnit: nil), rate.exceeds(global) else { continue }
                report(RateLimit(rate: rate, range: value.range, subject: subject), above: globalLimit, into: &sink)
            }
        }
    }

    /// A team's `budget_limit` above the whole workspace's monthly budget.
    private static func checkTeamBudgetLimits(_ scope: WorkspaceScope, into sink: inout DiagnosticSink) {
        var total: Located<Money>?
        for (resource, _) in scope.workspaces where total == nil {
            if let (budgets, currency) = BudgetReads.workspaceBudgets(resource) {
                total = BudgetReads.money(budgets, "monthly", currency: currency)
            }
        }
        for (resource, _) in scope.contexts where total == nil {
            let controls = BudgetReads.costControls(resource)
            total = controls?.money("monthly_budget") ?? controls?["budgets"]?.money("monthly")
        }
        guard let total else { return }
        for (_, model) in scope.orchestration {
            for team in model.routing?.teams ?? [] {
                guard let limit = team.budgetLimit, case .limited(let money) = limit.value,
                      MoneyText.compatible(money, total.value), money.micros > total.value.micros
                else { continue }
                let totalText = MoneyText.format(total.value)
                if money.currency == nil, total.value.currency != nil {
                    sink.report(
                        .budgetTokensAsMoney,
                        "the budget limit of team \"\(team.team.value)\" is written \(money.description) without a currency and alone exceeds the monthly budget of \(totalText); a token count in a money field?",
                        at: limit.range, notes: [DiagnosticNote("the monthly budget is \(totalText) here", at: total.range)])
                    continue
                }
                sink.report(
                    .budgetLimitExceedsGlobal,
                    "the budget limit of team \"\(team.team.value)\" (\(MoneyText.format(money))) is above the monthly budget of the whole workspace (\(totalText))",
                    at: limit.range, notes: [DiagnosticNote("the monthly budget is \(totalText) here", at: total.range)])
            }
        }
    }

    /// Reports a narrower rate above a global one, converting the rate to the global one's period.
    static func report(_ part: RateLimit, above global: RateLimit, into sink: inout DiagnosticSink) {
        var converted = ""
        if part.rate.seconds != global.rate.seconds, let same = part.rate.per(global.rate.seconds) {
            converted = ", that is \(MoneyText.grouped(same)) per \(Rate.unitName(global.rate.seconds))"
        }
        sink.report(
            .budgetLimitExceedsGlobal,
            "\(part.subject) (\(part.rate.description)\(converted)) is above \(global.subject) (\(global.rate.description)); it can never be reached",
            at: part.range,
            notes: [DiagnosticNote("\(global.subject) is \(global.rate.description) here", at: global.range)])
    }
}

extension DiagnosticKind {
    static let budgetLimitExceedsGlobal = DiagnosticKind(
        id: "budget.limit-exceeds-global", severity: .warning,
        summary: "a per-team, per-capability, per-project or per-user limit is above the global limit",
        explanation: """
            A limit for one team, capability, project, agent, organization or user that is higher than the \
            global limit above it can never be reached: the global limit cuts in first, for everyone. The \
            narrower limit is then not the one that applies, which is rarely what its author meant (a team \
            given 2,000 requests per minute under a global 1,000 gets at most 1,000, shared with everyone).

            Compared: the context's `rate_limits.per_team` and `per_capability`, and the orchestration \
            rules' `team_routing.*.rate_limit`, `rate_limiting.by_team` and `by_capability` (requests per \
            minute), against the context's `rate_limits.global`; the workspace's \
            `security.rate_limiting.per_project` and `per_agent` against its `global` (rates such as \
            `10000/hour` are converted before comparing); a DaemonConfig's `per_organization` and \
            `per_user` limits against its `global` ones; a team's `budget_limit` against the workspace's \
            monthly budget. `unlimited` is never reported.
            """,
        example: """
            rate_limits:
              global:
                requests_per_minute: 1000
              per_team:
                engineering: 1500
            """)
}
