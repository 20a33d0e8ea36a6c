/// The OAAS `GovernanceConfiguration` kind (governance.yml): compliance frameworks, security governance,
/// audit, data governance, risk management and certifications. Keys follow seed `003_…` and the
/// enterprise example it describes (`examples/06-workspace-enterprise/governance.yml`); the
/// per-framework sections are in `GovernanceSchema+Frameworks.swift`.
enum GovernanceSchema {
    /// How often something happens: a word such as `quarterly`, or a duration (bare numbers are days).
    static let frequency: Shape = .either([
        .oneOfWords([
            "continuous", "real-time", "hourly", "daily", "weekly", "biweekly", "monthly", "quarterly",
            "semi-annual", "semiannual", "biannual", "annual", "annually", "yearly",
        ]),
        .grammar(.duration(bareUnit: .days)),
    ])

    // MARK: Security governance

    static let securityPolicy = ObjectShape(
        "oaas-governance-security-policy", doc: "A security policy document and its review cycle.",
        hints: ["review_frequency": "review_cycle", "reviewed": "last_review"],
        fields: [
            Field("name", .string, required: true, "The policy's name."),
            Field("version", .string, "The policy's version."),
            Field("classification", .oneOfWords(["public", "internal", "confidential", "restricted"]), "Who may read the policy."),
            Field("review_cycle", frequency, "How often the policy is reviewed."),
            Field("last_review", .grammar(.date), "When the policy was last reviewed."),
            Field("owner", .string, "Who owns the policy."),
        ])

    static let authenticationControls = ObjectShape(
        "oaas-governance-authentication", doc: "Authentication controls.",
        hints: ["mfa": "multi_factor", "mfa_required": "multi_factor", "sso": "sso_provider"],
        fields: [
            Field("multi_factor", .bool, "Whether multi-factor authentication is required."),
            Field("sso_provider", .string, "The single sign-on provider."),
            Field("session_timeout", .grammar(.duration(bareUnit: .seconds)), "How long a session lasts (bare numbers are seconds)."),
            Field("password_policy", .string, "The password policy, such as \"complex\"."),
        ])

    static let authorizationControls = ObjectShape(
        "oaas-governance-authorization", doc: "Authorisation controls.",
        fields: [
            Field("model", .string, "The access control model, such as \"rbac+abac\"."),
            Field("policy_engine", .string, "The policy engine, such as \"opa\"."),
            Field("zero_trust", .bool, "Whether every request is verified."),
            Field("least_privilege", .bool, "Whether roles get only the permissions they need."),
        ])

    static let encryptionAtRest = ObjectShape(
        "oaas-governance-encryption-at-rest", doc: "Encryption of stored data.",
        fields: [
            Field("algorithm", .string, "The cipher, such as \"aes-256-gcm\"."),
            Field("key_management", .string, "Where keys are kept, such as \"aws-kms\"."),
            Field("key_rotation", .grammar(.duration(bareUnit: .days)), "How often keys are rotated (bare numbers are days)."),
        ])

    static let encryptionInTransit = ObjectShape(
        "oaas-governance-encryption-in-transit", doc: "Encryption on the network.",
        hints: ["min_version": "min_tls_version", "version": "min_tls_version"],
        fields: [
            Field("protocol", .string, "The protocol, such as \"tls-1.3\"."),
            Field("min_tls_version", .grammar(.tlsVersion), "The oldest TLS version accepted."),
            Field("certificate_management", .string, "Where certificates are managed, such as \"aws-acm\"."),
        ])

    static let encryptionControls = ObjectShape(
        "oaas-governance-encryption", doc: "Encryption controls.",
        fields: [
            Field("at_rest", .object(encryptionAtRest), "Stored data."),
            Field("in_transit", .object(encryptionInTransit), "Data on the network."),
        ])

    static let networkControls = ObjectShape(
        "oaas-governance-network-security", doc: "Network security controls.",
        fields: [
            Field("firewall", .string, "The firewall, such as \"aws-waf\"."),
            Field("ddos_protection", .string, "The DDoS protection service."),
            Field("ids_ips", .string, "The intrusion detection or prevention system."),
        ])

    static let securityControls = ObjectShape(
        "oaas-governance-security-controls", doc: "Security controls.",
        hints: ["network": "network_security"],
        fields: [
            Field("authentication", .object(authenticationControls), "Authentication."),
            Field("authorization", .object(authorizationControls), "Authorisation."),
            Field("encryption", .object(encryptionControls), "Encryption."),
            Field("network_security", .object(networkControls), "Network security."),
        ])

    static let scanning = ObjectShape(
        "oaas-governance-scanning", doc: "Vulnerability scanning.",
        fields: [
            Field("frequency", frequency, "How often systems are scanned."),
            Field("tools", .list(.string), "The scanners used."),
        ])

    static let patchManagement = ObjectShape(
        "oaas-governance-patch-management", doc: "How soon patches are applied, by severity.",
        fields: [
            Field("critical", .grammar(.duration(bareUnit: .days)), "For critical vulnerabilities (bare numbers are days)."),
            Field("high", .grammar(.duration(bareUnit: .days)), "For high vulnerabilities (bare numbers are days)."),
            Field("medium", .grammar(.duration(bareUnit: .days)), "For medium vulnerabilities (bare numbers are days)."),
            Field("low", .grammar(.duration(bareUnit: .days)), "For low vulnerabilities (bare numbers are days)."),
        ])

    static let penetrationTesting = ObjectShape(
        "oaas-governance-penetration-testing", doc: "Penetration testing.",
        fields: [
            Field("frequency", frequency, "How often tests are done."),
            Field("provider", .string, "Who does them, such as \"external\"."),
            Field("last_test", .grammar(.date), "When the last test was done."),
        ])

