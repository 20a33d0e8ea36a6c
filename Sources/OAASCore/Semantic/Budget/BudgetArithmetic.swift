/// Exact arithmetic and display of the amounts, rates and counts the budget passes compare. Money stays
/// in integer micros (never `Double`), so that sums and products are exact.
enum MoneyText {
    private static let symbols: [String: String] = ["USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"]

    /// `$1,234.56`: whole cents, or up to six decimals for amounts below one cent's precision
    /// (`$0.0003`). A bare amount (no currency) is shown in dollars, as OAAS budgets are.
    static func format(_ money: Money) -> String { format(micros: money.micros, currency: money.currency) }

    /// The same for an amount in micros; `exact` shows every non-zero decimal down to the micro
    /// (`$1,000.000001`) instead of rounding to cents. Any `Int64` is shown, `Int64.min` included: the
    /// digits come from the magnitude, never from `-micros`.
    static func format(micros: Int64, currency: String?, exact: Bool = false) -> String {
        let sign = micros < 0 ? "-" : ""
        let code = currency ?? "USD"
        let amount = digits(micros.magnitude, exact: exact)
        if let symbol = symbols[code] { return sign + symbol + amount }
        return sign + amount + " " + code
    }

    /// An amount without a currency, as written without one: `1,000`, `12.5`, `0.003`.
    static func bare(micros: Int64) -> String {
        let sign = micros < 0 ? "-" : ""
        let magnitude = micros.magnitude
        var decimals = String(magnitude % 1_000_000)
        guard decimals != "0" else { return sign + grouped(magnitude / 1_000_000) }
        decimals = String(repeating: "0", count: 6 - decimals.count) + decimals
        while decimals.last == "0" { decimals.removeLast() }
        return sign + grouped(magnitude / 1_000_000) + "." + decimals
    }

    /// Whether two different amounts would read the same when rounded to cents, so that a message
    /// comparing them must show them `exact`.
    static func roundsAlike(_ lhs: Int64, _ rhs: Int64, currency: String?) -> Bool {
        lhs != rhs && format(micros: lhs, currency: currency) == format(micros: rhs, currency: currency)
    }

    /// `1,234.56` for a magnitude in micros: whole cents, or up to six decimals for amounts below one
    /// cent's precision (`0.0003`) or when `exact`.
    private static func digits(_ magnitude: UInt64, exact: Bool) -> String {
        var whole = magnitude / 1_000_000
        let fraction = magnitude % 1_000_000
        var decimals: String
        if fraction % 10_000 == 0 || (whole >= 1 && !exact) {
            // Round to cents.
            var cents = (fraction + 5_000) / 10_000
            if cents == 100 {
                whole += 1
                cents = 0
            }
            decimals = cents < 10 ? "0\(cents)" : "\(cents)"
        } else {
            decimals = String(fraction)
            decimals = String(repeating: "0", count: 6 - decimals.count) + decimals
            while decimals.count > 2, decimals.last == "0" { decimals.removeLast() }
        }
        return grouped(whole) + "." + decimals
    }

    /// `1,234,567`; any `Int64`, `Int64.min` included.
    static func grouped(_ value: Int64) -> String {
        (value < 0 ? "-" : "") + grouped(value.magnitude)
    }

    /// `1,234,567` for an unsigned number.
    static func grouped(_ value: UInt64) -> String {
        let digits = Array(String(value))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }

    /// `1,234,567` for an `Int`.
    static func grouped(_ value: Int) -> String { grouped(Int64(value)) }

    /// Whether two amounts can be added or compared: same currency, or one of them bare.
    static func compatible(_ lhs: Money, _ rhs: Money) -> Bool {
        lhs.currency == nil || rhs.currency == nil || lhs.currency == rhs.currency
    }

    /// The currency of a set of amounts, or nil when they are all bare.
    static func currency(of amounts: [Money]) -> String? {
        amounts.lazy.compactMap(\.currency).first
    }
}

/// A number of requests (or tasks, tokens) per period, compared exactly by cross-multiplication.
struct Rate: Sendable {
    /// How many.
    let count: Int64
    /// The period, in seconds (60 for "per minute").
    let seconds: Int64

    /// Whether this rate allows more than another.
    func exceeds(_ other: Rate) -> Bool { count.saturatingTimes(other.seconds) > other.count.saturatingTimes(seconds) }

    /// "1,200 per minute".
    var description: String { "\(MoneyText.grouped(count)) per \(Rate.unitName(seconds))" }

    /// The same rate over another period, when it divides exactly; for display.
    func per(_ seconds: Int64) -> Int64? {
        let (scaled, overflow) = count.multipliedReportingOverflow(by: seconds)
        return !overflow && scaled % self.seconds == 0 ? scaled / self.seconds : nil
    }

    /// "minute" for 60 seconds.
    static func unitName(_ seconds: Int64) -> String {
        switch seconds {
        case 1: "second"
        case 60: "minute"
        case 3_600: "hour"
        case 86_400: "day"
        case 604_800: "week"
        default: "\(seconds) seconds"
        }
    }

    /// Reads `10000/hour`, `300/minute`, `50 per second`, `1000/h`, or a bare count per `bareUnit` seconds.
    /// A negative count is no rate (nil): it limits nothing, and comparing it would only pile reports on a
    /// wrong value.
    static func parse(_ value: IRValue, bareUnit: Int64?) -> Rate? {
        if let count = value.int {
            guard count >= 0 else { return nil }
            return bareUnit.map { Rate(count: Int64(count), seconds: $0) }
        }
        guard let text = value.text?.lowercased() else { return nil }
        let separators: [String] = ["/", " per ", " a "]
        for separator in separators {
            guard let split = text.firstRange(of: separator) else { continue }
            let number = text[text.startIndex..<split.lowerBound].filter { $0 != "," && $0 != "_" && $0 != " " }
            let unit = text[split.upperBound...].trimmingWhitespace()
            guard let count = Int64(number), count >= 0, let seconds = unitSeconds(unit) else { return nil }
            return Rate(count: count, seconds: seconds)
        }
        return nil
    }

    private static func unitSeconds(_ unit: String) -> Int64? {
        switch unit {
        case "s", "sec", "second": 1
        case "m", "min", "minute": 60
        case "h", "hr", "hour": 3_600
        case "d", "day": 86_400
        default: nil
        }
    }
}

extension Duration {
    /// A readable length: `2m35s`, `4h`, `7y` (365-day years, as the duration grammar reads them), `300ms`.
    var spelled: String {
        if milliseconds % 1_000 != 0 || milliseconds == 0 { return description }
        if milliseconds % 31_536_000_000 == 0 { return "\(milliseconds / 31_536_000_000)y" }
        var rest = milliseconds / 1_000
        var text = ""
        for (size, suffix) in [(Int64(86_400), "d"), (3_600, "h"), (60, "m"), (1, "s")] where rest >= size {
            text += "\(rest / size)\(suffix)"
            rest %= size
        }
        return text
    }
}

extension Int64 {
    /// The product, or `Int64.max` (`min` for a negative result) when it does not fit: sums and products
    /// of user-written amounts must never trap.
    func saturatingTimes(_ other: Int64) -> Int64 {
        let (result, overflow) = multipliedReportingOverflow(by: other)
        guard overflow else { return result }
        return (self < 0) == (other < 0) ? .max : .min
    }

    /// The sum, or `Int64.max` (`min`) when it does not fit.
    func saturatingPlus(_ other: Int64) -> Int64 {
        let (result, overflow) = addingReportingOverflow(other)
        guard overflow else { return result }
        return other > 0 ? .max : .min
    }
}
