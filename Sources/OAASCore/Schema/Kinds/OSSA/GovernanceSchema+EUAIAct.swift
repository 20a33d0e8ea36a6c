/// The `eu_ai_act` section of `GovernanceConfiguration.spec.compliance`: risk category, role, and the
/// requirements for high-risk systems that the EU AI Act checks read.
extension GovernanceSchema {
    static let euTransparency = ObjectShape(
        "oaas-governance-eu-transparency", doc: "Transparency duties (Article 50 and Article 13).",
        fields: [
            Field("user_notification", .bool, "Whether users are told they deal with an AI system."),
            Field("ai_disclosure", .bool, "Whether AI involvement is disclosed."),
            Field("machine_readable_marking", .bool, "Whether generated content is marked."),
            Field("documentation", .string, "Who may see the documentation, such as \"public\"."),
        ])

    static let euHumanOversight = ObjectShape(
        "oaas-governance-eu-human-oversight", doc: "Human oversight (Article 14).",
        hints: ["killswitch": "kill_switch", "override": "override_capability", "roles": "assigned_to"],
        fields: [
            Field("override_capability", .bool, "Whether a person can override the system's output."),
            Field("monitoring_dashboard", .bool, "Whether people can watch the system at work."),
            Field("kill_switch", .bool, "Whether a person can stop the system."),
            Field("assigned_to", .list(.string), "The people or roles who oversee the system."),
        ])

    static let euRequirement = ObjectShape(
        "oaas-governance-eu-requirement", doc: "One requirement for high-risk systems and how it is met.",
        fields: [
            Field("implemented", .bool, "Whether the requirement is met."),
            Field("frequency", frequency, "How often it is reviewed."),
            Field("last_review", .grammar(.date), "When it was last reviewed."),
            Field("evidence", .string, "Where the evidence is."),
            Field("testing_required", .bool, "Whether accuracy is tested before release."),
            Field("performance_thresholds", .bool, "Whether accuracy thresholds are declared."),
            Field("continuous_monitoring", .bool, "Whether performance is monitored in operation."),
            Field("adversarial_testing", .bool, "Whether the system is tested against attacks."),
            Field("stress_testing", .bool, "Whether the system is tested under load."),
            Field("failover_mechanisms", .bool, "Whether the system fails over safely."),
            Field("quality_assurance", .bool, "Whether data quality is assured."),
            Field("bias_mitigation", .bool, "Whether bias is mitigated."),
            Field("bias_examination", .bool, "Whether data sets are examined for bias."),
            Field("datasets_documented", .bool, "Whether data sets are documented."),
            Field("privacy_protection", .bool, "Whether personal data is protected."),
            Field("automatic_logging", .bool, "Whether events are logged automatically."),
        ])

    static let euFRIA = ObjectShape(
        "oaas-governance-eu-fria", doc: "The fundamental rights impact assessment (Article 27).",
        fields: [
            Field("completed", .bool, "Whether it is done."),
            Field("date", .grammar(.date), "When it was done."),
            Field("notified_authority", .bool, "Whether the market surveillance authority was notified."),
        ])

    static let euTechnicalDocumentation = ObjectShape(
        "oaas-governance-eu-technical-documentation", doc: "Technical documentation (Article 11 and Annex IV).",
        fields: [
            Field("system_description", .string, "Where the system description is."),
            Field("risk_assessment", .string, "Where the risk assessment is."),
            Field("testing_results", .string, "Where the test results are."),
            Field("evidence", .string, "Where the documentation is."),
            Field("retention", .grammar(.duration(bareUnit: .days)), "How long it is kept (bare numbers are days)."),
        ])

    static let euRequirements = ObjectShape(
        "oaas-governance-eu-requirements", doc: "The EU AI Act requirements and how they are met.",
        fields: [
            Field("transparency", .object(euTransparency), "Transparency."),
            Field("human_oversight", .object(euHumanOversight), "Human oversight."),
            Field("accuracy", .object(euRequirement), "Accuracy (Article 15)."),
            Field("robustness", .object(euRequirement), "Robustness (Article 15)."),
            Field("data_governance", .object(euRequirement), "Data governance (Article 10)."),
            Field("risk_management", .object(euRequirement), "The risk management system (Article 9)."),
            Field("record_keeping", .object(euRequirement), "Record keeping (Article 12)."),
            Field("fria", .object(euFRIA), "The fundamental rights impact assessment."),
            Field("technical_documentation", .object(euTechnicalDocumentation), "Technical documentation."),
        ])

    static let euConformity = ObjectShape(
        "oaas-governance-eu-conformity", doc: "Conformity assessment (Article 43) and CE marking.",
        fields: [
            Field("self_assessment", .string, "The state of the internal assessment, such as \"completed\"."),
            Field("third_party_assessment", .string, "The state of the notified-body assessment, such as \"scheduled\"."),
            Field("ce_marking", .string, "The state of the CE marking, such as \"pending\"."),
            Field("completed", .bool, "Whether the conformity assessment is complete."),
        ])

    static let euPostMarket = ObjectShape(
        "oaas-governance-eu-post-market", doc: "Post-market monitoring (Article 72).",
        fields: [
            Field("plan", .string, "Where the post-market monitoring plan is."),
            Field("last_review", .grammar(.date), "When the plan was last reviewed."),
        ])

    static let euAIAct = ObjectShape(
        "oaas-governance-eu-ai-act", doc: "The EU AI Act (Regulation (EU) 2024/1689).", hints: frameworkHints,
        fields: frameworkFields([
            Field("risk_category", .oneOfWords(["prohibited", "unacceptable", "high_risk", "limited", "transparency", "minimal"]), "The system's risk category."),
            Field("role", .oneOfWords(["provider", "deployer", "both", "importer", "distributor"]), "The organisation's role for the system."),
            Field("system_type", .string, "The kind of system, such as \"ai_system\" or \"gpai_model\"."),
            Field("deployer_type", .string, "The kind of deployer, such as \"public_body\"."),
            Field("annex_iii_point", .string, "The Annex III area the system falls under, such as \"5b\"."),
            Field("classification_rationale", .string, "Why an Annex III system is not high-risk (Article 6(3))."),
            Field("profiling", .bool, "Whether the system profiles people."),
            Field("use_cases", .list(.string), "What the system is used for."),
            Field("requirements", .object(euRequirements), "Requirements and how they are met."),
            Field("technical_documentation", .object(euTechnicalDocumentation), "Technical documentation."),
            Field("conformity_assessment", .object(euConformity), "Conformity assessment."),
            Field("post_market_monitoring", .object(euPostMarket), "Post-market monitoring."),
        ]))
}
