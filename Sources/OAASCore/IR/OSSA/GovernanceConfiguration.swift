/// An OAAS `GovernanceConfiguration` (governance.yml): where the organisation stands with each compliance
/// framework, its certifications, and its audit, data governance and risk management rules.
public struct GovernanceConfiguration: Sendable {
    /// One control of a framework.
    public struct Control: Sendable {
        /// The control's identifier in the framework's catalog (`A.6.2.8`).
        public let controlID: Located<String>?
        /// Its title as written.
        public let name: Located<String>?
        /// Whether it is met.
        public let status: Located<String>?
        /// Where the evidence is.
        public let evidence: Located<String>?
        /// Why it does not apply, when it does not.
        public let justification: Located<String>?
        /// When the evidence was last checked.
        public let lastVerified: Located<DateValue>?
    }

    /// A per-framework section of `spec.compliance`.
    public struct Framework: Sendable {
        /// The section's key as written (`iso_42001`).
        public let key: Located<String>
        /// The framework.
        public let id: ComplianceFrameworkID
        /// Where the organisation stands.
        public let status: Located<String>?
        /// Whether the framework applies.
        public let applicable: Located<Bool>?
        /// An organisation-defined level.
        public let level: Located<String>?
        /// Who certified the organisation.
        public let certificationBody: Located<String>?
        /// The certificate's number.
        public let certificateNumber: Located<String>?
        /// When the certificate was issued.
        public let issued: Located<DateValue>?
        /// When the certificate or attestation expires.
        public let validUntil: Located<DateValue>?
        /// When the last surveillance audit took place.
        public let lastSurveillanceAudit: Located<DateValue>?
        /// The controls listed with identifiers (`controls[]`); SOX's named controls are in `sox`.
        public let controls: [Control]
        /// The whole section, as decoded.
        public let section: IRValue
    }

    /// A recurring activity and when it was last done.
    public struct Activity: Sendable {
        /// Whether it is implemented.
        public let implemented: Located<Bool>?
        /// How often it happens: a word such as `quarterly`, or a duration.
        public let frequency: Located<String>?
        /// When it was last done.
        public let last: Located<DateValue>?
        /// Where its record (such as the risk register) is.
        public let record: Located<String>?
    }

    /// ISO/IEC 42001 evidence beyond the common section fields.
    public struct ISO42001: Sendable {
        /// The AI risk assessment (clauses 6.1.2 and 8.2).
        public let riskAssessment: Activity?
        /// The AI system impact assessment (clauses 6.1.4 and 8.4).
        public let impactAssessment: Activity?
    }

    /// NIST AI RMF evidence beyond the common section fields.
    public struct NISTAIRMF: Sendable {
        /// The organisation-defined maturity level.
        public let maturityLevel: Located<String>?
        /// The functions present (`govern`, `map`, `measure`, `manage`), located at their keys.
        public let functions: [Located<String>]
        /// The subcategory identifiers listed under any function.
        public let subcategoryIDs: [Located<String>]
    }

    /// EU AI Act evidence beyond the common section fields.
    public struct EUAIAct: Sendable {
        /// The system's risk category.
        public let riskCategory: Located<String>?
        /// The organisation's role (provider, deployer …).
        public let role: Located<String>?
        /// Whether a person can override outputs.
        public let overrideCapability: Located<Bool>?
        /// Whether a person can stop the system.
        public let killSwitch: Located<Bool>?
        /// Who oversees the system.
        public let oversightAssignees: [Located<String>]
    }

    /// SOX IT general control evidence.
    public struct SOX: Sendable {
        /// Whether changes need approval.
        public let changeApprovalRequired: Located<Bool>?
        /// How many approvals a change needs.
        public let minApprovals: Located<Int>?
        /// Whether requesters may approve their own changes.
        public let allowSelfApproval: Located<Bool>?
        /// How often access is reviewed.
        public let accessReviewFrequency: Located<String>?
        /// When access was last reviewed.
        public let lastAccessReview: Located<DateValue>?
        /// How long the audit trail is kept.
        public let auditTrailRetention: Located<Duration>?
        /// Whether the audit trail is write-once.
        public let auditTrailImmutable: Located<Bool>?
    }

    /// A certification held.
    public struct Certification: Sendable {
        /// The certification (`ISO 42001:2023`).
        public let name: Located<String>?
        /// The framework it certifies, when the name says.
        public let framework: ComplianceFrameworkID?
        /// Who issued it.
        public let issuer: Located<String>?
        /// When it was issued.
        public let issued: Located<DateValue>?
        /// When it expires.
        public let validUntil: Located<DateValue>?
    }

    /// How audit records are kept (`audit.configuration`) and what is recorded (`audit.events`).
    public struct Audit: Sendable {
        /// Whether auditing is on.
        public let enabled: Located<Bool>?
        /// How much is recorded.
        public let level: Located<String>?
        /// How long records are kept.
        public let retention: Located<Duration>?
        /// Whether records are write-once.
        public let immutable: Located<Bool>?
        /// Where records are stored and sent (`storage_location`, then `destinations`).
        public let destinations: [Located<String>]
        /// The events recorded, every category together.
        public let events: [Located<String>]
        /// Whether records are hash-chained and checked.
        public let chainVerification: Located<Bool>?
    }

