/// Deployment and backup regions lie within the allowed regions
/// (`data_governance.privacy.data_residency.allowed_regions`): the consistency pass
/// `consistency.data-residency` decides it, and this check reports its findings as evidence.
enum DataResidencyCheck {
    static let explanation = """
        The organisation's own data protection policy (GDPR Art. 24(2)) often restricts where data may \
        be. When the governance file does (`data_residency.allowed_regions`, with `*` patterns such as \
        `eu-*`), every region the workspace deploys to, backs up to or runs in, its contexts' cloud \
        regions, its suppliers' processing regions, its routing domains' residency and its context \
        resources must be allowed: the findings are those of `consistency.data-residency`, which \
        `oaas validate` reports too.
        """
    static let example = """
        data_residency:
          requirements: true
          allowed_regions: [eu-west-1]
        # while the workspace deploys to us-east-1
        """

    static func run(_ facts: ComplianceFacts) -> CheckOutcome {
        var allowed: [Located<String>] = []
        var required: Located<Bool>?
        for (_, model) in facts.governance {
            allowed += model.dataGovernance?.allowedRegions ?? []
            required = required ?? model.dataGovernance?.residencyRequired
        }
        if let required, !required.value {
            return .notApplicable(ComplianceEvidence("residency rules are off (\"requirements: false\")", at: required.range))
        }
        guard let first = allowed.first else {
            if let required, required.value {
                return .fail([ComplianceFinding("\"requirements: true\" but no \"allowed_regions\" says where data may be", at: required.range)])
            }
            return .notApplicable(ComplianceEvidence("no data residency rule is declared (\"data_residency.allowed_regions\")", at: nil))
        }
        let findings = facts.findings([.consistencyDataResidency])
        if !findings.isEmpty { return .fail(findings) }
        let declared = DeploymentRegions.declared(workspaces: facts.workspaces, contexts: facts.contexts)
        guard !declared.isEmpty else {
            return .fail([ComplianceFinding("the workspace declares no deployment region, so residency cannot be shown", at: first.range)])
        }
        var evidence: [ComplianceEvidence] = []
        var judged: Set<String> = []
        for place in declared where judged.insert(place.region.value.lowercased()).inserted {
            evidence.append(ComplianceEvidence("\(place.role) \(place.region.value) is allowed", at: place.region.range))
        }
        return .pass(evidence)
    }
}
