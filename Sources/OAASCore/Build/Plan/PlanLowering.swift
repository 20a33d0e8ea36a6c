/// The resolved plan lowered from the workspace. (Being written.)
public enum PlanLowering {
    /// The diagnostics of this lowering.
    public static let kinds: [DiagnosticKind] = []
}
