extension DiagnosticKind {
    static let invalidDuration = DiagnosticKind(
        id: "value.invalid-duration", severity: .error, summary: "invalid duration",
        explanation: """
            Durations are a number and a unit: `500ms`, `30s`, `5m`, `4h`, `90d`, `2w`, `7y`, or several \
            together (`1h30m`). A bare number is in the unit the field documents (seconds unless noted).
            """,
        example: "timeout: 5 mins later\n")
    static let invalidMoney = DiagnosticKind(
        id: "value.invalid-money", severity: .error, summary: "invalid amount",
        explanation: "Amounts are a number, optionally with `$`/`€`/`£`, an ISO code and thousands separators: `1000`, `\"$1,000 USD\"`.")
    static let invalidPercentage = DiagnosticKind(
        id: "value.invalid-percentage", severity: .error, summary: "invalid percentage",
        explanation: "Percentages are `80` or `\"80%\"`; fields that take fractions also accept `0.8`.")
    static let invalidSize = DiagnosticKind(
        id: "value.invalid-size", severity: .error, summary: "invalid size",
        explanation: "Sizes are a number and a unit: `512MB`, `1GB`, `8Gi`, `256Mi`; CPU quantities are `500m` or `2`.")
    static let invalidCIDR = DiagnosticKind(
        id: "value.invalid-cidr", severity: .error, summary: "invalid CIDR block",
        explanation: "Networks are an IPv4 or IPv6 address and a prefix length: `10.0.0.0/16`, `2001:db8::/32`.")
    static let invalidCron = DiagnosticKind(
        id: "value.invalid-cron", severity: .error, summary: "invalid cron expression",
        explanation: "Five fields (minute hour day-of-month month day-of-week), six with seconds first, or `@daily`-style macros.",
        example: "schedule: \"0 25 * * *\"\n")
    static let invalidRegex = DiagnosticKind(
        id: "value.invalid-regex", severity: .error, summary: "invalid regular expression",
        explanation: "The pattern does not compile, so the platform would reject it or never match.")
    static let invalidDate = DiagnosticKind(
        id: "value.invalid-date", severity: .error, summary: "invalid date",
        explanation: "Dates are `YYYY-MM-DD`, optionally followed by an RFC 3339 time (`T19:00:00Z`).")
    static let invalidTLSVersion = DiagnosticKind(
        id: "value.invalid-tls-version", severity: .error, summary: "invalid TLS version",
        explanation: "TLS versions are `1.0`, `1.1`, `1.2` or `1.3`, optionally written `TLS1.3` or `TLSv1.3`.")
    static let invalidURL = DiagnosticKind(
        id: "value.invalid-url", severity: .error, summary: "invalid URL",
        explanation: "URLs and connection strings need a scheme, `//` and a host: `https://example.com`, `postgres://db:5432/audit`.")
}
