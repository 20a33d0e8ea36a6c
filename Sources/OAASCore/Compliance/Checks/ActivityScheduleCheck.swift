/// A recurring activity (assessment, review, audit, penetration test) is implemented, has a frequency,
/// and was last done within it on the as-of date.
enum ActivityScheduleCheck {
    static let explanation = """
        An assessment, review, audit or test that is declared with a frequency must have been done within \
        that frequency: `quarterly` allows 92 days since the last one, `semi-annual` 184, `annual` 366, a \
        duration (`90d`) that many days. A last date after the as-of date is a data error. An activity the \
        framework requires but the workspace does not declare fails.
        """
    static let example = """
        requirements:
          risk_assessment:
            implemented: true
            frequency: quarterly
            last_assessment: "2025-01-15"
        """

    /// One declaration of the activity: the section that holds it and its keys.
    private struct Declaration {
        let section: IRValue
        let path: String
        let frequencyKeys: [String]
        let lastKeys: [String]
    }

    private static func declarations(_ activity: RecurringActivity, _ facts: ComplianceFacts) -> (path: String, found: [Declaration]) {
        let spec = facts.governanceSpec
        let compliance = spec?["compliance"]
        func one(_ path: [String], root: IRValue?, frequency: [String] = ["frequency"], last: [String]) -> (String, [Declaration]) {
            let written = path.joined(separator: ".")
            guard let section = ComplianceReading.value(root, path) else { return (written, []) }
            return (written, [Declaration(section: section, path: written, frequencyKeys: frequency, lastKeys: last)])
        }
        switch activity {
        case .isoRiskAssessment:
            return one(["iso_42001", "requirements", "risk_assessment"], root: compliance, last: ["last_assessment"])
        case .isoImpactAssessment:
            return one(["iso_42001", "requirements", "impact_assessment"], root: compliance, last: ["last_assessment"])
        case .isoInternalAudit:
            return one(["iso_42001", "requirements", "internal_audit"], root: compliance, last: ["last_assessment", "last_audit"])
        case .isoManagementReview:
            return one(["iso_42001", "requirements", "management_review"], root: compliance, last: ["last_assessment", "last_review"])
        case .riskAssessment:
            return one(["risk_management", "assessment"], root: spec, last: ["last_assessment"])
        case .rmfGovernReview:
            return one(["nist_ai_rmf", "functions", "govern"], root: compliance, frequency: ["review_frequency"], last: ["last_review"])
        case .euRiskManagement:
            return one(["eu_ai_act", "requirements", "risk_management"], root: compliance, last: ["last_review"])
        case .soxAccessReview:
            return one(["sox", "controls", "access_control"], root: compliance, frequency: ["review_frequency"], last: ["last_review"])
        case .penetrationTest:
            return one(["security", "vulnerability_management", "penetration_testing"], root: spec, last: ["last_test"])
        case .policyReview:
            let policies = spec?["security"]?.objects("policies") ?? []
            var found: [Declaration] = []
            for policy in policies {
                found.append(Declaration(section: policy, path: "security.policies", frequencyKeys: ["review_cycle"], lastKeys: ["last_review"]))
            }
            return ("security.policies", found)
        }
    }

    /// The value of the first of some keys that is present (a plain loop: see `SettingsReading.forEachEntry`).
    private static func first(_ keys: [String], in section: IRValue) -> IRValue? {
        for key in keys {
            if let value = section[key] { return value }
        }
        return nil
    }

    static func run(_ facts: ComplianceFacts, activity: RecurringActivity) -> CheckOutcome {
        let (path, found) = declarations(activity, facts)
        guard !found.isEmpty else {
            return .fail([ComplianceFinding("no \(activity.rawValue) is declared (expected at \"\(path)\")", at: nil)])
        }
        var evidence: [ComplianceEvidence] = []
        var findings: [ComplianceFinding] = []
        let today = facts.asOf
        for declaration in found {
            let section = declaration.section
            let name = section.string("name").map { "\(activity.rawValue) of \"\($0.value)\"" } ?? "the \(activity.rawValue)"
            if let implemented = section["implemented"], implemented.bool == false {
                findings.append(ComplianceFinding("\(name) is not implemented (\(ComplianceReading.quoted("implemented", implemented)))", at: implemented.range))
                continue
            }
            guard let frequency = ComplianceReading.frequency(first(declaration.frequencyKeys, in: section)) else {
                findings.append(ComplianceFinding(
                    "\(name) has no \"\(declaration.frequencyKeys[0])\", so nothing says when it is due", at: section.range))
                continue
            }
            guard let last = OSSAReads.date(first(declaration.lastKeys, in: section)) else {
                findings.append(ComplianceFinding(
                    "\(name) is \(frequency.text) but no \"\(declaration.lastKeys[0])\" records when it was last done", at: frequency.range))
                continue
            }
            let age = today.daysSinceEpoch - last.value.daysSinceEpoch
            if age < 0 {
                findings.append(ComplianceFinding("\(name) is dated \(last.value.text), after the as-of date \(today.text)", at: last.range))
            } else if let maximum = frequency.maximumAge, age > maximum {
                findings.append(ComplianceFinding(
                    "\(name) is overdue: last done \(last.value.text), \(age) days before \(today.text); \(frequency.text) allows \(maximum)",
                    at: last.range))
            } else if frequency.maximumAge == nil {
                findings.append(ComplianceFinding("\(name) has a frequency, \"\(frequency.text)\", that says nothing about when it is due", at: frequency.range))
            } else {
                evidence.append(ComplianceEvidence("\(name) last done \(last.value.text), within \(frequency.text)", at: last.range))
            }
        }
        return findings.isEmpty ? .pass(evidence) : .fail(findings)
    }
}
