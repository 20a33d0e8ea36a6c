/// Audit logging is on: the governance file's `audit.configuration.enabled` or the workspace's
/// `compliance.audit` / `security.audit`, and no production document turns it off.
enum AuditLoggingCheck {
    static let explanation = """
        Who ran which agent, which tool calls it made and who approved them must be recorded. Passes when \
        the governance file or the workspace turns audit logging on and no production document turns it \
        off (the `security.audit-disabled` findings of `oaas security-scan`).
        """
    static let example = """
        audit:
          configuration:
            enabled: false
        """

    /// Every audit switch the workspace declares, with where: governance first, then workspaces.
    static func switches(_ facts: ComplianceFacts) -> [(enabled: Located<Bool>, what: String)] {
        var result: [(enabled: Located<Bool>, what: String)] = []
        for (resource, model) in facts.governance {
            if let enabled = model.audit?.enabled { result.append((enabled, "audit.configuration.enabled")) }
            let trail = ComplianceReading.value(resource.document["spec"], ["compliance", "sox", "controls", "audit_trail", "enabled"])
            if let trail, let bool = trail.bool { result.append((Located(bool, trail.range), "compliance.sox.controls.audit_trail.enabled")) }
        }
        for (_, model) in facts.workspaces {
            if let enabled = model.compliance?.audit?.enabled { result.append((enabled, "compliance.audit.enabled")) }
            if let enabled = model.security?.audit?.enabled { result.append((enabled, "security.audit.enabled")) }
        }
        return result
    }

    static func run(_ facts: ComplianceFacts) -> CheckOutcome {
        var findings = facts.findings([.securityAuditDisabled])
        var evidence: [ComplianceEvidence] = []
        for (enabled, what) in switches(facts) {
            if enabled.value {
                evidence.append(ComplianceEvidence("audit logging on (\"\(what): true\")", at: enabled.range))
            } else if !findings.contains(where: { $0.range == enabled.range }) {
                findings.append(ComplianceFinding("\"\(what): false\" turns audit logging off", at: enabled.range))
            }
        }
        return .decided(findings: findings, evidence: evidence, missing: "no audit logging is declared (\"audit.configuration.enabled\" in the governance file or \"compliance.audit\" in the workspace)")
    }
}
