/// Checks that a budget or limit over a shorter period is not larger than the one over a longer period
/// (daily above monthly, requests per minute above requests per hour), and notes a daily budget that,
/// spent every day, would use up the monthly budget before the month ends.
enum BudgetPeriodsPass: SemanticPass {
    /// A money budget of one period.
    private struct Budget {
        let period: String
        let days: Int64
        let amount: Located<Money>
        /// "the daily budget" or "the daily budget of team "x"".
        let subject: String
    }

    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for resource in context.project.resources {
            switch resource.model {
            case .workspace:
                guard let (budgets, currency) = BudgetReads.workspaceBudgets(resource) else { continue }
                var found: [Budget] = []
                for (period, days) in [("daily", Int64(1)), ("weekly", 7), ("monthly", 30)] {
                    guard let amount = BudgetReads.money(budgets, period, currency: currency) else { continue }
                    found.append(Budget(period: period, days: days, amount: amount, subject: "the \(period) budget"))
                }
                compare(found, into: &sink)
            case .workspaceContext:
                guard let controls = BudgetReads.costControls(resource) else { continue }
                let nested = controls["budgets"]
                var budgets: [Budget] = []
                if let daily = controls.money("daily_budget") ?? nested?.money("daily") {
                    budgets.append(Budget(period: "daily", days: 1, amount: daily, subject: "the daily budget"))
                }
                if let monthly = controls.money("monthly_budget") ?? nested?.money("monthly") {
                    budgets.append(Budget(period: "monthly", days: 30, amount: monthly, subject: "the monthly budget"))
                }
                compare(budgets, into: &sink)
                compareTeams(daily: controls["per_team_budget"], monthly: nested?["per_team"], into: &sink)
            case .aofContext(let model):
                if let limits = model.limits { compareLimits(limits, into: &sink) }
            case .daemonConfig(let model):
                guard let limits = model.limits else { continue }
                if let global = limits.global { compareLimits(global, into: &sink) }
                if let perUser = limits.perUser { compareLimits(perUser, into: &sink) }
                for organization in limits.perOrganization { compareLimits(organization.limits, into: &sink) }
            default:
                continue
            }
        }
    }

    /// Per-team daily amounts (`per_team_budget`) against per-team monthly ones (`budgets.per_team`).
    private static func compareTeams(daily: IRValue?, monthly: IRValue?, into sink: inout DiagnosticSink) {
        let monthlyParts = BudgetReads.parts(monthly, currency: nil)
        guard !monthlyParts.isEmpty else { return }
        for part in BudgetReads.parts(daily, currency: nil) {
            guard let month = monthlyParts.first(where: { $0.name.value == part.name.value }) else { continue }
            let subject = "team \"\(part.name.value)\""
            compare([
                Budget(period: "daily", days: 1, amount: part.amount, subject: "the daily budget of \(subject)"),
                Budget(period: "monthly", days: 30, amount: month.amount, subject: "the monthly budget of \(subject)"),
            ], into: &sink)
        }
    }

    private static func compare(_ budgets: [Budget], into sink: inout DiagnosticSink) {
        for (index, shorter) in budgets.enumerated() {
            for longer in budgets[(index + 1)...] {
                guard MoneyText.compatible(shorter.amount.value, longer.amount.value) else { continue }
                let currency = MoneyText.currency(of: [shorter.amount.value, longer.amount.value])
                let exact = MoneyText.roundsAlike(shorter.amount.value.micros, longer.amount.value.micros, currency: currency)
                let short = MoneyText.format(micros: shorter.amount.value.micros, currency: currency, exact: exact)
                let long = MoneyText.format(micros: longer.amount.value.micros, currency: currency, exact: exact)
                if shorter.amount.value.micros > longer.amount.value.micros {
                    sink.report(
                        .budgetPeriodExceedsLonger,
                        "\(shorter.subject) (\(short)) is larger than \(longer.subject) (\(long))",
                        at: shorter.amount.range,
                        notes: [DiagnosticNote("\(longer.subject) is \(long) here; it runs out first", at: longer.amount.range)])
                    continue
                }
                // The shorter budget spent in every one of its periods within the longer one.
                let scaled = shorter.amount.value.micros.saturatingTimes(longer.days)
                let bound = longer.amount.value.micros.saturatingTimes(shorter.days)
                guard scaled > bound, scaled < .max, shorter.days == 1 else { continue }
                let spanned = MoneyText.format(micros: scaled, currency: currency)
                let day = longer.amount.value.micros.saturatingPlus(shorter.amount.value.micros - 1) / shorter.amount.value.micros
                let period = longer.period == "weekly" ? "week" : "30-day month"
                sink.report(
                    .budgetDailySumExceedsMonthly,
                    "\(longer.days) days at \(shorter.subject) (\(short)) come to \(spanned), more than \(longer.subject) (\(long))",
                    at: shorter.amount.range,
                    notes: [DiagnosticNote(
                        "\(longer.subject) is \(long) here; spending \(short) every day uses it up on day \(day) of a \(period)",
                        at: longer.amount.range)])
            }
        }
    }

    /// Request and token limits of a Context or DaemonConfig section (`max_requests_per_minute` …).
    private static func compareLimits(_ limits: IRValue, into sink: inout DiagnosticSink) {
        let pairs: [(String, String)] = [
            ("max_requests_per_minute", "max_requests_per_hour"),
            ("max_tokens_per_request", "max_tokens_per_day"),
        ]
        for (shortKey, longKey) in pairs {
            // A negative limit is reported by the schema; it is not compared.
            guard let short = limits.int(shortKey), let long = limits.int(longKey), long.value >= 0, short.value > long.value else { continue }
            sink.report(
                .budgetPeriodExceedsLonger,
                "\(shortKey) (\(MoneyText.grouped(Int64(short.value)))) is larger than \(longKey) (\(MoneyText.grouped(Int64(long.value))))",
                at: short.range,
                notes: [DiagnosticNote("\(longKey) is \(MoneyText.grouped(Int64(long.value))) here; it is reached first", at: long.range)])
        }
    }
}

extension DiagnosticKind {
    static let budgetPeriodExceedsLonger = DiagnosticKind(
        id: "budget.period-exceeds-longer", severity: .warning,
        summary: "a budget or limit over a shorter period is larger than the one over a longer period",
        explanation: """
            A daily budget above the weekly or monthly budget (or `max_requests_per_minute` above \
            `max_requests_per_hour`, `max_tokens_per_request` above `max_tokens_per_day`) can never be \
            reached: the limit over the longer period runs out first, in a single day (or minute, or \
            request). One of the two numbers is wrong, often a daily and a monthly amount swapped, or a \
            monthly amount pasted into the daily field.
            """,
        example: """
            budgets:
              daily: "$30,000"
              monthly: "$1,000"
            """)

    static let budgetDailySumExceedsMonthly = DiagnosticKind(
        id: "budget.daily-sum-exceeds-monthly", severity: .note,
        summary: "the daily budget, spent every day, would use up the monthly (or weekly) budget early",
        explanation: """
            The daily budget times the days of the period (30 for a month, 7 for a week) is more than \
            the budget of that period. A daily cap somewhat above the average day is a common way to \
            allow for busy days, so this is only a note; but if the daily budget is meant as the monthly \
            budget split over the days, one of them is off. The note says on which day the longer \
            budget runs out when the daily budget is spent in full every day.
            """,
        example: """
            budgets:
              daily: "$1,500"
              monthly: "$30,000"
            """)
}
