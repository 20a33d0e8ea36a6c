/// A cron schedule: five fields (minute to weekday), six with leading seconds, or a macro.
public struct CronExpression: Sendable, Hashable {
    /// The expression as written.
    public let text: String

    private static let macros: Set<String> = ["@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly", "@reboot"]
    private static let months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
    private static let weekdays = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"]

    static func parse(_ text: String) -> Result<CronExpression, GrammarError> {
        let trimmed = text.trimmingWhitespace()
        if trimmed.hasPrefix("@") {
            if macros.contains(trimmed.lowercased()) { return .success(CronExpression(text: trimmed)) }
            if trimmed.lowercased().hasPrefix("@every ") {
                let duration = Duration.parse(Scalar(text: String(trimmed.dropFirst(7)), style: .doubleQuoted, tag: nil), bareUnit: .seconds)
                if case .failure(let error) = duration { return .failure(GrammarError("@every: \(error.reason)")) }
                return .success(CronExpression(text: trimmed))
            }
            return .failure(GrammarError("unknown macro \"\(trimmed)\"; expected @yearly, @monthly, @weekly, @daily or @hourly"))
        }
        let fields = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" })
        var specs: [(name: String, range: ClosedRange<Int>, names: [String], nameBase: Int)] = [
            ("minute", 0...59, [], 0), ("hour", 0...23, [], 0), ("day of month", 1...31, [], 0),
            ("month", 1...12, months, 1), ("day of week", 0...7, weekdays, 0),
        ]
        switch fields.count {
        case 5: break
        case 6: specs.insert(("second", 0...59, [], 0), at: 0)
        default:
            return .failure(GrammarError("\(fields.count) fields; expected 5 (minute hour day-of-month month day-of-week)"))
        }
        for (field, spec) in zip(fields, specs) {
            if let reason = check(String(field), range: spec.range, names: spec.names, nameBase: spec.nameBase) {
                return .failure(GrammarError("\(spec.name) field \"\(field)\": \(reason)"))
            }
        }
        return .success(CronExpression(text: trimmed))
    }

    private static func check(_ field: String, range: ClosedRange<Int>, names: [String], nameBase: Int) -> String? {
        if field == "?" { return nil }
        for item in field.split(separator: ",", omittingEmptySubsequences: false) {
            let stepParts = item.split(separator: "/", omittingEmptySubsequences: false)
            guard stepParts.count <= 2 else { return "more than one \"/\"" }
            if stepParts.count == 2 {
                guard let step = Int(stepParts[1]), step > 0 else { return "step \"\(stepParts[1])\" is not a positive number" }
            }
            let base = stepParts[0]
            if base == "*" { continue }
            let bounds = base.split(separator: "-", omittingEmptySubsequences: false)
            guard bounds.count <= 2 else { return "\"\(base)\" is not a value or range" }
            var values: [Int] = []
            for bound in bounds {
                if let value = Int(bound), bound.allSatisfy(\.isASCIIDigit) {
                    values.append(value)
                } else if let index = names.firstIndex(of: bound.uppercased()) {
                    values.append(index + nameBase)
                } else {
                    return "\"\(bound)\" is not a number"
                }
            }
            for value in values where !range.contains(value) {
                return "\(value) is outside \(range.lowerBound)-\(range.upperBound)"
            }
            if values.count == 2, values[0] > values[1] { return "range \(base) runs backwards" }
        }
        return nil
    }
}

/// A regular expression that compiled.
public struct RegexPattern: Sendable, Hashable {
    /// The pattern as written.
    public let pattern: String

    static func parse(_ text: String) -> Result<RegexPattern, GrammarError> {
        do {
            _ = try Regex(text)
            return .success(RegexPattern(pattern: text))
        } catch {
            let reason = "\(error)".split(separator: "\n").first.map(String.init) ?? "does not compile"
            return .failure(GrammarError("the pattern does not compile: \(reason)"))
        }
    }
}
