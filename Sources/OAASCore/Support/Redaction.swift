/// Keeps secrets out of diagnostic messages: no output format ever shows one in full.
///
/// A message that quotes a user's value goes through `redact(_:value:path:)` before it is reported.
/// The value is masked when its key names a secret (`bot_token`, `signing_secret`, `password` …), and
/// wherever it appears, a URL's password, a Slack webhook path and tokens with a well-known prefix
/// (`xoxb-`, `ghp_`, `sk-`, `AKIA` …) are cut to their first characters.
public enum Redaction {
    /// Words that, in a key, mark its value as a secret.
    static let secretWords: Set<String> = ["token", "secret", "password", "passwd", "pwd", "apikey", "credential", "credentials"]
    /// Words that mark a key as a secret when followed by `key` (`api_key`, `service_key`).
    static let keyQualifiers: Set<String> = ["api", "private", "access", "secret", "service", "signing", "routing", "master"]
    /// Token prefixes that identify a credential wherever it appears.
    static let tokenPrefixes = [
        "xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxs-", "xapp-", "github_pat_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_",
        "glpat-", "sk-ant-", "sk-", "AKIA", "ASIA", "AIza",
    ]

    /// Whether a key's value is a secret, judged by the words of the key. A `*_env` key names an
    /// environment variable, not a secret; and "token" before other words (`token_expiry`,
    /// `token_optimization`: model tokens, or a token's settings) leaves the decision to those words.
    public static func isSecretKey(_ key: String) -> Bool {
        if key.hasSuffix("_env") || key.hasSuffix("Env") { return false }
        var words = splitWords(key)
        if let last = words.last, last != "token", words.contains("token") {
            words.removeAll { $0 == "token" }
        }
        if words.contains(where: secretWords.contains) { return true }
        for (index, word) in words.enumerated() where word == "key" && index > 0 && keyQualifiers.contains(words[index - 1]) {
            return true
        }
        return words.last == "apikey"
    }

    /// The message with secrets masked.
    /// - Parameters:
    ///   - message: the text to report.
    ///   - value: the user's value the message quotes, if any.
    ///   - path: where the value is; its last key decides whether the value is a secret.
    public static func redact(_ message: String, value: String? = nil, path: DataPath? = nil) -> String {
        var text = message
        if let value, !value.isEmpty, case .key(let key)? = path?.components.last, isSecretKey(key) {
            // A short value could be part of any word, so only its quoted form is replaced.
            let needle = value.count >= 4 ? value : "\"\(value)\""
            let replacement = value.count >= 4 ? maskSecret(value) : "\"\(fixedMask)\""
            text = text.components(separatedByString: needle).joined(separator: replacement)
        }
        return maskTokens(maskWebhooks(maskURLPasswords(maskingDefaults(in: text, where: isSecretName))))
    }

    /// The diagnostics with `redact` applied to every message, note and fix-it: the last guard, run on a whole
    /// result, against a pass that quoted a value (a cluster URL with a password, a token) without
    /// masking it.
    public static func scrub(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var result = diagnostics
        for index in result.indices {
            result[index].message = redact(result[index].message)
            for note in result[index].notes.indices {
                result[index].notes[note].message = redact(result[index].notes[note].message)
            }
            for fixIt in result[index].fixIts.indices {
                result[index].fixIts[fixIt].replacement = redact(result[index].fixIts[fixIt].replacement)
            }
        }
        return result
    }

