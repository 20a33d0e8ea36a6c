/// GDPR Chapter V: personal data goes to a region outside the EEA only under a declared transfer
/// mechanism (`data_residency.transfers[]` with `regions`, `mechanism` and `reference`).
enum InternationalTransfersCheck {
    /// The mechanisms Articles 45–49 provide.
    static let mechanisms: Set<String> = [
        "adequacy_decision", "scc", "bcr", "code_of_conduct", "certification", "derogation",
    ]

    static let explanation = """
        Personal data of people in the EU may leave the European Economic Area only under an adequacy \
        decision (Art. 45), appropriate safeguards such as standard contractual clauses or binding \
        corporate rules (Art. 46–47), or a derogation (Art. 49). Every deployment, backup, cloud and \
        supplier processing region not known to be in the EEA needs an entry in \
        `data_governance.privacy.data_residency.transfers` that lists it with a `mechanism` \
        (adequacy_decision, scc, bcr, code_of_conduct, certification, derogation) and a `reference` to \
        the agreement; `cross_border_transfers: prohibited` forbids them outright. The EEA region table \
        was reviewed on 2026-11-21 and is not inferred from names (AWS `eu-west-2` is London).
        """
    static let example = """
        data_residency:
          cross_border_transfers: restricted
        # while the workspace deploys to us-east-1 with no transfers entry for it
        """

    static func run(_ facts: ComplianceFacts) -> CheckOutcome {
        var privacy: GovernanceConfiguration.DataGovernance?
        var residencySection: IRValue?
        for (resource, model) in facts.governance where model.dataGovernance != nil {
            privacy = model.dataGovernance
            residencySection = ComplianceReading.value(resource.document["spec"], ["data_governance", "privacy", "data_residency"])
            break
        }
        if let applicable = privacy?.gdprApplicable, !applicable.value {
            return .notApplicable(ComplianceEvidence("the GDPR does not apply (\"privacy.gdpr.applicable: false\")", at: applicable.range))
        }
        var covered: [String: (mechanism: String, range: SourceRange)] = [:]
        var findings: [ComplianceFinding] = []
        for transfer in residencySection?.objects("transfers") ?? [] {
            let mechanism = transfer.string("mechanism")
            guard let mechanism, mechanisms.contains(mechanism.value) else {
                findings.append(ComplianceFinding(
                    "a transfer without a recognised \"mechanism\" (\(mechanisms.sorted().joined(separator: ", ")))",
                    at: mechanism?.range ?? transfer.range))
                continue
            }
            guard transfer.string("reference").map({ !$0.value.isEmpty }) ?? false else {
                findings.append(ComplianceFinding("the \(mechanism.value) transfer names no \"reference\" to its agreement", at: mechanism.range))
                continue
            }
            for region in transfer.strings("regions") { covered[region.value.lowercased()] = (mechanism.value, region.range) }
        }
        var regions: [(region: Located<String>, role: String)] = []
        for place in DeploymentRegions.declared(workspaces: facts.workspaces, contexts: facts.contexts) {
            regions.append((place.region, place.role))
        }
        for (_, model) in facts.workspaces {
            for supplier in model.suppliers {
                let name = supplier.name?.value ?? "a supplier"
                for region in supplier.processingRegions { regions.append((region, "\(name)'s processing region")) }
            }
        }
        let prohibited = privacy?.crossBorderTransfers.flatMap { $0.value == "prohibited" ? $0 : nil }
        var evidence: [ComplianceEvidence] = []
        var judged: Set<String> = []
        // Each region once, where it is first declared: the same region in five files is one transfer.
        for (region, role) in regions {
            let key = region.value.lowercased()
            guard judged.insert(key).inserted else { continue }
            if DeploymentRegions.isInEEA(key) {
                evidence.append(ComplianceEvidence("\(role) \(region.value) is in the EEA", at: region.range))
            } else if let prohibited {
                findings.append(ComplianceFinding(
                    "\(role) \"\(region.value)\" is not known to be in the EEA, and \"cross_border_transfers: prohibited\" (line \(prohibited.range.start.line)) forbids transfers",
                    at: region.range))
            } else if let transfer = covered[key] {
                evidence.append(ComplianceEvidence("\(role) \(region.value) is outside the EEA under \(transfer.mechanism)", at: transfer.range))
            } else {
                findings.append(ComplianceFinding(
                    "\(role) \"\(region.value)\" is not known to be in the EEA and no transfer mechanism covers it (\"data_residency.transfers\")",
                    at: region.range))
            }
        }
        if !findings.isEmpty { return .fail(findings) }
        if evidence.isEmpty {
            return .manual(ComplianceEvidence("the workspace declares no region; where personal data goes must be checked by hand", at: nil))
        }
        return .pass(evidence)
    }
}
