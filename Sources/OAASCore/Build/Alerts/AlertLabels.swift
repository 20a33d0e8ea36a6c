/// The labels and annotations every rule gets.
struct CommonLabels {
    /// The workspace's organization, when it names one.
    let organization: String?
    /// Variables for `${…}` in carried text.
    let variables: ProvidedVariables

    /// `severity` as written (routing in the workspace's own alerting, such as the Slack channels that
    /// take `critical` and `high`, depends on the exact words), `team`, `organization`, `channels` (a
    /// label, so that Alertmanager can route on it), then the rule's own labels, which win.
    func labels(for definition: AlertDefinition, into diagnostics: inout [Diagnostic]) -> [(String, String)] {
        var labels: [String: String] = [:]
        if let severity = definition.severity { labels["severity"] = severity }
        if let team = definition.team { labels["team"] = team }
        if let organization { labels["organization"] = organization }
        if !definition.channels.isEmpty { labels["channels"] = definition.channels.joined(separator: ",") }
        for (key, value) in definition.labels {
            guard Self.isValidLabelName(key.value) else {
                diagnostics.append(Diagnostic(
                    Self.invalidLabel,
                    "label \"\(key.value)\" of alert \"\(definition.name.value)\" is not a Prometheus label name; it is left out",
                    at: key.range, path: definition.rule.path.appending(key: "labels").appending(key: key.value)))
                continue
            }
            labels[key.value] = AlertText.safe(value, variables: variables)
        }
        return labels.keys.sorted().map { ($0, labels[$0]!) }
    }

    /// `summary` (the condition as written when the rule has none), `description`, `runbook_url` and the
    /// rule's own annotations.
    func annotations(for definition: AlertDefinition, condition: String) -> [(String, String)] {
        var annotations: [String: String] = [:]
        for (key, value) in definition.annotations { annotations[key] = AlertText.safe(value, variables: variables) }
        if annotations["summary"] == nil {
            let written = definition.expression?.text ?? condition
            annotations["summary"] = AlertText.safe("\(definition.name.value): \(written)", variables: variables)
        }
        return annotations.keys.sorted().map { ($0, annotations[$0]!) }
    }

    /// `[a-zA-Z_][a-zA-Z0-9_]*`, not starting with `__` (reserved for Prometheus).
    static func isValidLabelName(_ name: String) -> Bool {
        guard let first = name.first, first.isASCII, first.isLetter || first == "_", !name.hasPrefix("__") else { return false }
        return name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }

    static let invalidLabel = DiagnosticKind(
        id: "build.invalid-alert-label", severity: .warning,
        summary: "An alert rule's label name cannot be a Prometheus label",
        explanation: """
            Prometheus label names are letters, digits and underscores, not starting with a digit, and names \
            starting with `__` are reserved. `promtool check rules` rejects a rules file with any other label \
            name, so `oaas build --target prometheus` leaves the label out of the alert and reports it here.
            """,
        example: """
            alerting:
              rules:
                - alert: BudgetExceeded
                  expr: "sum(daily_spend_usd) > 1000"
                  labels:
                    cost-center: cc-4100   # not a label name
            """,
        remediation: "Rename the label with underscores (`cost_center`).")
}