    /// Data classification, residency and retention.
    public struct DataGovernance: Sendable {
        /// The classification levels, located at their keys.
        public let classificationLevels: [Located<String>]
        /// How long data is kept by default.
        public let defaultRetention: Located<Duration>?
        /// Whether residency rules apply.
        public let residencyRequired: Located<Bool>?
        /// The regions data may be in.
        public let allowedRegions: [Located<String>]
        /// Whether data may leave those regions.
        public let crossBorderTransfers: Located<String>?
        /// Whether the GDPR applies (`privacy.gdpr.applicable`).
        public let gdprApplicable: Located<Bool>?
        /// The data protection officer's contact.
        public let dataProtectionOfficer: Located<String>?
    }

    /// A key risk indicator.
    public struct RiskIndicator: Sendable {
        /// Its name.
        public let name: Located<String>?
        /// The value at which it raises concern.
        public let threshold: Located<Double>?
        /// The current value.
        public let current: Located<Double>?
    }

    /// Risk management.
    public struct RiskManagement: Sendable {
        /// The method (`iso31000`).
        public let methodology: Located<String>?
        /// How much risk is accepted.
        public let riskAppetite: Located<String>?
        /// How often risks are assessed (`assessment.frequency`, else `framework.review_cycle`).
        public let assessmentFrequency: Located<String>?
        /// When risks were last assessed.
        public let lastAssessment: Located<DateValue>?
        /// Where the risk register is.
        public let riskRegister: Located<String>?
        /// Key risk indicators.
        public let indicators: [RiskIndicator]
    }

    /// A security policy document.
    public struct PolicyDocument: Sendable {
        /// Its name.
        public let name: Located<String>?
        /// How often it is reviewed.
        public let reviewCycle: Located<String>?
        /// When it was last reviewed.
        public let lastReview: Located<DateValue>?
    }

    /// The framework sections, in document order.
    public let frameworks: [Framework]
    /// ISO/IEC 42001 details, when the section is present.
    public let iso42001: ISO42001?
    /// NIST AI RMF details, when the section is present.
    public let nistAIRMF: NISTAIRMF?
    /// EU AI Act details, when the section is present.
    public let euAIAct: EUAIAct?
    /// SOX details, when the section is present.
    public let sox: SOX?
    /// Certifications held.
    public let certifications: [Certification]
    /// Audit, when configured.
    public let audit: Audit?
    /// Data governance, when configured.
    public let dataGovernance: DataGovernance?
    /// Risk management, when configured.
    public let riskManagement: RiskManagement?
    /// Security policy documents.
    public let securityPolicies: [PolicyDocument]
    /// Whether multi-factor authentication is required (`security.controls.authentication.multi_factor`).
    public let multiFactor: Located<Bool>?

    /// The section for a framework, if present.
    public func framework(_ id: ComplianceFrameworkID) -> Framework? {
        frameworks.first { $0.id == id }
    }
}

/// A compliance framework, whatever its spelling (`iso_42001`, `iso-42001`, `ISO_42001_2023`, `ISO 42001:2023`).
public enum ComplianceFrameworkID: String, Sendable, Hashable, CaseIterable {
    /// ISO/IEC 42001:2023, AI management systems.
    case iso42001 = "iso_42001"
    /// NIST AI Risk Management Framework 1.0.
    case nistAIRMF = "nist_ai_rmf"
    /// The EU AI Act, Regulation (EU) 2024/1689.
    case euAIAct = "eu_ai_act"
    /// The Sarbanes-Oxley Act.
    case sox
    /// HIPAA, US health data.
    case hipaa
    /// The GDPR, EU personal data.
    case gdpr
    /// SOC 2, the AICPA Trust Services Criteria.
    case soc2
    /// The California Consumer Privacy Act.
    case ccpa
    /// PCI DSS, payment card data.
    case pciDSS = "pci_dss"
    /// ISO/IEC 27001, information security management.
    case iso27001 = "iso_27001"
    /// FedRAMP, US federal cloud services.
    case fedRAMP = "fedramp"

    /// Reads any common spelling: case, `_`, `-`, spaces and version suffixes do not matter.
    public init?(spelling: String) {
        let folded = String(spelling.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) })
        let prefixes: [(String, ComplianceFrameworkID)] = [
            ("iso42001", .iso42001), ("nistairmf", .nistAIRMF), ("euaiact", .euAIAct), ("soc2", .soc2),
            ("pcidss", .pciDSS), ("iso27001", .iso27001), ("fedramp", .fedRAMP),
        ]
        if let match = prefixes.first(where: { folded.hasPrefix($0.0) }) {
            self = match.1
            return
        }
        switch folded {
        case "sox", "sarbanesoxley": self = .sox
        case "hipaa": self = .hipaa
        case "gdpr": self = .gdpr
        case "ccpa": self = .ccpa
        default: return nil
        }
    }
}
