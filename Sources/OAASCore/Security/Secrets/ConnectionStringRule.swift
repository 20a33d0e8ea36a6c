/// Passwords written into URLs and connection strings: `postgresql://user:pass@host`,
/// `mongodb+srv://…`, `redis://:pass@host`, `amqp://…`, `https://user:pass@host`, and ADO.NET-style
/// `Server=…;User Id=…;Password=…;` strings.
///
/// Not reported: references (`${DB_PASSWORD}`, `$PASS`, `{{ … }}`) unless their `${VAR:-default}`
/// fallback is itself a password; placeholders (`password`, `changeme`, `<password>`, `***`); and the
/// well-known local defaults where the password repeats the user name or is `postgres`, `root`, `guest` …
/// (`postgres:postgres@localhost`, `guest:guest@rabbitmq`).
enum ConnectionStringRule {
    /// Passwords that are conventional local defaults, not secrets.
    static let defaultPasswords: Set<String> = [
        "postgres", "root", "admin", "guest", "pass", "pw", "pwd", "user", "test", "dev", "local", "mysql", "redis", "rabbitmq",
        "mongo", "mongodb", "sa", "default",
    ]

    /// The password of the URL whose `://` starts at `colon`.
    static func match(_ bytes: UnsafeBufferPointer<UInt8>, colon: Int, lineStart: Int, lineEnd: Int) -> SecretMatch? {
        var schemeStart = colon
        while schemeStart > lineStart, isSchemeByte(bytes[schemeStart - 1]) { schemeStart -= 1 }
        guard schemeStart < colon, SecretBytes.isAlpha(bytes[schemeStart]) else { return nil }
        let authorityStart = colon + 3
        // The authority ends at the path, query, fragment or the end of the token; `${…}` may hold `/`.
        var authorityEnd = authorityStart
        var depth = 0
        var at = -1
        var userColon = -1
        while authorityEnd < lineEnd {
            let byte = bytes[authorityEnd]
            if byte == UInt8(ascii: "{") { depth += 1 }
            if byte == UInt8(ascii: "}") { depth = max(0, depth - 1) }
            if depth == 0 {
                if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") || SecretBytes.isBlank(byte)
                    || SecretBytes.isQuote(byte) || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") {
                    break
                }
                if byte == UInt8(ascii: "@") { at = authorityEnd }
                if byte == UInt8(ascii: ":"), userColon < 0 { userColon = authorityEnd }
            }
            authorityEnd += 1
        }
        guard at > 0, userColon >= 0, userColon < at else { return nil }
        let user = SecretBytes.string(bytes, authorityStart, userColon)
        let password = SecretBytes.string(bytes, userColon + 1, at)
        let scheme = SecretBytes.string(bytes, schemeStart, colon)
        let host = SecretBytes.string(bytes, at + 1, authorityEnd)
        let shown = "\(scheme)://\(user):…@\(host)"
        let place = ["http", "https", "ws", "wss", "ftp", "ftps", "sftp", "git", "svn", "ssh"].contains(scheme.lowercased()) ? "url" : "connection string"
        return evaluate(password: password, start: userColon + 1, user: user, context: "\(place) \"\(shown)\"")
    }

    /// The password of an ADO.NET-style `Password=…;` pair, when the line also names a server or user.
    static func matchADO(
        _ bytes: UnsafeBufferPointer<UInt8>, key: String, value: String, start: Int, lineStart: Int, lineEnd: Int
    ) -> SecretMatch? {
        let lowerKey = key.lowercased()
        guard lowerKey == "password" || lowerKey == "pwd" else { return nil }
        let line = SecretBytes.string(bytes, lineStart, lineEnd).lowercased()
        let markers = ["server=", "data source=", "host=", "user id=", "userid=", "uid=", "initial catalog=", "database="]
        guard markers.contains(where: line.contains) else { return nil }
        return evaluate(password: value, start: start, user: "", context: "connection string")
    }

    /// A finding for a password found at `start`, unless it is a reference, placeholder or default.
    static func evaluate(password: String, start: Int, user: String, context: String) -> SecretMatch? {
        var candidate = password
        var candidateStart = start
        switch SecretValues.classify(password, quoted: true) {
        case .empty:
            return nil
        case .reference(let defaultValue, let offset):
            guard let defaultValue else { return nil }
            candidate = defaultValue
            candidateStart = start + offset
        case .literal:
            break
        }
        let lower = candidate.lowercased()
        guard !candidate.isEmpty, lower != user.lowercased(), !defaultPasswords.contains(lower), !SecretValues.isPlaceholder(candidate),
              SecretValues.classify(candidate, quoted: true) == .literal
        else { return nil }
        return SecretMatch(
            kind: .connectionStringPassword, start: candidateStart, end: candidateStart + candidate.utf8.count, secret: candidate,
            message: "hard-coded password \(SecretDisplay.redacted(candidate)) in \(context)", priority: SecretMatch.Priority.structured)
    }

    private static func isSchemeByte(_ byte: UInt8) -> Bool {
        SecretBytes.isAlnum(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }
}

extension DiagnosticKind {
    static let connectionStringPassword = DiagnosticKind(
        id: "secret.connection-string-password", severity: .error,
        summary: "a password written inline in a URL or connection string",
        explanation: """
            `postgresql://app:s3cret@db.internal/app`, `redis://:s3cret@cache:6379`, \
            `Server=db;User Id=app;Password=s3cret;`: the password travels with every copy of the file, \
            log line and error message that prints the URL. The finding points at the password alone and \
            shows the URL with the password elided.

            Not reported: a reference in the password position (`${DB_PASSWORD}`; its `:-default` fallback \
            is checked like a password), placeholders (`password`, `changeme`, `<password>`), and local \
            defaults where the password repeats the user name or is `postgres`, `root`, `guest` and the like.

            Change the password, then build the URL from variables \
            (`postgresql://app:${DB_PASSWORD}@db.internal/app`) or pass the whole URL as one variable.
            """,
        example: "memory:\n  url: postgresql://agent:…@db.internal:5432/agents",
        remediation: "change the password and build the URL from a variable such as ${DB_PASSWORD}",
        securitySeverity: 8.5)
}
