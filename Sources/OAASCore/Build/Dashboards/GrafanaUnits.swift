/// Workspace units (`seconds`, `usd`, `ratio`) as Grafana unit ids (`s`, `currencyUSD`, `percentunit`).
///
/// Every id written here is one of Grafana's built-in units, except `suffix:<unit>`, Grafana's custom-unit
/// form, which keeps a unit Grafana has no id for (`unit: shipments`) visible on the panel instead of
/// dropping it. `scripts/check_grafana.py` accepts exactly these.
enum GrafanaUnits {
    /// The unit shown when nothing better is known: a plain number with SI-style abbreviation.
    static let plain = "short"

    private static let byWord: [String: String] = [
        "seconds": "s", "second": "s", "s": "s", "sec": "s", "secs": "s",
        "milliseconds": "ms", "millisecond": "ms", "ms": "ms",
        "microseconds": "µs", "microsecond": "µs", "us": "µs", "µs": "µs",
        "nanoseconds": "ns", "nanosecond": "ns", "ns": "ns",
        "minutes": "m", "minute": "m", "min": "m",
        "hours": "h", "hour": "h",
        "days": "d", "day": "d",
        "bytes": "bytes", "byte": "bytes",
        "kilobytes": "kbytes", "kb": "kbytes", "megabytes": "mbytes", "mb": "mbytes",
        "gigabytes": "gbytes", "gb": "gbytes",
        "bits": "bits", "bit": "bits",
        "usd": "currencyUSD", "dollars": "currencyUSD", "dollar": "currencyUSD", "$": "currencyUSD",
        "eur": "currencyEUR", "euro": "currencyEUR", "euros": "currencyEUR", "€": "currencyEUR",
        "gbp": "currencyGBP", "£": "currencyGBP", "jpy": "currencyJPY",
        "ratio": "percentunit", "fraction": "percentunit",
        "percent": "percent", "percentage": "percent", "%": "percent",
        "requests_per_second": "reqps", "rps": "reqps", "reqps": "reqps",
        "count": "short", "counts": "short", "1": "short", "none": "short",
        "celsius": "celsius",
    ]

    /// The Grafana unit of a declared unit: a known word, else Grafana's custom `suffix: <unit>`.
    static func unit(forDeclared declared: String) -> String {
        let word = declared.trimmingWhitespace()
        if let unit = byWord[word.lowercased()] { return unit }
        return word.isEmpty ? plain : "suffix: " + DashboardText.redacted(word)
    }

    /// Prometheus naming conventions put the base unit at the end of a metric's name
    /// (`request_duration_seconds`, `spend_usd`, `errors_ratio`), before `_total` on counters.
    static func unit(forName name: String) -> String? {
        var base = name.lowercased()
        if base.hasSuffix("_total") { base = String(base.dropLast("_total".count)) }
        let suffixes: [(String, String)] = [
            ("_seconds", "s"), ("_milliseconds", "ms"), ("_bytes", "bytes"), ("_usd", "currencyUSD"),
            ("_ratio", "percentunit"), ("_percent", "percent"), ("_celsius", "celsius"),
        ]
        for (suffix, unit) in suffixes where base.hasSuffix(suffix) { return unit }
        return nil
    }

    /// The unit of a counter's per-second rate: bytes become bytes/s; a currency stays the currency (the
    /// description says "per second"); requests become requests/s; anything else counts/s.
    static func rate(of metric: DashboardMetrics.Metric) -> String {
        switch metric.unit {
        case "bytes"?: return "Bps"
        case "bits"?: return "bps"
        case let unit? where unit.hasPrefix("currency"): return unit
        default:
            let words = metric.words
            return words.contains("request") || words.contains("requests") ? "reqps" : "cps"
        }
    }

    /// Whether a unit is a share, which fixes a gauge's scale (0–1 or 0–100).
    static func range(of unit: String) -> (min: Double, max: Double)? {
        switch unit {
        case "percentunit": (0, 1)
        case "percent": (0, 100)
        default: nil
        }
    }
}
