/// Compares one section of AOF limits (a DaemonConfig's `per_organization.<name>` or `per_user`) with
/// the daemon's `global` limits, key by key: requests per minute and per hour (converted to each
/// other), tokens per day, tasks at once, cost per day.
enum DaemonLimits {
    private static let requestKeys: [(key: String, seconds: Int64)] = [
        ("max_requests_per_minute", 60), ("max_requests_per_hour", 3_600),
    ]
    private static let countKeys: [[String]] = [["max_tokens_per_day"], ["max_concurrent", "max_concurrent_tasks"], ["max_tokens_per_request"]]

    /// Reports each limit of `section` that is above the same limit in `global`; `subject` names the
    /// section in messages ("organization \"acme\""). Negative limits are reported by the schema and
    /// not compared.
    static func compare(_ section: IRValue, to global: IRValue, subject: String, into sink: inout DiagnosticSink) {
        // Requests: any of the section's rates above any of the global rates.
        var globalRates: [LimitHierarchyPass.RateLimit] = []
        for (key, seconds) in requestKeys {
            guard let value = global.int(key), value.value >= 0 else { continue }
            globalRates.append(.init(rate: Rate(count: Int64(value.value), seconds: seconds), range: value.range, subject: "the global \(key)"))
        }
        for (key, seconds) in requestKeys {
            guard let value = section.int(key), value.value >= 0 else { continue }
            let rate = Rate(count: Int64(value.value), seconds: seconds)
            guard let limit = globalRates.first(where: { rate.exceeds($0.rate) }) else { continue }
            LimitHierarchyPass.report(.init(rate: rate, range: value.range, subject: "\(key) of \(subject)"), above: limit, into: &sink)
        }
        for keys in countKeys {
            guard let own = firstInt(section, keys), let limit = firstInt(global, keys), limit.value.value >= 0,
                  own.value.value > limit.value.value else { continue }
            sink.report(
                .budgetLimitExceedsGlobal,
                "\(own.key) of \(subject) (\(MoneyText.grouped(Int64(own.value.value)))) is above the global \(limit.key) (\(MoneyText.grouped(Int64(limit.value.value)))); it can never be reached",
                at: own.value.range,
                notes: [DiagnosticNote("the global \(limit.key) is \(MoneyText.grouped(Int64(limit.value.value))) here", at: limit.value.range)])
        }
        if let own = section.money("max_cost_per_day"), let limit = global.money("max_cost_per_day"),
           MoneyText.compatible(own.value, limit.value), own.value.micros > limit.value.micros {
            let currency = MoneyText.currency(of: [own.value, limit.value])
            let exact = MoneyText.roundsAlike(own.value.micros, limit.value.micros, currency: currency)
            let ownText = MoneyText.format(micros: own.value.micros, currency: own.value.currency, exact: exact)
            let limitText = MoneyText.format(micros: limit.value.micros, currency: limit.value.currency, exact: exact)
            sink.report(
                .budgetLimitExceedsGlobal,
                "max_cost_per_day of \(subject) (\(ownText)) is above the global max_cost_per_day (\(limitText)); it can never be reached",
                at: own.range,
                notes: [DiagnosticNote("the global max_cost_per_day is \(limitText) here", at: limit.range)])
        }
    }

    private static func firstInt(_ section: IRValue, _ keys: [String]) -> (key: String, value: Located<Int>)? {
        for key in keys {
            if let value = section.int(key) { return (key, value) }
        }
        return nil
    }
}