    static let vulnerabilityManagement = ObjectShape(
        "oaas-governance-vulnerability-management", doc: "Vulnerability management.",
        fields: [
            Field("scanning", .object(scanning), "Scanning."),
            Field("patch_management", .object(patchManagement), "Patching deadlines."),
            Field("penetration_testing", .object(penetrationTesting), "Penetration testing."),
        ])

    static let security = ObjectShape(
        "oaas-governance-security", doc: "Security governance: policies, controls and vulnerability management.",
        fields: [
            Field("policies", .list(.object(securityPolicy)), "Security policy documents."),
            Field("controls", .object(securityControls), "Security controls."),
            Field("vulnerability_management", .object(vulnerabilityManagement), "Vulnerability management."),
        ])

    // MARK: Audit

    static let auditConfiguration = ObjectShape(
        "oaas-governance-audit-configuration", doc: "How audit records are kept.",
        hints: [
            "retention": "retention_period", "retention_days": "retention_period", "immutable": "immutable_storage",
            "storage": "storage_location", "destination": "destinations",
        ],
        fields: [
            Field("enabled", .bool, "Whether auditing is on."),
            Field("level", .oneOfWords(["basic", "standard", "comprehensive", "forensic"]), "How much is recorded."),
            Field("retention_period", .grammar(.duration(bareUnit: .days)), "How long records are kept (bare numbers are days)."),
            Field("storage_location", .string, "Where records are stored."),
            Field("immutable_storage", .bool, "Whether records are write-once."),
            Field("destinations", .list(.string), "Further places records are sent."),
        ])

    static let integrity = ObjectShape(
        "oaas-governance-audit-integrity", doc: "How audit records are protected against tampering.",
        fields: [
            Field("hashing", .string, "The hash algorithm, such as \"sha256\"."),
            Field("signing", .string, "The signature algorithm, such as \"rsa-4096\"."),
            Field("chain_verification", .bool, "Whether records are hash-chained and the chain is checked."),
        ])

    static let trailRequirements = ObjectShape(
        "oaas-governance-trail-requirements", doc: "What each audit record contains.",
        fields: [
            Field("fields", .list(.string), "The fields of each record."),
            Field("integrity", .object(integrity), "Tamper protection."),
        ])

    static let automatedReport = ObjectShape(
        "oaas-governance-report", doc: "A report sent on a schedule.",
        fields: [
            Field("name", .string, required: true, "The report's name."),
            Field("frequency", frequency, "How often it is sent."),
            Field("recipients", .list(.string), "Who receives it."),
        ])

    static let reporting = ObjectShape(
        "oaas-governance-reporting", doc: "Audit reporting.",
        hints: ["reports": "automated_reports"],
        fields: [Field("automated_reports", .list(.object(automatedReport)), "Reports sent on a schedule.")])

    static let audit = ObjectShape(
        "oaas-governance-audit", doc: "Audit: configuration, events, record contents and reporting.",
        hints: ["config": "configuration", "settings": "configuration"],
        fields: [
            Field("configuration", .object(auditConfiguration), "How records are kept."),
            Field("events", .dictionary(.list(.string)), "The events recorded, by category."),
            Field("trail_requirements", .object(trailRequirements), "What each record contains."),
            Field("reporting", .object(reporting), "Reporting."),
        ])

    static let notificationDeadlines = ObjectShape(
        "oaas-governance-notification-deadlines", doc: "How soon regulators are notified of an incident.",
        hints: ["breach": "personal_data_breach", "gdpr": "personal_data_breach", "serious_incidents": "serious_incident"],
        fields: [
            Field("personal_data_breach", .grammar(.duration(bareUnit: .hours)), "A personal data breach, to the supervisory authority (GDPR Art. 33: at most 72 hours)."),
            Field("serious_incident", .grammar(.duration(bareUnit: .days)), "A serious incident of a high-risk AI system (EU AI Act Art. 73: at most 15 days)."),
        ])

    static let incidentResponse = ObjectShape(
        "oaas-governance-incident-response", doc: "The incident process: plan, contact and notification deadlines.",
        hints: ["deadlines": "notification_deadlines", "email": "contact", "playbook": "plan"],
        fields: [
            Field("plan", .string, "Where the incident response plan is."),
            Field("contact", .string, "Who is notified, and notifies regulators."),
            Field("supervisory_authority", .string, "The authority notified."),
            Field("notification_deadlines", .object(notificationDeadlines), "Notification deadlines."),
        ])

    static let spec = ObjectShape(
        "oaas-governanceconfiguration-spec", doc: "Governance: compliance frameworks, certifications, audit, data governance and risk management.",
        hints: ["certifications": "certification", "frameworks": "compliance", "risk": "risk_management"],
        fields: [
            Field("compliance", .object(compliance), "Per-framework compliance sections."),
            Field("security", .object(security), "Security governance."),
            Field("audit", .object(audit), "Audit."),
            Field("data_governance", .object(dataGovernance), "Data governance."),
            Field("risk_management", .object(riskManagement), "Risk management."),
            Field("certification", .object(certification), "Certifications and attestations."),
            Field("incident_response", .object(incidentResponse), "The incident process and its notification deadlines."),
        ])

    static let kind = KindDefinition(
        dialect: .ossa, name: "GovernanceConfiguration",
        doc: "Governance: compliance frameworks, certifications, audit, data governance and risk management.",
        document: Envelope.ossaDocument("oaas-governanceconfiguration", kind: "GovernanceConfiguration", spec: spec),
        model: { .governance(GovernanceConfiguration(decoding: $0)) })
}
