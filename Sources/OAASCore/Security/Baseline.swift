/// Findings accepted earlier, keyed on rule, file and content fingerprint, never on line numbers.
public struct Baseline: Sendable {
    /// Marks the findings the baseline lists as suppressed.
    public func apply(to diagnostics: [Diagnostic]) -> [Diagnostic] { diagnostics }
}
