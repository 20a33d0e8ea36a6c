/// Dispatches each shared check to its file in `Checks/`.
extension ComplianceCheck {
    /// Runs the check. `claimedStatus` is decided by `ComplianceRun` from the other results and is never
    /// run here.
    func run(_ facts: ComplianceFacts) -> CheckOutcome {
        switch self {
        case .controlsKnown(let framework): ControlsKnownCheck.run(facts, framework: framework)
        case .claimedStatus: .manual(ComplianceEvidence("decided from the other rules", at: nil))
        case .certificationCurrent(let framework): CertificationCheck.run(facts, framework: framework)
        case .activityCurrent(let activity): ActivityScheduleCheck.run(facts, activity: activity)
        case .auditLogging: AuditLoggingCheck.run(facts)
        case .auditRetention(let minimumDays): AuditRetentionCheck.run(facts, minimumDays: minimumDays)
        case .encryptionAtRest: EncryptionAtRestCheck.run(facts)
        case .transportSecurity: TransportSecurityCheck.run(facts)
        case .privilegedMFA: PrivilegedMFACheck.run(facts)
        case .humanOversight: HumanOversightCheck.run(facts)
        case .destructiveApproval: DestructiveApprovalCheck.run(facts)
        case .segregationOfDuties: SegregationOfDutiesCheck.run(facts)
        case .dataResidency: DataResidencyCheck.run(facts)
        case .internationalTransfers: InternationalTransfersCheck.run(facts)
        case .incidentDeadline(let deadline): IncidentDeadlineCheck.run(facts, deadline: deadline)
        case .riskVocabulary(let framework): RiskVocabularyCheck.run(facts, framework: framework)
        case .rmfFunctions: RMFFunctionsCheck.run(facts)
        case .supplierAgreements(let agreement): SupplierAgreementsCheck.run(facts, agreement: agreement)
        }
    }

    /// What the check verifies, for `oaas explain`.
    var explanation: String {
        switch self {
        case .controlsKnown: ControlsKnownCheck.explanation
        case .claimedStatus: ClaimedStatus.explanation
        case .certificationCurrent: CertificationCheck.explanation
        case .activityCurrent: ActivityScheduleCheck.explanation
        case .auditLogging: AuditLoggingCheck.explanation
        case .auditRetention: AuditRetentionCheck.explanation
        case .encryptionAtRest: EncryptionAtRestCheck.explanation
        case .transportSecurity: TransportSecurityCheck.explanation
        case .privilegedMFA: PrivilegedMFACheck.explanation
        case .humanOversight: HumanOversightCheck.explanation
        case .destructiveApproval: DestructiveApprovalCheck.explanation
        case .segregationOfDuties: SegregationOfDutiesCheck.explanation
        case .dataResidency: DataResidencyCheck.explanation
        case .internationalTransfers: InternationalTransfersCheck.explanation
        case .incidentDeadline: IncidentDeadlineCheck.explanation
        case .riskVocabulary: RiskVocabularyCheck.explanation
        case .rmfFunctions: RMFFunctionsCheck.explanation
        case .supplierAgreements: SupplierAgreementsCheck.explanation
        }
    }

    /// A configuration that fails the check, for `oaas explain`.
    var example: String {
        switch self {
        case .controlsKnown: ControlsKnownCheck.example
        case .claimedStatus: ClaimedStatus.example
        case .certificationCurrent: CertificationCheck.example
        case .activityCurrent: ActivityScheduleCheck.example
        case .auditLogging: AuditLoggingCheck.example
        case .auditRetention: AuditRetentionCheck.example
        case .encryptionAtRest: EncryptionAtRestCheck.example
        case .transportSecurity: TransportSecurityCheck.example
        case .privilegedMFA: PrivilegedMFACheck.example
        case .humanOversight: HumanOversightCheck.example
        case .destructiveApproval: DestructiveApprovalCheck.example
        case .segregationOfDuties: SegregationOfDutiesCheck.example
        case .dataResidency: DataResidencyCheck.example
        case .internationalTransfers: InternationalTransfersCheck.example
        case .incidentDeadline: IncidentDeadlineCheck.example
        case .riskVocabulary: RiskVocabularyCheck.example
        case .rmfFunctions: RMFFunctionsCheck.example
        case .supplierAgreements: SupplierAgreementsCheck.example
        }
    }
}
