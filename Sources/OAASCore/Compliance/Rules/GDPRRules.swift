/// The GDPR (Regulation (EU) 2016/679) evidence rules (`--framework gdpr`).
enum GDPRRules {
    static let rules: [ComplianceRule] = [
        ComplianceRule(
            id: "compliance.gdpr.controls-known", controls: [], severity: .error,
            summary: "a cited GDPR article is not in the catalog", reads: "compliance.gdpr.controls[].control_id",
            check: .controlsKnown(framework: "gdpr"), remediation: "cite articles as \"Art. 32\""),
        ComplianceRule(
            id: "compliance.gdpr.claimed-status", controls: [], severity: .error,
            summary: "the claimed GDPR status is contradicted by failing controls", reads: "compliance.gdpr.status",
            check: .claimedStatus(framework: "gdpr"), remediation: "fix the failing articles, or claim what is true"),
        ComplianceRule(
            id: "compliance.gdpr.accountability-logging", controls: ["Art. 5"], severity: .warning,
            summary: "processing is not recorded, so compliance cannot be demonstrated",
            reads: "audit.configuration.enabled (governance), compliance.audit / security.audit (workspace)",
            check: .auditLogging, remediation: "turn audit logging on"),
        ComplianceRule(
            id: "compliance.gdpr.security-transport", controls: ["Art. 32"], severity: .error,
            summary: "personal data in transit is not protected with TLS 1.2 or later", reads: "TLS settings and endpoints in every document",
            check: .transportSecurity, remediation: "require TLS 1.2 or later and use https:// endpoints"),
        ComplianceRule(
            id: "compliance.gdpr.security-encryption", controls: ["Art. 32"], severity: .error,
            summary: "personal data at rest is not encrypted", reads: "encryption at rest in the governance file, security policies and workspace",
            check: .encryptionAtRest, remediation: "encrypt data at rest and say how keys are managed"),
        ComplianceRule(
            id: "compliance.gdpr.security-testing-current", controls: ["Art. 32"], severity: .warning,
            summary: "security measures are not tested regularly",
            reads: "security.vulnerability_management.penetration_testing.{frequency, last_test}",
            check: .activityCurrent(.penetrationTest), remediation: "run the test and record \"last_test\""),
        ComplianceRule(
            id: "compliance.gdpr.data-residency", controls: ["Art. 24"], severity: .error,
            summary: "a deployment or backup region is outside the allowed regions",
            reads: "data_governance.privacy.data_residency.allowed_regions; deployment, backup and cloud regions",
            check: .dataResidency, remediation: "deploy only to allowed regions, or allow the region after review"),
        ComplianceRule(
            id: "compliance.gdpr.transfer-mechanism", controls: ["Art. 44"], severity: .error,
            summary: "personal data leaves the EEA without a declared transfer mechanism",
            reads: "data_governance.privacy.data_residency.{transfers, cross_border_transfers}; regions and suppliers' processing regions",
            check: .internationalTransfers, remediation: "declare the transfer (\"mechanism: scc\" with a \"reference\") or keep the data in the EEA"),
        ComplianceRule(
            id: "compliance.gdpr.breach-notification", controls: ["Art. 33"], severity: .error,
            summary: "no breach notification deadline of at most 72 hours is declared",
            reads: "incident_response.{contact, notification_deadlines.personal_data_breach}",
            check: .incidentDeadline(.gdprBreach), remediation: "declare \"personal_data_breach: 72h\" (or sooner) and a contact"),
        ComplianceRule(
            id: "compliance.gdpr.processor-contracts", controls: ["Art. 28"], severity: .error,
            summary: "a supplier processing personal data has no data processing agreement", reads: "suppliers[].dpa (workspace)",
            check: .supplierAgreements(.dpa), remediation: "sign a DPA with the supplier, or stop sending it personal data"),
    ]
}
