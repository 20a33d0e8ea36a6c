/// `GovernanceConfiguration` sections that keep records: data governance, risk management and
/// certifications.
extension GovernanceSchema {
    // MARK: Data governance

    static let classificationLevel = ObjectShape(
        "oaas-governance-classification-level", doc: "A data classification level.",
        fields: [
            Field("description", .string, "What data the level is for."),
            Field("controls", .either([.string, .list(.string)]), "The controls the level requires."),
        ])

    static let classification = ObjectShape(
        "oaas-governance-classification", doc: "Data classification.",
        fields: [
            Field("levels", .dictionary(.object(classificationLevel)), "The levels, by name."),
            Field("default_level", .string, "The level of unclassified data."),
        ])

    static let lifecycleCollection = ObjectShape(
        "oaas-governance-lifecycle-collection", doc: "Rules for collecting data.",
        fields: [
            Field("consent_required", .bool, "Whether consent is needed."),
            Field("purpose_limitation", .bool, "Whether data is used only for its stated purpose."),
            Field("data_minimization", .bool, "Whether only needed data is collected."),
        ])

    static let lifecycleProcessing = ObjectShape(
        "oaas-governance-lifecycle-processing", doc: "Rules for processing data.",
        fields: [
            Field("lawful_basis_required", .bool, "Whether each processing needs a lawful basis."),
            Field("transparency_required", .bool, "Whether processing is disclosed."),
            Field("accuracy_maintained", .bool, "Whether data is kept accurate."),
        ])

    static let lifecycleRetention = ObjectShape(
        "oaas-governance-lifecycle-retention", doc: "How long data is kept.",
        hints: ["default": "default_period", "period": "default_period", "retention_period": "default_period"],
        fields: [
            Field("default_period", .grammar(.duration(bareUnit: .days)), "How long data is kept unless a rule says otherwise (bare numbers are days)."),
            Field("regulatory_requirements", .string, "How regulatory periods apply, such as \"varies\"."),
            Field("deletion_verification", .bool, "Whether deletion is verified."),
            Field("periods", .dictionary(.grammar(.duration(bareUnit: .days))), "Retention periods by data class (bare numbers are days)."),
        ])

    static let lifecycleDisposal = ObjectShape(
        "oaas-governance-lifecycle-disposal", doc: "Rules for disposing of data.",
        fields: [
            Field("secure_deletion", .bool, "Whether data is deleted securely."),
            Field("certification_required", .bool, "Whether deletion is certified."),
            Field("audit_trail", .bool, "Whether deletion is audited."),
        ])

    static let lifecycle = ObjectShape(
        "oaas-governance-lifecycle", doc: "The data lifecycle.",
        fields: [
            Field("collection", .object(lifecycleCollection), "Collection."),
            Field("processing", .object(lifecycleProcessing), "Processing."),
            Field("retention", .object(lifecycleRetention), "Retention."),
            Field("disposal", .object(lifecycleDisposal), "Disposal."),
        ])

    static let privacyGDPR = ObjectShape(
        "oaas-governance-privacy-gdpr", doc: "GDPR privacy controls.",
        hints: ["dpo": "data_protection_officer"],
        fields: [
            Field("applicable", .bool, "Whether the GDPR applies."),
            Field("data_protection_officer", .string, "The data protection officer's contact."),
            Field("privacy_impact_assessments", .bool, "Whether impact assessments are carried out."),
        ])

    static let privacyCCPA = ObjectShape(
        "oaas-governance-privacy-ccpa", doc: "CCPA privacy controls.",
        fields: [
            Field("applicable", .bool, "Whether the CCPA applies."),
            Field("consumer_rights_enabled", .bool, "Whether consumers can exercise their rights."),
            Field("opt_out_mechanism", .bool, "Whether consumers can opt out of sale."),
        ])

