import OAASCore

/// Renders a compliance report as JSON (`schemaVersion` 1, documented in `docs/compliance.md`): per
/// framework the catalog, claim, score and counts, the declaration rules and every control with the
/// results of the rules that cover it; failures are diagnostics in the `validate --format json` shape.
public enum ComplianceJSONReporter {
    /// Renders a report.
    public static func render(_ report: ComplianceReport, version: String) -> String {
        JSON.object([
            ("schemaVersion", .int(1)),
            ("tool", .string("oaas")),
            ("version", .string(version)),
            ("command", .string("compliance-check")),
            ("asOf", .string(report.asOf.text)),
            ("workspaceErrors", .array(report.frontEnd.map(JSONReporter.json))),
            ("frameworks", .array(report.frameworks.map(framework))),
            ("diagnostics", .array(report.diagnostics.map(JSONReporter.json))),
        ]).rendered()
    }

    private static func framework(_ report: FrameworkReport) -> JSON {
        .object([
            ("framework", .string(report.key)),
            ("title", .string(report.catalog.title)),
            ("catalogVersion", .string(report.catalog.version)),
            ("catalogReviewed", report.catalog.reviewed.map { .string($0) } ?? .null),
            ("claimedStatus", report.claimedStatus.map(evidence) ?? .null),
            ("notApplicable", report.notApplicable.map(evidence) ?? .null),
            ("score", report.score.map { .int($0) } ?? .null),
            ("counts", .object(ControlStatus.allCases.map { ($0.rawValue, .int(report.count($0))) })),
            ("declarations", .array(report.declarations.map(rule))),
            ("controls", .array(report.controls.map(control))),
        ])
    }

    private static func control(_ control: ControlResult) -> JSON {
        .object([
            ("control", .string(control.label)),
            ("title", .string(control.title)),
            ("status", .string(control.status.rawValue)),
            ("claim", control.claim.map(evidence) ?? .null),
            ("rules", .array(control.rules.map(rule))),
        ])
    }

    private static func rule(_ result: RuleResult) -> JSON {
        .object([
            ("rule", .string(result.rule.id)),
            ("severity", .string(result.rule.severity.rawValue)),
            ("status", .string(result.outcome.status.rawValue)),
            ("evidence", .array(ComplianceWording.evidence(result.outcome).map(evidence))),
            ("failures", .array(result.diagnostics.map(JSONReporter.json))),
            ("remediation", .string(result.rule.remediation)),
        ])
    }

    private static func evidence(_ item: ComplianceEvidence) -> JSON {
        var entries: [(String, JSON)] = [("text", .string(item.text))]
        if let range = item.range {
            entries += [("file", .string(range.file)), ("line", .int(range.start.line)), ("column", .int(range.start.column))]
        }
        return .object(entries)
    }
}
