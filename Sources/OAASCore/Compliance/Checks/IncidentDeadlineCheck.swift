/// A notification deadline the law sets is declared, and no later than the law allows
/// (`incident_response.notification_deadlines.<kind>` in the governance file).
enum IncidentDeadlineCheck {
    static let explanation = """
        Regulators must hear of some incidents within fixed times: a personal data breach within 72 hours \
        (GDPR Art. 33), a serious incident of a high-risk AI system within 15 days (EU AI Act Art. 73, \
        sooner in the cases it lists). The governance file declares the deadlines the incident process \
        works to under `incident_response.notification_deadlines` (`personal_data_breach`, \
        `serious_incident`), with a `contact`; a missing deadline, or one longer than the law's, fails.
        """
    static let example = """
        incident_response:
          contact: dpo@example.com
          notification_deadlines:
            personal_data_breach: 5d
        """

    static func run(_ facts: ComplianceFacts, deadline: IncidentDeadline) -> CheckOutcome {
        let section = facts.governanceSpec?["incident_response"]
        let maximum = hours(deadline.maximumHours)
        guard let written = section?["notification_deadlines"]?[deadline.rawValue] else {
            return .fail([ComplianceFinding(
                "no \"incident_response.notification_deadlines.\(deadline.rawValue)\" is declared; the law allows at most \(maximum)",
                at: section?.range)])
        }
        guard let declared = ComplianceReading.duration(written) else {
            return .fail([ComplianceFinding("\"\(deadline.rawValue)\" is not a duration", at: written.range)])
        }
        let declaredHours = Int(declared.value.milliseconds / 3_600_000)
        if declared.value.milliseconds > Int64(deadline.maximumHours) * 3_600_000 {
            return .fail([ComplianceFinding(
                "\"\(deadline.rawValue): \(written.text ?? "")\" is later than the \(maximum) the law allows", at: written.range)])
        }
        var evidence = [ComplianceEvidence("\(String(deadline.rawValue.map { $0 == "_" ? " " : $0 })) notified within \(hours(declaredHours))", at: written.range)]
        if let contact = section?.string("contact") {
            evidence.append(ComplianceEvidence("incident contact \(contact.value)", at: contact.range))
        } else {
            return .fail([ComplianceFinding("the incident process names no \"contact\" to notify through", at: section?.range)])
        }
        return .pass(evidence)
    }

    /// Hours as people say them: `72 hours`, `15 days`.
    private static func hours(_ hours: Int) -> String {
        hours >= 48 && hours % 24 == 0 && hours != 72 ? "\(hours / 24) days" : "\(hours) hours"
    }
}
