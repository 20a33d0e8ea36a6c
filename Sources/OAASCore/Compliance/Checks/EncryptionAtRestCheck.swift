/// Stored data is encrypted: the governance file's `security.controls.encryption.at_rest`, a
/// SecurityPolicy's `encryption.at_rest`, or the workspace's `security.encryption.at_rest`, and no
/// document turns encryption at rest off.
enum EncryptionAtRestCheck {
    static let explanation = """
        Conversation memory, audit logs and model outputs at rest must be encrypted. Passes when a \
        governance file, security policy or workspace declares encryption at rest (on, or with an \
        algorithm) and no document turns it off (`security.encryption-disabled`).
        """
    static let example = """
        security:
          encryption:
            at_rest: false
        """

    static func run(_ facts: ComplianceFacts) -> CheckOutcome {
        var findings: [ComplianceFinding] = []
        // A switch for encryption as a whole (`encryption: none`) turns both kinds off.
        for finding in facts.findings([.securityEncryptionDisabled]) where !finding.message.contains(" turns encryption in transit off") {
            findings.append(finding)
        }
        var evidence: [ComplianceEvidence] = []
        for (resource, _) in facts.governance {
            if let atRest = ComplianceReading.value(resource.document["spec"], ["security", "controls", "encryption", "at_rest"]) {
                if let bool = atRest.bool {
                    if bool { evidence.append(ComplianceEvidence("encryption at rest on in the governance file", at: atRest.range)) }
                } else {
                    let algorithm = atRest.string("algorithm")?.value ?? atRest.text ?? "declared"
                    evidence.append(ComplianceEvidence("encryption at rest: \(algorithm)", at: atRest.range))
                }
            }
        }
        for (resource, model) in facts.securityPolicies {
            if let enabled = model.encryption?.atRestEnabled, enabled.value {
                let algorithm = model.encryption?.atRestAlgorithm.map { " (\($0.value))" } ?? ""
                evidence.append(ComplianceEvidence("encryption at rest on in \(SettingsReading.title(resource))\(algorithm)", at: enabled.range))
            }
        }
        for (resource, model) in facts.workspaces {
            if let enabled = model.security?.encryptionAtRest, enabled.value {
                evidence.append(ComplianceEvidence("encryption at rest on in \(SettingsReading.title(resource))", at: enabled.range))
            }
        }
        return .decided(findings: findings, evidence: evidence, missing: "no encryption at rest is declared (\"security.controls.encryption.at_rest\" in the governance file, or a SecurityPolicy's \"encryption.at_rest\")")
    }
}