    static let dataTransfer = ObjectShape(
        "oaas-governance-data-transfer", doc: "Personal data sent outside the EEA, and the GDPR Chapter V mechanism that allows it.",
        hints: ["destinations": "regions", "basis": "mechanism", "agreement": "reference"],
        fields: [
            Field("regions", .list(.string), required: true, "The regions the data goes to (`us-east-1`)."),
            Field("mechanism", .oneOfWords(["adequacy_decision", "scc", "bcr", "code_of_conduct", "certification", "derogation"]), required: true,
                  "The mechanism: an adequacy decision (Art. 45), standard contractual clauses or binding corporate rules (Art. 46–47), a code of conduct or certification (Art. 46), or a derogation (Art. 49)."),
            Field("reference", .string, required: true, "Where the agreement or decision is."),
            Field("transfer_impact_assessment", .string, "Where the transfer impact assessment is."),
        ])

    static let dataResidency = ObjectShape(
        "oaas-governance-data-residency", doc: "Where data may be stored and processed.",
        hints: ["regions": "allowed_regions", "required": "requirements", "enforced": "requirements", "transfer_mechanisms": "transfers"],
        fields: [
            Field("requirements", .bool, "Whether residency rules apply."),
            Field("allowed_regions", .list(.string), "The regions data may be in."),
            Field("cross_border_transfers", .oneOfWords(["allowed", "restricted", "prohibited"]), "Whether data may leave those regions."),
            Field("transfers", .list(.object(dataTransfer)), "Transfers of personal data outside the EEA and their mechanisms."),
        ])

    static let privacy = ObjectShape(
        "oaas-governance-privacy", doc: "Privacy controls.",
        fields: [
            Field("gdpr", .object(privacyGDPR), "The GDPR."),
            Field("ccpa", .object(privacyCCPA), "The CCPA."),
            Field("data_residency", .object(dataResidency), "Data residency."),
        ])

    static let qualityMonitoring = ObjectShape(
        "oaas-governance-quality-monitoring", doc: "Monitoring of data quality.",
        fields: [
            Field("automated_checks", .bool, "Whether quality is checked automatically."),
            Field("anomaly_detection", .bool, "Whether anomalies are detected."),
            Field("quality_dashboards", .bool, "Whether quality dashboards exist."),
        ])

    static let quality = ObjectShape(
        "oaas-governance-quality", doc: "Data quality.",
        fields: [
            Field("dimensions", .either([.list(.dictionary(.number(min: 0, max: 1))), .dictionary(.number(min: 0, max: 1))]), "Quality targets by dimension, as fractions."),
            Field("monitoring", .object(qualityMonitoring), "Quality monitoring."),
        ])

    static let dataGovernance = ObjectShape(
        "oaas-governance-data-governance", doc: "Data governance: classification, lifecycle, privacy and quality.",
        fields: [
            Field("classification", .object(classification), "Classification."),
            Field("lifecycle", .object(lifecycle), "The data lifecycle."),
            Field("privacy", .object(privacy), "Privacy controls."),
            Field("quality", .object(quality), "Data quality."),
        ])

    // MARK: Risk management

    static let riskFramework = ObjectShape(
        "oaas-governance-risk-framework", doc: "The risk management method.",
        fields: [
            Field("methodology", .string, "The method, such as \"iso31000\"."),
            Field("risk_appetite", .string, "How much risk is accepted, such as \"moderate\"."),
            Field("review_cycle", frequency, "How often risks are reviewed."),
        ])

    static let riskAssessment = ObjectShape(
        "oaas-governance-risk-assessment", doc: "The risk assessment schedule.",
        hints: ["last_review": "last_assessment", "next_review": "next_assessment"],
        fields: [
            Field("frequency", frequency, "How often risks are assessed."),
            Field("last_assessment", .grammar(.date), "When risks were last assessed."),
            Field("next_assessment", .grammar(.date), "When risks are next assessed."),
            Field("owner", .string, "Who assesses them."),
        ])

