/// Audit records are kept at least as long as the framework requires: every retention the governance
/// file and the workspace declare for audit records.
enum AuditRetentionCheck {
    static let explanation = """
        Audit records must be kept at least as long as the framework requires: HIPAA six years \
        (§164.316(b)(2)(i)), SOX seven years (as the issuer's policy: the legal duty under 17 CFR 210.2-06 \
        is the auditor's), EU AI Act logs of high-risk systems six months (Art. 19 and 26(6)), SOC 2 a \
        year by convention. A year counts as 365 days and a month as 30, so `2190d` meets six years. \
        Every declared audit retention must meet the minimum.
        """
    static let example = """
        audit:
          configuration:
            retention_period: 90d
        """

    static func run(_ facts: ComplianceFacts, minimumDays: Int) -> CheckOutcome {
        var declared: [(retention: Located<Duration>, what: String)] = []
        for (_, model) in facts.governance {
            if let retention = model.audit?.retention { declared.append((retention, "audit.configuration.retention_period")) }
            if let retention = model.sox?.auditTrailRetention { declared.append((retention, "compliance.sox.controls.audit_trail.retention")) }
        }
        for (_, model) in facts.workspaces {
            if let retention = model.compliance?.audit?.retention { declared.append((retention, "compliance.audit.retention")) }
            if let retention = model.security?.audit?.retention { declared.append((retention, "security.audit.retention")) }
        }
        let required = ComplianceReading.describe(days: minimumDays)
        guard !declared.isEmpty else {
            return .fail([ComplianceFinding("no audit retention is declared; at least \(required) is required", at: nil)])
        }
        var evidence: [ComplianceEvidence] = []
        var findings: [ComplianceFinding] = []
        for (retention, what) in declared {
            let days = ComplianceReading.days(retention.value)
            if days < minimumDays {
                findings.append(ComplianceFinding(
                    "\"\(what)\" keeps audit records \(ComplianceReading.describe(days: days)); at least \(required) is required",
                    at: retention.range))
            } else {
                evidence.append(ComplianceEvidence(
                    "audit records kept \(ComplianceReading.describe(days: days)) (\"\(what)\"), at least \(required)", at: retention.range))
            }
        }
        return findings.isEmpty ? .pass(evidence) : .fail(findings)
    }
}
