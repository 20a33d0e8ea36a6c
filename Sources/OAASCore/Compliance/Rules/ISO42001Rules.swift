/// The ISO/IEC 42001:2023 evidence rules (`--framework iso-42001`).
enum ISO42001Rules {
    static let rules: [ComplianceRule] = [
        ComplianceRule(
            id: "compliance.iso-42001.controls-known", controls: [], severity: .error,
            summary: "a cited ISO/IEC 42001 control does not exist", reads: "compliance.iso_42001.controls[].control_id",
            check: .controlsKnown(framework: "iso-42001"), remediation: "cite Annex A controls (A.6.2.8) or clauses (6.1.2), not objectives (A.6.2)"),
        ComplianceRule(
            id: "compliance.iso-42001.claimed-status", controls: [], severity: .error,
            summary: "the claimed ISO/IEC 42001 status is contradicted by failing controls", reads: "compliance.iso_42001.status",
            check: .claimedStatus(framework: "iso-42001"), remediation: "fix the failing controls, or claim what is true (\"in_progress\")"),
        ComplianceRule(
            id: "compliance.iso-42001.certificate-valid", controls: [], severity: .error,
            summary: "the ISO/IEC 42001 certificate has expired or misses its surveillance audit",
            reads: "compliance.iso_42001.{status, valid_until, last_surveillance_audit}, certification.active_certifications[]",
            check: .certificationCurrent(.iso42001), remediation: "renew the certificate or record the surveillance audit, or change the claimed status"),
        ComplianceRule(
            id: "compliance.iso-42001.no-levels", controls: [], severity: .note,
            summary: "an ISO/IEC 42001 claim carries a level the standard does not define", reads: "compliance.iso_42001.level",
            check: .riskVocabulary(.iso42001), remediation: "remove \"level\" from the claim; keep internal ratings elsewhere"),
        ComplianceRule(
            id: "compliance.iso-42001.risk-assessment-current", controls: ["6.1.2", "8.2"], severity: .error,
            summary: "the AI risk assessment is missing or overdue",
            reads: "compliance.iso_42001.requirements.risk_assessment.{implemented, frequency, last_assessment}",
            check: .activityCurrent(.isoRiskAssessment), remediation: "carry out the risk assessment and record \"last_assessment\""),
        ComplianceRule(
            id: "compliance.iso-42001.impact-assessment-current", controls: ["6.1.4", "8.4", "A.5.2"], severity: .warning,
            summary: "the AI system impact assessment is missing or overdue",
            reads: "compliance.iso_42001.requirements.impact_assessment.{implemented, frequency, last_assessment}",
            check: .activityCurrent(.isoImpactAssessment), remediation: "carry out the impact assessment and record \"last_assessment\""),
        ComplianceRule(
            id: "compliance.iso-42001.internal-audit-current", controls: ["9.2"], severity: .warning,
            summary: "the AI management system's internal audit is missing or overdue",
            reads: "compliance.iso_42001.requirements.internal_audit.{frequency, last_assessment}",
            check: .activityCurrent(.isoInternalAudit), remediation: "hold the internal audit and record its date"),
        ComplianceRule(
            id: "compliance.iso-42001.management-review-current", controls: ["9.3"], severity: .warning,
            summary: "the management review is missing or overdue",
            reads: "compliance.iso_42001.requirements.management_review.{frequency, last_assessment}",
            check: .activityCurrent(.isoManagementReview), remediation: "hold the management review and record its date"),
        ComplianceRule(
            id: "compliance.iso-42001.policy-review-current", controls: ["A.2.4"], severity: .warning,
            summary: "a security or AI policy is overdue for review", reads: "security.policies[].{review_cycle, last_review}",
            check: .activityCurrent(.policyReview), remediation: "review the policy and record \"last_review\""),
        ComplianceRule(
            id: "compliance.iso-42001.event-logging", controls: ["A.6.2.8"], severity: .error,
            summary: "AI system event logging is off or undeclared",
            reads: "audit.configuration.enabled (governance), compliance.audit / security.audit (workspace), production audit switches",
            check: .auditLogging, remediation: "turn audit logging on in the governance file and every production document"),
        ComplianceRule(
            id: "compliance.iso-42001.deployment-approval", controls: ["A.6.2.5"], severity: .error,
            summary: "a destructive action in production runs without human approval",
            reads: "production flows, contexts and agents: destructive commands and their approvals",
            check: .destructiveApproval, remediation: "require approval (with approvers) before destructive production steps"),
        ComplianceRule(
            id: "compliance.iso-42001.operational-security", controls: ["A.6.2.6"], severity: .error,
            summary: "AI system operation uses TLS below 1.2 or plaintext endpoints",
            reads: "tls.min_version (SecurityPolicy), security.tls (workspace), endpoints in every document",
            check: .transportSecurity, remediation: "require TLS 1.2 or later and use https:// endpoints"),
        ComplianceRule(
            id: "compliance.iso-42001.segregation-of-duties", controls: ["A.3.2"], severity: .warning,
            summary: "a requester may approve their own production change",
            reads: "compliance.sox.controls.change_management, approval settings in every document",
            check: .segregationOfDuties, remediation: "set \"allow_self_approval: false\" and name approvers other than the requester"),
    ]
}
