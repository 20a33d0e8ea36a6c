/// What a value in a secret-bearing position is: nothing, a reference to a secret kept elsewhere, a
/// placeholder, or a literal that may be a secret.
///
/// Two questions are kept apart. `reference(_:)` asks whether a value is a literal at all (`${VAR}`,
/// `{{ … }}`, `vault:…`, a file path): a secret field holding a reference is configured properly.
/// `isPlaceholder(_:)` asks whether a literal is obviously not a real secret (`changeme`, `xoxb-your-token`,
/// `xxxx`, `1234567890`): the value rules never report one, but a secret field holding one is still
/// one paste away from a leak (`secret.literal-in-secret-field`).
enum SecretValues {
    /// How a value is used.
    enum Classification: Equatable {
        /// Empty, `null`, a boolean or a small number: nothing to report.
        case empty
        /// A variable or secret-manager reference; `defaultValue` is the literal fallback of
        /// `${VAR:-default}`, with its offset in the value's bytes, when there is one.
        case reference(defaultValue: String?, defaultOffset: Int)
        /// A literal.
        case literal
    }

    /// Classifies a value (already unquoted).
    /// - Parameters:
    ///   - quoted: whether the value was quoted in the file; a quoted `true` is a string.
    ///   - code: whether the file is program source or a script (`SecretFileKind.isCode`), where an
    ///     unquoted call or subscript is an expression.
    static func classify(_ value: String, quoted: Bool, code: Bool = false) -> Classification {
        let lower = value.lowercased()
        // `Bearer ${TOKEN}`: the credential follows an HTTP authentication scheme.
        for scheme in ["bearer ", "basic ", "token ", "bot "] where lower.hasPrefix(scheme) && value.utf8.count > scheme.utf8.count {
            switch classify(String(value.dropFirst(scheme.count)), quoted: true) {
            case .reference(let defaultValue, let offset): return .reference(defaultValue: defaultValue, defaultOffset: offset + scheme.utf8.count)
            case let other: return other
            }
        }
        if value.isEmpty { return .empty }
        if !quoted, ["null", "~", "none", "nil", "true", "false", "yes", "no", "on", "off"].contains(lower) { return .empty }
        if !quoted, value.utf8.count < 8, value.utf8.allSatisfy({ SecretBytes.isDigit($0) || $0 == 0x2E || $0 == 0x2D }) { return .empty }
        if let reference = shellReference(value) { return reference }
        if !quoted, code, isCallOrSubscript(value) { return .reference(defaultValue: nil, defaultOffset: 0) }
        if !quoted, isDottedPath(value) { return .reference(defaultValue: nil, defaultOffset: 0) }
        if isTemplated(value, lower: lower) || isSecretManagerReference(lower) || isPath(value, lower: lower) || isVariableName(value) {
            return .reference(defaultValue: nil, defaultOffset: 0)
        }
        return .literal
    }

    /// `${NAME}` or `${NAME:-default}` as the whole value (also `-`, `:=`, `=` forms); `$NAME`.
    static func shellReference(_ value: String) -> Classification? {
        let bytes = Array(value.utf8)
        guard bytes.count >= 2, bytes[0] == 0x24 else { return nil }
        if bytes[1] != 0x7B {
            // `$NAME` or `$(command)`.
            if bytes[1] == 0x28 { return .reference(defaultValue: nil, defaultOffset: 0) }
            let name = bytes.dropFirst()
            let isName = name.allSatisfy { SecretBytes.isAlnum($0) || $0 == 0x5F }
            return isName ? .reference(defaultValue: nil, defaultOffset: 0) : nil
        }
        // `${{ … }}` (GitHub Actions) is templated, handled by the caller.
        guard bytes.count >= 3, bytes[2] != 0x7B else { return nil }
        var depth = 0
        var close = -1
        for index in 1..<bytes.count {
            if bytes[index] == 0x7B { depth += 1 }
            if bytes[index] == 0x7D {
                depth -= 1
                if depth == 0 { close = index; break }
            }
        }
        // Only a reference that is the whole value; `${A}${B}` or `x${A}` is templated text.
        guard close == bytes.count - 1 else { return nil }
        var index = 2
        while index < close, SecretBytes.isAlnum(bytes[index]) || bytes[index] == 0x5F || bytes[index] == 0x2E { index += 1 }
        guard index > 2 else { return nil }
        if index < close, bytes[index] == 0x3A { index += 1 }
        if index < close, bytes[index] == 0x2D || bytes[index] == 0x3D {
            let start = index + 1
            let defaultValue = String(decoding: bytes[start..<close], as: UTF8.self)
            return .reference(defaultValue: defaultValue.isEmpty ? nil : defaultValue, defaultOffset: start)
        }
        return .reference(defaultValue: nil, defaultOffset: 0)
    }

