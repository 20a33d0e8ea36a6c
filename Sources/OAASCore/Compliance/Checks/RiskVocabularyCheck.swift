/// Risk categories and levels are ones the framework defines: the EU AI Act's four risk categories
/// (and not `prohibited`), no "tiers" for the AI RMF, no "levels" for an ISO certificate.
enum RiskVocabularyCheck {
    /// The EU AI Act's risk categories, with the spellings people use.
    static let euCategories: [String: String] = [
        "high_risk": "high-risk (Art. 6, Annex III)", "high": "high-risk (Art. 6, Annex III)",
        "limited": "limited risk (transparency duties, Art. 50)", "limited_risk": "limited risk (transparency duties, Art. 50)",
        "transparency": "limited risk (transparency duties, Art. 50)",
        "minimal": "minimal risk", "minimal_risk": "minimal risk",
    ]

    static let explanation = """
        A framework's own vocabulary is part of the claim. The EU AI Act sorts systems into prohibited \
        practices (Art. 5), high-risk (Art. 6, Annex III), limited-risk (Art. 50) and minimal-risk; a \
        prohibited system cannot be deployed at all and a missing category leaves every other duty \
        undecided. The NIST AI RMF 1.0 has profiles, not tiers: `tier1`–`tier4` are the Cybersecurity \
        Framework's implementation tiers, so an AI RMF "maturity level" in tiers claims something the \
        framework does not define; use `current_profile` and `target_profile`. ISO/IEC 42001 \
        certificates have no levels (`level: gold` is an organisation's label, not the standard's).
        """
    static let example = """
        nist_ai_rmf:
          maturity_level: tier3
        """

    static func run(_ facts: ComplianceFacts, framework: ComplianceFrameworkID) -> CheckOutcome {
        guard let (governance, section) = facts.section(framework) else {
            if framework == .euAIAct {
                // Without a category every other duty of the Act is undecided.
                return .fail([ComplianceFinding("no \"compliance.eu_ai_act\" section declares the system's risk category", at: nil)])
            }
            return .notApplicable(ComplianceEvidence("the governance file has no section for the framework", at: nil))
        }
        switch framework {
        case .euAIAct:
            guard let category = governance.euAIAct?.riskCategory else {
                return .fail([ComplianceFinding("no \"risk_category\" is declared, so the system's duties are undecided", at: section.key.range)])
            }
            let word = category.value.lowercased()
            if ["prohibited", "unacceptable", "unacceptable_risk"].contains(word) {
                return .fail([ComplianceFinding(
                    "\"risk_category: \(category.value)\": a prohibited practice (Art. 5) may not be placed on the market or used", at: category.range)])
            }
            guard let meaning = euCategories[word] else {
                return .fail([ComplianceFinding(
                    "\"risk_category: \(category.value)\" is not a category of the EU AI Act (high_risk, limited, minimal, or prohibited)", at: category.range)])
            }
            return .pass([ComplianceEvidence("risk category \(meaning)", at: category.range)])
        case .nistAIRMF:
            if let level = governance.nistAIRMF?.maturityLevel, level.value.lowercased().hasPrefix("tier") {
                return .fail([ComplianceFinding(
                    "\"maturity_level: \(level.value)\": the AI RMF 1.0 defines no tiers (those are the Cybersecurity Framework's); describe \"current_profile\" and \"target_profile\"",
                    at: level.range)])
            }
            if let profile = section.section.string("current_profile") {
                return .pass([ComplianceEvidence("current profile \(profile.value)", at: profile.range)])
            }
            return .pass([ComplianceEvidence("no tiers claimed", at: section.key.range)])
        case .iso42001:
            if let level = section.level {
                return .fail([ComplianceFinding(
                    "\"level: \(level.value)\": ISO/IEC 42001 certificates have no levels; keep the organisation's label out of the claim", at: level.range)])
            }
            return .pass([ComplianceEvidence("no levels claimed", at: section.key.range)])
        default:
            return .notApplicable(ComplianceEvidence("the framework defines no risk vocabulary", at: nil))
        }
    }
}
