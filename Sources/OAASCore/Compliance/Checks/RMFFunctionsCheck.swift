/// The NIST AI RMF's four functions (GOVERN, MAP, MEASURE, MANAGE) are all addressed under
/// `compliance.nist_ai_rmf.functions`.
enum RMFFunctionsCheck {
    static let functions = ["govern", "map", "measure", "manage"]

    static let explanation = """
        The AI RMF Core is four functions; an organisation that implements the framework addresses each \
        (GOVERN is cross-cutting, MAP, MEASURE and MANAGE follow a system through its life). Passes when \
        `functions` has all four.
        """
    static let example = """
        nist_ai_rmf:
          functions:
            govern: {}
            map: {}
        """

    static func run(_ facts: ComplianceFacts) -> CheckOutcome {
        guard let (governance, section) = facts.section(.nistAIRMF) else {
            return .fail([ComplianceFinding("no \"compliance.nist_ai_rmf\" section says how the functions are addressed", at: nil)])
        }
        let present = governance.nistAIRMF?.functions ?? []
        let names = Set(present.map { $0.value.lowercased() })
        let missing = functions.filter { !names.contains($0) }
        if !missing.isEmpty {
            return .fail([ComplianceFinding(
                "the AI RMF functions \(missing.map { $0.uppercased() }.joined(separator: ", ")) are not addressed under \"functions\"",
                at: present.first?.range ?? section.key.range)])
        }
        var evidence: [ComplianceEvidence] = []
        for function in present { evidence.append(ComplianceEvidence("\(function.value.uppercased()) addressed", at: function.range)) }
        return .pass(evidence)
    }
}
