/// EU AI Act human oversight: a person can override the system's output and stop it
/// (`requirements.human_oversight.override_capability` and `kill_switch`), and someone is assigned to
/// oversee it (`assigned_to`).
enum HumanOversightCheck {
    static let explanation = """
        Article 14(4)(d)–(e) requires that the people overseeing a high-risk system can disregard or \
        override its output and interrupt it with a stop button; Article 26(2) requires the deployer to \
        assign that oversight to people. Passes when `override_capability` and `kill_switch` are true and \
        `assigned_to` names someone.
        """
    static let example = """
        eu_ai_act:
          risk_category: high_risk
          requirements:
            human_oversight:
              override_capability: true
              kill_switch: false
        """

    static func run(_ facts: ComplianceFacts) -> CheckOutcome {
        var evidence: [ComplianceEvidence] = []
        var findings: [ComplianceFinding] = []
        var eu: GovernanceConfiguration.EUAIAct?
        var section: SourceRange?
        for (resource, model) in facts.governance where model.euAIAct != nil {
            eu = model.euAIAct
            let path = ["compliance", "eu_ai_act", "requirements", "human_oversight"]
            section = ComplianceReading.value(resource.document["spec"], path)?.range
            break
        }
        let switches: [(Located<Bool>?, String, String)] = [
            (eu?.overrideCapability, "override_capability", "a person can override the output"),
            (eu?.killSwitch, "kill_switch", "a person can stop the system"),
        ]
        for (setting, key, meaning) in switches {
            if let setting, setting.value {
                evidence.append(ComplianceEvidence("\(meaning) (\"\(key): true\")", at: setting.range))
            } else if let setting {
                findings.append(ComplianceFinding("\"\(key): false\": nobody can \(meaning.dropFirst("a person can ".count))", at: setting.range))
            } else {
                findings.append(ComplianceFinding("\"compliance.eu_ai_act.requirements.human_oversight.\(key)\" is not declared, so nothing shows \(meaning)", at: section))
            }
        }
        if let first = eu?.oversightAssignees.first {
            let names = (eu?.oversightAssignees ?? []).map(\.value).joined(separator: ", ")
            evidence.append(ComplianceEvidence("oversight assigned to \(names)", at: first.range))
        } else {
            findings.append(ComplianceFinding("nobody is assigned to oversee the system (\"compliance.eu_ai_act.requirements.human_oversight.assigned_to\")", at: section))
        }
        return findings.isEmpty ? .pass(evidence) : .fail(findings)
    }
}
