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

    /// Declares a diagnostic kind.
    public init(id: String, severity: Severity, summary: String, explanation: String, example: String = "") {
        self.id = id
        self.defaultSeverity = severity
        self.summary = summary
        self.explanation = explanation
        self.example = example
    }
}
