/// Finds secrets in any text file of the scanned tree (YAML, `.env*`, JSON, scripts, text), line by line.
public enum SecretScanner {
    /// Every kind of secret finding.
    public static let kinds: [DiagnosticKind] = []

    /// The secret findings in one file; binary files give none.
    public static func scan(_ file: SourceFile) -> [Diagnostic] {
        []
    }
}
