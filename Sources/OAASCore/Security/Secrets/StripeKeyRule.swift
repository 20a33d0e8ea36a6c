/// Stripe live-mode secret (`sk_live_`) and restricted (`rk_live_`) keys.
///
/// Test-mode keys (`sk_test_`, `rk_test_`) are not reported by this rule: they only reach Stripe's test
/// mode, with no real charges, payouts or customer data. Publishable keys (`pk_live_`, `pk_test_`) are
/// never secrets: Stripe designs them to be embedded in web pages. A test key in a secret field of a
/// configuration file is still `secret.literal-in-secret-field`.
enum StripeKeyRule {
    static func match(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> SecretMatch? {
        let description: String
        if SecretBytes.hasPrefix(bytes, index, end, "sk_live_") {
            description = "stripe live secret key"
        } else if SecretBytes.hasPrefix(bytes, index, end, "rk_live_") {
            description = "stripe live restricted key"
        } else {
            return nil
        }
        let tokenEnd = SecretBytes.run(bytes, from: index + 8, to: end, SecretBytes.isAlnum)
        guard tokenEnd - index - 8 >= 20, SecretTokenRules.endsWord(bytes, tokenEnd, end, { $0 == UInt8(ascii: "_") }) else { return nil }
        let token = SecretBytes.string(bytes, index, tokenEnd)
        guard !SecretValues.isPlaceholder(token, body: String(token.dropFirst(8))) else { return nil }
        return .token(.stripeLiveKey, description, bytes, index, tokenEnd)
    }
}

extension DiagnosticKind {
    static let stripeLiveKey = DiagnosticKind(
        id: "secret.stripe-live-key", severity: .error,
        summary: "a Stripe live-mode secret or restricted key (`sk_live_…`, `rk_live_…`) in plain text",
        explanation: """
            A live secret key moves real money: charges, refunds, payouts, and reads every customer record. \
            A restricted key does whatever its permissions allow. Roll the key in the Stripe dashboard \
            (Developers → API keys) and provide the replacement through a variable.

            Not reported: test-mode keys (`sk_test_`, `rk_test_`), which only reach test data, and \
            publishable keys (`pk_live_`, `pk_test_`), which Stripe designs to be public. A test key in a \
            secret field of a configuration file is still `secret.literal-in-secret-field`.
            """,
        example: "payments:\n  stripe_secret_key: sk_live_…",
        remediation: "roll the key in the Stripe dashboard and provide it through a variable from a secret store",
        securitySeverity: 9.5)
}
