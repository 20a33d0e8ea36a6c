/// The EU AI Act (Regulation (EU) 2024/1689) evidence rules (`--framework eu-ai-act`). Most apply to
/// high-risk systems only and are not applicable for other risk categories.
enum EUAIActRules {
    static let rules: [ComplianceRule] = [
        ComplianceRule(
            id: "compliance.eu-ai-act.controls-known", controls: [], severity: .error,
            summary: "a cited EU AI Act article is not in the catalog", reads: "compliance.eu_ai_act.controls[].control_id",
            check: .controlsKnown(framework: "eu-ai-act"), remediation: "cite articles as \"Art. 14\""),
        ComplianceRule(
            id: "compliance.eu-ai-act.claimed-status", controls: [], severity: .error,
            summary: "the claimed EU AI Act status is contradicted by failing controls", reads: "compliance.eu_ai_act.status",
            check: .claimedStatus(framework: "eu-ai-act"), remediation: "fix the failing articles, or claim what is true"),
        ComplianceRule(
            id: "compliance.eu-ai-act.risk-category", controls: ["Art. 5", "Art. 6"], severity: .error,
            summary: "the risk category is missing, unknown or prohibited", reads: "compliance.eu_ai_act.risk_category",
            check: .riskVocabulary(.euAIAct), remediation: "declare high_risk, limited or minimal, with the classification's reasoning"),
        ComplianceRule(
            id: "compliance.eu-ai-act.human-oversight", controls: ["Art. 14"], severity: .error,
            summary: "people cannot override or stop the high-risk system, or nobody is assigned to",
            reads: "compliance.eu_ai_act.requirements.human_oversight.{override_capability, kill_switch, assigned_to}",
            check: .humanOversight, remediation: "provide override and stop capabilities and assign oversight to named roles",
            highRiskOnly: true),
        ComplianceRule(
            id: "compliance.eu-ai-act.destructive-actions-approved", controls: ["Art. 14", "Art. 26"], severity: .error,
            summary: "a destructive action in production runs without human approval",
            reads: "production flows, contexts and agents: destructive commands and their approvals",
            check: .destructiveApproval, remediation: "require approval (with approvers) before destructive production steps",
            highRiskOnly: true),
        ComplianceRule(
            id: "compliance.eu-ai-act.automatic-logging", controls: ["Art. 12"], severity: .error,
            summary: "the high-risk system does not record events automatically",
            reads: "audit.configuration.enabled (governance), compliance.audit / security.audit (workspace)",
            check: .auditLogging, remediation: "turn audit logging on", highRiskOnly: true),
        ComplianceRule(
            id: "compliance.eu-ai-act.log-retention", controls: ["Art. 19", "Art. 26"], severity: .error,
            summary: "logs of the high-risk system are kept less than six months",
            reads: "audit.configuration.retention_period (governance), compliance.audit.retention (workspace)",
            check: .auditRetention(minimumDays: 180), remediation: "keep logs at least six months (\"retention_period: 180d\" or more)",
            highRiskOnly: true),
        ComplianceRule(
            id: "compliance.eu-ai-act.cybersecurity-transport", controls: ["Art. 15"], severity: .error,
            summary: "traffic of the high-risk system is not protected with TLS 1.2 or later",
            reads: "TLS settings and endpoints in every document",
            check: .transportSecurity, remediation: "require TLS 1.2 or later and use https:// endpoints", highRiskOnly: true),
        ComplianceRule(
            id: "compliance.eu-ai-act.cybersecurity-encryption", controls: ["Art. 15"], severity: .error,
            summary: "data of the high-risk system is not encrypted at rest",
            reads: "encryption at rest in the governance file, security policies and workspace",
            check: .encryptionAtRest, remediation: "encrypt data at rest and say how keys are managed", highRiskOnly: true),
        ComplianceRule(
            id: "compliance.eu-ai-act.risk-management-current", controls: ["Art. 9"], severity: .warning,
            summary: "the risk management review is missing or overdue",
            reads: "compliance.eu_ai_act.requirements.risk_management.{implemented, frequency, last_review}",
            check: .activityCurrent(.euRiskManagement), remediation: "review the risks and record \"last_review\"", highRiskOnly: true),
        ComplianceRule(
            id: "compliance.eu-ai-act.serious-incident-reporting", controls: ["Art. 73"], severity: .warning,
            summary: "no serious-incident reporting deadline of at most 15 days is declared",
            reads: "incident_response.{contact, notification_deadlines.serious_incident}",
            check: .incidentDeadline(.euSeriousIncident), remediation: "declare \"serious_incident: 15d\" (or sooner) and a contact",
            highRiskOnly: true),
    ]
}
