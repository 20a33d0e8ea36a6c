import OAASCore

/// Words and places every compliance report uses the same way.
public enum ComplianceWording {
    /// A status as the reports write it: `PASS`, `FAIL`, `N/A`, `MANUAL`.
    public static func label(_ status: ControlStatus) -> String {
        switch status {
        case .pass: "PASS"
        case .fail: "FAIL"
        case .notApplicable: "N/A"
        case .manual: "MANUAL"
        }
    }

    /// `file:line:column`, or nil.
    public static func place(_ range: SourceRange?) -> String? {
        range.map { "\($0.file):\($0.start.line):\($0.start.column)" }
    }

    /// The rule's own name: `event-logging` of `compliance.iso-42001.event-logging`.
    public static func shortName(_ rule: ComplianceRule) -> String {
        String(rule.id.split(separator: ".").dropFirst(2).joined(separator: "."))
    }

    /// The one-line score: `8 of 10 decided controls pass (80%); 2 fail, 3 manual, 1 not applicable`.
    public static func score(_ report: FrameworkReport) -> String {
        let pass = report.count(.pass), fail = report.count(.fail)
        let rest = "\(fail) fail, \(report.count(.manual)) manual, \(report.count(.notApplicable)) not applicable"
        guard let score = report.score else { return "no control decided; \(rest)" }
        return "\(pass) of \(pass + fail) decided controls pass (\(score)%); \(rest)"
    }

    /// The evidence or reason lines of a rule result that did not fail.
    public static func evidence(_ outcome: CheckOutcome) -> [ComplianceEvidence] {
        switch outcome {
        case .pass(let evidence): evidence
        case .fail: []
        case .notApplicable(let reason), .manual(let reason): [reason]
        }
    }

    /// Whether any failure is at or above a severity, or the workspace itself has errors.
    public static func fails(_ report: ComplianceReport, at threshold: Severity) -> Bool {
        !report.frontEnd.isEmpty || report.diagnostics.contains { $0.severity >= threshold }
    }
}
