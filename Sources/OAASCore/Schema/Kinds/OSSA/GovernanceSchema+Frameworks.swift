/// The per-framework sections of `GovernanceConfiguration.spec.compliance`. Keys follow the enterprise
/// example (`iso_42001`, `nist_ai_rmf`, `eu_ai_act`, `sox`, `hipaa`) and the evidence the compliance checks
/// read (reference `compliance-frameworks.md`, section 2); `gdpr` and `soc2` get sections of their own.
extension GovernanceSchema {
    /// Where a framework stands for the organisation.
    static let statusWords = [
        "certified", "compliant", "implemented", "implementing", "in_progress", "partially_compliant",
        "non_compliant", "not_certified", "not_applicable", "planned",
    ]

    static let control = ObjectShape(
        "oaas-governance-control", doc: "One control of a framework and the evidence that it is met.",
        hints: ["id": "control_id", "control": "control_id", "controlId": "control_id", "title": "name"],
        fields: [
            Field("control_id", .string, required: true, "The control's identifier in the framework's catalog, such as \"A.6.2.8\"."),
            Field("name", .string, "The control's title."),
            Field("status", .oneOfWords(["compliant", "partially_compliant", "non_compliant", "not_applicable", "planned", "in_progress"]), "Whether the control is met."),
            Field("evidence", .string, "Where the evidence is, a URI or a repository path."),
            Field("justification", .string, "Why the control does not apply, when it does not."),
            Field("last_verified", .grammar(.date), "When the evidence was last checked."),
            Field("owner", .string, "Who is accountable for the control."),
        ])

    static let exception = ObjectShape(
        "oaas-governance-exception", doc: "A documented alternative to a control.",
        fields: [
            Field("control", .string, required: true, "The control the exception is for."),
            Field("justification", .string, "Why the control is not implemented as written."),
            Field("alternative", .string, "What is done instead."),
        ])

    /// Fields every framework section has: status, certification dates and controls.
    static func frameworkFields(controls: Shape = .list(.object(control)), _ fields: [Field]) -> [Field] {
        [
            Field("status", .oneOfWords(statusWords), "Where the organisation stands with the framework."),
            Field("applicable", .bool, "Whether the framework applies at all."),
            Field("level", .string, "An organisation-defined level, such as \"gold\"."),
            Field("version", .string, "The framework's version."),
            Field("scope", .string, "What the framework covers in the organisation."),
            Field("certification_body", .string, "Who certified the organisation."),
            Field("certificate_number", .string, "The certificate's number."),
            Field("issued", .grammar(.date), "When the certificate was issued."),
            Field("valid_until", .grammar(.date), "When the certificate or attestation expires."),
            Field("last_surveillance_audit", .grammar(.date), "When the last surveillance audit took place."),
            Field("next_audit", .grammar(.date), "When the next audit is due."),
            Field("owner", .string, "Who is accountable for the framework."),
            Field("controls", controls, "The framework's controls and their evidence."),
            Field("exceptions", .list(.object(exception)), "Documented alternatives to controls."),
        ] + fields
    }

    static let frameworkHints = [
        "certificate_id": "certificate_number", "expires": "valid_until", "expiry": "valid_until",
        "expiration_date": "valid_until", "valid_to": "valid_until", "issued_on": "issued", "issue_date": "issued",
        "certified_on": "issued", "certifier": "certification_body", "issuer": "certification_body",
    ]

    // MARK: ISO/IEC 42001

    static let isoRequirement = ObjectShape(
        "oaas-governance-iso-requirement", doc: "One management-system requirement and how it is met.",
        hints: ["last_review": "last_assessment", "register": "risk_register"],
        fields: [
            Field("implemented", .bool, "Whether the requirement is met."),
            Field("documentation", .string, "Where its documentation is."),
            Field("frequency", frequency, "How often it is carried out."),
            Field("last_assessment", .grammar(.date), "When it was last carried out."),
            Field("next_assessment", .grammar(.date), "When it is next due."),
            Field("risk_register", .string, "Where the risk register is."),
            Field("evidence", .string, "Where the evidence is."),
            Field("metrics", .list(.string), "What is measured."),
            Field("reporting_frequency", frequency, "How often results are reported."),
            Field("improvement_log", .string, "Where improvements are logged."),
        ])

