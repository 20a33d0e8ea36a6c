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

    /// Whether a key's value is a secret, judged by the words of the key.
    public static func isSecretKey(_ key: String) -> Bool {
        let words = splitWords(key)
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
        if let value, value.count >= 4, case .key(let key)? = path?.components.last, isSecretKey(key) {
            text = text.components(separatedByString: value).joined(separator: mask(value))
        }
        return maskTokens(maskWebhooks(maskURLPasswords(text)))
    }

    /// A source line with secrets masked, for snippets: the value of a `secret_key: value` line, and
    /// everything `redact` masks.
    public static func redactLine(_ line: String) -> String {
        let trimmed = line.drop { $0 == " " || $0 == "-" }
        if let colon = trimmed.firstIndex(of: ":") {
            let key = trimmed[..<colon].trimmingWhitespace().filter { $0 != "\"" && $0 != "'" }
            let value = trimmed[trimmed.index(after: colon)...].trimmingWhitespace()
            if isSecretKey(key), value.count >= 4, !value.hasPrefix("${") {
                let start = line.count - trimmed.count
                return String(line.prefix(start)) + trimmed[...colon] + " " + mask(value)
            }
        }
        return redact(line)
    }

    /// `xoxb…`: the first four characters and an ellipsis.
    public static func mask(_ secret: String) -> String { String(secret.prefix(4)) + "…" }

    /// `postgres://audit:hunter2@db` → `postgres://audit:****@db`.
    static func maskURLPasswords(_ text: String) -> String {
        guard text.contains("://") else { return text }
        var result = ""
        var rest = Substring(text)
        while let schemeEnd = rest.range(of: "://") {
            result += rest[..<schemeEnd.upperBound]
            rest = rest[schemeEnd.upperBound...]
            let authority = rest.prefix { $0 != "/" && $0 != " " && $0 != "\"" }
            if let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") {
                result += rest[...colon] + "****"
                rest = rest[at...]
            }
        }
        return result + rest
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
