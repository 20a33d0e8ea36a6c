import OAASCore

/// The `grafana` target of `oaas build`: one dashboard JSON per dashboard the workspace declares, the
/// generated platform overview, and the file-provisioning configuration that loads them.
///
/// ```
/// grafana/dashboards/<uid>.json
/// grafana/provisioning/dashboards.yaml
/// ```
///
/// A workspace that declares no dashboards and no metric the overview can use gets no files at all.
public enum GrafanaBackend {
    /// Builds the target's artifacts.
    @Sendable public static func build(_ context: BuildContext) -> BuildOutput {
        let lowered = DashboardLowering.lower(context)
        guard !lowered.dashboards.isEmpty else { return BuildOutput(diagnostics: lowered.diagnostics) }
        var artifacts: [Artifact] = []
        for dashboard in lowered.dashboards {
            artifacts.append(Artifact(
                path: "\(BuildTarget.grafana.folder)/dashboards/\(dashboard.uid).json",
                contents: GrafanaDashboardJSON.render(dashboard).rendered()))
        }
        artifacts.append(Artifact(
            path: "\(BuildTarget.grafana.folder)/provisioning/dashboards.yaml",
            contents: GrafanaProvisioning.render(workspaceName: lowered.workspaceName)))
        return BuildOutput(artifacts: artifacts, diagnostics: lowered.diagnostics)
    }
}
