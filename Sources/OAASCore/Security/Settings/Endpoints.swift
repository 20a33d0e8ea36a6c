/// Finds plaintext endpoints in a string: URLs whose scheme has a TLS twin (`http://` and `https://`,
/// `redis://` and `rediss://` …), and database connections with `sslmode=disable`; and tells loopback,
/// internal and other hosts apart.
struct PlaintextEndpoint {
    /// Where the host lives, as far as its name says.
    enum Reach {
        /// This machine: `localhost`, `*.localhost`, `127.0.0.0/8`, `::1`, `0.0.0.0`.
        case loopback
        /// A cluster or private network: a name without dots (a container or service name), `*.svc`,
        /// `*.cluster.local`, `*.local`, `*.internal`, `*.home.arpa`, or a private or link-local address.
        case `internal`
        /// Anything else, including a host given by a variable.
        case other
    }

    /// The scheme, lowercased (`http`), or `sslmode=disable` for a connection that turns TLS off.
    let scheme: String
    /// `scheme://host[:port]` as written, without user, password, path or query: what messages quote.
    let origin: String
    /// The host as written (`${HOST}` when a variable gives it).
    let host: String
    /// The character offset of what is reported in the string.
    let offset: Int
    /// How many characters are reported.
    let length: Int

    /// The plaintext schemes and their encrypted twins.
    static let secureSchemes: [String: String] = [
        "http": "https", "ws": "wss", "redis": "rediss", "amqp": "amqps", "ldap": "ldaps", "mqtt": "mqtts",
        "ftp": "ftps", "telnet": "ssh",
    ]

    /// Where the host is.
    var reach: Reach { Self.reach(of: host) }

    /// Every plaintext endpoint in a string, in order.
    static func all(in text: String) -> [PlaintextEndpoint] {
        guard text.contains("://") || text.contains("sslmode") || text.contains("SSLMODE") else { return [] }
        let characters = Array(text)
        var found: [PlaintextEndpoint] = []
        var index = 0
        while index + 3 <= characters.count {
            guard characters[index] == ":", index + 2 < characters.count, characters[index + 1] == "/", characters[index + 2] == "/" else {
                index += 1
                continue
            }
            var start = index
            while start > 0, characters[start - 1].isASCII, characters[start - 1].isLetter { start -= 1 }
            let scheme = String(characters[start..<index]).lowercased()
            let boundary = start == 0 || !(characters[start - 1].isLetter || characters[start - 1].isNumber || "+.".contains(characters[start - 1]))
            // The host follows the user-info, which may hold `/` in a password; only the host is quoted.
            let hostStart = URLUserInfo.end(in: characters, from: index + 3)
            let authorityEnd = endOfAuthority(characters, from: hostStart)
            if boundary, secureSchemes[scheme] != nil {
                let hostPart = String(characters[hostStart..<authorityEnd])
                if !hostPart.isEmpty {
                    found.append(PlaintextEndpoint(
                        scheme: scheme, origin: "\(scheme)://\(hostPart)", host: host(of: hostPart),
                        offset: start, length: authorityEnd - start))
                }
            }
            index = max(authorityEnd, index + 3)
        }
        found += sslModeDisabled(in: characters)
        return found
    }

    /// Connections that turn TLS off: `sslmode=disable` in a URL's query or a `key=value` connection string.
    private static func sslModeDisabled(in characters: [Character]) -> [PlaintextEndpoint] {
        guard let offset = find("sslmode=disable", in: characters) else { return [] }
        var host = ""
        if let schemeEnd = find("://", in: characters) {
            let start = URLUserInfo.end(in: characters, from: schemeEnd + 3)
            let hostPart = String(characters[start..<endOfAuthority(characters, from: start)])
            host = self.host(of: hostPart)
        } else if let hostKey = find("host=", in: characters) {
            host = String(characters[(hostKey + 5)...].prefix { !$0.isWhitespace && $0 != ";" && $0 != "&" })
        }
        return [PlaintextEndpoint(scheme: "sslmode=disable", origin: host, host: host, offset: offset, length: "sslmode=disable".count)]
    }

    /// The offset of the first occurrence of a lowercase needle, ignoring case.
    private static func find(_ needle: String, in characters: [Character]) -> Int? {
        let target = Array(needle)
        guard target.count <= characters.count else { return nil }
        for start in 0...(characters.count - target.count) {
            var matched = true
            for (offset, character) in target.enumerated() where characters[start + offset].lowercased() != String(character) {
                matched = false
                break
            }
            if matched { return start }
        }
        return nil
    }

    /// Where an authority (`user:pass@host:port`) ends: at `/`, `?`, `#`, whitespace, a quote or a closing
    /// bracket, but not inside a `${…}` reference.
    private static func endOfAuthority(_ characters: [Character], from start: Int) -> Int {
        var index = start
        var depth = 0
        while index < characters.count {
            let character = characters[index]
            if character == "$", index + 1 < characters.count, characters[index + 1] == "{" {
                depth += 1
                index += 2
                continue
            }
            if character == "}", depth > 0 {
                depth -= 1
            } else if depth == 0, character == "/" || character == "?" || character == "#" || character.isWhitespace
                        || "\"'`<>,;()|\\}".contains(character) {
                break
            }
            index += 1
        }
        return index
    }

    /// The host of `host:port`, `[v6]:port` or `${VAR}:port`.
    private static func host(of hostPort: String) -> String {
        if hostPort.hasPrefix("["), let close = hostPort.firstIndex(of: "]") {
            return String(hostPort[hostPort.index(after: hostPort.startIndex)..<close])
        }
        if hostPort.hasPrefix("${"), let close = hostPort.firstIndex(of: "}") { return String(hostPort[...close]) }
        return String(hostPort.prefix { $0 != ":" })
    }

    /// Where a host lives, by its name or address.
    static func reach(of host: String) -> Reach {
        let name = host.lowercased().trimmingWhitespace()
        if name.isEmpty || name.contains("${") || name.contains("{{") { return .other }
        if name == "localhost" || name.hasSuffix(".localhost") || name == "::1" || name == "0.0.0.0" || name == "::" {
            return .loopback
        }
        let octets = name.split(separator: ".", omittingEmptySubsequences: false).map { Int($0) }
        if octets.count == 4, octets.allSatisfy({ $0.map { (0...255).contains($0) } ?? false }) {
            let first = octets[0]!, second = octets[1]!
            if first == 127 { return .loopback }
            if first == 10 || (first == 172 && (16...31).contains(second)) || (first == 192 && second == 168)
                || (first == 169 && second == 254) {
                return .internal
            }
            return .other
        }
        if name.contains(":") {
            return name.hasPrefix("fc") || name.hasPrefix("fd") || name.hasPrefix("fe80") ? .internal : .other
        }
        if !name.contains(".") { return .internal }
        for suffix in [".svc", ".svc.cluster.local", ".cluster.local", ".local", ".internal", ".home.arpa"] where name.hasSuffix(suffix) {
            return .internal
        }
        return .other
    }
}