    /// A source line with secrets masked, for snippets: the value of a `secret_key: value` line, and
    /// everything `redact` masks.
    public static func redactLine(_ line: String) -> String {
        let trimmed = line.drop { $0 == " " || $0 == "-" }
        if let colon = trimmed.firstIndex(of: ":") {
            let key = trimmed[..<colon].trimmingWhitespace().filter { $0 != "\"" && $0 != "'" }
            let value = trimmed[trimmed.index(after: colon)...].trimmingWhitespace()
            let start = line.count - trimmed.count
            if isSecretKey(key), value.hasPrefix("${") {
                // A reference is not a secret, but its default may be one.
                let masked = maskingDefaults(in: String(value), where: { _ in true })
                return String(line.prefix(start)) + trimmed[...colon] + " " + masked
            }
            // `|` and `>` start a block scalar: the secret is on the next lines, masked by the key rule
            // only when they are shown on their own; nothing to mask on this line.
            if isSecretKey(key), !value.isEmpty, value != "|", value != ">", !value.hasPrefix("|-"), !value.hasPrefix(">-") {
                return String(line.prefix(start)) + trimmed[...colon] + " " + maskSecret(String(value))
            }
        }
        if let masked = redactAssignment(line) { return masked }
        return redact(line)
    }

    /// `DB_PASSWORD=hunter2`, `export API_TOKEN="…"`, `password = "…"`: an assignment in an env file,
    /// a script or an INI/TOML file whose name says secret, with its value masked.
    static func redactAssignment(_ line: String) -> String? {
        guard let equals = line.firstIndex(of: "=") else { return nil }
        var name = line[..<equals].trimmingWhitespace()
        if name.hasPrefix("export ") { name = String(name.dropFirst(7)).trimmingWhitespace() }
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." }),
              isSecretName(name) else { return nil }
        let rest = line[line.index(after: equals)...]
        let value = rest.trimmingWhitespace()
        guard !value.isEmpty, !value.hasPrefix("${") else { return redact(line) }
        let spacing = rest.prefix { $0 == " " || $0 == "\t" }
        return String(line[...equals]) + spacing + maskSecret(value)
    }

    /// `xoxb…`: the first four characters and an ellipsis.
    public static func mask(_ secret: String) -> String { String(secret.prefix(4)) + "…" }

    /// The mask shown for short secrets, where even a few characters would give too much away.
    public static let fixedMask = "****"

    /// Values shorter than this many characters are shown as `****` alone, in every output: with so few
    /// characters, a four-character prefix would give too much of the rest away.
    public static let minimumRevealedLength = 12

    /// A secret value for output: nothing for an empty value, `****` for one shorter than
    /// `minimumRevealedLength`, and the first four characters and an ellipsis (`xoxb…`) for a longer one.
    public static func maskSecret(_ secret: String) -> String {
        if secret.isEmpty { return "" }
        return secret.count < minimumRevealedLength ? fixedMask : mask(secret)
    }

    /// Words that, anywhere in an environment variable's name, mark its value as a secret.
    static let secretNameWords: Set<String> = [
        "token", "tokens", "secret", "secrets", "password", "passwords", "passwd", "pass", "pwd", "passphrase",
        "credential", "credentials", "creds", "auth", "private", "privatekey", "apikey", "dsn", "connection", "conn",
        "connectionstring",
    ]

    /// Whether an environment variable (or a key it is used under) holds a secret, judged by its name:
    /// every key `isSecretKey` accepts, a trailing `KEY` word (`STRIPE_KEY`, `DATADOG_APP_KEY`,
    /// `ENCRYPTION_KEY`), and names with words such as `PASS`, `AUTH`, `PRIVATE`, `DSN` or `CONNECTION`
    /// (connection strings often carry a password).
    public static func isSecretName(_ name: String) -> Bool {
        if isSecretKey(name) { return true }
        let words = splitWords(name)
        if words.last == "key" { return true }
        return words.contains(where: secretNameWords.contains) || name.lowercased().hasSuffix("connectionstring")
    }

    /// How a `${…}` reference is quoted in messages: as written, except that a default is never shown
    /// (`${SLACK_BOT_TOKEN:-…}`), since it may be a credential.
    public static func reference(_ reference: TemplateString.Reference) -> String {
        guard let defaultValue = reference.defaultValue, !defaultValue.isEmpty else { return "${\(reference.body)}" }
        let head = reference.body.dropLast(defaultValue.count)
        return "${\(head)…}"
    }

