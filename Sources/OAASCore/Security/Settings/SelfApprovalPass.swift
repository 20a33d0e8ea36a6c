/// Reports settings that let a requester approve their own request: `allow_self_approval: true` (AOF
/// approval sections, governance SOX change management) and its spellings (`self_approval`,
/// `allowSelfApproval`), and SOX `requester_excluded: false`.
enum SelfApprovalPass: SemanticPass {
    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for resource in context.project.resources {
            let title = SettingsReading.title(resource)
            SettingsReading.forEachEntry(in: resource.document) { entry, _ in
                let allows: Bool
                if entry.key == "requester_excluded" {
                    allows = entry.value.bool == false
                } else if isSelfApprovalKey(entry.key) {
                    allows = SettingsReading.isOn(entry.value)
                } else {
                    return
                }
                guard allows else { return }
                sink.report(
                    .securitySelfApprovalAllowed,
                    "\(SettingsReading.setting(entry)) lets a requester approve their own request in \(title)",
                    at: entry.value.range, path: entry.value.path)
            }
        }
    }

    /// Whether a key allows self-approval: its words hold `self` and `approval` (or `approve`), and it
    /// does not forbid it (`deny_self_approval`, `prevent_self_approval`).
    static func isSelfApprovalKey(_ key: String) -> Bool {
        let words = SettingsReading.words(key)
        guard words.contains("self"), words.contains(where: { $0.hasPrefix("approv") }) else { return false }
        return !words.contains { ["deny", "prevent", "block", "forbid", "disallow", "no"].contains($0) }
    }
}

extension DiagnosticKind {
    static let securitySelfApprovalAllowed = DiagnosticKind(
        id: "security.self-approval-allowed", severity: .warning,
        summary: "a requester may approve their own request",
        explanation: """
            Approval is a second pair of eyes; when the person who asks may also approve, it is none. \
            Reported for `allow_self_approval: true` (an AOF Context's or flow's `approval`, governance \
            `sox.change_management`) and other keys whose words say self-approval is allowed \
            (`self_approval`, `allowSelfApproval`), and for `requester_excluded: false`, which keeps the \
            requester among the approvers. SOX separation of duties forbids it.
            """,
        example: """
            approval:
              required: true
              allowed_users: [U015SRE_LEAD]
              allow_self_approval: true
            """,
        remediation: "set \"allow_self_approval: false\" so that someone other than the requester approves",
        securitySeverity: 6.5)
}
