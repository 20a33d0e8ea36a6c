/// Reports audit turned off in production documents: an AOF Context's or DaemonConfig's
/// `audit.enabled: false`, the governance configuration's and workspace's audit sections, an OAAS Agent's
/// `audit_logging: false` or `audit_trail: false`, and `audit_exempt: true` for a team.
enum AuditDisabledPass: SemanticPass {
    /// Keys that switch auditing as a whole, or are sections that do.
    static let auditKeys: Set<String> = ["audit", "audit_logging", "audit_log", "audit_trail", "audit_enabled", "auditing", "audited"]
    /// Keys inside an audit section that switch it.
    static let sectionSwitches: Set<String> = ["enabled", "implemented"]

    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        let production = ProductionScope(context.project)
        for (index, resource) in context.project.resources.enumerated() {
            let title = SettingsReading.title(resource)
            guard let note = production.note(index, name: title) else { continue }
            SettingsReading.forEachEntry(in: resource.document) { entry, parent in
                let key = entry.key.lowercased()
                let off: Bool
                var place = ""
                if auditKeys.contains(key) {
                    off = SettingsReading.isOff(entry.value)
                } else if key == "audit_exempt" {
                    off = SettingsReading.isOn(entry.value)
                } else if sectionSwitches.contains(key), let section = SettingsReading.lastKey(parent.path),
                          auditKeys.contains(section.lowercased())
                            || (section.lowercased() == "configuration" && SettingsReading.keys(parent.path).dropLast().last == "audit") {
                    off = SettingsReading.isOff(entry.value)
                    place = section.lowercased() == "configuration" ? " under \"audit.\(section)\"" : " under \"\(section)\""
                } else {
                    return
                }
                guard off else { return }
                sink.report(
                    .securityAuditDisabled, "\(SettingsReading.setting(entry))\(place) turns audit off in production \(title)",
                    at: entry.value.range, path: entry.value.path, notes: [note])
            }
        }
    }
}

extension DiagnosticKind {
    static let securityAuditDisabled = DiagnosticKind(
        id: "security.audit-disabled", severity: .warning,
        summary: "audit is turned off in production",
        explanation: """
            In production, who ran which agent, which tool calls it made and who approved them must be \
            recorded: incident response and every compliance framework depend on it. Reported in \
            production documents for `audit: false`, `enabled: false` (or `implemented: false`) inside an \
            `audit`, `audit_trail` or governance `audit.configuration` section, `audit_logging: false`, \
            `audit_trail: false`, `audited: false`, and `audit_exempt: true`.

            A resource is production when its `environment`, `env`, `stage` or `tier` label, its \
            namespace, its cluster or context, or else its name says `prod` or `production` as a word (not `pre-prod` or `non-production`); the \
            OAAS workspace documents (governance, security policy, orchestration rules) are production when \
            their workspace is (its label, its `context.environment` or `deployment.environment`, or the \
            WorkspaceContext's stage).
            """,
        example: """
            metadata:
              name: prod-us-east-1
            spec:
              audit:
                enabled: false
            """,
        remediation: "turn audit on (\"enabled: true\") with a sink and a retention period",
        securitySeverity: 5.3)
}
