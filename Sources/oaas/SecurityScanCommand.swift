import ArgumentParser
import Foundation
import OAASCore
import OAASReporters

/// `oaas security-scan [PATH…]`: secrets in every file and dangerous settings in the workspace.
struct SecurityScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "security-scan",
        abstract: "Find secrets and dangerous settings.",
        discussion: """
            Scans every file under the given folders (default: the configuration's include, else the \
            current directory; binary files and the folders validate skips are skipped) for secrets — \
            provider tokens, private keys, credentials in URLs, secret-named keys with literal values — and \
            the OAAS and AOF documents among them for dangerous settings (approvals off, shell tools without \
            limits, plain-HTTP endpoints, TLS below 1.2 …). Given files rather than folders (as pre-commit \
            passes them), it scans only those, with their workspace loaded around them.

            Secrets are never printed in full, in any format: findings show the first characters and a \
            short hash. Suppress a finding with an oaas:ignore[ID] reason comment on its line or the line above, or \
            accept the current findings with --write-baseline FILE and later runs with --baseline FILE \
            (fingerprints do not depend on line numbers, so edits elsewhere keep them accepted).

            EXAMPLES:
              Scan the configured workspace, or the current folder:
                oaas security-scan
              SARIF for GitHub code scanning:
                oaas security-scan --format sarif > oaas.sarif
              Accept today's findings, then fail only on new ones:
                oaas security-scan --write-baseline .oaas-baseline.json
                oaas security-scan --baseline .oaas-baseline.json
              An audit: inline suppressions are not honoured:
                oaas security-scan --no-inline-ignores

            EXIT STATUS:
              0  no finding at or above the failing severity is left
              1  one is
              2  usage or configuration error
              3  internal error
            """)

    @Argument(help: "Files or folders to scan (default: the configuration's include, else the current folder).")
    var paths: [String] = []

    @OptionGroup var options: CheckOptions

    func run() throws {
        let settings = try CheckSettings.resolve(options)
        let output = CheckOutput(options: options, settings: settings, formats: ReportFormat.findings)
        try output.validateFormats(command: "security-scan")
        let inputs = try WorkspaceInputs.resolve(paths, settings: settings, allFiles: true)
        output.describe(inputs)
        var diagnostics: [Diagnostic] = []
        var reported = ReportedFiles()
        for group in inputs.groups {
            var scan = SecurityScan.Options(policy: settings.policy)
            scan.treePaths = FileDiscovery.treePaths(of: group.files, roots: group.roots)
            scan.reported = group.reported
            let result = SecurityScan.run(group.files, options: scan)
            diagnostics += result.diagnostics
            reported.add(group, project: result.project)
        }
        try output.finish(
            command: "security-scan", rules: CommandKinds.securityScan, diagnostics: DiagnosticOrdering.sortedUnique(diagnostics),
            reported: reported)
    }
}
