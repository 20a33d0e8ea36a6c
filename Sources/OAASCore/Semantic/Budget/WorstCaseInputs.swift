/// The facts of one workspace that bound a team's spending: model prices, the models each team's agents
/// use, per-request caps, rate limits, budgets and spending stops, each with where it is written.
struct WorstCaseInputs {
    /// A priced model.
    struct PricedModel {
        /// The model's name.
        let name: Located<String>
        /// The higher of the input and output prices per 1,000 tokens.
        let price: Located<Money>
    }

    /// A team's daily budget and how it was found.
    struct DailyBudget {
        /// Micros per day (a monthly budget divided by 30, rounded down to the micro).
        let micros: Int64
        /// The currency, if written.
        let currency: String?
        /// The amount as written.
        let written: Located<Money>
        /// Whether `written` is a monthly amount.
        let fromMonthly: Bool
    }

    /// A team's requests-per-minute limit.
    struct TeamRate {
        /// Requests per minute.
        let perMinute: Int64
        /// Where the limit is written.
        let range: SourceRange
        /// Which document states it, for notes.
        let what: String
    }

    /// The models the contexts price.
    var models: [PricedModel] = []
    /// The context's default model.
    var defaultModel: Located<String>?
    /// The models each team's agents name (agents → projects → teams).
    var modelsByTeam: [String: [String]] = [:]
    /// The loosest `max_tokens_per_request` of the cost strategies.
    var maxTokens: Located<Int>?
    /// The loosest `max_cost_per_request` of the cost strategies.
    var maxCost: Located<Money>?
    /// The context's global requests per minute.
    var globalPerMinute: Located<Int>?
    /// Each team's finite rate limits, from every document that states one.
    var teamRates: [String: [TeamRate]] = [:]
    /// Teams in the order their rate limits are declared.
    var teams: [String] = []
    /// Each team's daily budget.
    var dailyBudgets: [String: DailyBudget] = [:]
    /// Teams with a finite `budget_limit` in the team routing.
    var cappedTeams: Set<String> = []
    /// The global daily budget and the hard limit multiple that stops requests.
    var stop: (budget: Located<Money>, multiple: Located<Double>)?

    /// Gathers the facts of one workspace scope.
    init(_ scope: WorkspaceScope) {
        var teamOfProject: [String: String] = [:]
        for (_, model) in scope.workspaces {
            for project in model.projects { if let team = project.team { teamOfProject[project.name.value] = team.value } }
        }
        for (_, model) in scope.workspaces {
            for agent in model.agents {
                guard let project = agent.project?.value, let team = teamOfProject[project], let used = agent.model?.value else { continue }
                modelsByTeam[team, default: []].append(used)
            }
        }
        for (resource, model) in scope.contexts {
            for entry in model.models {
                guard let name = entry.name else { continue }
                let prices = [entry.costPer1kInput, entry.costPer1kOutput].compactMap { $0 }
                guard let highest = prices.max(by: { $0.value < $1.value }) else { continue }
                models.append(PricedModel(name: name, price: highest))
            }
            defaultModel = defaultModel ?? model.defaultModel
            if globalPerMinute == nil, let perMinute = model.rateLimits?.requestsPerMinute, perMinute.value >= 0 { globalPerMinute = perMinute }
            for entry in model.rateLimits?.perTeam ?? [] {
                addRate(entry.team.value, entry.limit, what: "the context's rate limit")
            }
            let controls = BudgetReads.costControls(resource)
            let daily = controls?.money("daily_budget") ?? controls?["budgets"]?.money("daily")
            let isDaily = controls.map(BudgetReads.perTeamBudgetIsDaily) ?? false
            for part in BudgetReads.parts(controls?["per_team_budget"], currency: nil) {
                guard isDaily else {
                    addMonthly(part)
                    continue
                }
                dailyBudgets[part.name.value] = DailyBudget(
                    micros: part.amount.value.micros, currency: part.amount.value.currency, written: part.amount, fromMonthly: false)
            }
            if let daily, let multiple = model.costControls?.hardLimit, multiple.value >= 0, multiple.value < 10, stop == nil {
                stop = (daily, multiple)
            }
            for part in BudgetReads.parts(controls?["budgets"]?["per_team"], currency: nil) { addMonthly(part) }
        }
        for (resource, _) in scope.workspaces {
            guard let (budgets, currency) = BudgetReads.workspaceBudgets(resource) else { continue }
            for part in BudgetReads.parts(budgets["per_team"], currency: currency) { addMonthly(part) }
        }
        for (_, model) in scope.orchestration {
            for team in model.routing?.teams ?? [] {
                if let limit = team.rateLimit { addRate(team.team.value, limit, what: "the team routing's rate limit") }
                if let budget = team.budgetLimit, case .limited = budget.value { cappedTeams.insert(team.team.value) }
            }
            for entry in model.rateLimits?.byTeam ?? [] { addRate(entry.team.value, entry.limit, what: "the orchestration rate limit") }
            for strategy in model.routing?.costOptimization?.strategies ?? [] {
                if let tokens = strategy.maxTokensPerRequest, tokens.value > (maxTokens?.value ?? -1) { maxTokens = tokens }
                if let cost = strategy.maxCostPerRequest, cost.value.micros > (maxCost?.value.micros ?? -1) { maxCost = cost }
            }
        }
    }

    private mutating func addRate(_ team: String, _ limit: Located<LimitValue<Int>>, what: String) {
        if teamRates[team] == nil { teams.append(team) }
        var rates = teamRates[team] ?? []
        if case .limited(let count) = limit.value, count >= 0 { rates.append(TeamRate(perMinute: Int64(count), range: limit.range, what: what)) }
        teamRates[team] = rates
    }

    private mutating func addMonthly(_ part: BudgetReads.Part) {
        guard dailyBudgets[part.name.value] == nil else { return }
        dailyBudgets[part.name.value] = DailyBudget(
            micros: part.amount.value.micros / 30, currency: part.amount.value.currency, written: part.amount, fromMonthly: true)
    }

    /// The model a team is assumed to use and why.
    func model(of team: String) -> (model: PricedModel, why: String)? {
        let priced = models
        func mostExpensive(_ candidates: [PricedModel]) -> PricedModel? {
            candidates.max { $0.price.value.micros < $1.price.value.micros }
        }
        let used = Set(modelsByTeam[team] ?? [])
        let candidates = priced.filter { used.contains($0.name.value) }
        if let model = mostExpensive(candidates) {
            return (model, candidates.count == 1 ? "the model the team's agents use" : "the most expensive model the team's agents use")
        }
        if let name = defaultModel?.value, let model = priced.first(where: { $0.name.value == name }) {
            return (model, "the default model")
        }
        if let model = mostExpensive(priced) { return (model, "the most expensive declared model, as no agent of the team names a priced one")
        }
        return nil
    }
}
