/// Privileged roles need multi-factor authentication: the governance file's
/// `security.controls.authentication.multi_factor`, a SecurityPolicy's `authentication.mfa`, or the
/// workspace's `security.authentication.mfa_required`.
enum PrivilegedMFACheck {
    static let explanation = """
        Administrators and approvers must sign in with more than a password. Passes when MFA is required \
        for everyone, or for named roles, and no document says it is not required.
        """
    static let example = """
        authentication:
          mfa:
            required: false
        """

    static func run(_ facts: ComplianceFacts) -> CheckOutcome {
        var evidence: [ComplianceEvidence] = []
        var findings: [ComplianceFinding] = []
        func judge(_ required: Located<Bool>?, roles: [Located<String>], setting: String, in title: String) {
            if let required {
                if required.value {
                    evidence.append(ComplianceEvidence("MFA required for everyone in \(title)", at: required.range))
                } else if roles.isEmpty {
                    findings.append(ComplianceFinding("\"\(setting): false\" lets privileged users sign in without MFA in \(title)", at: required.range))
                }
            }
            if let first = roles.first, required?.value != true {
                let names = roles.map(\.value).joined(separator: ", ")
                evidence.append(ComplianceEvidence("MFA required for \(names) in \(title)", at: first.range))
            }
        }
        for (_, model) in facts.governance {
            judge(model.multiFactor, roles: [], setting: "multi_factor", in: "the governance file")
        }
        for (resource, model) in facts.securityPolicies {
            judge(model.authentication?.mfaRequired, roles: model.authentication?.mfaRequiredRoles ?? [], setting: "required", in: SettingsReading.title(resource))
        }
        for (resource, model) in facts.workspaces {
            judge(model.security?.mfaRequired, roles: model.security?.mfaRequiredRoles ?? [], setting: "mfa_required", in: SettingsReading.title(resource))
        }
        return .decided(findings: findings, evidence: evidence, missing: "no MFA requirement is declared (\"security.controls.authentication.multi_factor\" in the governance file, or a SecurityPolicy's \"authentication.mfa.required\")")
    }
}
