/// Dashboards and panels lowered from the workspace. (Being written.)
public enum DashboardLowering {
    /// The diagnostics of this lowering.
    public static let kinds: [DiagnosticKind] = []
}