    static let isoRequirements = ObjectShape(
        "oaas-governance-iso-requirements", doc: "The ISO/IEC 42001 management-system requirements.",
        fields: [
            Field("ai_management_system", .object(isoRequirement), "The AI management system itself."),
            Field("risk_assessment", .object(isoRequirement), "AI risk assessment (clauses 6.1.2 and 8.2)."),
            Field("impact_assessment", .object(isoRequirement), "AI system impact assessment (clauses 6.1.4 and 8.4)."),
            Field("performance_evaluation", .object(isoRequirement), "Performance evaluation (clause 9)."),
            Field("continual_improvement", .object(isoRequirement), "Continual improvement (clause 10)."),
            Field("internal_audit", .object(isoRequirement), "Internal audit (clause 9.2)."),
            Field("management_review", .object(isoRequirement), "Management review (clause 9.3)."),
        ])

    static let iso42001 = ObjectShape(
        "oaas-governance-iso-42001", doc: "ISO/IEC 42001 (AI management system).", hints: frameworkHints,
        fields: frameworkFields([
            Field("requirements", .object(isoRequirements), "Management-system requirements."),
        ]))

    // MARK: NIST AI RMF

    static let nistPolicy = ObjectShape(
        "oaas-governance-nist-policy", doc: "A governing policy.",
        fields: [
            Field("name", .string, required: true, "The policy's name."),
            Field("version", .string, "The policy's version."),
            Field("approved", .grammar(.date), "When it was approved."),
        ])

    static let nistSubcategory = ObjectShape(
        "oaas-governance-nist-subcategory", doc: "An AI RMF subcategory outcome and its evidence.",
        fields: [
            Field("id", .string, required: true, "The subcategory, such as \"GOVERN 1.1\" or \"GV-1.1\"."),
            Field("status", .oneOfWords(statusWords), "Whether the outcome is achieved."),
            Field("evidence", .string, "Where the evidence is."),
        ])

    static let nistGovern = ObjectShape(
        "oaas-governance-nist-govern", doc: "The GOVERN function: policies, roles and accountability.",
        hints: ["policy": "policies"],
        fields: [
            Field("policies", .list(.object(nistPolicy)), "Governing policies."),
            Field("roles", .dictionary(.list(.string)), "Who holds each governance role."),
            Field("accountability", .dictionary(.string), "Accountable people, such as the executive sponsor."),
            Field("review_frequency", frequency, "How often governance is reviewed."),
            Field("last_review", .grammar(.date), "When governance was last reviewed."),
            Field("subcategories", .list(.object(nistSubcategory)), "Subcategory outcomes."),
        ])

    static let nistMap = ObjectShape(
        "oaas-governance-nist-map", doc: "The MAP function: context, risks and requirements.",
        fields: [
            Field("context", .dictionary(.string), "How each context is documented."),
            Field("risks", .dictionary(.int(min: 0)), "Risk counts."),
            Field("requirements", .dictionary(.int(min: 0)), "Requirement counts."),
            Field("risk_tolerance", .string, "The organisation's risk tolerance, a word or a document reference."),
            Field("subcategories", .list(.object(nistSubcategory)), "Subcategory outcomes."),
        ])

    static let nistMetric = ObjectShape(
        "oaas-governance-nist-metric", doc: "A measured trustworthiness metric.",
        fields: [
            Field("name", .string, required: true, "The metric's name."),
            Field("target", .either([.number(), .string]), "The target: a number or a comparison such as \"<0.05\"."),
            Field("current", .number(), "The current value."),
        ])

    static let nistMeasure = ObjectShape(
        "oaas-governance-nist-measure", doc: "The MEASURE function: metrics, testing and monitoring.",
        fields: [
            Field("metrics", .list(.object(nistMetric)), "Measured metrics."),
            Field("testing", .dictionary(.int(min: 0)), "Test counts by kind."),
            Field("monitoring", .dictionary(.bool), "Which kinds of monitoring are on."),
            Field("subcategories", .list(.object(nistSubcategory)), "Subcategory outcomes."),
        ])

    static let nistIncidents = ObjectShape(
        "oaas-governance-nist-incidents", doc: "Incident counts and recovery time.",
        fields: [
            Field("total_incidents", .int(min: 0), "Incidents in all."),
            Field("resolved_incidents", .int(min: 0), "Incidents resolved."),
            Field("open_incidents", .int(min: 0), "Incidents open."),
            Field("mttr", .grammar(.duration(bareUnit: .hours)), "Mean time to recover (bare numbers are hours)."),
        ])

