/// One evidence rule: `compliance.<framework>.<rule>`, the controls it covers, its severity, the
/// configuration it reads and the shared check that decides it.
///
/// Rules are a table per framework (`Rules/`); the checks they name (`Checks/`) are shared, so that TLS,
/// audit logging or segregation of duties is evaluated once per run and reported under every framework.
public struct ComplianceRule: Sendable {
    /// The stable ID, `compliance.<framework key>.<rule>`.
    public let id: String
    /// The framework's catalog key (`iso-42001`).
    public let framework: String
    /// The catalog labels of the controls it covers; empty for rules about declarations.
    public let controls: [String]
    /// How much a failure weighs: `--fail-on` compares against it.
    public let severity: Severity
    /// One line: what the rule requires.
    public let summary: String
    /// The configuration it reads, as paths (`audit.configuration.retention_period`).
    public let reads: String
    /// The shared check that decides it.
    public let check: ComplianceCheck
    /// One line: what to do when it fails.
    public let remediation: String
    /// Whether it applies only to EU AI Act high-risk systems.
    public let highRiskOnly: Bool

    /// Declares a rule.
    init(
        id: String, controls: [String], severity: Severity, summary: String, reads: String, check: ComplianceCheck,
        remediation: String, highRiskOnly: Bool = false
    ) {
        self.id = id
        self.framework = String(id.split(separator: ".")[1])
        self.controls = controls
        self.severity = severity
        self.summary = summary
        self.reads = reads
        self.check = check
        self.remediation = remediation
        self.highRiskOnly = highRiskOnly
    }

    /// The rule as a documented diagnostic kind, for `oaas explain` and the diagnostics reference.
    public var kind: DiagnosticKind {
        let covers = controls.isEmpty ? "the framework's declarations" : controls.joined(separator: ", ")
        let scope = highRiskOnly ? " Runs only for high-risk systems (`eu_ai_act.risk_category: high_risk`)." : ""
        return DiagnosticKind(
            id: id, severity: severity, summary: summary,
            explanation: """
                \(check.explanation) Covers \(covers) of the \(framework) catalog.\(scope)

                Reads: \(reads). Unless said otherwise above, absent evidence fails the control: a claim \
                that cannot be shown is not met. A framework with `applicable: false` (or `status: \
                not_applicable`) is reported as not applicable.
                """,
            example: check.example,
            remediation: remediation)
    }
}

/// The shared checks, with what tells one use from another (the retention a framework requires, the
/// activity whose schedule is checked). Equal checks run once per run.
public enum ComplianceCheck: Sendable, Hashable {
    /// Cited control IDs exist in the framework's catalog.
    case controlsKnown(framework: String)
    /// A claimed status (`compliant`, `certified`) is not contradicted by a failing control.
    case claimedStatus(framework: String)
    /// The framework's certificate and the certifications naming it are valid on the as-of date.
    case certificationCurrent(ComplianceFrameworkID)
    /// A recurring activity was last done within its declared frequency.
    case activityCurrent(RecurringActivity)
    /// Audit logging is on.
    case auditLogging
    /// Audit records are kept at least this many days.
    case auditRetention(minimumDays: Int)
    /// Data is encrypted at rest.
    case encryptionAtRest
    /// Data in transit is encrypted with TLS 1.2 or later and no endpoint is plaintext.
    case transportSecurity
    /// Privileged roles need multi-factor authentication.
    case privilegedMFA
    /// A person can override and stop the system, and someone is assigned to.
    case humanOversight
    /// Destructive actions in production flows wait for a person's approval.
    case destructiveApproval
    /// Nobody approves their own production change.
    case segregationOfDuties
    /// Deployment and backup regions are within the allowed regions.
    case dataResidency
    /// Personal data leaves the EEA only with a declared transfer mechanism.
    case internationalTransfers
    /// A notification deadline is declared and within the legal maximum.
    case incidentDeadline(IncidentDeadline)
    /// Risk categories and levels are ones the framework defines.
    case riskVocabulary(ComplianceFrameworkID)
    /// The four AI RMF functions are all addressed.
    case rmfFunctions
    /// Every supplier has the agreement the framework requires.
    case supplierAgreements(SupplierAgreement)
}

/// The recurring activities whose schedule is checked.
public enum RecurringActivity: String, Sendable, Hashable, CaseIterable {
    /// ISO/IEC 42001 AI risk assessment (`requirements.risk_assessment`).
    case isoRiskAssessment = "AI risk assessment"
    /// ISO/IEC 42001 AI system impact assessment (`requirements.impact_assessment`).
    case isoImpactAssessment = "AI system impact assessment"
    /// ISO/IEC 42001 internal audit (`requirements.internal_audit`).
    case isoInternalAudit = "internal audit"
    /// ISO/IEC 42001 management review (`requirements.management_review`).
    case isoManagementReview = "management review"
    /// The organisation's risk assessment (`risk_management.assessment`).
    case riskAssessment = "risk assessment"
    /// The NIST AI RMF GOVERN review (`functions.govern.review_frequency`).
    case rmfGovernReview = "AI RMF governance review"
    /// The EU AI Act risk management review (`requirements.risk_management`).
    case euRiskManagement = "EU AI Act risk management review"
    /// The SOX access review (`controls.access_control`).
    case soxAccessReview = "access review"
    /// The penetration test (`security.vulnerability_management.penetration_testing`).
    case penetrationTest = "penetration test"
    /// Security policy reviews (`security.policies[].review_cycle`).
    case policyReview = "security policy review"
}

/// The notification deadlines the law sets.
public enum IncidentDeadline: String, Sendable, Hashable {
    /// GDPR Art. 33: a personal data breach to the supervisory authority within 72 hours.
    case gdprBreach = "personal_data_breach"
    /// EU AI Act Art. 73: a serious incident to the market surveillance authority within 15 days.
    case euSeriousIncident = "serious_incident"

    /// The legal maximum, in hours.
    var maximumHours: Int {
        switch self {
        case .gdprBreach: 72
        case .euSeriousIncident: 15 * 24
        }
    }
}

/// The contracts frameworks require with suppliers that handle protected data.
public enum SupplierAgreement: String, Sendable, Hashable {
    /// GDPR Art. 28 data processing agreement (`suppliers[].dpa`).
    case dpa
    /// HIPAA business associate agreement (`suppliers[].baa`).
    case baa
}
