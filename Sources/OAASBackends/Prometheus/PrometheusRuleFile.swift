import OAASCore

/// Writes alert rule groups as a Prometheus rules file and as a `PrometheusRule` resource, from one JSON
/// tree, so that the two always hold the same groups.
enum PrometheusRuleFile {
    /// The namespace of the `PrometheusRule`: the Prometheus Operator's conventional `monitoring`, where
    /// its `ruleNamespaceSelector` looks by default in kube-prometheus. The rules are the workspace's, not
    /// an environment's, so one resource serves every environment.
    static let namespace = "monitoring"

    /// The `groups` list.
    static func groups(_ groups: [AlertTranslation.Group]) -> JSON {
        .array(groups.map { group in
            .object([("name", .string(group.name)), ("rules", .array(group.rules.map(rule)))])
        })
    }

    static func rule(_ rule: AlertTranslation.Rule) -> JSON {
        var members: [(String, JSON)] = [("alert", .string(rule.alert)), ("expr", .string(rule.expressionText))]
        if let duration = rule.forDuration, duration.milliseconds > 0 { members.append(("for", .string(duration.description))) }
        if !rule.labels.isEmpty { members.append(("labels", .object(rule.labels.map { ($0.0, .string($0.1)) }))) }
        if !rule.annotations.isEmpty { members.append(("annotations", .object(rule.annotations.map { ($0.0, .string($0.1)) }))) }
        return .object(members)
    }

    /// `rules.yaml`, for `promtool check rules` and Prometheus's `rule_files`.
    static func rulesFile(_ groups: JSON) -> String {
        "# Prometheus alert rules of the workspace, written by `oaas build --target prometheus`.\n"
            + YAMLWriter.document(.object([("groups", groups)]))
    }

    /// `prometheus-rule.yaml`, for the Prometheus Operator.
    static func resource(_ groups: JSON, name: String) -> String {
        YAMLWriter.document(.object([
            ("apiVersion", .string("monitoring.coreos.com/v1")),
            ("kind", .string("PrometheusRule")),
            ("metadata", .object([
                ("name", .string(name)),
                ("namespace", .string(namespace)),
                ("labels", .object([
                    ("app.kubernetes.io/managed-by", .string("oaas")),
                    ("role", .string("alert-rules")),
                ])),
            ])),
            ("spec", .object([("groups", groups)])),
        ]))
    }
}
