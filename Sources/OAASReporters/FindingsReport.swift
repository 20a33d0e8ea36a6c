import OAASCore

/// One command's findings, as every findings format (text, json, sarif, junit, github, checkstyle,
/// gitlab) renders them: the same input whatever the format, so that `--output` can write several
/// formats of one run.
public struct FindingsReport: Sendable {
    /// The command that ran: `validate`, `security-scan` or `compliance-check`.
    public var command: String
    /// Sorted and de-duplicated findings, suppressed ones included (with `suppression` set), only those
    /// located in `files` (a partial run reports on the files it was given).
    public var diagnostics: [Diagnostic]
    /// Each finding's line-independent fingerprint (`DiagnosticFingerprint`), in the order of `diagnostics`.
    public var fingerprints: [String]
    /// The display paths of the files reported on, sorted: a file without findings is a passing file.
    public var files: [String]
    /// The kinds the command can report (SARIF `rules`, documentation links).
    public var rules: [DiagnosticKind]
    /// The counts of the summary line.
    public var summary: Summary
    /// oaas's version.
    public var version: String
    /// The files read, by display path, for snippets and UTF-16 columns.
    public var sources: [String: SourceFile]
    /// The lowest severity that fails the run (`--fail-on`, `--strict`, the config's `fail-on`): formats
    /// with a pass/fail notion (JUnit) fail a file only for findings at or above it.
    public var failOn: Severity = .error

    /// Creates a report; fingerprints are computed from the diagnostics.
    public init(
        command: String, diagnostics: [Diagnostic], files: [String], rules: [DiagnosticKind], summary: Summary,
        version: String, sources: [String: SourceFile]
    ) {
        self.command = command
        self.diagnostics = diagnostics
        self.fingerprints = DiagnosticFingerprint.fingerprints(of: diagnostics)
        self.files = files
        self.rules = rules
        self.summary = summary
        self.version = version
        self.sources = sources
    }

    /// Keeps only the findings `isIncluded` accepts (`--quiet`), each with the fingerprint it had in the
    /// whole report, so that occurrence numbers do not shift.
    public mutating func keep(only isIncluded: (Diagnostic) -> Bool) {
        var diagnostics: [Diagnostic] = []
        var fingerprints: [String] = []
        for (diagnostic, fingerprint) in zip(self.diagnostics, self.fingerprints) where isIncluded(diagnostic) {
            diagnostics.append(diagnostic)
            fingerprints.append(fingerprint)
        }
        self.diagnostics = diagnostics
        self.fingerprints = fingerprints
    }

    /// The findings that count (not suppressed).
    public var active: [Diagnostic] { diagnostics.filter { $0.suppression == nil } }

    /// The SARIF `automationDetails.id` of the command: `oaas/validate/`.
    public var category: String { "oaas/\(command)/" }
}
