/// Kubernetes names for workspace names. (Being written.)
public enum KubernetesNames {
    /// The diagnostics of this lowering.
    public static let kinds: [DiagnosticKind] = []
}