    /// A string with the defaults of its `${NAME:-default}` references masked (`maskSecret`) where
    /// `isSecret` says so for the variable's name; the rest of the text is unchanged.
    public static func maskingDefaults(in text: String, where isSecret: (String) -> Bool) -> String {
        guard text.contains("${") else { return text }
        let characters = Array(text)
        var result = ""
        var consumed = 0
        for reference in TemplateString(text).references {
            guard let defaultValue = reference.defaultValue, !defaultValue.isEmpty, !isMasked(defaultValue),
                  isSecret(reference.path[0]) else { continue }
            // `${` and the body up to its default, then the mask and `}`.
            let headEnd = reference.offset + 2 + reference.body.count - defaultValue.count
            result += String(characters[consumed..<headEnd]) + maskSecret(defaultValue) + "}"
            consumed = reference.offset + reference.length
        }
        result += String(characters[consumed...])
        return result
    }

    /// Whether a value is already one of the masks this type writes (`…`, `****`, `xoxb…`), so that
    /// scrubbing a message twice changes nothing.
    static func isMasked(_ value: String) -> Bool {
        value == "…" || value == fixedMask || (value.hasSuffix("…") && value.count <= 5)
    }

    /// `postgres://audit:hunter2@db` → `postgres://audit:****@db`, also when the password holds `/`.
    static func maskURLPasswords(_ text: String) -> String {
        guard text.contains("://") else { return text }
        let characters = Array(text)
        var result = ""
        var index = 0
        while index < characters.count {
            if characters[index] == ":", index + 2 < characters.count, characters[index + 1] == "/", characters[index + 2] == "/" {
                let start = index + 3
                let end = URLUserInfo.end(in: characters, from: start)
                result += "://"
                if end > start, let colon = characters[start..<end].firstIndex(of: ":"),
                   !isMasked(String(characters[(colon + 1)..<(end - 1)])) {
                    result += String(characters[start...colon]) + fixedMask + "@"
                    index = end
                } else {
                    index = start
                }
                continue
            }
            result.append(characters[index])
            index += 1
        }
        return result
    }

    /// Slack incoming-webhook URLs carry their secret in the path.
    static func maskWebhooks(_ text: String) -> String {
        let marker = "hooks.slack.com/services/"
        guard text.contains(marker) else { return text }
        var pieces = text.components(separatedByString: marker)
        for index in pieces.indices.dropFirst() {
            let secretPart = pieces[index].prefix { $0 != "\"" && $0 != " " }
            pieces[index] = "…" + pieces[index].dropFirst(secretPart.count)
        }
        return pieces.joined(separator: marker)
    }

    /// Cuts tokens with a well-known prefix down to the prefix.
    static func maskTokens(_ text: String) -> String {
        let characters = Array(text)
        var result = ""
        var index = 0
        while index < characters.count {
            let atBoundary = index == 0 || !(characters[index - 1].isLetter || characters[index - 1].isNumber)
            if atBoundary, let prefix = tokenPrefixes.first(where: { matches($0, characters, at: index) }) {
                var end = index + prefix.count
                while end < characters.count, characters[end].isLetter || characters[end].isNumber
                    || characters[end] == "-" || characters[end] == "_" {
                    end += 1
                }
                if end - index >= prefix.count + 8 {
                    result += prefix + "…"
                    index = end
                    continue
                }
            }
            result.append(characters[index])
            index += 1
        }
        return result
    }

    private static func matches(_ prefix: String, _ characters: [Character], at index: Int) -> Bool {
        let prefixCharacters = Array(prefix)
        guard index + prefixCharacters.count <= characters.count else { return false }
        return Array(characters[index..<(index + prefixCharacters.count)]) == prefixCharacters
    }

    /// `signingSecret`, `bot_token`, `api-key` → lowercase words.
    static func splitWords(_ key: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previous: Character?
        for character in key {
            if character == "_" || character == "-" || character == "." || character == " " {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else if character.isUppercase, !current.isEmpty, !(previous?.isUppercase ?? false) {
                // A camelCase boundary (`signingSecret`); runs of capitals (`API_KEY`) stay one word.
                words.append(current)
                current = String(character.lowercased())
            } else {
                current += character.lowercased()
            }
            previous = character
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
