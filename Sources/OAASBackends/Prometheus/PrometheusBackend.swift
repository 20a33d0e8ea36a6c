import OAASCore

/// The `prometheus` target of `oaas build`:
/// - `prometheus/rules.yaml`: a plain Prometheus rules file (`groups:`), one group per document and
///   category of alert rules, plus the groups derived from objectives, budgets and approvals;
/// - `prometheus/prometheus-rule.yaml`: the same groups as a Prometheus Operator `PrometheusRule`;
/// - `prometheus/tests/<group>.yaml`: `promtool test rules` files, for every alert a case whose series
///   fire it and one whose series do not.
///
/// What the rules are is decided by `AlertTranslation` in the core; this type only writes them.
public enum PrometheusBackend {
    /// The folder of the target.
    static let folder = BuildTarget.prometheus.folder

    /// Builds the target's artifacts.
    @Sendable public static func build(_ context: BuildContext) -> BuildOutput {
        let translation = AlertTranslation.translate(context)
        let groups = PrometheusRuleFile.groups(translation.groups)
        var artifacts = [
            Artifact(path: "\(folder)/rules.yaml", contents: PrometheusRuleFile.rulesFile(groups)),
            Artifact(path: "\(folder)/prometheus-rule.yaml", contents: PrometheusRuleFile.resource(groups, name: resourceName(context))),
        ]
        artifacts += PrometheusRuleTests.files(translation.groups).map { Artifact(path: "\(folder)/tests/\($0.name)", contents: $0.contents) }
        return BuildOutput(artifacts: artifacts, diagnostics: translation.diagnostics)
    }

    /// The `PrometheusRule`'s name: the workspace's name as a Kubernetes name, with `-alerts`.
    static func resourceName(_ context: BuildContext) -> String {
        var base: String?
        for resource in context.resources {
            if case .workspace = resource.model, let name = resource.name?.value { base = name; break }
        }
        let name = base ?? context.environments.first?.name ?? "oaas"
        return (KubernetesNames.label(name, maxLength: 56).name ?? "oaas") + "-alerts"
    }
}
