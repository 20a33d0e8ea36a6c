/// Budget-burn alerts: for every per-team budget (a workspace's `budgets.per_team`, a workspace context's
/// `cost_controls.per_team_budget` and `cost_controls.budgets.per_team`) and every per-organization limit
/// of a daemon (`limits.per_organization.<org>.max_cost_per_day` and `max_tokens_per_day`), one alert
/// when spending reaches the workspace's alert threshold and one when it exceeds the budget.
///
/// They need a metric to read: a declared metric with the scope's label (`team`, `organization`) that
/// measures the same thing — money (a money unit, or `cost`/`spend` in its name) or tokens (`tokens` in
/// its name) — over the budget's period: a gauge whose name says the period (`daily_spend_usd`), or else
/// a counter, read as its increase over a day or 30 days. A budget with no such metric gets no alert.
enum BudgetAlerts {
    enum Period: String, CaseIterable {
        case daily, monthly

        var words: Set<String> { self == .daily ? ["daily", "day", "today"] : ["monthly", "month"] }
        var window: String { self == .daily ? "1d" : "30d" }
        var title: String { self == .daily ? "Daily" : "Monthly" }
    }

    /// One limit on one scope.
    struct Limit {
        /// `team` or `organization`.
        let label: String
        /// The team's or organization's name.
        let scope: String
        let period: Period
        /// The amount, in the currency's units or in tokens.
        let amount: Double
        /// The currency, for money written with one; nil for tokens and bare amounts.
        let currency: String?
        let isTokens: Bool
        /// The share of the limit that raises the early alert, if the workspace sets one.
        let threshold: Double?
        /// Where the limit is written, for the annotation (`workspace budgets.per_team`).
        let source: String
    }

    static func rules(_ project: Project, catalog: MetricCatalog, organization: String?) -> [AlertTranslation.Rule] {
        var rules: [AlertTranslation.Rule] = []
        for limit in limits(in: project) {
            guard let (metric, value) = reading(for: limit, catalog: catalog) else { continue }
            let scopeWord = limit.label == "team" ? "Team" : "Organization"
            let what = limit.isTokens ? "Tokens" : (limit.label == "team" ? "Budget" : "Cost")
            let noun = limit.isTokens ? "token limit" : (limit.label == "team" ? "budget" : "cost limit")
            let name = "\(scopeWord)\(limit.period.title)\(what)"
            let amount = PromQLNumber.format(limit.amount) + (limit.isTokens ? " tokens" : limit.currency.map { " \($0)" } ?? "")
            let subject = "\(limit.label) \(limit.scope)"
            // The scope's label last: an organization limit's `organization` is the scope's, not the workspace's.
            var labels: [String: String?] = ["organization": organization]
            labels[limit.label] = limit.scope
            let description = "\(metric.name) against the \(limit.period.rawValue) \(noun) of \(amount) set in \(limit.source)."
            if let threshold = limit.threshold, threshold > 0, threshold < 1 {
                labels["severity"] = "warning"
                rules.append(DerivedAlerts.rule(
                    name + "Burn", DerivedAlerts.compare(value, ">", limit.amount * threshold), labels: labels,
                    annotations: [
                        "summary": "\(subject) has used \(DerivedAlerts.percent(threshold)) of its \(limit.period.rawValue) \(noun) of \(amount)",
                        "description": description,
                    ]))
            }
            labels["severity"] = "critical"
            rules.append(DerivedAlerts.rule(
                name + "Exceeded", DerivedAlerts.compare(value, ">", limit.amount), labels: labels,
                annotations: [
                    "summary": "\(subject) is over its \(limit.period.rawValue) \(noun) of \(amount)",
                    "description": description,
                ]))
        }
        return rules
    }

    /// The metric that measures a limit, and the PromQL of the scope's use over the limit's period.
    static func reading(for limit: Limit, catalog: MetricCatalog) -> (DeclaredMetric, PromQLExpr)? {
        var counter: DeclaredMetric?
        for metric in catalog.metrics where metric.labels.contains(limit.label) && measures(metric, limit) {
            let words = Set(MetricCatalog.tokens(metric.name))
            let selector = PromQLSelector(name: metric.name, matchers: [PromQLMatcher(limit.label, "=", limit.scope)])
            if metric.effectiveType == .gauge || metric.effectiveType == nil, !words.isDisjoint(with: limit.period.words) {
                return (metric, DerivedAlerts.sum(by: [limit.label], .selector(selector)))
            }
            if metric.effectiveType == .counter, counter == nil { counter = metric }
        }
        guard let counter else { return nil }
        let selector = PromQLSelector(name: counter.name, matchers: [PromQLMatcher(limit.label, "=", limit.scope)], range: limit.period.window)
        return (counter, DerivedAlerts.sum(by: [limit.label], .call("increase", [.selector(selector)])))
    }

