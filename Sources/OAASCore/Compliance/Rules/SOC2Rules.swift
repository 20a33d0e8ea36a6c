/// The SOC 2 Trust Services Criteria evidence rules (`--framework soc2`).
enum SOC2Rules {
    static let rules: [ComplianceRule] = [
        ComplianceRule(
            id: "compliance.soc2.controls-known", controls: [], severity: .error,
            summary: "a cited SOC 2 criterion does not exist", reads: "compliance.soc2.controls[].control_id",
            check: .controlsKnown(framework: "soc2"), remediation: "cite criteria as \"CC6.1\""),
        ComplianceRule(
            id: "compliance.soc2.claimed-status", controls: [], severity: .error,
            summary: "the claimed SOC 2 status is contradicted by failing controls", reads: "compliance.soc2.status",
            check: .claimedStatus(framework: "soc2"), remediation: "fix the failing criteria, or claim what is true"),
        ComplianceRule(
            id: "compliance.soc2.report-current", controls: [], severity: .error,
            summary: "the SOC 2 report or attestation has expired", reads: "compliance.soc2.valid_until, certification.active_certifications[]",
            check: .certificationCurrent(.soc2), remediation: "complete the next audit period, or change the claimed status"),
        ComplianceRule(
            id: "compliance.soc2.mfa-privileged", controls: ["CC6.1"], severity: .error,
            summary: "privileged users can sign in without MFA", reads: "MFA settings in the governance file, security policies and workspace",
            check: .privilegedMFA, remediation: "require MFA for every privileged role"),
        ComplianceRule(
            id: "compliance.soc2.encryption-at-rest", controls: ["CC6.1", "C1.1"], severity: .error,
            summary: "stored data is not encrypted", reads: "encryption at rest in the governance file, security policies and workspace",
            check: .encryptionAtRest, remediation: "encrypt data at rest and say how keys are managed"),
        ComplianceRule(
            id: "compliance.soc2.transmission-protection", controls: ["CC6.7"], severity: .error,
            summary: "traffic is not protected with TLS 1.2 or later", reads: "TLS settings and endpoints in every document",
            check: .transportSecurity, remediation: "require TLS 1.2 or later and use https:// endpoints"),
        ComplianceRule(
            id: "compliance.soc2.monitoring", controls: ["CC7.2"], severity: .error,
            summary: "security events are not recorded",
            reads: "audit.configuration.enabled (governance), compliance.audit / security.audit (workspace)",
            check: .auditLogging, remediation: "turn audit logging on"),
        ComplianceRule(
            id: "compliance.soc2.log-retention", controls: ["CC7.2"], severity: .warning,
            summary: "audit records are kept less than a year (the usual Type 2 observation window)",
            reads: "audit.configuration.retention_period (governance), compliance.audit.retention (workspace)",
            check: .auditRetention(minimumDays: 365), remediation: "keep audit records at least a year"),
        ComplianceRule(
            id: "compliance.soc2.change-approval", controls: ["CC8.1"], severity: .error,
            summary: "a destructive production change runs without approval",
            reads: "production flows, contexts and agents: destructive commands and their approvals",
            check: .destructiveApproval, remediation: "require approval (with approvers) before destructive production steps"),
        ComplianceRule(
            id: "compliance.soc2.change-segregation", controls: ["CC8.1", "CC6.3"], severity: .error,
            summary: "a requester may approve their own production change",
            reads: "compliance.sox.controls.change_management, approval settings in every document",
            check: .segregationOfDuties, remediation: "set \"allow_self_approval: false\" and name approvers other than the requester"),
        ComplianceRule(
            id: "compliance.soc2.risk-assessment-current", controls: ["CC3.2"], severity: .warning,
            summary: "the risk assessment is missing or overdue", reads: "risk_management.assessment.{frequency, last_assessment}",
            check: .activityCurrent(.riskAssessment), remediation: "assess the risks and record \"last_assessment\""),
        ComplianceRule(
            id: "compliance.soc2.security-testing-current", controls: ["CC4.1"], severity: .warning,
            summary: "the penetration test is missing or overdue",
            reads: "security.vulnerability_management.penetration_testing.{frequency, last_test}",
            check: .activityCurrent(.penetrationTest), remediation: "run the test and record \"last_test\""),
    ]
}
