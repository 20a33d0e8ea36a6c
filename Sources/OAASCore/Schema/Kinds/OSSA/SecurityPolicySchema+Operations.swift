/// `SecurityPolicy` sections for running security: incident response, monitoring, compliance checking
/// and security metrics.
extension SecurityPolicySchema {
    // MARK: Incident response

    static let automatedResponse = ObjectShape(
        "oaas-securitypolicy-automated-response", doc: "Automatic responses to security events.",
        fields: [
            Field("enabled", .bool, "Whether responses are automatic."),
            Field("response_time", .grammar(.duration(bareUnit: .seconds)), "How soon a response starts (bare numbers are seconds)."),
            Field("triggers", singleKeyMaps, "The events that start a response, with their thresholds."),
            Field("actions", .list(.string), "What is done."),
        ])

    static let escalationLevel = ObjectShape(
        "oaas-securitypolicy-escalation-level", doc: "One escalation level.",
        hints: ["team": "response_team", "response_time": "sla"],
        fields: [
            Field("criteria", .string, "When an incident reaches this level."),
            Field("response_team", .list(.string), "Who responds."),
            Field("sla", .grammar(.duration(bareUnit: .hours)), "How soon they respond (bare numbers are hours)."),
        ])

    static let escalation = ObjectShape(
        "oaas-securitypolicy-escalation", doc: "Escalation procedures.",
        fields: [
            Field("levels", .either([.list(.dictionary(.object(escalationLevel))), .dictionary(.object(escalationLevel))]), "The levels, by name, in order."),
        ])

    static let forensics = ObjectShape(
        "oaas-securitypolicy-forensics", doc: "Forensic evidence handling.",
        hints: ["retention": "retention_period", "storage": "storage_location"],
        fields: [
            Field("evidence_collection", .bool, "Whether evidence is collected."),
            Field("chain_of_custody", .bool, "Whether custody of evidence is recorded."),
            Field("retention_period", .grammar(.duration(bareUnit: .days)), "How long evidence is kept (bare numbers are days)."),
            Field("storage_location", .string, "Where evidence is stored."),
        ])

    static let incidentResponse = ObjectShape(
        "oaas-securitypolicy-incident-response", doc: "Incident response.",
        fields: [
            Field("plan", .string, "A reference to the incident response plan."),
            Field("contact", .string, "Who to contact."),
            Field("automated_response", .object(automatedResponse), "Automatic responses."),
            Field("escalation", .object(escalation), "Escalation."),
            Field("forensics", .object(forensics), "Forensics."),
        ])

    // MARK: Monitoring

    static let correlationRule = ObjectShape(
        "oaas-securitypolicy-correlation-rule", doc: "A SIEM correlation rule.",
        hints: ["condition": "pattern", "query": "pattern"],
        fields: [
            Field("name", .string, required: true, "The rule's name."),
            Field("pattern", .string, "The event pattern, such as \"failed_auth > 10 in 5m\"."),
            Field("severity", .oneOfWords(["low", "medium", "high", "critical"]), "How serious a match is."),
        ])

    static let siem = ObjectShape(
        "oaas-securitypolicy-siem", doc: "Security information and event management.",
        fields: [
            Field("enabled", .bool, "Whether events go to a SIEM."),
            Field("platform", .string, "The SIEM, such as \"splunk\"."),
            Field("log_sources", .list(.string), "The logs sent."),
            Field("correlation_rules", .list(.object(correlationRule)), "Correlation rules."),
        ])

    static let ueba = ObjectShape(
        "oaas-securitypolicy-ueba", doc: "User and entity behaviour analytics.",
        fields: [
            Field("enabled", .bool, "Whether it is on."),
            Field("ml_models", .list(.string), "The models used."),
            Field("monitored_entities", .list(.string), "What is watched."),
            Field("baseline_period", .grammar(.duration(bareUnit: .days)), "How much history forms the baseline (bare numbers are days)."),
            Field("anomaly_threshold", .number(min: 0, max: 1), "The score above which behaviour is anomalous."),
        ])

    static let threatIntelligence = ObjectShape(
        "oaas-securitypolicy-threat-intelligence", doc: "Threat intelligence.",
        fields: [
            Field("enabled", .bool, "Whether it is used."),
            Field("feeds", .list(.string), "The feeds."),
            Field("ioc_matching", .bool, "Whether indicators of compromise are matched."),
            Field("threat_hunting", .bool, "Whether threats are hunted for."),
        ])

    static let monitoring = ObjectShape(
        "oaas-securitypolicy-monitoring", doc: "Security monitoring.",
        fields: [
            Field("siem", .object(siem), "SIEM."),
            Field("ueba", .object(ueba), "Behaviour analytics."),
            Field("threat_intelligence", .object(threatIntelligence), "Threat intelligence."),
        ])

    // MARK: Compliance

    static let automatedChecks = ObjectShape(
        "oaas-securitypolicy-automated-checks", doc: "Automated compliance checks.",
        fields: [
            Field("enabled", .bool, "Whether checks run."),
            Field("frequency", GovernanceSchema.frequency, "How often they run."),
            Field("frameworks", singleKeyMaps, "The frameworks checked, with their controls or functions."),
        ])

    static let enforcement = ObjectShape(
        "oaas-securitypolicy-enforcement", doc: "Policy enforcement.",
        fields: [
            Field("real_time", .bool, "Whether policies are enforced as requests happen."),
            Field("block_violations", .bool, "Whether violating requests are blocked."),
            Field("alert_compliance_team", .bool, "Whether the compliance team is told."),
        ])

    static let auditSupport = ObjectShape(
        "oaas-securitypolicy-audit-support", doc: "Support for auditors.",
        fields: [
            Field("evidence_collection", .string, "How evidence is collected, such as \"automated\"."),
            Field("report_generation", .string, "How reports are made, such as \"scheduled\"."),
            Field("assessor_access", .string, "What assessors may do, such as \"read_only\"."),
        ])

    static let compliance = ObjectShape(
        "oaas-securitypolicy-compliance", doc: "Compliance checking and enforcement.",
        fields: [
            Field("automated_checks", .object(automatedChecks), "Automated checks."),
            Field("enforcement", .object(enforcement), "Enforcement."),
            Field("audit_support", .object(auditSupport), "Support for auditors."),
        ])

    // MARK: Metrics

    static let indicator = ObjectShape(
        "oaas-securitypolicy-ksi", doc: "A key security indicator.",
        fields: [
            Field("name", .string, required: true, "The indicator's name."),
            Field("target", .either([.number(), .string]), "The target: a number, a fraction or a duration such as \"30m\"."),
        ])

    static let dashboard = ObjectShape(
        "oaas-securitypolicy-dashboard", doc: "A security dashboard.",
        fields: [
            Field("name", .string, required: true, "The dashboard's name."),
            Field("metrics", .list(.string), "The metrics shown."),
        ])

    static let metrics = ObjectShape(
        "oaas-securitypolicy-metrics", doc: "Security indicators and dashboards.",
        hints: ["kpis": "ksi", "indicators": "ksi"],
        fields: [
            Field("ksi", .list(.object(indicator)), "Key security indicators."),
            Field("dashboards", .list(.object(dashboard)), "Dashboards."),
        ])
}
