/// A grammar that a string value must follow. The field's shape names the grammar; the checker parses
/// the value with it and reports `value.invalid-*` when it does not parse.
public enum ValueGrammar: Sendable, Equatable {
    /// `30s`, `5m`, `4h`, `90d`, `7y`, `1h30m`; a bare number is in `bareUnit`.
    case duration(bareUnit: DurationUnit)
    /// `1000`, `"$1,000 USD"`, `"€500"`, `"$0.003"`.
    case money
    /// `80`, `"80%"`, `0.8`: `scale` says how a bare number reads.
    case percentage(PercentScale)
    /// `1GB`, `8Gi`, `256Mi`; a bare number is bytes.
    case size
    /// Kubernetes CPU quantities: `500m`, `2`, `0.5`.
    case cpu
    /// `10.0.0.0/16`, `2001:db8::/32`, or a single address.
    case cidr
    /// Five-field cron (`0 2 * * *`), six fields with seconds, or `@daily`-style macros.
    case cron
    /// A regular expression that must compile.
    case regex
    /// `2025-01-26` or an RFC 3339 date-time.
    case date
    /// `1.2`, `TLS1.3`, `TLSv1.3`.
    case tlsVersion
    /// `https://host:port/path`, `postgres://user@host/db`.
    case url

    /// What a value of this grammar looks like, for "expected …" messages.
    public var expectation: String {
        switch self {
        case .duration: "a duration such as \"30s\", \"5m\", \"4h\" or \"90d\""
        case .money: "an amount of money such as 1000 or \"$1,000 USD\""
        case .percentage(.percent): "a percentage such as 80 or \"80%\""
        case .percentage(.fraction): "a fraction such as 0.8 or a percentage such as \"80%\""
        case .size: "a size such as \"512MB\" or \"8Gi\""
        case .cpu: "a CPU quantity such as \"500m\" or 2"
        case .cidr: "a CIDR block such as \"10.0.0.0/16\""
        case .cron: "a cron expression such as \"0 2 * * *\""
        case .regex: "a regular expression"
        case .date: "a date such as \"2025-01-26\""
        case .tlsVersion: "a TLS version such as \"1.2\" or \"1.3\""
        case .url: "a URL such as \"https://example.com\""
        }
    }

    /// The diagnostic reported when a value does not parse.
    var invalidKind: DiagnosticKind {
        switch self {
        case .duration: .invalidDuration
        case .money: .invalidMoney
        case .percentage: .invalidPercentage
        case .size, .cpu: .invalidSize
        case .cidr: .invalidCIDR
        case .cron: .invalidCron
        case .regex: .invalidRegex
        case .date: .invalidDate
        case .tlsVersion: .invalidTLSVersion
        case .url: .invalidURL
        }
    }

    /// Parses a scalar with this grammar.
    /// - Returns: the typed value, or a reason the text is not valid.
    public func parse(_ scalar: Scalar) -> Result<TypedValue, GrammarError> {
        switch self {
        case .duration(let unit): Duration.parse(scalar, bareUnit: unit).map(TypedValue.duration)
        case .money: Money.parse(scalar).map(TypedValue.money)
        case .percentage(let scale): Percentage.parse(scalar, scale: scale).map(TypedValue.percentage)
        case .size: ByteSize.parse(scalar).map(TypedValue.size)
        case .cpu: CPUQuantity.parse(scalar).map(TypedValue.cpu)
        case .cidr: CIDRBlock.parse(scalar.text).map(TypedValue.cidr)
        case .cron: CronExpression.parse(scalar.text).map(TypedValue.cron)
        case .regex: RegexPattern.parse(scalar.text).map(TypedValue.regex)
        case .date: DateValue.parse(scalar.text).map(TypedValue.date)
        case .tlsVersion: TLSVersion.parse(scalar).map(TypedValue.tlsVersion)
        case .url: URLValue.parse(scalar.text).map(TypedValue.url)
        }
    }
}

/// Why a value does not follow its grammar: a short lowercase phrase, such as `unknown unit "mins"`.
public struct GrammarError: Error, Sendable, Equatable {
    /// The reason.
    public let reason: String

    /// Creates an error.
    public init(_ reason: String) { self.reason = reason }
}

/// A value parsed by a grammar.
public enum TypedValue: Sendable, Hashable {
    case duration(Duration)
    case money(Money)
    case percentage(Percentage)
    case size(ByteSize)
    case cpu(CPUQuantity)
    case cidr(CIDRBlock)
    case cron(CronExpression)
    case regex(RegexPattern)
    case date(DateValue)
    case tlsVersion(TLSVersion)
    case url(URLValue)
}

/// Parses a plain decimal number (`12`, `0.5`, `1e3`) without Foundation.
enum DecimalText {
    static func parse<S: StringProtocol>(_ text: S) -> Double? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+" || $0 == "e" || $0 == "E") })
        else { return nil }
        return Double(String(text))
    }

    /// A scalar's numeric value: ints and floats from YAML, or numeric text.
    static func number(_ scalar: Scalar) -> Double? {
        switch scalar.type {
        case .int(let value): return Double(value)
        case .float(let value): return value.isFinite ? value : nil
        default: return nil
        }
    }
}

extension Int64 {
    /// The whole number nearest to `value`, or nil when `value` is not finite or outside the range of
    /// `Int64` (a YAML number such as `1e300` or `.inf` must give a diagnostic, not a trap).
    init?(roundingIfRepresentable value: Double) {
        let rounded = value.rounded()
        guard rounded.isFinite, rounded >= -9_223_372_036_854_775_808.0, rounded < 9_223_372_036_854_775_808.0 else { return nil }
        self.init(rounded)
    }
}
