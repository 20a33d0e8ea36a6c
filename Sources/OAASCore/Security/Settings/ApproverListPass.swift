/// Reports approvals that are required but name no approver: an AOF approval section with
/// `required: true` and no `allowed_users`, an OAAS `require_approval: true` with no `approvers`, a
/// required approval with a minimum of zero approvers, and an explicitly empty `approval_allowed_users`.
enum ApproverListPass: SemanticPass {
    /// Keys that switch an approval on.
    static let approvalFlags: Set<String> = ["require_approval", "approval_required", "requires_approval"]
    /// Keys that list who may approve.
    static let approverLists: Set<String> = ["approvers", "allowed_users", "approval_allowed_users"]
    /// Keys that give how many approvers are needed.
    static let approverCounts: Set<String> = ["min_approvals", "min_approvers", "required_approvals", "required_approvers"]

    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for resource in context.project.resources {
            let title = SettingsReading.title(resource)
            SettingsReading.forEachEntry(in: resource.document) { entry, parent in
                if entry.key == "approval_allowed_users", entry.value.items.isEmpty, case .list = entry.value.content {
                    sink.report(
                        .securityApprovalWithoutApprovers,
                        "\"approval_allowed_users\" is empty in \(title), so no one is named to approve destructive commands",
                        at: entry.value.range, path: entry.value.path)
                    return
                }
                guard isApprovalSwitch(entry, parent: parent), SettingsReading.isOn(entry.value) else { return }
                report(entry, in: parent, title: title, into: &sink)
            }
        }
    }

    /// Whether an entry switches an approval on: an approval flag, or `required` in an approval section.
    private static func isApprovalSwitch(_ entry: IREntry, parent: IRValue) -> Bool {
        if approvalFlags.contains(entry.key) { return true }
        guard entry.key == "required", let section = SettingsReading.lastKey(parent.path) else { return false }
        return SettingsReading.words(section).contains("approval")
    }

    private static func report(_ flag: IREntry, in section: IRValue, title: String, into sink: inout DiagnosticSink) {
        var list: IREntry?
        var count: IREntry?
        for entry in section.entries {
            if approverLists.contains(entry.key), case .list = entry.value.content { list = entry }
            if approverCounts.contains(entry.key), entry.value.int != nil { count = entry }
        }
        if let count, count.value.int == 0 {
            sink.report(
                .securityApprovalWithoutApprovers,
                "approval is required in \(title), but \(SettingsReading.setting(count)) asks no one to approve",
                at: count.value.range, path: count.value.path,
                notes: [DiagnosticNote("approval is required here", at: flag.value.range)])
            return
        }
        if let list {
            guard list.value.items.isEmpty else { return }
            sink.report(
                .securityApprovalWithoutApprovers,
                "approval is required in \(title), but \"\(list.writtenKey)\" is empty",
                at: list.value.range, path: list.value.path,
                notes: [DiagnosticNote("approval is required here", at: flag.value.range)])
            return
        }
        // A count without names leaves the approvers to another system (a SOX change board); a bare
        // `require_approval: true` often marks one command of many whose approvers are set once elsewhere.
        guard count == nil, flag.key == "required" else { return }
        sink.report(
            .securityApprovalWithoutApprovers,
            "approval is required in \(title), but no \"allowed_users\" names who may approve",
            at: flag.value.range, path: flag.value.path)
    }
}

extension DiagnosticKind {
    static let securityApprovalWithoutApprovers = DiagnosticKind(
        id: "security.approval-without-approvers", severity: .warning,
        summary: "an approval is required but names no approver",
        explanation: """
            An approval that names no approver does not say who may let a risky command through: \
            depending on the platform, anyone who sees the request can approve it, or no one can and the \
            work stalls. Reported for an AOF approval section (a Context's or a flow's `approval`) with \
            `required: true` and no `allowed_users`; for `require_approval: true` (or `approval_required`, \
            `requires_approval`) next to an empty `approvers` or `allowed_users` list; for a required approval whose \
            `min_approvals`/`min_approvers` is 0; and for a DaemonConfig Slack platform with an empty \
            `approval_allowed_users` list.
            """,
        example: """
            approval:
              required: true
              require_for: ["kubectl delete"]
            """,
        remediation: "list the people or groups who may approve in \"allowed_users\" or \"approvers\"",
        securitySeverity: 6.5)
}