    static let riskCategory = ObjectShape(
        "oaas-governance-risk-category", doc: "Risk counts for one category.",
        fields: [
            Field("risks", .int(min: 0), "Risks identified."),
            Field("high_risks", .int(min: 0), "High risks."),
            Field("mitigation_rate", .number(min: 0, max: 1), "The fraction of risks mitigated."),
        ])

    static let riskControls = ObjectShape(
        "oaas-governance-risk-controls", doc: "Control counts for one kind of control.",
        fields: [
            Field("total", .int(min: 0), "Controls in all."),
            Field("effective", .int(min: 0), "Effective controls."),
            Field("effectiveness", .number(min: 0, max: 1), "The fraction of controls that are effective."),
        ])

    static let keyRiskIndicator = ObjectShape(
        "oaas-governance-kri", doc: "A key risk indicator.",
        fields: [
            Field("name", .string, required: true, "The indicator's name."),
            Field("threshold", .number(), "The value at which it raises concern."),
            Field("current", .number(), "The current value."),
        ])

    static let riskMonitoring = ObjectShape(
        "oaas-governance-risk-monitoring", doc: "Risk monitoring.",
        fields: [Field("kris", .list(.object(keyRiskIndicator)), "Key risk indicators.")])

    static let riskManagement = ObjectShape(
        "oaas-governance-risk-management", doc: "Risk management: method, assessment, register and indicators.",
        hints: ["register": "risk_register"],
        fields: [
            Field("framework", .object(riskFramework), "The method."),
            Field("assessment", .object(riskAssessment), "The assessment schedule."),
            Field("risk_register", .string, "Where the risk register is."),
            Field("categories", .dictionary(.object(riskCategory)), "Risk counts by category."),
            Field("controls", .dictionary(.object(riskControls)), "Control counts by kind."),
            Field("monitoring", .object(riskMonitoring), "Risk monitoring."),
        ])

    // MARK: Certification

    static let certificate = ObjectShape(
        "oaas-governance-certificate", doc: "A certification the organisation holds.",
        hints: [
            "expires": "valid_until", "expiry": "valid_until", "expiration_date": "valid_until", "valid_to": "valid_until",
            "issued_on": "issued", "issue_date": "issued", "certification_body": "issuer", "certificate_id": "certificate_number",
        ],
        fields: [
            Field("name", .string, required: true, "The certification, such as \"ISO 42001:2023\"."),
            Field("issuer", .string, "Who issued it."),
            Field("certificate_number", .string, "The certificate's number."),
            Field("issued", .grammar(.date), "When it was issued."),
            Field("valid_until", .grammar(.date), "When it expires."),
            Field("scope", .string, "What it covers."),
        ])

    static let attestation = ObjectShape(
        "oaas-governance-attestation", doc: "A signed statement about compliance.",
        fields: [
            Field("type", .oneOfWords(["management_assertion", "third_party_audit", "self_assessment"]), required: true, "The kind of attestation."),
            Field("date", .grammar(.date), "When it was made."),
            Field("signatory", .string, "Who signed it."),
            Field("auditor", .string, "Who audited, for third-party audits."),
        ])

    static let continuousCompliance = ObjectShape(
        "oaas-governance-continuous-compliance", doc: "Continuous compliance monitoring.",
        fields: [
            Field("monitoring", .bool, "Whether compliance is monitored continuously."),
            Field("automated_checks", .bool, "Whether checks run automatically."),
            Field("deviation_alerts", .bool, "Whether deviations raise alerts."),
            Field("remediation_sla", .grammar(.duration(bareUnit: .hours)), "How soon deviations are fixed (bare numbers are hours)."),
        ])

    static let certification = ObjectShape(
        "oaas-governance-certification", doc: "Certifications and attestations.",
        hints: ["certifications": "active_certifications", "certificates": "active_certifications"],
        fields: [
            Field("active_certifications", .list(.object(certificate)), "Certifications held."),
            Field("attestations", .list(.object(attestation)), "Attestations."),
            Field("continuous_compliance", .object(continuousCompliance), "Continuous monitoring."),
        ])
}
