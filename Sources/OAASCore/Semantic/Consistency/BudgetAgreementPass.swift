/// Checks that a budget stated in several places is the same in each: the daily and monthly budgets of
/// the workspace and of the context (and the context's two spellings of them), and each team's monthly
/// budget.
enum BudgetAgreementPass: SemanticPass {
    /// One statement of a budget: the amount (with the currency it is written in, if any) and where.
    private struct Stated {
        let amount: Located<Money>
        let origin: String
    }

    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for scope in WorkspaceScope.all(in: context.project) {
            var daily: [Stated] = []
            var monthly: [Stated] = []
            var teams: [String: [Stated]] = [:]
            var teamOrder: [String] = []
            func addTeams(_ parts: [BudgetReads.Part], origin: String) {
                for part in parts {
                    if teams[part.name.value] == nil { teamOrder.append(part.name.value) }
                    teams[part.name.value, default: []].append(Stated(amount: part.amount, origin: origin))
                }
            }
            for (resource, _) in scope.workspaces {
                guard let (budgets, currency) = BudgetReads.workspaceBudgets(resource) else { continue }
                let origin = "the workspace's budgets"
                if let value = BudgetReads.money(budgets, "daily", currency: currency) { daily.append(Stated(amount: value, origin: origin)) }
                if let value = BudgetReads.money(budgets, "monthly", currency: currency) { monthly.append(Stated(amount: value, origin: origin)) }
                addTeams(BudgetReads.parts(budgets["per_team"], currency: currency), origin: origin)
            }
            for (resource, _) in scope.contexts {
                guard let controls = BudgetReads.costControls(resource) else { continue }
                let nested = controls["budgets"]
                if let value = controls.money("daily_budget") { daily.append(Stated(amount: value, origin: "the context's daily_budget")) }
                if let value = nested?.money("daily") { daily.append(Stated(amount: value, origin: "the context's budgets")) }
                if let value = controls.money("monthly_budget") { monthly.append(Stated(amount: value, origin: "the context's monthly_budget")) }
                if let value = nested?.money("monthly") { monthly.append(Stated(amount: value, origin: "the context's budgets")) }
                addTeams(BudgetReads.parts(nested?["per_team"], currency: nil), origin: "the context's budgets")
            }
            report(fact: "the daily budget", daily, into: &sink)
            report(fact: "the monthly budget", monthly, into: &sink)
            for team in teamOrder { report(fact: "the monthly budget of team \"\(team)\"", teams[team] ?? [], into: &sink) }
        }
    }

    /// Bare amounts agree with amounts in any currency of the same size; amounts in two currencies
    /// are not compared. Every amount is shown in the one currency written (a bare amount too), or, when
    /// none is, as the bare number it is.
    private static func report(fact: String, _ stated: [Stated], into sink: inout DiagnosticSink) {
        var currencies = Set<String>()
        for statement in stated {
            if let currency = statement.amount.value.currency { currencies.insert(currency) }
        }
        guard currencies.count <= 1 else { return }
        let currency = currencies.first
        // Amounts that differ by less than a cent are shown to the micro.
        var distinct = Set<Int64>()
        var shown = Set<String>()
        for statement in stated {
            if distinct.insert(statement.amount.value.micros).inserted {
                shown.insert(MoneyText.format(micros: statement.amount.value.micros, currency: currency))
            }
        }
        let exact = shown.count < distinct.count
        var statements: [Statement] = []
        for statement in stated {
            let micros = statement.amount.value.micros
            let display = currency == nil ? MoneyText.bare(micros: micros) : MoneyText.format(micros: micros, currency: currency, exact: exact)
            statements.append(Statement(key: String(micros), display: display, range: statement.amount.range, origin: statement.origin))
        }
        StatedFacts.report(.consistencyBudget, fact: fact, statements, into: &sink)
    }
}

extension DiagnosticKind {
    static let consistencyBudget = DiagnosticKind(
        id: "consistency.budget", severity: .warning,
        summary: "a budget is stated differently in two places",
        explanation: """
            The daily and monthly budgets can be stated in the workspace (`budgets.daily`, \
            `budgets.monthly`) and in the context (`cost_controls.daily_budget` and `monthly_budget`, and \
            again under `cost_controls.budgets`); each team's monthly budget in the workspace's \
            `budgets.per_team` and the context's `cost_controls.budgets.per_team`. When two statements \
            differ, the budget enforced depends on which component reads which file. Amounts are compared \
            exactly (`$1,000` is `1000 USD`); a bare amount is taken to be in the currency of the others.
            """,
        example: """
            # workspace.yml: budgets: {monthly: "$30,000"}
            # context.yml
            cost_controls:
              monthly_budget: "$25,000"
            """)
}
