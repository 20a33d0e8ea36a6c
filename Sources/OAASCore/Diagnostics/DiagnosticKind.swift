/// The documentation and default severity of one diagnostic ID.
///
/// Each stage declares its kinds at the bottom of its own file; `DiagnosticCatalog.all` lists them all,
/// and `oaas explain ID` prints `explanation`.
public struct DiagnosticKind: Hashable, Sendable {
    /// The stable dotted kebab-case ID, e.g. `schema.unknown-key`. Never reused.
    public let id: String
    /// The severity a finding of this kind has unless options change it.
    public let defaultSeverity: Severity
    /// One line: what the diagnostic reports.
    public let summary: String
    /// Why it matters and how to fix it; may span several paragraphs.
    public let explanation: String
    /// A small input that produces it, shown by `oaas explain`.
    public let example: String
    /// One line: what to do about it (security findings carry one; SARIF shows it as the rule's help).
    public let remediation: String
    /// For security findings, GitHub code scanning's `security-severity` score, 0.1 to 10.0 (≥ 9.0
    /// critical, 7.0–8.9 high, 4.0–6.9 medium, below that low); nil for other diagnostics.
    public let securitySeverity: Double?

    /// Declares a diagnostic kind.
    public init(
        id: String, severity: Severity, summary: String, explanation: String, example: String = "",
        remediation: String = "", securitySeverity: Double? = nil
    ) {
        self.id = id
        self.defaultSeverity = severity
        self.summary = summary
        self.explanation = explanation
        self.example = example
        self.remediation = remediation
        self.securitySeverity = securitySeverity
    }
}
