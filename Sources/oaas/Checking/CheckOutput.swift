import ArgumentParser
import Foundation
import OAASCore
import OAASReporters

/// Writes a checking command's reports (standard output and every `--output FORMAT=FILE`), its
/// baseline, and decides its exit status.
struct CheckOutput {
    let options: CheckOptions
    let settings: CheckSettings
    /// The formats this command writes.
    let formats: [ReportFormat]

    /// The format on standard output: `--format`, else `github` inside GitHub Actions when standard
    /// output is not a terminal (annotations belong to the job log), else `text`.
    var primary: ReportFormat {
        if let format = options.format { return format }
        let environment = ProcessInfo.processInfo.environment
        return environment["GITHUB_ACTIONS"] == "true" && !Terminal.stdoutIsTerminal ? .github : .text
    }

    /// Checks that every requested format is one this command writes.
    func validateFormats(command: String) throws {
        let requested = [primary] + (try options.output.map { try OutputRequest($0).format })
        for format in requested where !formats.contains(format) {
            throw UsageError(description: "\(command) does not write \(format.rawValue); formats: \(formats.map(\.rawValue).joined(separator: ", "))")
        }
    }

    /// The text reporter for standard output (snippets and colour on a terminal) or a file (neither).
    func textReporter(terminal: Bool) -> TextReporter {
        TextReporter(snippets: terminal, color: terminal && Terminal.colorAllowed(flag: options.noColor))
    }

    /// Writes `--write-baseline` when asked.
    /// - Returns: true when the baseline was written (the command then stops with exit status 0).
    func writeBaselineIfAsked(_ diagnostics: [Diagnostic]) throws -> Bool {
        guard let path = options.writeBaseline else { return false }
        let written = Baseline(source: path, accepting: diagnostics, file: RelativePath.mapper(relativeToFolderOf: path))
        try AtomicFile.write(written.rendered(), to: path)
        if !options.quiet {
            Output.error("oaas: wrote \(written.entries.count) finding\(written.entries.count == 1 ? "" : "s") to \(path)\n")
        }
        return true
    }

    /// Writes every report: the primary format on standard output, then each `--output` file atomically.
    /// - Parameter render: renders one format; `terminal` says whether it goes to a terminal, `quiet`
    ///   whether only the failing findings are wanted (text and github on standard output with --quiet).
    func write(_ render: (_ format: ReportFormat, _ terminal: Bool, _ quiet: Bool) throws -> String) throws {
        let format = primary
        let quiet = options.quiet && (format == .text || format == .github)
        Output.write(try render(format, format == .text && Terminal.stdoutIsTerminal, quiet))
        for argument in options.output {
            let request = try OutputRequest(argument)
            let folder = (request.path as NSString).deletingLastPathComponent
            if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw UsageError(description: "--output \(request.path): cannot create \(folder): \(error.localizedDescription)")
                }
            }
            try AtomicFile.write(try render(request.format, false, false), to: request.path)
            if options.verbose { Output.error("oaas: wrote \(request.format.rawValue) to \(request.path)\n") }
        }
    }

    /// The end of validate and security-scan: writes the baseline when asked, else every report and the
    /// summary line, and exits 1 when a finding fails the run.
    func finish(command: String, rules: [DiagnosticKind], diagnostics: [Diagnostic], reported: ReportedFiles) throws {
        if try writeBaselineIfAsked(diagnostics) { return }
        let summary = Summary(
            diagnostics: diagnostics, files: reported.files.count,
            documents: reported.project.resources.count, skipped: reported.project.skipped.count)
        var report = FindingsReport(
            command: command, diagnostics: diagnostics, files: reported.files.map(\.path),
            rules: rules, summary: summary, version: OAASCommand.version, sources: reported.sources)
        report.failOn = settings.failOn
        try write { format, terminal, quiet in
            var shown = report
            if quiet { shown.keep(only: fails) }
            return FindingsFormats.render(format, shown, project: reported.project, text: textReporter(terminal: terminal))
        }
        if !options.quiet, primary == .text || primary == .github { Output.error("oaas: \(summary.line)\n") }
        if diagnostics.contains(where: fails) { throw ExitCode(1) }
    }

    /// Whether a finding fails the run: not suppressed, and at or above the failing severity.
    func fails(_ diagnostic: Diagnostic) -> Bool {
        diagnostic.suppression == nil && diagnostic.severity >= settings.failOn
    }

    /// Prints what `--verbose` adds: the configuration and the workspaces read.
    func describe(_ inputs: WorkspaceInputs) {
        guard options.verbose else { return }
        Output.error("oaas: configuration: \(settings.configuration?.path ?? "none")\n")
        for group in inputs.groups { Output.error("oaas: workspace: \(group.description)\n") }
        for path in inputs.excluded { Output.error("oaas: \(path): excluded by the configuration\n") }
    }
}
