/// Every diagnostic kind `oaas build` reports beyond the compiler's: the lowerings' own findings.
public enum BuildDiagnostics {
    /// The kinds, for `DiagnosticCatalog`.
    public static let kinds: [DiagnosticKind] =
        PlanLowering.kinds + KubernetesNames.kinds + AlertTranslation.kinds + DashboardLowering.kinds
}
