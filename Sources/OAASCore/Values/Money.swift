/// An amount of money, kept in millionths of the currency unit so that per-token prices stay exact.
public struct Money: Sendable, Hashable, Comparable {
    /// The amount in millionths (1 USD = 1,000,000).
    public let micros: Int64
    /// The ISO 4217 code, when the value names one (`$` reads as USD).
    public let currency: String?

    /// The amount in whole currency units.
    public var amount: Double { Double(micros) / 1_000_000 }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.micros < rhs.micros }

    private static let symbols: [Character: String] = ["$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"]

    /// Parses `1000`, `"$1,000 USD"`, `"€500"`, `"500 EUR"`, `"$30K"`, `"$0.003"`.
    static func parse(_ scalar: Scalar) -> Result<Money, GrammarError> {
        if let number = DecimalText.number(scalar) { return make(number, currency: nil) }
        var text = Substring(scalar.text.trimmingWhitespace())
        var currency: String?
        if let first = text.first, let code = symbols[first] {
            currency = code
            text = text.dropFirst().drop { $0 == " " }
        }
        if let code = leadingCode(text) {
            if let currency, currency != code {
                return .failure(GrammarError("the symbol says \(currency) but the code says \(code)"))
            }
            currency = code
            text = text.dropFirst(3).drop { $0 == " " }
        }
        if text.count > 4, let code = trailingCode(text) {
            if let currency, currency != code {
                return .failure(GrammarError("the symbol says \(currency) but the code says \(code)"))
            }
            currency = code
            text = text.dropLast(3)
            while text.last == " " { text = text.dropLast() }
        }
        var multiplier = 1.0
        switch text.last {
        case "k", "K": multiplier = 1_000; text = text.dropLast()
        case "M": multiplier = 1_000_000; text = text.dropLast()
        default: break
        }
        guard !text.isEmpty else { return .failure(GrammarError("no amount")) }
        if text.hasPrefix("-") { return .failure(GrammarError("an amount cannot be negative")) }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return .failure(GrammarError("more than one decimal point")) }
        let whole = parts[0]
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        let groupsValid = groups.count == 1
            || (groups.first.map { (1...3).contains($0.count) } ?? false && groups.dropFirst().allSatisfy { $0.count == 3 })
        guard groupsValid, groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              parts.count == 1 || (!parts[1].isEmpty && parts[1].allSatisfy(\.isASCIIDigit)),
              let number = Double(groups.joined() + (parts.count == 2 ? "." + parts[1] : ""))
        else {
            return .failure(GrammarError("\"\(scalar.text)\" is not an amount"))
        }
        return make(number * multiplier, currency: currency)
    }

    private static func make(_ amount: Double, currency: String?) -> Result<Money, GrammarError> {
        guard amount >= 0 else { return .failure(GrammarError("an amount cannot be negative")) }
        guard amount.isFinite, amount < 9e12 else { return .failure(GrammarError("the amount is too large")) }
        return .success(Money(micros: Int64((amount * 1_000_000).rounded()), currency: currency))
    }

    private static func leadingCode(_ text: Substring) -> String? {
        let prefix = text.prefix(3)
        guard prefix.count == 3, prefix.allSatisfy({ $0.isASCII && $0.isUppercase }) else { return nil }
        return String(prefix)
    }

    private static func trailingCode(_ text: Substring) -> String? {
        let suffix = text.suffix(3)
        guard suffix.allSatisfy({ $0.isASCII && $0.isUppercase }) else { return nil }
        let before = text.dropLast(3).last
        guard before == " " || (before?.isASCIIDigit ?? false) else { return nil }
        return String(suffix)
    }

    /// `$1,000.50 USD`-style rendering without thousands separators: `1000.5 USD`.
    public var description: String {
        let whole = micros / 1_000_000
        let fraction = micros % 1_000_000
        var text = String(whole)
        if fraction != 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: 6 - digits.count) + digits
            while digits.last == "0" { digits.removeLast() }
            text += "." + digits
        }
        return currency.map { "\(text) \($0)" } ?? text
    }
}

/// How a bare number reads in a percentage field.
public enum PercentScale: Sendable, Equatable {
    /// `80` means 80 %.
    case percent
    /// `0.8` means 80 %.
    case fraction
}

/// A proportion, kept as a fraction (0.8 for 80 %).
public struct Percentage: Sendable, Hashable, Comparable {
    /// The proportion; 1 is 100 %.
    public let fraction: Double

    public static func < (lhs: Percentage, rhs: Percentage) -> Bool { lhs.fraction < rhs.fraction }

    static func parse(_ scalar: Scalar, scale: PercentScale) -> Result<Percentage, GrammarError> {
        if let number = DecimalText.number(scalar) {
            switch scale {
            case .percent:
                guard number >= 0 else { return .failure(GrammarError("a percentage cannot be negative")) }
                return .success(Percentage(fraction: number / 100))
            case .fraction:
                guard (0...1).contains(number) else {
                    return .failure(GrammarError("\(number.formattedCompactly) is not a fraction between 0 and 1; write \"\(number.formattedCompactly)%\" for a percentage"))
                }
                return .success(Percentage(fraction: number))
            }
        }
        let text = scalar.text.trimmingWhitespace()
        guard text.hasSuffix("%"), let number = DecimalText.parse(text.dropLast().trimmingWhitespace()) else {
            return .failure(GrammarError("\"\(scalar.text)\" is not a percentage"))
        }
        guard number >= 0 else { return .failure(GrammarError("a percentage cannot be negative")) }
        return .success(Percentage(fraction: number / 100))
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
