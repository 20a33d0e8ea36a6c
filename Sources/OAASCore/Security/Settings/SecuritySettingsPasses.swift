/// The dangerous-settings passes of `oaas security-scan`: each reads the linked IR, like a semantic pass,
/// but runs only when security is scanned.
public enum SecuritySettingsPasses {
    /// Every pass.
    static let passes: [any SemanticPass.Type] = []

    /// Every diagnostic kind the passes can report.
    public static let kinds: [DiagnosticKind] = []
}
