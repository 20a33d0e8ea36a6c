/// JSON Web Tokens: three base64url segments, the first two starting with `eyJ` (base64 of `{"`), the
/// header decoding to a JSON object with an `alg`, and a signature of at least 16 characters. A token whose
/// payload holds the jwt.io sample claims (`"sub": "1234567890"`, `"name": "John Doe"`) or other
/// placeholder text is an illustration.
enum JWTRule {
    /// The longest header, payload and signature read: real tokens are far shorter, and the bounds keep a
    /// long run of `eyJ…_eyJ…` candidates linear.
    static let maximumHeader = 1024, maximumPayload = 16 * 1024, maximumSignature = 1024

    static func match(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> SecretMatch? {
        guard SecretBytes.hasPrefix(bytes, index, end, "eyJ") else { return nil }
        let headerEnd = SecretBytes.run(bytes, from: index, to: min(end, index + maximumHeader), SecretBytes.isURLSafe)
        guard headerEnd - index >= 10, headerEnd + 3 < end, bytes[headerEnd] == UInt8(ascii: "."),
              SecretBytes.hasPrefix(bytes, headerEnd + 1, end, "eyJ")
        else { return nil }
        let payloadEnd = SecretBytes.run(bytes, from: headerEnd + 1, to: min(end, headerEnd + 1 + maximumPayload), SecretBytes.isURLSafe)
        guard payloadEnd - headerEnd - 1 >= 10, payloadEnd < end, bytes[payloadEnd] == UInt8(ascii: ".") else { return nil }
        let signatureEnd = SecretBytes.run(bytes, from: payloadEnd + 1, to: min(end, payloadEnd + 1 + maximumSignature), SecretBytes.isURLSafe)
        guard signatureEnd - payloadEnd - 1 >= 16, signatureEnd == end || !SecretBytes.isURLSafe(bytes[signatureEnd]),
              SecretTokenRules.endsWord(bytes, signatureEnd, end, { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "=") })
        else { return nil }
        guard let header = decode(bytes, index, headerEnd), header.contains("\"alg\""),
              let payload = decode(bytes, headerEnd + 1, payloadEnd), payload.hasPrefix("{")
        else { return nil }
        let lower = payload.lowercased()
        let samples = ["1234567890", "john doe", "example", "placeholder", "dummy", "your-", "your_"]
        guard !samples.contains(where: { lower.contains($0) }) else { return nil }
        return .token(.jwt, "json web token", bytes, index, signatureEnd)
    }

    /// Decodes base64url (no padding) to text; nil if it is not valid UTF-8.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String? {
        var output: [UInt8] = []
        output.reserveCapacity((end - start) * 3 / 4)
        var buffer: UInt32 = 0
        var bits = 0
        for index in start..<end {
            let byte = bytes[index]
            let value: UInt32
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): value = UInt32(byte - UInt8(ascii: "A"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"): value = UInt32(byte - UInt8(ascii: "a")) + 26
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = UInt32(byte - UInt8(ascii: "0")) + 52
            case UInt8(ascii: "-"): value = 62
            case UInt8(ascii: "_"): value = 63
            default: return nil
            }
            buffer = buffer << 6 | value
            bits += 6
            if bits >= 8 {
                bits -= 8
                output.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bits)))
            }
        }
        return String(validating: output, as: UTF8.self)
    }
}

extension DiagnosticKind {
    static let jwt = DiagnosticKind(
        id: "secret.jwt", severity: .error,
        summary: "a signed JSON Web Token in plain text",
        explanation: """
            A JWT is a bearer credential: whoever presents it is treated as its subject until it expires, \
            and tokens in configuration are usually long-lived service tokens (Supabase keys, API gateway \
            tokens, service-account tokens). The rule requires three base64url segments, a header that \
            decodes to JSON with an `alg`, and a signature; the jwt.io sample token is ignored.

            Revoke or rotate the token at its issuer (or rotate the signing key) and provide the \
            replacement through a variable.
            """,
        example: "api:\n  bearer: eyJhbGciOi….eyJzdWIiOi….SflKxw…",
        remediation: "rotate the token (or its signing key) at the issuer and provide it through a variable",
        securitySeverity: 7.0)
}