    static let nistManage = ObjectShape(
        "oaas-governance-nist-manage", doc: "The MANAGE function: controls, incidents and improvements.",
        fields: [
            Field("controls", .dictionary(.int(min: 0)), "Control counts by kind."),
            Field("incidents", .object(nistIncidents), "Incident counts."),
            Field("improvements", .dictionary(.int(min: 0)), "Improvement counts by state."),
            Field("subcategories", .list(.object(nistSubcategory)), "Subcategory outcomes."),
        ])

    static let nistFunctions = ObjectShape(
        "oaas-governance-nist-functions", doc: "The four AI RMF functions.",
        fields: [
            Field("govern", .object(nistGovern), "GOVERN."),
            Field("map", .object(nistMap), "MAP."),
            Field("measure", .object(nistMeasure), "MEASURE."),
            Field("manage", .object(nistManage), "MANAGE."),
        ])

    static let nistAIRMF = ObjectShape(
        "oaas-governance-nist-ai-rmf", doc: "The NIST AI Risk Management Framework.", hints: frameworkHints,
        fields: frameworkFields([
            Field("maturity_level", .string, "An organisation-defined maturity level; the AI RMF itself defines profiles, not tiers."),
            Field("tier", .string, "The implementation tier seed 003 records (\"tier3\")."),
            Field("current_profile", .string, "The current AI RMF profile."),
            Field("target_profile", .string, "The target AI RMF profile."),
            Field("functions", .object(nistFunctions), "The four functions."),
        ]))

    // MARK: SOX

    static let soxAccessControl = ObjectShape(
        "oaas-governance-sox-access-control", doc: "Access control (ITGC).",
        fields: [
            Field("control_id", .string, "The catalog control it implements (`ITGC-AC`)."),
            Field("implemented", .bool, "Whether the control is in place."),
            Field("review_frequency", frequency, "How often access is reviewed."),
            Field("last_review", .grammar(.date), "When access was last reviewed."),
            Field("deprovision_within", .grammar(.duration(bareUnit: .hours)), "How soon leavers lose access (bare numbers are hours)."),
        ])

    static let soxEmergency = ObjectShape(
        "oaas-governance-sox-emergency", doc: "Emergency changes.",
        fields: [
            Field("allowed", .bool, "Whether changes may bypass approval in an emergency."),
            Field("post_approval_within", .grammar(.duration(bareUnit: .hours)), "How soon an emergency change is approved afterwards (bare numbers are hours)."),
        ])

    static let soxChangeManagement = ObjectShape(
        "oaas-governance-sox-change-management", doc: "Change management (ITGC).",
        hints: ["approvals": "min_approvals", "self_approval": "allow_self_approval"],
        fields: [
            Field("control_id", .string, "The catalog control it implements (`ITGC-CM`)."),
            Field("implemented", .bool, "Whether the control is in place."),
            Field("approval_required", .bool, "Whether changes need approval."),
            Field("testing_required", .bool, "Whether changes need testing."),
            Field("min_approvals", .int(min: 0), "How many approvals a change needs."),
            Field("allow_self_approval", .bool, "Whether a requester may approve their own change."),
            Field("requester_excluded", .bool, "Whether the requester is excluded from the approvers."),
            Field("emergency", .object(soxEmergency), "Emergency changes."),
        ])

    static let soxAuditTrail = ObjectShape(
        "oaas-governance-sox-audit-trail", doc: "The audit trail (ITGC).",
        hints: ["retention_period": "retention", "immutable_storage": "immutable"],
        fields: [
            Field("control_id", .string, "The catalog control it implements (`ITGC-OPS`)."),
            Field("implemented", .bool, "Whether the control is in place."),
            Field("enabled", .bool, "Whether the trail is recorded."),
            Field("retention", .grammar(.duration(bareUnit: .days)), "How long the trail is kept (bare numbers are days)."),
            Field("immutable", .bool, "Whether the trail is write-once."),
        ])

