/// Passwords written into URLs and connection strings: `postgresql://user:pass@host`,
/// `mongodb+srv://…`, `redis://:pass@host`, `amqp://…`, `https://user:pass@host`, and ADO.NET-style
/// `Server=…;User Id=…;Password=…;` strings.
///
/// The user-info of a URL ends at the first `@` after its first `:`, so a password may hold `/`, `?` or
/// `#` (`redis://default:Kx9/mQ2v…@host`); a `/`, `?`, `#` or `@` before that `:` means there is no
/// password (`https://host/a:b@c`, `ssh://git@host:22`), and digits then `/`, `?` or `#` after it are a
/// port (`https://host:8443/path@v2`).
///
/// Not reported: references (`${DB_PASSWORD}`, `$PASS`, `{{ … }}`) unless their `${VAR:-default}`
/// fallback is itself a password; placeholders (`password`, `changeme`, `<password>`, `***`); the
/// well-known local defaults where the password repeats the user name or is `postgres`, `root`, `guest` …
/// (`postgres:postgres@localhost`, `guest:guest@rabbitmq`); and GitHub's fixed filler password
/// `x-oauth-basic`, whose user name is the token (found by its provider rule, or here when it is random).
/// A user name that is itself secret-looking is shown as `…`.
enum ConnectionStringRule {
    /// Passwords that are conventional local defaults, not secrets.
    static let defaultPasswords: Set<String> = [
        "postgres", "root", "admin", "guest", "pass", "pw", "pwd", "user", "test", "dev", "local", "mysql", "redis", "rabbitmq",
        "mongo", "mongodb", "sa", "default",
    ]

    /// Passwords that services ignore, sent with a token as the user name (`https://TOKEN:x-oauth-basic@github.com`).
    static let fillerPasswords: Set<String> = ["x-oauth-basic"]

    /// How far a URL is read from its `://`: no user-info is longer, and the bound keeps a long line full
    /// of `://` linear.
    static let maximumLength = 2048

