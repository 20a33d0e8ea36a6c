/// The SOX IT general control evidence rules (`--framework sox`).
enum SOXRules {
    static let rules: [ComplianceRule] = [
        ComplianceRule(
            id: "compliance.sox.controls-known", controls: [], severity: .error,
            summary: "a cited SOX control is not in the catalog", reads: "compliance.sox.controls[].control_id",
            check: .controlsKnown(framework: "sox"), remediation: "cite SOX sections or ITGC domains as the catalog names them (ITGC-CM)"),
        ComplianceRule(
            id: "compliance.sox.claimed-status", controls: [], severity: .error,
            summary: "the claimed SOX status is contradicted by failing controls", reads: "compliance.sox.status",
            check: .claimedStatus(framework: "sox"), remediation: "fix the failing controls, or claim what is true"),
        ComplianceRule(
            id: "compliance.sox.segregation-of-duties", controls: ["ITGC-CM"], severity: .error,
            summary: "production changes need no approval, or requesters may approve their own",
            reads: "compliance.sox.controls.change_management.{approval_required, min_approvals, allow_self_approval, requester_excluded}",
            check: .segregationOfDuties, remediation: "require at least one approval by someone other than the requester"),
        ComplianceRule(
            id: "compliance.sox.destructive-actions-approved", controls: ["ITGC-CM", "ITGC-OPS"], severity: .error,
            summary: "a destructive action in production runs without approval",
            reads: "production flows, contexts and agents: destructive commands and their approvals",
            check: .destructiveApproval, remediation: "require approval (with approvers) before destructive production steps"),
        ComplianceRule(
            id: "compliance.sox.access-review-current", controls: ["ITGC-AC"], severity: .error,
            summary: "the access review is missing or overdue",
            reads: "compliance.sox.controls.access_control.{review_frequency, last_review}",
            check: .activityCurrent(.soxAccessReview), remediation: "review access and record \"last_review\""),
        ComplianceRule(
            id: "compliance.sox.privileged-mfa", controls: ["ITGC-AC"], severity: .error,
            summary: "privileged users can sign in without MFA", reads: "MFA settings in the governance file, security policies and workspace",
            check: .privilegedMFA, remediation: "require MFA for every privileged role"),
        ComplianceRule(
            id: "compliance.sox.audit-trail", controls: ["ITGC-OPS"], severity: .error,
            summary: "the audit trail is off or undeclared",
            reads: "audit.configuration.enabled (governance), compliance.audit / security.audit (workspace)",
            check: .auditLogging, remediation: "turn audit logging on"),
        ComplianceRule(
            id: "compliance.sox.audit-retention", controls: ["ITGC-OPS", "SOX §802"], severity: .error,
            summary: "audit records are kept less than seven years (the issuer's policy behind §802; the legal duty of 17 CFR 210.2-06 is the auditor's)",
            reads: "audit.configuration.retention_period (governance), compliance.audit.retention (workspace)",
            check: .auditRetention(minimumDays: 7 * 365), remediation: "keep audit records at least seven years (\"retention_period: 7y\")"),
        ComplianceRule(
            id: "compliance.sox.transport-security", controls: ["ITGC-OPS"], severity: .error,
            summary: "traffic is not protected with TLS 1.2 or later", reads: "TLS settings and endpoints in every document",
            check: .transportSecurity, remediation: "require TLS 1.2 or later and use https:// endpoints"),
    ]
}
