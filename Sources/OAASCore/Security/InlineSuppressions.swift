/// `# oaas:ignore[ID] reason` comments.
public enum InlineSuppressions {
    /// The kinds this stage reports.
    public static let kinds: [DiagnosticKind] = []

    /// Marks suppressed findings and reports malformed and unused suppressions.
    public static func apply(to diagnostics: [Diagnostic], files: [SourceFile], enabled: Bool) -> [Diagnostic] {
        diagnostics
    }
}
