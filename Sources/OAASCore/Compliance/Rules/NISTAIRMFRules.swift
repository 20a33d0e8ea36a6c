/// The NIST AI RMF 1.0 evidence rules (`--framework nist-ai-rmf`).
enum NISTAIRMFRules {
    static let rules: [ComplianceRule] = [
        ComplianceRule(
            id: "compliance.nist-ai-rmf.controls-known", controls: [], severity: .error,
            summary: "a cited AI RMF subcategory does not exist",
            reads: "compliance.nist_ai_rmf.controls[].control_id, functions.*.subcategories[].id",
            check: .controlsKnown(framework: "nist-ai-rmf"), remediation: "cite subcategories as the Core numbers them (GOVERN 1.1, MAP 3.5)"),
        ComplianceRule(
            id: "compliance.nist-ai-rmf.claimed-status", controls: [], severity: .error,
            summary: "the claimed AI RMF status is contradicted by failing controls", reads: "compliance.nist_ai_rmf.status",
            check: .claimedStatus(framework: "nist-ai-rmf"), remediation: "fix the failing subcategories, or claim what is true"),
        ComplianceRule(
            id: "compliance.nist-ai-rmf.no-tiers", controls: [], severity: .warning,
            summary: "the AI RMF claim uses tiers, which the AI RMF does not define", reads: "compliance.nist_ai_rmf.maturity_level",
            check: .riskVocabulary(.nistAIRMF), remediation: "describe \"current_profile\" and \"target_profile\" instead of a tier"),
        ComplianceRule(
            id: "compliance.nist-ai-rmf.functions-addressed", controls: [], severity: .warning,
            summary: "not every AI RMF function is addressed", reads: "compliance.nist_ai_rmf.functions.{govern, map, measure, manage}",
            check: .rmfFunctions, remediation: "address GOVERN, MAP, MEASURE and MANAGE under \"functions\""),
        ComplianceRule(
            id: "compliance.nist-ai-rmf.governance-review-current", controls: ["GOVERN 1.5"], severity: .warning,
            summary: "the periodic review of AI risk management is missing or overdue",
            reads: "compliance.nist_ai_rmf.functions.govern.{review_frequency, last_review}",
            check: .activityCurrent(.rmfGovernReview), remediation: "hold the review and record \"last_review\""),
        ComplianceRule(
            id: "compliance.nist-ai-rmf.risk-assessment-current", controls: ["MAP 5.1", "MANAGE 1.2"], severity: .warning,
            summary: "the risk assessment is missing or overdue", reads: "risk_management.assessment.{frequency, last_assessment}",
            check: .activityCurrent(.riskAssessment), remediation: "assess the risks and record \"last_assessment\""),
        ComplianceRule(
            id: "compliance.nist-ai-rmf.monitoring", controls: ["MEASURE 2.4"], severity: .warning,
            summary: "production behaviour is not recorded",
            reads: "audit.configuration.enabled (governance), compliance.audit / security.audit (workspace)",
            check: .auditLogging, remediation: "turn audit logging on"),
        ComplianceRule(
            id: "compliance.nist-ai-rmf.security-transport", controls: ["MEASURE 2.7"], severity: .error,
            summary: "traffic is not protected with TLS 1.2 or later", reads: "TLS settings and endpoints in every document",
            check: .transportSecurity, remediation: "require TLS 1.2 or later and use https:// endpoints"),
        ComplianceRule(
            id: "compliance.nist-ai-rmf.security-encryption", controls: ["MEASURE 2.7"], severity: .error,
            summary: "stored data is not encrypted", reads: "encryption at rest in the governance file, security policies and workspace",
            check: .encryptionAtRest, remediation: "encrypt data at rest and say how keys are managed"),
        ComplianceRule(
            id: "compliance.nist-ai-rmf.security-testing-current", controls: ["MEASURE 2.7"], severity: .warning,
            summary: "the penetration test is missing or overdue",
            reads: "security.vulnerability_management.penetration_testing.{frequency, last_test}",
            check: .activityCurrent(.penetrationTest), remediation: "run the penetration test and record \"last_test\""),
        ComplianceRule(
            id: "compliance.nist-ai-rmf.destructive-oversight", controls: ["MAP 3.5", "MANAGE 2.4"], severity: .error,
            summary: "a destructive action in production runs without human approval",
            reads: "production flows, contexts and agents: destructive commands and their approvals",
            check: .destructiveApproval, remediation: "require approval (with approvers) before destructive production steps"),
        ComplianceRule(
            id: "compliance.nist-ai-rmf.deactivation", controls: ["MANAGE 2.4"], severity: .error,
            summary: "nobody can override or stop the system",
            reads: "compliance.eu_ai_act.requirements.human_oversight.{override_capability, kill_switch, assigned_to}",
            check: .humanOversight, remediation: "declare override and stop capabilities and who holds them"),
        ComplianceRule(
            id: "compliance.nist-ai-rmf.segregation-of-duties", controls: ["GOVERN 2.1"], severity: .warning,
            summary: "a requester may approve their own production change",
            reads: "compliance.sox.controls.change_management, approval settings in every document",
            check: .segregationOfDuties, remediation: "set \"allow_self_approval: false\" and name approvers other than the requester"),
    ]
}
