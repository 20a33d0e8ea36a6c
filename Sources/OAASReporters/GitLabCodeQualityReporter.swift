import OAASCore

/// Renders findings as a GitLab Code Quality report (`artifacts:reports:codequality`): a JSON array of
/// `{description, check_name, fingerprint, severity, location: {path, lines: {begin, end}}}`, one per
/// active finding. Suppressed findings are left out: GitLab has no notion of a dismissed finding, and
/// they do not count.
///
/// Severities (GitLab's enum is `info`, `minor`, `major`, `critical`, `blocker`):
/// - `critical`: an error whose kind has a security severity of 9.0 or more (GitHub's "critical" band:
///   a cloud or source-host credential, for instance);
/// - `major`: any other error;
/// - `minor`: a warning;
/// - `info`: a note.
///
/// `blocker` is not used: whether a finding blocks a merge is the exit status's decision, not the
/// report's.
///
/// Fingerprints: GitLab shows only the first of several findings with one fingerprint, and compares them
/// between the base and the head of a merge request to say what is new. Each is the SHA-256 (32 hex
/// digits) of the command and the finding's `DiagnosticFingerprint`, which rests on the rule, the file
/// and what the finding is about, never on its line, and carries an occurrence number for repeated
/// findings: unique within a report, stable across runs and when lines move. The command is part of it
/// because GitLab merges the reports of several jobs (`validate` and `security-scan`) into one.
public enum GitLabCodeQualityReporter {
    /// The security severity from which an error is `critical`.
    public static let criticalSecuritySeverity = 9.0

    /// Renders a report.
    /// - Returns: pretty-printed JSON with a trailing newline; `[]` when there is no active finding.
    public static func render(_ report: FindingsReport) -> String {
        var kinds: [String: DiagnosticKind] = [:]
        for kind in report.rules { kinds[kind.id] = kind }
        // A caller that filtered `diagnostics` after building the report (`--quiet`) leaves the
        // fingerprints of the unfiltered list: recomputed then, so that none is borrowed from another
        // finding.
        let findingFingerprints = report.fingerprints.count == report.diagnostics.count
            ? report.fingerprints : DiagnosticFingerprint.fingerprints(of: report.diagnostics)
        var issues: [JSON] = []
        for (index, diagnostic) in report.diagnostics.enumerated() where diagnostic.suppression == nil {
            // A kind outside `rules` (a malformed suppression …) is still looked up for its score.
            let kind = kinds[diagnostic.id] ?? DiagnosticCatalog.kind(id: diagnostic.id)
            let range = diagnostic.range
            let begin = max(1, range.start.line)
            issues.append(.object([
                ("description", .string(diagnostic.message)),
                ("check_name", .string(diagnostic.id)),
                ("fingerprint", .string(fingerprint(findingFingerprints[index], command: report.command))),
                ("severity", .string(severity(diagnostic.severity, securitySeverity: kind?.securitySeverity))),
                ("location", .object([
                    ("path", .string(range.file)),
                    ("lines", .object([("begin", .int(begin)), ("end", .int(max(begin, range.end.line)))])),
                ])),
            ]))
        }
        return JSON.array(issues).rendered()
    }

    /// GitLab's severity of a finding (see the type's documentation).
    public static func severity(_ severity: Severity, securitySeverity: Double?) -> String {
        switch severity {
        case .error: (securitySeverity ?? 0) >= criticalSecuritySeverity ? "critical" : "major"
        case .warning: "minor"
        case .note: "info"
        }
    }

    /// The Code Quality fingerprint of a finding's `DiagnosticFingerprint` in a command's report.
    public static func fingerprint(_ findingFingerprint: String, command: String) -> String {
        String(SHA256.hex("oaas/\(command)/\u{0}\(findingFingerprint)").prefix(32))
    }
}