    /// Template syntaxes that substitute the value at deploy time: `${{ secrets.X }}`, `{{ … }}`,
    /// `{% … %}`, `<%= … %>`, `#{…}`, `%VAR%`, configparser's `%(name)s`, a `${…}` inside other text, and the `{env.X}` /
    /// `{trigger.x}` style of some agent runtimes.
    static func isTemplated(_ value: String, lower: String) -> Bool {
        let bytes = Array(value.utf8)
        // `${`, `{{`, `{%`, `<%`, `#{`, `%(` anywhere: one pass over the bytes.
        if bytes.count >= 2 {
            for index in 1..<bytes.count {
                let previous = bytes[index - 1], current = bytes[index]
                if current == 0x7B, previous == 0x24 || previous == 0x7B || previous == 0x23 { return true }
                if current == 0x25, previous == 0x7B || previous == 0x3C { return true }
                if current == 0x28, previous == 0x25 { return true }
            }
        }
        if bytes.count >= 3, bytes.first == 0x25, bytes.last == 0x25, bytes.dropFirst().dropLast().allSatisfy({ SecretBytes.isAlnum($0) || $0 == 0x5F }) {
            return true
        }
        // `{env.API_KEY}`, `{secrets.token}`: a dotted path in single braces.
        if bytes.count >= 3, bytes.first == 0x7B, bytes.last == 0x7D {
            let inner = bytes.dropFirst().dropLast()
            return inner.allSatisfy { SecretBytes.isAlnum($0) || $0 == 0x5F || $0 == 0x2E || $0 == 0x2D } && inner.contains(0x2E)
        }
        return false
    }

    /// Roots of dotted paths that read a value in code or templates: `process.env.API_KEY`,
    /// `os.environ`, `config.apiKey`, `var.db_password`, `self.token`.
    static let codeRoots: Set<String> = [
        "process", "os", "env", "environ", "config", "settings", "var", "local", "locals", "data", "module", "self", "this",
        "secrets", "vars", "params", "values", "context", "ctx", "props", "options", "opts", "cfg", "app", "window", "system",
        "import", "args", "request", "req",
    ]

