/// A calendar date, optionally with a time (`2025-01-26`, `2025-09-06T19:00:00Z`).
public struct DateValue: Sendable, Hashable, Comparable {
    /// Year, month (1–12) and day (1–31).
    public let year: Int, month: Int, day: Int
    /// The text as written.
    public let text: String

    public static func < (lhs: DateValue, rhs: DateValue) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Days since 1970-01-01 (proleptic Gregorian calendar), for comparing dates.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Reads a calendar date written `YYYY-MM-DD` (as `--as-of` takes it); nil with the reason otherwise.
    public static func calendarDate(_ text: String) -> Result<DateValue, GrammarError> {
        let trimmed = text.trimmingWhitespace()
        guard trimmed.count == 10 else { return .failure(GrammarError("\"\(trimmed)\" is not a date in YYYY-MM-DD form")) }
        return parse(trimmed)
    }

    static func parse(_ text: String) -> Result<DateValue, GrammarError> {
        let trimmed = text.trimmingWhitespace()
        let chars = Array(trimmed)
        guard chars.count >= 10, chars[4] == "-", chars[7] == "-",
              let year = Int(String(chars[0..<4])), let month = Int(String(chars[5..<7])), let day = Int(String(chars[8..<10])),
              chars[0..<4].allSatisfy(\.isASCIIDigit), chars[5..<7].allSatisfy(\.isASCIIDigit), chars[8..<10].allSatisfy(\.isASCIIDigit)
        else {
            return .failure(GrammarError("\"\(trimmed)\" is not a date in YYYY-MM-DD form"))
        }
        guard (1...12).contains(month) else { return .failure(GrammarError("month \(month) does not exist")) }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1...days).contains(day) else {
            return .failure(GrammarError("day \(day) does not exist in month \(month) of \(year)"))
        }
        if chars.count > 10 {
            guard chars[10] == "T" || chars[10] == "t" || chars[10] == " ", isTime(chars[11...]) else {
                return .failure(GrammarError("\"\(trimmed)\" has a time part that is not HH:MM:SS with an optional zone"))
            }
        }
        return .success(DateValue(year: year, month: month, day: day, text: trimmed))
    }

    private static func isTime(_ chars: ArraySlice<Character>) -> Bool {
        let text = Array(chars)
        guard text.count >= 8, text[2] == ":", text[5] == ":",
              let hour = Int(String(text[0..<2])), let minute = Int(String(text[3..<5])), let second = Int(String(text[6..<8])),
              hour < 24, minute < 60, second <= 60
        else { return false }
        var rest = text[8...]
        if rest.first == "." {
            rest = rest.dropFirst()
            let digits = rest.prefix { $0.isASCIIDigit }
            guard !digits.isEmpty else { return false }
            rest = rest.dropFirst(digits.count)
        }
        if rest.isEmpty || rest == ["Z"] || rest == ["z"] { return true }
        let zone = Array(rest)
        return zone.count == 6 && (zone[0] == "+" || zone[0] == "-") && zone[3] == ":"
            && [1, 2, 4, 5].allSatisfy { zone[$0].isASCIIDigit }
    }
}

/// A TLS (or SSL) protocol version.
public enum TLSVersion: String, Sendable, Hashable, Comparable, CaseIterable {
    case ssl2 = "SSLv2", ssl3 = "SSLv3", tls10 = "1.0", tls11 = "1.1", tls12 = "1.2", tls13 = "1.3"

    public static func < (lhs: TLSVersion, rhs: TLSVersion) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    static func parse(_ scalar: Scalar) -> Result<TLSVersion, GrammarError> {
        var text = scalar.text.trimmingWhitespace().lowercased()
        if text == "sslv2" || text == "ssl2" || text == "ssl 2" { return .success(.ssl2) }
        if text == "sslv3" || text == "ssl3" || text == "ssl 3" { return .success(.ssl3) }
        for prefix in ["tlsv", "tls v", "tls_", "tls ", "tls"] where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count))
            break
        }
        text = text.replacingUnderscores()
        switch text {
        case "1", "1.0": return .success(.tls10)
        case "1.1": return .success(.tls11)
        case "1.2": return .success(.tls12)
        case "1.3": return .success(.tls13)
        default:
            return .failure(GrammarError("\"\(scalar.text)\" is not a TLS version; expected 1.0, 1.1, 1.2 or 1.3"))
        }
    }
}

extension String {
    func replacingUnderscores() -> String { String(map { $0 == "_" ? "." : $0 }) }
}

/// A URL or connection string (`https://host/path`, `postgres://user@host:5432/db`).
public struct URLValue: Sendable, Hashable {
    /// The scheme, lowercased (`https`).
    public let scheme: String
    /// The host, without user information or port; empty for `file:` URLs.
    public let host: String
    /// The port, when written.
    public let port: Int?
    /// Whether the authority carries a password (`user:pass@`).
    public let hasPassword: Bool
    /// The text as written.
    public let text: String

    static func parse(_ text: String) -> Result<URLValue, GrammarError> {
        let trimmed = text.trimmingWhitespace()
        guard let colon = trimmed.firstIndex(of: ":") else {
            return .failure(GrammarError("\"\(trimmed)\" has no scheme such as https://"))
        }
        let scheme = trimmed[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") })
        else {
            return .failure(GrammarError("\"\(scheme)\" is not a URL scheme"))
        }
        let rest = trimmed[trimmed.index(after: colon)...]
        guard rest.hasPrefix("//") else {
            return .failure(GrammarError("expected \"//\" after \"\(scheme):\""))
        }
        let afterSlashes = rest.dropFirst(2)
        let authority = afterSlashes.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let userInfo = authority.lastIndex(of: "@").map { authority[..<$0] }
        let hostPort = authority.lastIndex(of: "@").map { authority[authority.index(after: $0)...] } ?? authority
        var host = Substring(hostPort)
        var port: Int?
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else { return .failure(GrammarError("unclosed \"[\" in host")) }
            let after = host[host.index(after: close)...]
            if after.hasPrefix(":") {
                guard let value = Int(after.dropFirst()), (0...65_535).contains(value) else {
                    return .failure(GrammarError("port \"\(after.dropFirst())\" is not between 0 and 65535"))
                }
                port = value
            }
            host = host[...close]
        } else if let portColon = host.lastIndex(of: ":") {
            let portText = host[host.index(after: portColon)...]
            guard let value = Int(portText), portText.allSatisfy(\.isASCIIDigit), (0...65_535).contains(value) else {
                return .failure(GrammarError("port \"\(portText)\" is not between 0 and 65535"))
            }
            port = value
            host = host[..<portColon]
        }
        if host.isEmpty && scheme.lowercased() != "file" && !(scheme.lowercased().hasPrefix("sqlite")) {
            return .failure(GrammarError("\"\(trimmed)\" has no host"))
        }
        if host.contains(where: { $0 == " " }) { return .failure(GrammarError("the host contains a space")) }
        return .success(URLValue(
            scheme: scheme.lowercased(), host: String(host), port: port,
            hasPassword: userInfo?.contains(":") ?? false, text: trimmed))
    }
}
