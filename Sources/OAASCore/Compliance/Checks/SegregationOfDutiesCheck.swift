/// Nobody approves their own production change: no approval lets the requester approve
/// (`allow_self_approval`, `requester_excluded: false`), every approval names approvers, and SOX change
/// management requires at least one approval.
enum SegregationOfDutiesCheck {
    static let explanation = """
        A change to production needs a second person: the requester must not approve it. Fails on any \
        setting that lets a requester approve their own request, an approval with no approvers, and SOX \
        `change_management` that requires no approval or fewer than one. Passes on the governance file's \
        SOX `allow_self_approval: false` or `requester_excluded: true`: the flows' approvals are checked \
        too, but only a declared rule shows that every change is covered.
        """
    static let example = """
        change_management:
          approval_required: true
          allow_self_approval: true
        """

    static func run(_ facts: ComplianceFacts) -> CheckOutcome {
        var findings = facts.findings([.securitySelfApprovalAllowed, .securityApprovalWithoutApprovers])
        var evidence: [ComplianceEvidence] = []
        for (resource, model) in facts.governance {
            guard let sox = model.sox else { continue }
            if let required = sox.changeApprovalRequired, !required.value {
                findings.append(ComplianceFinding("\"approval_required: false\": production changes need nobody's approval", at: required.range))
            }
            if let minimum = sox.minApprovals, minimum.value < 1, !findings.contains(where: { $0.range == minimum.range }) {
                findings.append(ComplianceFinding("\"min_approvals: \(minimum.value)\": a change can go through unapproved", at: minimum.range))
            }
            if let selfApproval = sox.allowSelfApproval, !selfApproval.value {
                evidence.append(ComplianceEvidence("requesters cannot approve their own changes (\"allow_self_approval: false\")", at: selfApproval.range))
            }
            let change = ComplianceReading.value(resource.document["spec"], ["compliance", "sox", "controls", "change_management"])
            if let excluded = change?["requester_excluded"], excluded.bool == true {
                evidence.append(ComplianceEvidence("the requester is excluded from approvers (\"requester_excluded: true\")", at: excluded.range))
            }
        }
        return .decided(findings: findings, evidence: evidence, missing: "nothing shows that a requester cannot approve their own change; declare \"compliance.sox.controls.change_management.allow_self_approval: false\"")
    }
}
