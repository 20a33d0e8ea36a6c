/// Alert rules the workspace implies without writing them: from its service-level objectives, its
/// per-team and per-organization budgets and its approval timeouts. Each is generated only when a
/// declared metric can carry it (a cost metric with a `team` label, an approvals counter with a
/// `status` label); no metric name is ever made up.
enum DerivedAlerts {
    /// A group of derived rules.
    struct Group {
        let name: String
        let rules: [AlertTranslation.Rule]
    }

    /// Every derived group, and the objectives that could not be translated.
    static func groups(
        _ context: BuildContext, catalog: MetricCatalog, organization: String?
    ) -> (groups: [Group], diagnostics: [Diagnostic]) {
        let project = context.result.project
        var groups: [Group] = []
        let objectives = ObjectiveAlerts.rules(project, catalog: catalog, organization: organization, variables: context.variables)
        groups += objectives.groups
        let budgets = BudgetAlerts.rules(project, catalog: catalog, organization: organization)
        if !budgets.isEmpty { groups.append(Group(name: "oaas/budgets", rules: budgets)) }
        let approvals = ApprovalAlerts.rules(project, catalog: catalog, organization: organization)
        if !approvals.isEmpty { groups.append(Group(name: "oaas/approvals", rules: approvals)) }
        return (groups, objectives.diagnostics)
    }

    /// A rule from its parts; labels and annotations are sorted by name, and labels without a value left out.
    static func rule(
        _ alert: String, _ expression: PromQLExpr, for duration: Duration? = nil,
        labels: [String: String?], annotations: [String: String]
    ) -> AlertTranslation.Rule {
        var kept: [(String, String)] = []
        for key in labels.keys.sorted() {
            if let value = labels[key] ?? nil { kept.append((key, value)) }
        }
        return AlertTranslation.Rule(
            alert: alert, expression: expression, expressionText: expression.rendered, forDuration: duration,
            labels: kept, annotations: annotations.keys.sorted().map { ($0, annotations[$0]!) }, origin: .derived)
    }

    /// `sum by (label) (inner)`.
    static func sum(by labels: [String], _ inner: PromQLExpr) -> PromQLExpr {
        .aggregate(op: "sum", grouping: labels.isEmpty ? nil : PromQLGrouping(without: false, labels: labels), parameter: nil, body: inner)
    }

    /// `lhs op number`.
    static func compare(_ lhs: PromQLExpr, _ op: String, _ value: Double) -> PromQLExpr {
        .binary(op: op, lhs: lhs, rhs: .number(PromQLNumber(value)), modifiers: PromQLBinaryModifiers())
    }

    /// `orchestration-latency` → `OrchestrationLatency`.
    static func camelCase(_ name: String) -> String {
        var result = ""
        for word in name.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) }) {
            result += word.prefix(1).uppercased() + word.dropFirst()
        }
        return result.isEmpty ? "Objective" : result
    }

    /// A share as people write it: 0.8 → `80%`.
    static func percent(_ fraction: Double) -> String { PromQLNumber.format(fraction * 100) + "%" }
}
