/// Checks that per-team and per-project budgets add up to no more than the total they divide, that the
/// amounts of one sum share a currency, and catches a part that is a token count written as money.
enum BudgetPartsPass: SemanticPass {
    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for resource in context.project.resources {
            let divisions: [BudgetReads.Division]
            switch resource.model {
            case .workspace: divisions = BudgetReads.workspaceDivisions(resource)
            case .workspaceContext: divisions = BudgetReads.contextDivisions(resource)
            default: continue
            }
            for division in divisions { check(division, into: &sink) }
        }
    }

    private static func check(_ division: BudgetReads.Division, into sink: inout DiagnosticSink) {
        guard !division.parts.isEmpty else { return }
        let total = division.total
        // Amounts in different currencies cannot be added up.
        var reference: (currency: String, range: SourceRange, what: String)?
        if let currency = total.value.currency { reference = (currency, total.range, "the \(division.period) budget") }
        for part in division.parts {
            guard let currency = part.amount.value.currency else { continue }
            guard let known = reference else {
                reference = (currency, part.amount.range, "\"\(part.name.value)\"")
                continue
            }
            if known.currency != currency {
                sink.report(
                    .budgetMixedCurrencies,
                    "the \(division.label) budget of \"\(part.name.value)\" is in \(currency) but \(known.what) is in \(known.currency); amounts in different currencies cannot be added up",
                    at: part.amount.range,
                    notes: [DiagnosticNote("\(known.what) is in \(known.currency) here", at: known.range)])
                return
            }
        }
        var sum: Int64 = 0
        for part in division.parts { sum = sum.saturatingPlus(part.amount.value.micros) }
        guard sum > total.value.micros, sum < .max else { return }
        let currency = MoneyText.currency(of: [total.value] + division.parts.map(\.amount.value))
        // A bare number that alone exceeds a total written in a currency is most likely a token count.
        if total.value.currency != nil {
            for part in division.parts where part.isBare && part.amount.value.micros > total.value.micros {
                sink.report(
                    .budgetTokensAsMoney,
                    "the \(division.label) budget of \"\(part.name.value)\" is written \(part.amount.value.description) without a currency and alone exceeds the \(division.period) budget of \(MoneyText.format(total.value)); a token count in a money field?",
                    at: part.amount.range,
                    notes: [DiagnosticNote("the \(division.period) budget is \(MoneyText.format(total.value)) here", at: total.range)])
                return
            }
        }
        // Amounts that differ by less than a cent are shown to the micro, so that the sum does not read
        // as equal to the total.
        let exact = MoneyText.roundsAlike(sum, total.value.micros, currency: currency)
        func money(_ micros: Int64) -> String { MoneyText.format(micros: micros, currency: currency, exact: exact) }
        var notes: [DiagnosticNote] = []
        for part in division.parts {
            notes.append(DiagnosticNote("\"\(part.name.value)\": \(money(part.amount.value.micros))", at: part.amount.range))
        }
        let over = money(sum - total.value.micros)
        notes.append(DiagnosticNote(
            "the \(division.period) budget they divide is \(money(total.value.micros)); the parts add up to \(money(sum)), \(over) more",
            at: total.range))
        sink.report(
            .budgetPartsExceedTotal,
            "\(division.label) budgets add up to \(money(sum)), more than the \(division.period) budget of \(money(total.value.micros))",
            at: division.key.range, notes: notes)
    }
}

extension DiagnosticKind {
    static let budgetPartsExceedTotal = DiagnosticKind(
        id: "budget.parts-exceed-total", severity: .warning,
        summary: "per-team or per-project budgets add up to more than the total they divide",
        explanation: """
            The per-team (or per-project) budgets of a workspace split its total budget of the same period. \
            When they add up to more than the total, the total runs out before every team has spent its own \
            budget: some team is stopped (or falls back to a cheaper model) early, and which one depends on \
            who spends first. The notes list every part and the sum.

            Periods: the workspace's `budgets.per_team` and `budgets.per_project` are monthly and divide \
            `budgets.monthly`; the context's `cost_controls.budgets.per_team` divides \
            `cost_controls.budgets.monthly`; the context's `per_team_budget` sits next to `daily_budget` \
            and divides it (seed 003 splits a $1,000 daily budget into $400, $400, $100 and $100), or \
            the monthly budget when there is no daily one, or when its parts add up to more than a week \
            of the daily budget and fit the monthly one (a monthly split).

            Lower the parts, or raise the total.
            """,
        example: """
            budgets:
              monthly: "$30,000"
              per_team:
                engineering: "$15,000"
                data_science: "$12,000"
                security: "$5,000"
            """)

    static let budgetMixedCurrencies = DiagnosticKind(
        id: "budget.mixed-currencies", severity: .error,
        summary: "amounts in different currencies are added up or compared",
        explanation: """
            A budget total and the parts that divide it are written in different currencies (`$` and \
            `EUR`). Nothing converts between them, so the sum means nothing and every check that compares \
            the amounts is skipped. Write every amount of a budget section in one currency (the \
            workspace's `budgets.currency` sets the currency of amounts written as bare numbers).
            """,
        example: """
            budgets:
              monthly: "$30,000"
              per_team:
                engineering: "12,000 EUR"
            """)

    static let budgetTokensAsMoney = DiagnosticKind(
        id: "budget.tokens-as-money", severity: .warning,
        summary: "a budget written as a bare number looks like a token count",
        explanation: """
            A money field holds a bare number (no currency) that is larger, on its own, than a budget \
            written in a currency that it should fit in: a per-team budget above the total it divides, or \
            a team's `budget_limit` above the whole workspace's monthly budget. OAAS examples state some \
            limits in tokens (`budget_limit` as tokens per hour, `max_tokens_per_day`), and a token count \
            copied into a money field reads as that many dollars, so the limit never applies.

            Write the amount with its currency (`"$1,200"`); put token caps in the token fields \
            (`max_tokens_per_request`, `max_tokens_per_day`).
            """,
        example: """
            budgets:
              monthly: "$30,000"
              per_team:
                engineering: 500000
            """)
}