    /// Whether a metric measures what a limit limits: tokens, or money in the limit's currency.
    static func measures(_ metric: DeclaredMetric, _ limit: Limit) -> Bool {
        let words = Set(MetricCatalog.tokens(metric.name))
        if limit.isTokens { return words.contains("tokens") }
        if case .money(let currency) = metric.unitKind { return limit.currency == nil || limit.currency == currency }
        return metric.unitKind == .other && !words.isDisjoint(with: ["cost", "spend", "spending"])
    }

    /// Every limit, the smallest kept when several documents give one scope a limit for one period (they
    /// should agree; `consistency.budget` reports when they do not), sorted by scope.
    static func limits(in project: Project) -> [Limit] {
        var found: [Limit] = []
        // The workspace's threshold applies to limits whose document sets none (a daemon's); a context's
        // only when no workspace sets one.
        var workspaceThreshold: Double?
        var contextThreshold: Double?
        for resource in project.resources {
            switch resource.model {
            case .workspace:
                guard let (budgets, currency) = BudgetReads.workspaceBudgets(resource) else { continue }
                let threshold = budgets.percentage("alert_threshold")?.value.fraction
                workspaceThreshold = workspaceThreshold ?? threshold
                for part in BudgetReads.parts(budgets["per_team"], currency: currency) {
                    found.append(money(part, period: .monthly, threshold: threshold, source: "the workspace's budgets.per_team"))
                }
            case .workspaceContext:
                guard let controls = BudgetReads.costControls(resource) else { continue }
                let threshold = controls.percentage("alert_threshold")?.value.fraction
                contextThreshold = contextThreshold ?? threshold
                let period: Period = BudgetReads.perTeamBudgetIsDaily(controls) ? .daily : .monthly
                for part in BudgetReads.parts(controls["per_team_budget"], currency: nil) {
                    found.append(money(part, period: period, threshold: threshold, source: "the context's cost_controls.per_team_budget"))
                }
                for part in BudgetReads.parts(controls["budgets"]?["per_team"], currency: nil) {
                    found.append(money(part, period: .monthly, threshold: threshold, source: "the context's cost_controls.budgets.per_team"))
                }
            case .daemonConfig(let daemon):
                for organization in daemon.limits?.perOrganization ?? [] {
                    let source = "the daemon's limits.per_organization"
                    if let cost = organization.limits.money("max_cost_per_day") {
                        found.append(Limit(
                            label: "organization", scope: organization.name.value, period: .daily, amount: cost.value.amount,
                            currency: cost.value.currency, isTokens: false, threshold: nil, source: source))
                    }
                    if let tokens = organization.limits.int("max_tokens_per_day") {
                        found.append(Limit(
                            label: "organization", scope: organization.name.value, period: .daily, amount: Double(tokens.value),
                            currency: nil, isTokens: true, threshold: nil, source: source))
                    }
                }
            default:
                break
            }
        }
        var smallest: [String: Limit] = [:]
        for limit in found {
            let key = "\(limit.label)\u{0}\(limit.scope)\u{0}\(limit.period.rawValue)\u{0}\(limit.isTokens)"
            if let existing = smallest[key], existing.amount <= limit.amount { continue }
            smallest[key] = limit
        }
        let fallbackThreshold = workspaceThreshold ?? contextThreshold
        return smallest.values.map { limit in
            guard limit.threshold == nil, let fallbackThreshold else { return limit }
            return Limit(
                label: limit.label, scope: limit.scope, period: limit.period, amount: limit.amount, currency: limit.currency,
                isTokens: limit.isTokens, threshold: fallbackThreshold, source: limit.source)
        }.sorted {
            ($0.label, $0.period.rawValue, $0.isTokens ? 1 : 0, $0.scope) < ($1.label, $1.period.rawValue, $1.isTokens ? 1 : 0, $1.scope)
        }
    }

    private static func money(_ part: BudgetReads.Part, period: Period, threshold: Double?, source: String) -> Limit {
        Limit(
            label: "team", scope: part.name.value, period: period, amount: part.amount.value.amount,
            currency: part.amount.value.currency, isTokens: false, threshold: threshold, source: source)
    }
}