    /// An unquoted value of a code file that calls or subscripts (`os.getenv("X")`, `ENV['X']`).
    static func isCallOrSubscript(_ value: String) -> Bool {
        value.utf8.contains { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: "[") }
    }

    /// A dotted path from a known root (`process.env.API_KEY`, `config.apiKey`): how code reads a value,
    /// and how templating runtimes name one in configuration.
    static func isDottedPath(_ value: String) -> Bool {
        let parts = value.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, let root = parts.first, codeRoots.contains(root.lowercased()) else { return false }
        return parts.allSatisfy { part in
            guard let first = part.utf8.first, SecretBytes.isAlpha(first) || first == 0x5F else { return false }
            return part.utf8.allSatisfy { SecretBytes.isAlnum($0) || $0 == 0x5F }
        }
    }

    /// Values that name where a secret is stored rather than holding it.
    static func isSecretManagerReference(_ lower: String) -> Bool {
        let prefixes = [
            "vault:", "op://", "sm://", "ref+", "awssm:", "awssecretsmanager:", "arn:aws:secretsmanager:", "arn:aws:ssm:",
            "arn:aws:kms:", "gcp:secretmanager", "projects/", "azurekeyvault:", "keyvault:", "@microsoft.keyvault(", "secretref:",
            "secretkeyref:", "env:", "env.", "!vault", "enc[", "enc(", "sops:", "kms:", "secret://", "secrets://", "k8s://", "kubernetes://",
        ]
        return prefixes.contains { lower.hasPrefix($0) }
    }

    /// A file path or file URL: `/run/secrets/db`, `./key.pem`, `~/.aws/credentials`, `secrets.json`.
    static func isPath(_ value: String, lower: String) -> Bool {
        if lower.hasPrefix("/") || lower.hasPrefix("./") || lower.hasPrefix("../") || lower.hasPrefix("~/") || lower.hasPrefix("file:") {
            return true
        }
        let suffixes = [".pem", ".key", ".crt", ".cer", ".p12", ".pfx", ".jks", ".json", ".txt", ".yaml", ".yml", ".env", ".gpg", ".asc", ".der"]
        return suffixes.contains { lower.hasSuffix($0) } && !value.contains(" ")
    }

    /// `OPENAI_API_KEY`: an upper-case name with underscores names the environment variable that holds
    /// the secret.
    static func isVariableName(_ value: String) -> Bool {
        let bytes = value.utf8
        guard let first = bytes.first, SecretBytes.isUpper(first), bytes.contains(0x5F), bytes.count <= 64 else { return false }
        return bytes.allSatisfy { SecretBytes.isUpper($0) || SecretBytes.isDigit($0) || $0 == 0x5F }
    }

    /// Markers that make a value an illustration wherever they appear, in any case: seven letters or
    /// more never occur by chance in a random token (AWS's documented `…EXAMPLEKEY`), and nobody's real
    /// credential says `placeholder`. `xxxx` counts in three cases only, since four letters of one kind
    /// do occur in random text.
    static let illustrationMarkers = [
        "example", "placeholder", "changeme", "change_me", "change-me", "changeit", "redacted", "notreal", "not_real", "not-real",
        "dummy", "sample", "***", "...", "…",
    ]

    /// Words that mark a placeholder only as whole segments of the value, bounded by its ends or by
    /// characters other than letters and digits (`xoxb-your-token-here`, `test-token`, `REPLACE_ME`):
    /// inside a longer run they are part of a real value, a chosen password (`MySecretPassw0rd!2024x`)
    /// or a random token (`…NlFASDFgH8…`).
    static let placeholderWords = [
        "replace", "insert", "foobar", "password", "passwd", "secret", "apikey", "api_key", "api-key", "qwerty", "hunter2", "lorem",
        "token", "fake", "todo", "fixme", "mock", "your", "asdf", "here",
    ]

    /// `illustrationMarkers` lower-cased, `placeholderWords` lower-cased, and the three cases of `xxxx`.
    static let placeholderNeedles: (markers: [[UInt8]], words: [[UInt8]], exes: [[UInt8]]) = (
        illustrationMarkers.map { Array($0.utf8) }, placeholderWords.map { Array($0.utf8) },
        ["xxxx", "XXXX", "Xxxx"].map { Array($0.utf8) }
    )

    /// Whether a literal is obviously not a real secret: an illustration marker anywhere, a placeholder
    /// word as a whole segment, a `<…>` wrapper around the value or a segment (`<your-token>`,
    /// `xoxb-<token>`), `…here` at the end, one repeated character, a counting sequence (`123456`,
    /// `abcdef`), or very few distinct characters.
    /// - Parameter body: the part of a token after its fixed prefix (`xoxb-`), if known; repetition and
    ///   sequences are judged on it.
    static func isPlaceholder(_ value: String, body: String? = nil) -> Bool {
        let bytes = Array(value.utf8)
        let lower = bytes.map(SecretBytes.lowercased)
        let needles = placeholderNeedles
        if needles.markers.contains(where: { contains(lower, $0) }) || needles.exes.contains(where: { contains(bytes, $0) }) { return true }
        if needles.words.contains(where: { containsSegment(lower, $0) }) || hasWrapper(bytes) || hasSuffix(lower, "here") { return true }
        let core = Array((body ?? value).utf8).filter { SecretBytes.isAlnum($0) }
        if core.isEmpty { return true }
        var seen = [Bool](repeating: false, count: 128)
        var distinct = 0
        for byte in core where !seen[Int(byte)] {
            seen[Int(byte)] = true
            distinct += 1
        }
        if distinct <= 2 || (core.count >= 10 && distinct <= 4) { return true }
        return hasCountingRun(core)
    }

    /// Whether `needle` occurs in `haystack` as whole segments: not preceded or followed by a letter or
    /// digit.
    static func containsSegment(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if (index == 0 || !SecretBytes.isAlnum(haystack[index - 1])),
               index + needle.count == haystack.count || !SecretBytes.isAlnum(haystack[index + needle.count]),
               haystack[index..<(index + needle.count)].elementsEqual(needle) {
                return true
            }
            index += 1
        }
        return false
    }

    /// `<…>` around the whole value or around a segment of it (`<password>`, `xoxb-<token>`,
    /// `Bearer <token>`); a `<` inside a run of letters and digits is part of a password.
    static func hasWrapper(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), index == 0 || !SecretBytes.isAlnum(bytes[index - 1]) {
                var close = index + 1
                while close < bytes.count, bytes[close] != UInt8(ascii: ">"), bytes[close] != UInt8(ascii: "<") { close += 1 }
                if close < bytes.count, bytes[close] == UInt8(ascii: ">"), close > index + 1,
                   close + 1 == bytes.count || !SecretBytes.isAlnum(bytes[close + 1]) {
                    return true
                }
            }
            index += 1
        }
        return false
    }

    /// Whether `haystack` contains `needle` (bytes).
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var offset = 1
                while offset < needle.count, haystack[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            index += 1
        }
        return false
    }

    private static func hasSuffix(_ bytes: [UInt8], _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        let start = suffix.utf8Start
        for offset in 0..<count where bytes[bytes.count - count + offset] != start[offset] { return false }
        return true
    }

    /// Six or more characters counting up or down by one (`123456`, `abcdef`, `FEDCBA`).
    static func hasCountingRun(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 6 else { return false }
        var up = 1, down = 1
        for index in 1..<bytes.count {
            let previous = bytes[index - 1], current = bytes[index]
            let sameClass = SecretBytes.isDigit(previous) == SecretBytes.isDigit(current)
                && SecretBytes.isUpper(previous) == SecretBytes.isUpper(current)
            // `0` after `9` continues `1234567890`.
            let counts = current == previous &+ 1 || (previous == 0x39 && current == 0x30)
            up = sameClass && counts ? up + 1 : 1
            down = sameClass && current &+ 1 == previous ? down + 1 : 1
            if up >= 6 || down >= 6 { return true }
        }
        return false
    }
}
