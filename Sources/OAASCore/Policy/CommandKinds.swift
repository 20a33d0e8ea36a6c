/// The kinds each checking command can report: SARIF's `rules`, and the IDs whose inline suppressions
/// are reported as unused when they match nothing (a `secret.*` suppression is not unused in a
/// `validate` run, which never looks for secrets).
public enum CommandKinds {
    /// `oaas validate`: everything but the security scan's, compliance's, the build's and the
    /// configuration file's own kinds.
    public static let validate: [DiagnosticKind] = {
        let others = Set((SecretScanner.kinds + SecuritySettingsPasses.kinds + ComplianceRun.kinds + BuildDiagnostics.kinds
            + ProjectConfiguration.kinds).map(\.id))
        return DiagnosticCatalog.all.filter { !others.contains($0.id) }
    }()

    /// The IDs of `validate`.
    public static let validateIDs = Set(validate.map(\.id))

    /// `oaas security-scan`.
    public static let securityScan: [DiagnosticKind] = SecurityScan.kinds

    /// `oaas compliance-check`: its rules, and the workspace problems it reports alongside.
    public static let complianceCheckIDs = Set((ComplianceRun.kinds + InlineSuppressions.kinds).map(\.id)).union(validateIDs)
}
