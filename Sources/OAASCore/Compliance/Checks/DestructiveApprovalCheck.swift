/// Destructive actions in production wait for a person: no destructive command in a production flow,
/// context or agent runs without a covering approval, and no production flow executes directly without
/// one (the `security.unguarded-destructive-command` and `security.execute-directly-without-approval`
/// findings of `oaas security-scan`).
enum DestructiveApprovalCheck {
    static let explanation = """
        Deleting namespaces, dropping tables or scaling production to zero must wait for a person's \
        approval. Reuses the dangerous-settings analysis of `oaas security-scan`, which follows each \
        production flow's graph, its scripts and its agents' tools: any destructive command it finds \
        without a covering approval or blocked-command rule fails the control, and so does a production \
        flow whose agents execute directly without approval.
        """
    static let example = """
        nodes:
          - id: cleanup
            type: Script
            config:
              command: kubectl delete namespace payments
        """

    static func run(_ facts: ComplianceFacts) -> CheckOutcome {
        let findings = facts.findings([.securityUnguardedDestructiveCommand, .securityExecuteDirectlyWithoutApproval])
        if !findings.isEmpty { return .fail(findings) }
        var evidence: [ComplianceEvidence] = []
        for (index, resource) in facts.project.resources.enumerated() {
            guard case .agentFlow = resource.model, facts.production.reason(index) != nil else { continue }
            evidence.append(ComplianceEvidence(
                "production \(SettingsReading.title(resource)): every destructive command waits for approval",
                at: resource.name?.range ?? resource.document.range))
        }
        if evidence.isEmpty {
            return .notApplicable(ComplianceEvidence("the workspace has no production flow", at: nil))
        }
        return .pass(evidence)
    }
}
