/// Readings the compliance checks share: frequencies as maximum ages, durations in days, and the
/// settings the typed models do not carry.
enum ComplianceReading {
    /// The longest gap, in days, a frequency allows: `quarterly` → 92, `annual` → 366, `90d` → 90; a
    /// day for `continuous` and `real-time` (a record older than that is not continuous). Nil for words
    /// it does not know.
    static func maximumAge(_ frequency: String) -> Int? {
        switch frequency.lowercased().trimmingWhitespace() {
        case "continuous", "real-time", "realtime", "hourly", "daily": 1
        case "weekly": 7
        case "biweekly": 14
        case "monthly": 31
        case "quarterly": 92
        case "semi-annual", "semiannual", "biannual", "half-yearly": 184
        case "annual", "annually", "yearly": 366
        case "biennial": 731
        default: nil
        }
    }

    /// Whole days in a duration.
    static func days(_ duration: Duration) -> Int { Int(duration.milliseconds / 86_400_000) }

    /// A duration as people write retention periods: `7 years`, `6 months`, `90 days`.
    static func describe(days: Int) -> String {
        if days >= 365, days % 365 == 0 { return days == 365 ? "1 year" : "\(days / 365) years" }
        if days >= 180, days % 30 == 0 || days == 183 { return "\(days / 30) months" }
        return days == 1 ? "1 day" : "\(days) days"
    }

    /// The frequency written in a value: a word, or a duration converted to days.
    static func frequency(_ value: IRValue?) -> (text: String, maximumAge: Int?, range: SourceRange)? {
        guard let value else { return nil }
        if case .duration(let duration)? = value.typed { return ("every \(describe(days: days(duration)))", max(1, days(duration)), value.range) }
        guard let text = value.text else { return nil }
        return (text, maximumAge(text), value.range)
    }

    /// A duration written in a value.
    static func duration(_ value: IRValue?) -> Located<Duration>? {
        guard let value, case .duration(let duration)? = value.typed else { return nil }
        return Located(duration, value.range)
    }

    /// A value at a path of keys below another.
    static func value(_ root: IRValue?, _ keys: [String]) -> IRValue? {
        var current = root
        for key in keys { current = current?[key] }
        return current
    }

    /// How a setting is quoted in a message: `"key: value"`.
    static func quoted(_ key: String, _ value: IRValue) -> String { "\"\(key): \(value.text ?? "…")\"" }
}
