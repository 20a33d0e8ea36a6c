/// The generic rule: a random-looking literal assigned to a key whose name says secret
/// (`SecretKeys.isSecretName`: `token`, `secret`, `password`, `api_key`, `client_secret`, `STRIPE_KEY` …).
///
/// A value qualifies when it is not a reference or placeholder, has no spaces, is not a URL, and:
/// - hex (`0-9 a-f`, dashes allowed, as in UUIDs): at least 16 characters and Shannon entropy of at
///   least 3.0 bits per character;
/// - anything else: at least 16 characters from at least two character classes (lower, upper, digits,
///   symbols) and entropy of at least 3.3 bits;
/// - under a password key (last word ending in `password`, `passwd`, `pwd`, `pass`, `passphrase`): also at least 10
///   characters from three classes with entropy of at least 3.0 — how people write passwords.
/// `Bearer `, `Basic ` and `Token ` prefixes are skipped. Values that only look random are excluded:
/// Stripe publishable and test keys, and content hashes (`sha256:…`, `sha512-…`).
enum HighEntropyRule {
    /// Prefixes of values that are random but not secret.
    static let nonSecretPrefixes = ["pk_live_", "pk_test_", "sk_test_", "rk_test_", "sha1-", "sha256:", "sha256-", "sha384-", "sha512-", "sha512:"]

    /// The finding for `value` (at byte `start`) assigned to `key`, if it is high-entropy.
    static func evaluate(key: String, value: String, start: Int) -> SecretMatch? {
        var candidate = Substring(value)
        var offset = 0
        for scheme in ["bearer ", "basic ", "token ", "bot "] where candidate.lowercased().hasPrefix(scheme) {
            candidate = candidate.dropFirst(scheme.count)
            offset = scheme.utf8.count
        }
        let text = String(candidate)
        let length = text.utf8.count
        guard length >= 10, length <= 1000, !text.utf8.contains(where: SecretBytes.isBlank), !SecretValues.contains(Array(text.utf8), Array("://".utf8)),
              !nonSecretPrefixes.contains(where: text.hasPrefix), SecretValues.classify(text, quoted: true) == .literal,
              !SecretValues.isPlaceholder(text)
        else { return nil }
        var qualifies = isRandom(text)
        let last = Redaction.splitWords(key).last ?? ""
        if ["password", "passwd", "pwd", "pass", "passphrase"].contains(where: last.hasSuffix) {
            qualifies = qualifies || (SecretBytes.characterClasses(text) >= 3 && SecretBytes.entropy(text) >= 3.0)
        }
        guard qualifies else { return nil }
        return SecretMatch(
            kind: .highEntropySecret, start: start + offset, end: start + offset + length, secret: text,
            message: "hard-coded high-entropy value \(SecretDisplay.redacted(text)) assigned to \"\(key)\"",
            priority: SecretMatch.Priority.entropy)
    }

    /// Whether a value is random enough to be a credential: hex (dashes allowed) of at least 16
    /// characters with 3.0 bits of entropy per character, or at least 16 characters from two character
    /// classes with 3.3 bits.
    static func isRandom(_ text: String) -> Bool {
        let length = text.utf8.count
        guard length >= 16 else { return false }
        let entropy = SecretBytes.entropy(text)
        if text.utf8.allSatisfy({ SecretBytes.isHex($0) || $0 == UInt8(ascii: "-") }) { return entropy >= 3.0 }
        return SecretBytes.characterClasses(text) >= 2 && entropy >= 3.3
    }
}

extension DiagnosticKind {
    static let highEntropySecret = DiagnosticKind(
        id: "secret.high-entropy-value", severity: .error,
        summary: "a random-looking literal assigned to a key whose name says secret",
        explanation: """
            Most credentials have no recognisable prefix: database passwords, webhook signing secrets, \
            PagerDuty routing keys, internal API tokens. This rule looks at values assigned to keys whose \
            words say secret (`token`, `secret`, `password`, `api_key`, `client_secret`, `routing_key`, \
            `DB_PASS`, `STRIPE_KEY` …) in YAML, JSON, `.env`, TOML/INI, Terraform, shell and Python \
            (`key: value`, `"key": "value"`, `KEY=value`, `export KEY=value`, `key = "value"`), and reports \
            those that are random enough to be real: at least 16 characters with Shannon entropy of 3.0 \
            bits per character (hex) or 3.3 bits from two character classes (other values), or, for \
            password keys, 10 characters from three classes. A bearer token in an HTTP header is judged \
            the same way wherever it appears on a line, e.g. inside a quoted command \
            (`curl -H "Authorization: Bearer …"`), when it has at least 20 characters.

            References (`${VAR}`, `{{ … }}`, `vault:…`, file paths, variable names) and placeholders \
            (`changeme`, `xxxx`, `<your-token>`, `…here`, repeated characters, counting sequences) are \
            never reported; a `${VAR:-default}` fallback is checked like a literal. Files under \
            documentation paths are not scanned.

            Rotate the credential and provide it through a variable from a secret store.
            """,
        example: "pagerduty:\n  routing_key: 6c1f…   # 32 random hex digits",
        remediation: "rotate the credential and provide it through a variable from a secret store",
        securitySeverity: 7.5)
}
