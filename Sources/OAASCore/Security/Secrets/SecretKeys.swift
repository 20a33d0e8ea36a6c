/// Which keys name a secret, judged by their words (`bot_token`, `signingSecret`, `DB_PASSWORD`).
///
/// Built on `Redaction`'s word logic, with two strengths:
/// - `isSecretField`: the key of a configuration field that holds a credential (`bot_token`,
///   `signing_secret`, `api_key`, `routing_key`, `connection_string`, `password`, `Authorization`). A
///   literal there is `secret.literal-in-secret-field`.
/// - `isSecretName`: anything `isSecretField` accepts, plus environment-variable style names whose
///   words suggest a secret (`STRIPE_KEY`, `DB_PASS`, `SENTRY_AUTH`). Only the high-entropy rule uses it,
///   and its entropy threshold keeps the wider net precise.
///
/// Both reject keys whose last word says the value is about a secret rather than the secret itself
/// (`token_env`, `secret_name`, `password_file`, `token_url`, `api_key_header`, `token_ttl`).
enum SecretKeys {
    /// Last words that make a key describe a secret instead of holding it.
    static let describingWords: Set<String> = [
        "env", "var", "variable", "file", "path", "dir", "ref", "reference", "name", "names", "id", "ids", "url", "uri",
        "endpoint", "header", "type", "length", "size", "ttl", "expiry", "expiration", "expires", "lifetime", "timeout",
        "rotation", "policy", "enabled", "required", "count", "limit", "format", "field", "location", "source", "provider",
        "mode", "store", "version", "method", "scope", "scopes", "prefix", "suffix", "template", "hash", "regex", "pattern",
        "enable", "disabled", "strength", "complexity", "min", "max", "age", "usage", "budget", "encoding", "algorithm",
        "manager", "management", "backend", "mount", "key", "keys", "selector", "label", "description", "help", "hint",
    ]

    /// Words before `key` that make it a credential, beyond `Redaction`'s (`api`, `private`, `secret` …).
    static let extraKeyQualifiers: Set<String> = [
        "integration", "encryption", "app", "auth", "webhook", "license", "session", "shared", "hmac", "jwt", "client",
        "account", "storage", "subscription", "admin", "signing", "ingest", "write", "sas",
    ]

    /// Words before `key` that make it public or not a credential (`public_key`, `primary_key`).
    static let nonSecretKeyQualifiers: Set<String> = [
        "public", "publishable", "pub", "primary", "foreign", "sort", "partition", "idempotency", "cache", "hash", "dedup",
        "group", "lookup", "map", "object", "index", "unique", "composite", "host", "ssh", "gpg", "pgp", "site", "form",
        "event", "message", "metric", "label", "annotation", "config", "registry", "row", "hot", "bucket", "schema", "sequence",
    ]

    /// One-word names that hold a credential: anything ending in `password`/`passwd` (`PGPASSWORD`), and
    /// these compounds. `token` and `secret` alone are not enough as endings (`tiktoken` is a library).
    static let fusedSuffixes = ["password", "passwd"]
    static let fusedNames: Set<String> = [
        "apitoken", "accesstoken", "authtoken", "bottoken", "refreshtoken", "clientsecret", "appsecret", "apikey", "secretkey",
        "privatekey", "webhooksecret", "signingsecret",
    ]

    /// Whether a configuration key holds a credential (see the type's documentation).
    static func isSecretField(_ key: String) -> Bool {
        guard mayName(key) else { return false }
        let words = Redaction.splitWords(key)
        guard let last = words.last, !isDescribing(words) else { return false }
        if Redaction.isSecretKey(key) {
            // `public_key`-like keys are not secret even when `Redaction` calls them keys.
            return !(last == "key" && words.count >= 2 && nonSecretKeyQualifiers.contains(words[words.count - 2]))
        }
        if last == "key", words.count >= 2, extraKeyQualifiers.contains(words[words.count - 2]) { return true }
        if last == "passphrase" || last == "pass" && words.count >= 2 { return true }
        if words.count >= 2, last == "string", words[words.count - 2] == "connection" { return true }
        // One-word names that end in a secret word: `PGPASSWORD`, `MYSQLPWD`-style, `accesstoken`.
        return key.lowercased().hasSuffix("connectionstring") || fusedNames.contains(last) || fusedSuffixes.contains(where: last.hasSuffix)
    }

    /// Whether a name (configuration key or environment variable) may hold a secret; wider than
    /// `isSecretField`.
    static func isSecretName(_ key: String) -> Bool {
        if isSecretField(key) { return true }
        guard mayName(key) else { return false }
        let words = Redaction.splitWords(key)
        guard let last = words.last, !isDescribing(words) || last == "key" else { return false }
        if last == "key" {
            guard words.count >= 2 else { return false }
            return !nonSecretKeyQualifiers.contains(words[words.count - 2])
        }
        let wide: Set<String> = ["pass", "pwd", "passphrase", "creds", "credential", "credentials", "auth", "privatekey", "apikey", "secrets"]
        return wide.contains(last)
    }

    /// An HTTP `Authorization` header (`Authorization: Bearer …`): a credential only when its value starts
    /// with an authentication scheme, since `authorization: rbac` in a security section names a method.
    static func isAuthorizationHeader(_ key: String, value: String) -> Bool {
        guard key.lowercased().hasSuffix("authorization") else { return false }
        let lower = value.lowercased()
        return ["bearer ", "basic ", "token ", "bot "].contains(where: lower.hasPrefix)
    }

    /// `token_env`, `secret_name`: the last word describes the secret (except a last `key`, which
    /// `isSecretKey` judges by the word before it). Helm's `existingSecret` names a Kubernetes Secret.
    private static func isDescribing(_ words: [String]) -> Bool {
        if words.first == "existing" { return true }
        guard let last = words.last, last != "key" else { return false }
        return describingWords.contains(last)
    }

    /// A cheap test before splitting words: the key contains one of the letter groups every secret word
    /// starts with, so most keys are rejected without allocating.
    static func mayName(_ key: String) -> Bool {
        var key = key
        return key.withUTF8 { mayName($0, 0, $0.count) }
    }

    /// `mayName` over `bytes[start..<end]`.
    static func mayName(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard end - start >= 3 else { return false }
        var previous2: UInt8 = 0, previous1: UInt8 = 0
        for index in start..<end {
            let current = SecretBytes.lowercased(bytes[index])
            switch (previous2, previous1, current) {
            case (0x74, 0x6F, 0x6B), // tok
                 (0x73, 0x65, 0x63), // sec
                 (0x70, 0x61, 0x73), // pas
                 (0x70, 0x77, 0x64), // pwd
                 (0x6B, 0x65, 0x79), // key
                 (0x63, 0x72, 0x65), // cre
                 (0x61, 0x75, 0x74), // aut
                 (0x6F, 0x6E, 0x6E): // onn (connection)
                return true
            default:
                break
            }
            previous2 = previous1
            previous1 = current
        }
        return false
    }
}
