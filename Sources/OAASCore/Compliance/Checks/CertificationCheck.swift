/// A framework's certificate or attestation is valid on the as-of date: the section's `valid_until`, the
/// certifications under `certification.active_certifications` that name the framework, and, for a
/// certified ISO management system, a surveillance audit within the last year.
enum CertificationCheck {
    static let explanation = """
        A certificate whose `valid_until` is past no longer certifies anything; an ISO management-system \
        certificate also needs a surveillance audit every year of its three-year cycle. A framework \
        declared `certified` must say until when.
        """
    static let example = """
        compliance:
          iso_42001:
            status: certified
            valid_until: "2026-01-26"
        """

    static func run(_ facts: ComplianceFacts, framework: ComplianceFrameworkID) -> CheckOutcome {
        var evidence: [ComplianceEvidence] = []
        var findings: [ComplianceFinding] = []
        let today = facts.asOf
        func judge(_ date: Located<DateValue>, what: String) {
            if date.value < today {
                findings.append(ComplianceFinding("\(what) expired on \(date.value.text) (as of \(today.text))", at: date.range))
            } else {
                evidence.append(ComplianceEvidence("\(what) is valid until \(date.value.text)", at: date.range))
            }
        }
        if let (_, section) = facts.section(framework) {
            let certified = section.status.map { ["certified", "attested"].contains($0.value.lowercased()) } ?? false
            if let validUntil = section.validUntil {
                judge(validUntil, what: framework == .iso42001 ? "the certificate" : "the attestation")
            } else if certified, let status = section.status {
                findings.append(ComplianceFinding(
                    "\"status: \(status.value)\" but no \"valid_until\" says until when the certificate holds", at: status.range))
            }
            if certified, framework == .iso42001 {
                if let audit = section.lastSurveillanceAudit {
                    let age = today.daysSinceEpoch - audit.value.daysSinceEpoch
                    if age > 366 {
                        findings.append(ComplianceFinding(
                            "the last surveillance audit was on \(audit.value.text), \(age) days before \(today.text); one is due every year", at: audit.range))
                    } else {
                        evidence.append(ComplianceEvidence("surveillance audit on \(audit.value.text)", at: audit.range))
                    }
                } else if let status = section.status {
                    findings.append(ComplianceFinding("certified, but no \"last_surveillance_audit\" is recorded", at: status.range))
                }
            }
        }
        for (_, model) in facts.governance {
            for certificate in model.certifications where certificate.framework == framework {
                guard let validUntil = certificate.validUntil else { continue }
                judge(validUntil, what: "certification \"\(certificate.name?.value ?? "")\"")
            }
        }
        if !findings.isEmpty { return .fail(findings) }
        if evidence.isEmpty { return .notApplicable(ComplianceEvidence("no certificate or attestation is declared", at: nil)) }
        return .pass(evidence)
    }
}