    static let soxControls = ObjectShape(
        "oaas-governance-sox-controls", doc: "The SOX IT general controls.",
        fields: [
            Field("access_control", .object(soxAccessControl), "Access control."),
            Field("change_management", .object(soxChangeManagement), "Change management."),
            Field("audit_trail", .object(soxAuditTrail), "The audit trail."),
        ])

    static let sox = ObjectShape(
        "oaas-governance-sox", doc: "The Sarbanes-Oxley Act IT general controls.", hints: frameworkHints,
        fields: frameworkFields(controls: .object(soxControls), [
            Field("in_scope_systems", .list(.string), "The systems that support financial reporting."),
        ]))

    // MARK: HIPAA, GDPR, SOC 2 and others

    /// HIPAA safeguards are written as lists of single-key maps (`- workforce_training: true`) or as maps.
    static let safeguardList: Shape = .either([.list(.dictionary(.any)), .dictionary(.any)])

    static let hipaaSafeguards = ObjectShape(
        "oaas-governance-hipaa-safeguards", doc: "The HIPAA Security Rule safeguards.",
        fields: [
            Field("administrative", safeguardList, "Administrative safeguards (164.308)."),
            Field("physical", safeguardList, "Physical safeguards (164.310)."),
            Field("technical", safeguardList, "Technical safeguards (164.312)."),
            Field("organizational", safeguardList, "Organisational requirements (164.314)."),
        ])

    static let hipaa = ObjectShape(
        "oaas-governance-hipaa", doc: "HIPAA (US health data).", hints: frameworkHints,
        fields: frameworkFields([
            Field("covered_entity", .bool, "Whether the organisation is a covered entity."),
            Field("business_associate", .bool, "Whether the organisation is a business associate."),
            Field("safeguards", .object(hipaaSafeguards), "The safeguards in place."),
        ]))

    static let gdpr = ObjectShape(
        "oaas-governance-gdpr", doc: "The GDPR (EU personal data).", hints: frameworkHints,
        fields: frameworkFields([
            Field("data_protection_officer", .string, "The data protection officer's contact."),
            Field("privacy_impact_assessments", .bool, "Whether impact assessments are carried out."),
            Field("lead_supervisory_authority", .string, "The lead data protection authority."),
        ]))

    static let soc2 = ObjectShape(
        "oaas-governance-soc2", doc: "SOC 2 (AICPA Trust Services Criteria).", hints: frameworkHints,
        fields: frameworkFields([
            Field("type", .oneOfWords(["type1", "type2", "type_1", "type_2"]), "The report type."),
            Field("categories", .list(.oneOfWords(["security", "availability", "confidentiality", "processing_integrity", "privacy"])), "The Trust Services categories in scope."),
            Field("auditor", .string, "The audit firm."),
            Field("report_period_end", .grammar(.date), "The end of the period the report covers."),
        ]))

    static let otherFramework = ObjectShape(
        "oaas-governance-framework", doc: "A compliance framework section.", hints: frameworkHints,
        fields: frameworkFields([]))

    static let compliance = ObjectShape(
        "oaas-governance-compliance", doc: "Per-framework compliance sections; other keys are frameworks whose catalogs `oaas compliance-check --catalog` imports (`nist_800_53`).",
        extra: .object(otherFramework),
        hints: [
            "iso42001": "iso_42001", "iso-42001": "iso_42001", "nist": "nist_ai_rmf", "nist-ai-rmf": "nist_ai_rmf",
            "eu_ai": "eu_ai_act", "eu-ai-act": "eu_ai_act", "euaiact": "eu_ai_act", "soc_2": "soc2", "soc-2": "soc2",
        ],
        fields: [
            Field("iso_42001", .object(iso42001), "ISO/IEC 42001."),
            Field("nist_ai_rmf", .object(nistAIRMF), "The NIST AI RMF."),
            Field("eu_ai_act", .object(euAIAct), "The EU AI Act."),
            Field("sox", .object(sox), "SOX."),
            Field("hipaa", .object(hipaa), "HIPAA."),
            Field("gdpr", .object(gdpr), "The GDPR."),
            Field("soc2", .object(soc2), "SOC 2."),
            Field("ccpa", .object(otherFramework), "The CCPA."),
            Field("pci_dss", .object(otherFramework), "PCI DSS."),
            Field("iso_27001", .object(otherFramework), "ISO/IEC 27001."),
            Field("fedramp", .object(otherFramework), "FedRAMP."),
        ])
}
