/// Computes, per team, a static upper bound on one day's model spending (requests the rate limits allow ×
/// the most one request can cost at the declared prices and per-request caps) and reports a team whose
/// bound is above its daily budget while nothing but the budget's own enforcement stands in the way.
enum WorstCaseSpendPass: SemanticPass {
    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for scope in WorkspaceScope.all(in: context.project) where !scope.contexts.isEmpty {
            let inputs = WorstCaseInputs(scope)
            guard !inputs.models.isEmpty, inputs.maxTokens != nil || inputs.maxCost != nil else { continue }
            for team in inputs.teams where !inputs.cappedTeams.contains(team) {
                check(team, inputs, into: &sink)
            }
        }
    }

    private static func check(_ team: String, _ inputs: WorstCaseInputs, into sink: inout DiagnosticSink) {
        guard let budget = inputs.dailyBudgets[team], let (model, why) = inputs.model(of: team) else { return }
        let price = model.price.value
        guard MoneyText.compatible(price, budget.written.value) else { return }
        if let cap = inputs.maxCost, !MoneyText.compatible(cap.value, price) { return }
        let currency = MoneyText.currency(of: [budget.written.value, price] + (inputs.maxCost.map { [$0.value] } ?? []))
        func money(_ micros: Int64) -> String { MoneyText.format(micros: micros, currency: currency) }
        var notes: [DiagnosticNote] = []

        // Requests per day: the lowest finite rate limit of the team, or the global one.
        let rates = inputs.teamRates[team] ?? []
        let perMinute: Int64
        if let lowest = rates.min(by: { $0.perMinute < $1.perMinute }) {
            if let global = inputs.globalPerMinute, Int64(global.value) < lowest.perMinute {
                perMinute = Int64(global.value)
                notes.append(DiagnosticNote("the global rate limit of \(MoneyText.grouped(perMinute)) requests per minute is lower than the team's", at: global.range))
            } else {
                perMinute = lowest.perMinute
                notes.append(DiagnosticNote("\(lowest.what) lets the team make \(MoneyText.grouped(perMinute)) requests per minute", at: lowest.range))
            }
        } else if let global = inputs.globalPerMinute {
            perMinute = Int64(global.value)
            notes.append(DiagnosticNote(
                "the team's rate limit is unlimited, so the global one applies: \(MoneyText.grouped(perMinute)) requests per minute", at: global.range))
        } else {
            return
        }
        let requests = perMinute.saturatingTimes(1_440)
        notes.append(DiagnosticNote(
            "\(MoneyText.grouped(perMinute)) requests per minute × 1,440 minutes = \(MoneyText.grouped(requests)) requests per day", at: nil))

        // The most one request can cost, in thousandths of a micro.
        notes.append(DiagnosticNote(
            "model \"\(model.name.value)\" (\(why)) costs up to \(MoneyText.format(price)) per 1,000 tokens, the higher of its input and output prices",
            at: model.price.range))
        var perRequest = Int64.max
        if let tokens = inputs.maxTokens {
            perRequest = Int64(tokens.value).saturatingTimes(price.micros)
            notes.append(DiagnosticNote(
                "max_tokens_per_request allows \(MoneyText.grouped(Int64(tokens.value))) tokens: \(MoneyText.grouped(Int64(tokens.value))) / 1,000 × \(MoneyText.format(price)) = \(money(rounded(perRequest))) per request",
                at: tokens.range))
        }
        if let cap = inputs.maxCost, cap.value.micros.saturatingTimes(1_000) < perRequest {
            perRequest = cap.value.micros.saturatingTimes(1_000)
            notes.append(DiagnosticNote("max_cost_per_request caps one request at \(money(cap.value.micros))", at: cap.range))
        }
        guard requests < .max, perRequest < .max else { return }
        let (product, overflow) = requests.multipliedReportingOverflow(by: perRequest)
        guard !overflow, product < .max - 1_000 else { return }
        var worst = rounded(product)
        notes.append(DiagnosticNote(
            "\(MoneyText.grouped(requests)) requests × \(money(rounded(perRequest))) = \(money(worst)) per day", at: nil))
        if let stop = inputs.stop {
            let scaled = (Double(stop.budget.value.micros) * stop.multiple.value).rounded()
            let stopMicros = scaled >= 0 && scaled < 9e18 ? Int64(scaled) : Int64.max
            if stopMicros < worst {
                worst = stopMicros
                notes.append(DiagnosticNote(
                    "spending stops at hard_limit \(stop.multiple.value.formattedCompactly) × the daily budget of \(MoneyText.format(stop.budget.value)) = \(money(stopMicros))",
                    at: stop.multiple.range))
            }
        }
        guard worst > budget.micros else { return }
        var budgetText = money(budget.micros)
        if budget.fromMonthly {
            budgetText += " (its monthly budget of \(MoneyText.format(budget.written.value)) / 30 days)"
        }
        sink.report(
            .budgetWorstCaseExceeds,
            "the rate limits and model prices let team \"\(team)\" spend up to \(money(worst)) a day, above its daily budget of \(budgetText)",
            at: budget.written.range, notes: notes)
    }

    /// Thousandths of a micro to micros, rounded half up.
    private static func rounded(_ milli: Int64) -> Int64 { milli.saturatingPlus(500) / 1_000 }
}

extension DiagnosticKind {
    static let budgetWorstCaseExceeds = DiagnosticKind(
        id: "budget.worst-case-exceeds", severity: .warning,
        summary: "a team's rate limits and model prices allow more spending per day than its budget",
        explanation: """
            A static bound on a team's daily model spending: the requests its rate limit allows in a day \
            (requests per minute × 1,440) times the most one request can cost (`max_tokens_per_request` / \
            1,000 × the model's price per 1,000 tokens, taking the higher of the input and output prices, \
            and no more than `max_cost_per_request`), no more than the context's `hard_limit` × its daily \
            budget. The notes show every factor and where it is written.

            The model is the most expensive priced model the team's agents use (agents → projects → \
            teams in the workspace), else the context's default model, else the most expensive model \
            the context prices. The team's rate is its lowest finite rate limit in the context or the \
            orchestration rules (the global one when the team's is `unlimited`). The daily budget is the \
            context's `per_team_budget` (which divides the daily budget), else a monthly per-team \
            budget divided by 30.

            A team whose `team_routing` sets a finite `budget_limit` is capped by the router and is not \
            checked. For the others, spending is bounded only by the budget's own enforcement: lower the \
            team's rate limit or per-request caps, or give the team a `budget_limit`.
            """,
        example: """
            # context.yml: model at $0.015 per 1k output tokens; per_team_budget: {engineering: "$400"}
            # rate_limits: per_team: {engineering: 1200}
            # orchestration-rules.yml: max_tokens_per_request: 16000, no budget_limit for engineering
            """)
}