    /// The password of the URL whose `://` starts at `colon`.
    static func match(_ bytes: UnsafeBufferPointer<UInt8>, colon: Int, lineStart: Int, lineEnd: Int) -> SecretMatch? {
        var schemeStart = colon
        while schemeStart > lineStart, colon - schemeStart < 64, isSchemeByte(bytes[schemeStart - 1]) { schemeStart -= 1 }
        guard schemeStart < colon, SecretBytes.isAlpha(bytes[schemeStart]) else { return nil }
        let authorityStart = colon + 3
        let limit = min(lineEnd, authorityStart + maximumLength)
        // The user-info: up to the first `@` after the first `:`, outside `${…}` / `{{ … }}` (which may
        // hold `:`, `/` and blanks), within the run that ends at a blank or a quote.
        var depth = 0
        var userColon = -1
        var at = -1
        var cursor = authorityStart
        while cursor < limit {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: "{") { depth += 1 }
            if byte == UInt8(ascii: "}") { depth = max(0, depth - 1) }
            if depth == 0 {
                if SecretBytes.isBlank(byte) || SecretBytes.isQuote(byte) { break }
                if userColon < 0 {
                    if byte == UInt8(ascii: ":") {
                        userColon = cursor
                    } else if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") || byte == UInt8(ascii: "@") {
                        return nil
                    }
                } else if byte == UInt8(ascii: "@") {
                    at = cursor
                    break
                }
            }
            cursor += 1
        }
        guard userColon >= 0, at > userColon else { return nil }
        // `host:8443/path@v2`: a port, then a path that happens to hold an `@`.
        let portEnd = SecretBytes.run(bytes, from: userColon + 1, to: at, SecretBytes.isDigit)
        if portEnd > userColon + 1, portEnd < at, "/?#".utf8.contains(bytes[portEnd]) { return nil }
        let user = SecretBytes.string(bytes, authorityStart, userColon)
        let password = SecretBytes.string(bytes, userColon + 1, at)
        let scheme = SecretBytes.string(bytes, schemeStart, colon)
        let host = SecretBytes.string(bytes, at + 1, hostEnd(bytes, from: at + 1, limit: limit))
        let shownUser = looksSecret(user) ? "…" : user
        let place = ["http", "https", "ws", "wss", "ftp", "ftps", "sftp", "git", "svn", "ssh"].contains(scheme.lowercased()) ? "url" : "connection string"
        if fillerPasswords.contains(password.lowercased()) {
            let shown = "\(scheme)://\(shownUser):\(password)@\(host)"
            return evaluateTokenUser(user, start: authorityStart, context: "\(place) \"\(shown)\"")
        }
        let shown = "\(scheme)://\(shownUser):…@\(host)"
        return evaluate(password: password, start: userColon + 1, user: user, context: "\(place) \"\(shown)\"")
    }

    /// Where the host and port shown in a message end: at the path, query, fragment, or a character no
    /// host holds.
    private static func hostEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int {
        var depth = 0
        var cursor = start
        while cursor < limit {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: "{") { depth += 1 }
            if byte == UInt8(ascii: "}") { depth = max(0, depth - 1) }
            if depth == 0, "/?#<>()[],;\\\"'` \t".utf8.contains(byte) { break }
            cursor += 1
        }
        return cursor
    }

    /// Whether a user name is itself a credential, and so never shown: a provider token prefix, more than
    /// 32 characters, or 16 or more random-looking ones that are not lower-case words
    /// (`reporting-service` is a name).
    static func looksSecret(_ user: String) -> Bool {
        if Redaction.tokenPrefixes.contains(where: user.hasPrefix) || user.utf8.count > 32 { return true }
        let isWords = user.utf8.allSatisfy { SecretBytes.isLower($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") }
        return user.utf8.count >= 16 && !isWords && HighEntropyRule.isRandom(user)
    }

    /// The token sent as the user name next to a filler password, when it is a random literal.
    static func evaluateTokenUser(_ user: String, start: Int, context: String) -> SecretMatch? {
        guard SecretValues.classify(user, quoted: true) == .literal, user.utf8.count >= 16, HighEntropyRule.isRandom(user),
              !SecretValues.isPlaceholder(user)
        else { return nil }
        return SecretMatch(
            kind: .connectionStringPassword, start: start, end: start + user.utf8.count, secret: user,
            message: "hard-coded token \(SecretDisplay.redacted(user)) as the user name of \(context)", priority: SecretMatch.Priority.structured)
    }

    /// The password of an ADO.NET-style `Password=…;` pair, on a line that also names a server or user
    /// (`namesServer`, from `namesServer(_:lineStart:lineEnd:)`).
    static func matchADO(key: String, value: String, start: Int, namesServer: Bool) -> SecretMatch? {
        guard namesServer else { return nil }
        let lowerKey = key.lowercased()
        guard lowerKey == "password" || lowerKey == "pwd" else { return nil }
        return evaluate(password: value, start: start, user: "", context: "connection string")
    }

    /// Keys that make a line an ADO.NET connection string, lower-cased.
    static let serverMarkers: [[UInt8]] = ["server=", "data source=", "host=", "user id=", "userid=", "uid=", "initial catalog=", "database="]
        .map { Array($0.utf8) }

    /// Whether a line names a server or user the way ADO.NET connection strings do (`Server=`, `User Id=`).
    static func namesServer(_ bytes: UnsafeBufferPointer<UInt8>, lineStart: Int, lineEnd: Int) -> Bool {
        var index = lineStart
        while index < lineEnd {
            let first = SecretBytes.lowercased(bytes[index])
            for marker in serverMarkers where marker[0] == first && index + marker.count <= lineEnd {
                var offset = 1
                while offset < marker.count, SecretBytes.lowercased(bytes[index + offset]) == marker[offset] { offset += 1 }
                if offset == marker.count { return true }
            }
            index += 1
        }
        return false
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

            The password runs from the first `:` after `://` to the next `@`, so it may hold `/`, `?` or \
            `#`. A token sent as the user name with GitHub's filler password \
            (`https://TOKEN:x-oauth-basic@github.com`) is reported when it is random (a `ghp_…` token by \
            `secret.github-token`); a secret-looking user name is never shown.

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
