/// Reads of budget sections that the typed models merge or leave out: which map of per-team amounts
/// belongs to which period, and where each section's key is written.
enum BudgetReads {
    /// One amount of a per-team or per-project map.
    struct Part {
        /// The team or project.
        let name: Located<String>
        /// The amount, with a currency when it is written with one.
        let amount: Located<Money>
        /// Whether the amount was written without a currency (a bare number).
        let isBare: Bool
    }

    /// Amounts that divide a total of the same period.
    struct Division {
        /// "per-team" or "per-project".
        let label: String
        /// The key of the map (`per_team`), for the primary location.
        let key: Located<String>
        /// The parts, in document order.
        let parts: [Part]
        /// "daily" or "monthly".
        let period: String
        /// The total the parts divide.
        let total: Located<Money>
    }

    /// The entry for a key of an object.
    static func entry(_ value: IRValue?, _ key: String) -> IREntry? {
        for entry in value?.entries ?? [] where entry.key == key { return entry }
        return nil
    }

    /// The amounts of a `name: amount` map; `currency` is the section's default for bare amounts.
    static func parts(_ value: IRValue?, currency: String?) -> [Part] {
        var parts: [Part] = []
        for entry in value?.entries ?? [] {
            guard case .money(let money)? = entry.value.typed else { continue }
            let amount = money.currency == nil && currency != nil ? Money(micros: money.micros, currency: currency) : money
            parts.append(Part(
                name: Located(entry.key, entry.keyRange), amount: Located(amount, entry.value.range),
                isBare: money.currency == nil && currency == nil))
        }
        return parts
    }

    /// A money value at a key, with the section's default currency applied.
    static func money(_ value: IRValue?, _ key: String, currency: String?) -> Located<Money>? {
        guard let located = value?.money(key) else { return nil }
        guard located.value.currency == nil, let currency else { return located }
        return Located(Money(micros: located.value.micros, currency: currency), located.range)
    }

    /// The workspace's `budgets` section and the currency it declares for bare amounts.
    static func workspaceBudgets(_ resource: Resource) -> (section: IRValue, currency: String?)? {
        guard let budgets = resource.document["spec"]?["budgets"] else { return nil }
        return (budgets, budgets.string("currency")?.value.uppercased())
    }

    /// The context's `runtime.cost_controls` section.
    static func costControls(_ resource: Resource) -> IRValue? {
        resource.document["spec"]?["runtime"]?["cost_controls"]
    }

    /// The divisions a Workspace document states: `budgets.per_team` and `budgets.per_project`, each a
    /// division of `budgets.monthly` (the schema documents both as monthly).
    static func workspaceDivisions(_ resource: Resource) -> [Division] {
        guard let (budgets, currency) = workspaceBudgets(resource),
              let monthly = money(budgets, "monthly", currency: currency)
        else { return [] }
        var result: [Division] = []
        for (key, label) in [("per_team", "per-team"), ("per_project", "per-project")] {
            guard let entry = entry(budgets, key) else { continue }
            result.append(Division(
                label: label, key: Located(entry.writtenKey, entry.keyRange),
                parts: parts(entry.value, currency: currency), period: "monthly", total: monthly))
        }
        return result
    }

    /// Whether the context's `per_team_budget` splits the daily budget. It does when a daily budget is
    /// given, unless its parts add up to more than a week of the daily budget and still fit the monthly
    /// budget: then they are a monthly split (`$12,000`, `$12,000`, `$3,000`, `$3,000` of `$30,000`).
    static func perTeamBudgetIsDaily(_ controls: IRValue) -> Bool {
        let nested = controls["budgets"]
        guard let daily = controls.money("daily_budget") ?? nested?.money("daily") else { return false }
        guard let monthly = controls.money("monthly_budget") ?? nested?.money("monthly") else { return true }
        var sum: Int64 = 0
        for part in parts(controls["per_team_budget"], currency: nil) { sum = sum.saturatingPlus(part.amount.value.micros) }
        return !(sum > daily.value.micros.saturatingTimes(7) && sum <= monthly.value.micros)
    }

    /// The divisions a WorkspaceContext states: `per_team_budget` divides the daily budget it sits next
    /// to (seed 003 splits `daily_budget: $1,000` into `$400`, `$400`, `$100`, `$100`), or the monthly
    /// one (see `perTeamBudgetIsDaily`); `budgets.per_team` divides `budgets.monthly`.
    static func contextDivisions(_ resource: Resource) -> [Division] {
        guard let controls = costControls(resource) else { return [] }
        let nested = controls["budgets"]
        let daily = controls.money("daily_budget") ?? nested?.money("daily")
        let monthly = controls.money("monthly_budget") ?? nested?.money("monthly")
        var result: [Division] = []
        if let entry = entry(controls, "per_team_budget") {
            let isDaily = perTeamBudgetIsDaily(controls)
            if let total = isDaily ? daily : monthly {
                result.append(Division(
                    label: "per-team", key: Located(entry.writtenKey, entry.keyRange), parts: parts(entry.value, currency: nil),
                    period: isDaily ? "daily" : "monthly", total: total))
            }
        }
        if let entry = entry(nested, "per_team"), let total = nested?.money("monthly") ?? controls.money("monthly_budget") {
            result.append(Division(
                label: "per-team", key: Located(entry.writtenKey, entry.keyRange), parts: parts(entry.value, currency: nil),
                period: "monthly", total: total))
        }
        return result
    }
}
