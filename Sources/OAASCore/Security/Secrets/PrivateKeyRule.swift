/// Private keys in PEM armour: `-----BEGIN … PRIVATE KEY-----` (RSA, EC, DSA, OPENSSH, ENCRYPTED, PKCS#8)
/// or `-----BEGIN PGP PRIVATE KEY BLOCK-----`, up to the matching `-----END …-----`, across lines (a YAML
/// block scalar) or within one line with `\n` escapes (a JSON string, as in a service-account file).
///
/// The body must hold at least 64 base64 characters: `-----BEGIN PRIVATE KEY-----\n...\n-----END…`
/// in a README-style snippet is an illustration. Public keys and certificates are never reported.
enum PrivateKeyRule {
    /// How far past the header the end marker is looked for; an 8192-bit RSA key is about 6.5 KiB.
    static let searchLimit = 64 * 1024

    static func match(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, lineEnd: Int, fileEnd: Int) -> SecretMatch? {
        guard SecretBytes.hasPrefix(bytes, index, lineEnd, "-----BEGIN ") else { return nil }
        // The label: upper-case words up to the closing dashes.
        let labelStart = index + 11
        let labelEnd = SecretBytes.run(bytes, from: labelStart, to: min(lineEnd, labelStart + 100)) {
            SecretBytes.isUpper($0) || SecretBytes.isDigit($0) || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "_")
        }
        guard SecretBytes.hasPrefix(bytes, labelEnd, lineEnd, "-----") else { return nil }
        let label = SecretBytes.string(bytes, labelStart, labelEnd)
        guard label.hasSuffix("PRIVATE KEY") || label.hasSuffix("PRIVATE KEY BLOCK") else { return nil }
        let bodyStart = labelEnd + 5
        let limit = min(fileEnd, bodyStart + searchLimit)
        var cursor = bodyStart
        var body: [UInt8] = []
        var sawEllipsis = false
        while cursor < limit {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: "-"), SecretBytes.hasPrefix(bytes, cursor, limit, "-----END ") {
                break
            }
            // Another block starts first: this one is truncated. Stopping here keeps a file of many
            // unterminated headers linear.
            if byte == UInt8(ascii: "-"), SecretBytes.hasPrefix(bytes, cursor, limit, "-----BEGIN") { return nil }
            if byte == UInt8(ascii: "\\") {
                // `\n` in a JSON or shell string.
                cursor += 2
                continue
            }
            // `...`, `…` or `<your key>`: a snippet, not a key.
            if byte == 0xE2 || byte == UInt8(ascii: "<") || SecretBytes.hasPrefix(bytes, cursor, limit, "...") { sawEllipsis = true }
            if SecretBytes.isBase64(byte) || byte == UInt8(ascii: "=") { body.append(byte) }
            cursor += 1
        }
        guard cursor < limit else { return nil }
        // Close at the end marker's trailing dashes.
        var close = cursor + 9
        while close < limit, bytes[close] != UInt8(ascii: "-"), bytes[close] != 0x0A { close += 1 }
        guard SecretBytes.hasPrefix(bytes, close, limit, "-----") else { return nil }
        let end = close + 5
        let secret = String(decoding: body, as: UTF8.self)
        // Word lists are not applied to a random body of this length: they would match by chance.
        guard body.count >= 64, !sawEllipsis, Set(body).count > 16 else { return nil }
        let description = label.lowercased()
        return SecretMatch(
            kind: .privateKey, start: index, end: end, secret: secret,
            message: "hard-coded \(description) \(SecretDisplay.redacted(secret))", priority: SecretMatch.Priority.provider)
    }
}

extension DiagnosticKind {
    static let privateKey = DiagnosticKind(
        id: "secret.private-key", severity: .error,
        summary: "a private key in PEM armour (`-----BEGIN … PRIVATE KEY-----`)",
        explanation: """
            A private key lets its holder impersonate the server, sign as the service account, decrypt \
            traffic or log in over SSH, depending on what it belongs to. The finding covers the whole block \
            from `BEGIN` to `END` and shows the first four characters of its base64 body and a hash.

            Replace the key pair (revoke the certificate, remove the SSH key, delete the service-account \
            key), then mount the new key from a secret store (`private_key_file: /run/secrets/…`) instead \
            of inlining it. Encrypted keys are reported too: their passphrase is often weak or nearby.
            """,
        example: "tls:\n  private_key: |\n    -----BEGIN RSA PRIVATE KEY-----\n    MIIE…\n    -----END RSA PRIVATE KEY-----",
        remediation: "replace the key pair and mount the new key from a secret store instead of inlining it",
        securitySeverity: 9.5)
}
