/// The unit a bare number means in a duration field.
public enum DurationUnit: String, Sendable, Equatable {
    case milliseconds, seconds, minutes, hours, days

    var milliseconds: Double {
        switch self {
        case .milliseconds: 1
        case .seconds: 1_000
        case .minutes: 60_000
        case .hours: 3_600_000
        case .days: 86_400_000
        }
    }
}

/// A length of time, kept in milliseconds.
public struct Duration: Sendable, Hashable, Comparable {
    /// The length in milliseconds.
    public let milliseconds: Int64

    /// The length in seconds.
    public var seconds: Double { Double(milliseconds) / 1_000 }

    public static func < (lhs: Duration, rhs: Duration) -> Bool { lhs.milliseconds < rhs.milliseconds }

    private static let units: [String: Double] = [
        "ms": 1, "msec": 1, "millisecond": 1, "milliseconds": 1,
        "s": 1_000, "sec": 1_000, "secs": 1_000, "second": 1_000, "seconds": 1_000,
        "m": 60_000, "min": 60_000, "mins": 60_000, "minute": 60_000, "minutes": 60_000,
        "h": 3_600_000, "hr": 3_600_000, "hrs": 3_600_000, "hour": 3_600_000, "hours": 3_600_000,
        "d": 86_400_000, "day": 86_400_000, "days": 86_400_000,
        "w": 604_800_000, "week": 604_800_000, "weeks": 604_800_000,
        "y": 31_536_000_000, "yr": 31_536_000_000, "year": 31_536_000_000, "years": 31_536_000_000,
    ]

    /// Parses `30s`, `1h30m`, `90 days`, or a bare number in `bareUnit`.
    static func parse(_ scalar: Scalar, bareUnit: DurationUnit) -> Result<Duration, GrammarError> {
        if let number = DecimalText.number(scalar) {
            guard number >= 0 else { return .failure(GrammarError("a duration cannot be negative")) }
            guard let milliseconds = Int64(roundingIfRepresentable: number * bareUnit.milliseconds) else {
                return .failure(GrammarError("the duration is too long"))
            }
            return .success(Duration(milliseconds: milliseconds))
        }
        let text = scalar.text.trimmingWhitespace()
        guard !text.isEmpty else { return .failure(GrammarError("the value is empty")) }
        if text.hasPrefix("-") { return .failure(GrammarError("a duration cannot be negative")) }
        var total = 0.0
        var rest = Substring(text)
        while !rest.isEmpty {
            let numberEnd = rest.firstIndex { !($0.isASCII && ($0.isNumber || $0 == ".")) } ?? rest.endIndex
            guard numberEnd != rest.startIndex, let number = Double(rest[rest.startIndex..<numberEnd]) else {
                return .failure(GrammarError("expected a number at \"\(rest)\""))
            }
            rest = rest[numberEnd...].drop { $0 == " " }
            let unitEnd = rest.firstIndex { !$0.isLetter } ?? rest.endIndex
            let unit = rest[rest.startIndex..<unitEnd].lowercased()
            guard !unit.isEmpty else {
                if rest.isEmpty, total == 0 {
                    guard let milliseconds = Int64(roundingIfRepresentable: number * bareUnit.milliseconds) else {
                        return .failure(GrammarError("the duration is too long"))
                    }
                    return .success(Duration(milliseconds: milliseconds))
                }
                return .failure(GrammarError("missing unit after \(number.formattedCompactly)"))
            }
            guard let factor = units[unit] else {
                return .failure(GrammarError("unknown unit \"\(unit)\"; expected ms, s, m, h, d, w or y"))
            }
            total += number * factor
            rest = rest[unitEnd...].drop { $0 == " " }
        }
        guard let milliseconds = Int64(roundingIfRepresentable: total) else {
            return .failure(GrammarError("the duration is too long"))
        }
        return .success(Duration(milliseconds: milliseconds))
    }

    /// A compact rendering such as `4h`, `90s`, `1500ms`.
    public var description: String {
        let units: [(Int64, String)] = [(86_400_000, "d"), (3_600_000, "h"), (60_000, "m"), (1_000, "s")]
        for (size, suffix) in units where milliseconds >= size && milliseconds % size == 0 {
            return "\(milliseconds / size)\(suffix)"
        }
        return "\(milliseconds)ms"
    }
}

extension Double {
    /// `3` for 3.0, `2.5` for 2.5.
    var formattedCompactly: String {
        self == rounded() && abs(self) < 1e15 ? String(Int64(self)) : String(self)
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
