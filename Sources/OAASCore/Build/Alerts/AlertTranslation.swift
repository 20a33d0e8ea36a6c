/// Alert conditions translated into PromQL. (Being written.)
public enum AlertTranslation {
    /// The diagnostics of this lowering.
    public static let kinds: [DiagnosticKind] = []
}
