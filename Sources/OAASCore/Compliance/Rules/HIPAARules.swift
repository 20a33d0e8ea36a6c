/// The HIPAA Security Rule evidence rules (`--framework hipaa`).
enum HIPAARules {
    static let rules: [ComplianceRule] = [
        ComplianceRule(
            id: "compliance.hipaa.controls-known", controls: [], severity: .error,
            summary: "a cited HIPAA section is not in the catalog", reads: "compliance.hipaa.controls[].control_id",
            check: .controlsKnown(framework: "hipaa"), remediation: "cite sections as \"§164.312(a)(1)\""),
        ComplianceRule(
            id: "compliance.hipaa.claimed-status", controls: [], severity: .error,
            summary: "the claimed HIPAA status is contradicted by failing controls", reads: "compliance.hipaa.status",
            check: .claimedStatus(framework: "hipaa"), remediation: "fix the failing safeguards, or claim what is true"),
        ComplianceRule(
            id: "compliance.hipaa.audit-controls", controls: ["§164.312(b)"], severity: .error,
            summary: "activity in systems with ePHI is not recorded",
            reads: "audit.configuration.enabled (governance), compliance.audit / security.audit (workspace)",
            check: .auditLogging, remediation: "turn audit logging on"),
        ComplianceRule(
            id: "compliance.hipaa.documentation-retention", controls: ["§164.316(b)(2)(i)"], severity: .error,
            summary: "audit records are kept less than six years",
            reads: "audit.configuration.retention_period (governance), compliance.audit.retention (workspace)",
            check: .auditRetention(minimumDays: 6 * 365), remediation: "keep records at least six years (\"retention_period: 6y\")"),
        ComplianceRule(
            id: "compliance.hipaa.encryption-at-rest", controls: ["§164.312(a)(2)(iv)"], severity: .error,
            summary: "ePHI at rest is not encrypted", reads: "encryption at rest in the governance file, security policies and workspace",
            check: .encryptionAtRest, remediation: "encrypt data at rest and say how keys are managed"),
        ComplianceRule(
            id: "compliance.hipaa.transmission-security", controls: ["§164.312(e)(1)", "§164.312(e)(2)(i)", "§164.312(e)(2)(ii)"],
            severity: .error, summary: "ePHI in transit is not protected with TLS 1.2 or later",
            reads: "TLS settings and endpoints in every document",
            check: .transportSecurity, remediation: "require TLS 1.2 or later and use https:// endpoints"),
        ComplianceRule(
            id: "compliance.hipaa.person-authentication", controls: ["§164.312(d)"], severity: .error,
            summary: "privileged users can sign in without MFA", reads: "MFA settings in the governance file, security policies and workspace",
            check: .privilegedMFA, remediation: "require MFA for every privileged role"),
        ComplianceRule(
            id: "compliance.hipaa.risk-analysis-current", controls: ["§164.308(a)(1)(ii)(A)"], severity: .warning,
            summary: "the risk analysis is missing or overdue", reads: "risk_management.assessment.{frequency, last_assessment}",
            check: .activityCurrent(.riskAssessment), remediation: "analyse the risks and record \"last_assessment\""),
        ComplianceRule(
            id: "compliance.hipaa.evaluation-current", controls: ["§164.308(a)(8)"], severity: .warning,
            summary: "the technical evaluation (penetration test) is missing or overdue",
            reads: "security.vulnerability_management.penetration_testing.{frequency, last_test}",
            check: .activityCurrent(.penetrationTest), remediation: "run the test and record \"last_test\""),
        ComplianceRule(
            id: "compliance.hipaa.business-associates", controls: ["§164.308(b)(1)", "§164.314(a)(1)"], severity: .error,
            summary: "a supplier has no business associate agreement", reads: "suppliers[].baa (workspace)",
            check: .supplierAgreements(.baa), remediation: "sign a BAA with the supplier, or stop sending it ePHI"),
    ]
}
