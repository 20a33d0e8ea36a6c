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
            Scans every file under the given paths (default: the current directory; binary files and the \
            folders validate skips are skipped) for secrets, and the OAAS and AOF documents among them for \
            dangerous settings. Secrets are never printed in full: findings show the first characters and a \
            short hash. Suppress a finding with `# oaas:ignore[ID] reason` on its line or the line above, or \
            accept the current findings with --write-baseline FILE and later runs with --baseline FILE. \
            Exit status: 0 when no finding at or above the failing severity is left, 1 when one is, 2 on a \
            usage or configuration error, 3 on an internal error.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif
    }

    @Argument(help: "Files or directories to scan.")
    var paths: [String] = ["."]

    @Option(name: [.short, .long], help: "Output format: text, json or sarif (SARIF 2.1.0 for GitHub code scanning).")
    var format: Format = .text

    @Option(help: "Suppress the findings a baseline file lists (written by --write-baseline).")
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: "Write the current findings to a baseline file and exit 0.")
    var writeBaseline: String?

    @Flag(name: .customLong("no-inline-ignores"), help: "Ignore `# oaas:ignore[…]` comments (for audits).")
    var noInlineIgnores = false

    @Flag(help: "Fail on warnings too.")
    var strict = false

    @Flag(help: "Never colour the output (NO_COLOR is honoured too).")
    var noColor = false

    func run() throws {
        let files = try FileDiscovery.read(paths, allFiles: true)
        var options = SecurityScan.Options(inlineIgnores: !noInlineIgnores)
        options.treePaths = FileDiscovery.treePaths(of: files, roots: paths)
        if let baseline {
            guard let data = FileManager.default.contents(atPath: baseline) else {
                throw UsageError(description: "\(baseline): cannot read the baseline")
            }
            switch Baseline.parse(SourceFile(path: baseline, bytes: [UInt8](data))) {
            case .success(let parsed):
                options.baseline = parsed
                options.baselinePath = RelativePath.mapper(relativeToFolderOf: baseline)
            case .failure(let error): throw UsageError(description: "invalid baseline: \(error.description)")
            }
        }
        let result = SecurityScan.run(files, options: options)
        let diagnostics = result.diagnostics
        let summary = Summary(
            diagnostics: diagnostics, files: files.count,
            documents: result.project.resources.count, skipped: result.project.skipped.count)
        if let writeBaseline {
            let written = Baseline(
                source: writeBaseline, accepting: diagnostics, file: RelativePath.mapper(relativeToFolderOf: writeBaseline))
            try AtomicFile.write(written.rendered(), to: writeBaseline)
            Output.error("oaas: wrote \(written.entries.count) finding\(written.entries.count == 1 ? "" : "s") to \(writeBaseline)\n")
            return
        }
        switch format {
        case .text:
            let terminal = isatty(STDOUT_FILENO) == 1
            let color = terminal && !noColor && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
            let reporter = TextReporter(snippets: terminal, color: color)
            let sources = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
            Output.write(reporter.render(diagnostics.filter { $0.suppression == nil }, sources: sources, secrets: diagnostics))
            Output.error("oaas: \(summary.line)\n")
        case .json:
            Output.write(JSONReporter.render(
                diagnostics, project: result.project, summary: summary,
                fingerprints: DiagnosticFingerprint.fingerprints(of: diagnostics)))
        case .sarif:
            let sources = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
            Output.write(SARIFReporter.render(
                diagnostics, rules: SecurityScan.kinds, category: "oaas/security-scan/",
                version: OAASCommand.configuration.version, sources: sources))
        }
        let failing = summary.errors > 0 || (strict && summary.warnings > 0)
        if failing { throw ExitCode(1) }
    }
}
