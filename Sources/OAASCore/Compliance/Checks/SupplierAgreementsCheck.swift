/// Every supplier the workspace lists (`suppliers[]`) has the agreement the framework requires: a
/// GDPR data processing agreement (`dpa: true`) or a HIPAA business associate agreement (`baa: true`).
enum SupplierAgreementsCheck {
    static let explanation = """
        Model APIs, vector stores and SaaS tools that receive protected data are processors (GDPR Art. \
        28) or business associates (HIPAA §164.308(b)(1)) and need a contract that binds them. Every \
        supplier under the Workspace's `suppliers` must have `dpa: true` (GDPR) or `baa: true` (HIPAA). \
        A workspace that lists no supplier leaves the question to a person.
        """
    static let example = """
        suppliers:
          - name: model-provider
            dpa: false
        """

    static func run(_ facts: ComplianceFacts, agreement: SupplierAgreement) -> CheckOutcome {
        let what = agreement == .dpa ? "data processing agreement" : "business associate agreement"
        var evidence: [ComplianceEvidence] = []
        var findings: [ComplianceFinding] = []
        for (resource, model) in facts.workspaces {
            for supplier in model.suppliers {
                let name = supplier.name?.value ?? "a supplier"
                let signed = agreement == .dpa ? supplier.dpa : supplier.baa
                if let signed, signed.value {
                    evidence.append(ComplianceEvidence("\(name) has a \(what)", at: signed.range))
                } else {
                    findings.append(ComplianceFinding(
                        "supplier \"\(name)\" has no \(what) (\"\(agreement.rawValue): true\")",
                        at: signed?.range ?? supplier.name?.range ?? resource.document.range))
                }
            }
        }
        if !findings.isEmpty { return .fail(findings) }
        if evidence.isEmpty {
            return .manual(ComplianceEvidence("the workspace lists no supplier; check every model and tool provider's \(what) by hand", at: nil))
        }
        return .pass(evidence)
    }
}
