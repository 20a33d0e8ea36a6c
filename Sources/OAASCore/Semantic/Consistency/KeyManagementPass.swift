/// Checks that every document that says where encryption keys are kept says the same: the security
/// policy, the governance controls, the workspace's security section and the orchestration rules.
enum KeyManagementPass: SemanticPass {
    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for scope in WorkspaceScope.all(in: context.project) {
            var statements: [Statement] = []
            for (_, model) in scope.security {
                if let statement = StatedFacts.name(model.encryption?.keyManagement, origin: "the security policy") {
                    statements.append(statement)
                }
            }
            for (resource, _) in scope.governance {
                let value = resource.document["spec"]?["security"]?["controls"]?["encryption"]?["at_rest"]?["key_management"]
                if let statement = StatedFacts.name(value, origin: "the governance controls") { statements.append(statement) }
            }
            for (_, model) in scope.workspaces {
                if let statement = StatedFacts.name(model.security?.keyManagement, origin: "the workspace's security section") {
                    statements.append(statement)
                }
            }
            for (resource, _) in scope.orchestration {
                let value = resource.document["spec"]?["security"]?["encryption"]?["key_management"]
                if let statement = StatedFacts.name(value, origin: "the orchestration rules") { statements.append(statement) }
            }
            StatedFacts.report(.consistencyKeyManagement, fact: "key management", statements, into: &sink)
        }
    }
}

extension DiagnosticKind {
    static let consistencyKeyManagement = DiagnosticKind(
        id: "consistency.key-management", severity: .warning,
        summary: "documents disagree on where encryption keys are kept",
        explanation: """
            The security policy (`data_protection.encryption.at_rest.key_management`), the governance \
            controls (`security.controls.encryption.at_rest.key_management`), the workspace \
            (`security.encryption.key_management`) and the orchestration rules \
            (`security.encryption.key_management`) each say where keys are kept. When they name \
            different systems (`aws-kms` and `vault`), either the keys really are split across systems \
            the policy does not know about, or one document is stale; auditors read the policy, \
            operators the workspace. Make them agree. Spelling differences (`AWS KMS`, `aws_kms`) are not \
            reported. The value most documents give is taken as the reference; the others are reported.
            """,
        example: """
            # security-policy.yml: key_management: aws-kms
            # workspace.yml
            security:
              encryption:
                key_management: vault
            """)
}
