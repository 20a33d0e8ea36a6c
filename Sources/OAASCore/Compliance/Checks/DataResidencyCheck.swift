/// Deployment and backup regions lie within the allowed regions
/// (`data_governance.privacy.data_residency.allowed_regions`).
enum DataResidencyCheck {
    static let explanation = """
        The organisation's own data protection policy (GDPR Art. 24(2)) often restricts where data may \
        be. When the governance file does (`data_residency.allowed_regions`), every \
        region the workspace deploys to or keeps backups in must be one of them. Regions are read from the \
        Workspace (`deployment.regions`, `deployment.multi_region.regions`, `deployment.disaster_recovery.backup_regions`, \
        `context.region`) and the WorkspaceContext (`cloud_platforms.regions`).
        """
    static let example = """
        data_residency:
          requirements: true
          allowed_regions: [eu-west-1]
        # while the workspace deploys to us-east-1
        """

    static func run(_ facts: ComplianceFacts) -> CheckOutcome {
        var residency: GovernanceConfiguration.DataGovernance?
        for (_, model) in facts.governance where model.dataGovernance != nil {
            residency = model.dataGovernance
            break
        }
        let allowed = residency?.allowedRegions ?? []
        guard !allowed.isEmpty else {
            if let required = residency?.residencyRequired, required.value {
                return .fail([ComplianceFinding("\"requirements: true\" but no \"allowed_regions\" says where data may be", at: required.range)])
            }
            return .notApplicable(ComplianceEvidence("no data residency rule is declared (\"data_residency.allowed_regions\")", at: nil))
        }
        let allowedSet = Set(allowed.map { $0.value.lowercased() })
        let regions = DeploymentRegions.declared(facts)
        guard !regions.isEmpty else {
            return .fail([ComplianceFinding("the workspace declares no deployment region, so residency cannot be shown", at: allowed[0].range)])
        }
        var findings: [ComplianceFinding] = []
        var evidence: [ComplianceEvidence] = []
        var judged: Set<String> = []
        for (region, role) in regions {
            // Each region once, where it is first declared.
            guard judged.insert(region.value.lowercased()).inserted else { continue }
            if allowedSet.contains(region.value.lowercased()) {
                evidence.append(ComplianceEvidence("\(role) \(region.value) is allowed", at: region.range))
            } else {
                let list = allowed.map(\.value).joined(separator: ", ")
                findings.append(ComplianceFinding("\(role) \"\(region.value)\" is not among the allowed regions (\(list))", at: region.range))
            }
        }
        return findings.isEmpty ? .pass(evidence) : .fail(findings)
    }
}
