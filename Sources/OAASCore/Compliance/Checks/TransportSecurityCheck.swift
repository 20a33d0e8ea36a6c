/// Data in transit is protected: a declared minimum TLS version of 1.2 or later, no document that turns
/// TLS or encryption in transit off or accepts an older version, and no plaintext endpoint.
enum TransportSecurityCheck {
    static let explanation = """
        Traffic between agents, tools and users must be encrypted with TLS 1.2 or later. Passes when a \
        security policy, the workspace or the governance file declares a minimum TLS version of 1.2 or \
        later, and `oaas security-scan` finds no TLS turned off, no older version accepted and no \
        plaintext (`http://`, `ws://` …) endpoint outside loopback.
        """
    static let example = """
        tls:
          min_version: "1.1"
        """

    static func run(_ facts: ComplianceFacts) -> CheckOutcome {
        var findings = facts.findings([.securityTLSDisabled, .securityWeakTLSVersion, .securityPlaintextEndpoint])
        // A switch for encryption as a whole (`encryption: none`) turns both kinds off.
        for finding in facts.findings([.securityEncryptionDisabled]) where !finding.message.contains(" turns encryption at rest off") {
            findings.append(finding)
        }
        var evidence: [ComplianceEvidence] = []
        for (resource, model) in facts.securityPolicies {
            if let version = model.minTLSVersion, version.value >= .tls12 {
                evidence.append(ComplianceEvidence("minimum TLS \(version.value.rawValue) in \(SettingsReading.title(resource))", at: version.range))
            }
        }
        for (resource, model) in facts.workspaces {
            if let version = model.security?.tlsMinVersion, version.value >= .tls12 {
                evidence.append(ComplianceEvidence("minimum TLS \(version.value.rawValue) in \(SettingsReading.title(resource))", at: version.range))
            }
        }
        for (resource, _) in facts.governance {
            let inTransit = ComplianceReading.value(resource.document["spec"], ["security", "controls", "encryption", "in_transit"])
            if let written = inTransit?["min_tls_version"], let version = TLSSettingsPass.version(of: written), version >= .tls12 {
                evidence.append(ComplianceEvidence("minimum TLS \(version.rawValue) in the governance file", at: written.range))
            }
        }
        return .decided(findings: findings, evidence: evidence, missing: "no minimum TLS version is declared (a SecurityPolicy's \"tls.min_version\", or \"min_tls_version\" under the governance file's \"security.controls.encryption.in_transit\")")
    }
}
