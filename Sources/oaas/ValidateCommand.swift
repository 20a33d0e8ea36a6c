import ArgumentParser
import Foundation
import OAASCore
import OAASReporters

/// `oaas validate [PATH…]`: check every OAAS and AOF document under the given paths.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check OAAS and AOF configuration files.",
        discussion: """
            Reads every .yaml and .yml file under the given folders (default: the configuration's include, \
            else the current directory), skipping .git, .build, node_modules and vendored folders, and \
            checks every OAAS and AOF document: YAML pitfalls, structure, value grammars, references across \
            files, flow graphs, variables, budgets and consistency. Files that are not ours are skipped \
            (--verbose lists them).

            Given files rather than folders (as pre-commit passes them), oaas loads the workspace each file \
            belongs to, so references resolve, and reports only on the given files: the nearest folder \
            above the file holding a workspace.yml, else the configuration's workspace.

            Findings carry a stable ID (`oaas explain ID`). Suppress one with an oaas:ignore[ID] reason \
            comment on its line or the line above (oaas:ignore-file[ID] for a file); accept today's findings with \
            --write-baseline FILE and later runs with --baseline FILE. --fix applies the fixes that are \
            certain (a misspelled key with one near match, a quote around on/yes/no) in place.

            Configuration: .oaas.yml in the current directory or a folder above it (`oaas init` writes one); \
            flags win over it.

            EXAMPLES:
              Check the configured workspace, or the current folder:
                oaas validate
              Fail on warnings too:
                oaas validate platform/ --strict
              SARIF on standard output and JUnit XML in a file, in one run:
                oaas validate --format sarif -o junit=oaas.xml > oaas.sarif
              One file, with its workspace loaded around it (as pre-commit runs it):
                oaas validate agents/support.yaml
              Apply the certain fixes, then report the rest:
                oaas validate --fix

            EXIT STATUS:
              0  nothing at or above the failing severity (--fail-on, default error)
              1  findings at or above it
              2  usage or configuration error
              3  internal error
            """)

    @Argument(help: "Files or folders to check (default: the configuration's include, else the current folder).")
    var paths: [String] = []

    @OptionGroup var options: CheckOptions

    @Flag(help: "Apply the certain fix-its in place, then report what remains.")
    var fix = false

    func validate() throws {
        if fix && options.writeBaseline != nil { throw ValidationError("--fix and --write-baseline cannot be used together") }
    }

    func run() throws {
        let settings = try CheckSettings.resolve(options)
        let output = CheckOutput(options: options, settings: settings, formats: ReportFormat.findings)
        try output.validateFormats(command: "validate")
        var run = try check(settings)
        if fix {
            let fixes = FixItApplication.applyAll(run.diagnostics.filter { $0.suppression == nil }, files: run.reportedFiles)
            let written = try FixWriter.write(fixes)
            if !options.quiet {
                Output.error("oaas: fixed \(written.fixes) issue\(written.fixes == 1 ? "" : "s") in \(written.files) file\(written.files == 1 ? "" : "s")\n")
            }
            if written.fixes > 0 { run = try check(settings) }
        }
        output.describe(run.inputs)
        if output.options.verbose {
            for skipped in run.project.skipped {
                Output.error("\(skipped.range.file):\(skipped.range.start.line):\(skipped.range.start.column): skipped: \(skipped.reason)\n")
            }
        }
        if try output.writeBaselineIfAsked(run.diagnostics) { return }
        let summary = Summary(
            diagnostics: run.diagnostics, files: run.reportedFiles.count,
            documents: run.project.resources.count, skipped: run.project.skipped.count)
        var report = FindingsReport(
            command: "validate", diagnostics: run.diagnostics, files: run.reportedFiles.map(\.path),
            rules: CommandKinds.validate, summary: summary, version: OAASCommand.version, sources: run.sources)
        report.failOn = settings.failOn
        try output.write { format, terminal, quiet in
            var shown = report
            if quiet { shown.keep(only: output.fails) }
            return FindingsFormats.render(format, shown, project: run.project, text: output.textReporter(terminal: terminal))
        }
        if !options.quiet, output.primary == .text || output.primary == .github { Output.error("oaas: \(summary.line)\n") }
        if run.diagnostics.contains(where: output.fails) { throw ExitCode(1) }
    }

    /// What one check of the workspace found.
    struct Run {
        var inputs: WorkspaceInputs
        var diagnostics: [Diagnostic]
        /// The documents of the files reported on.
        var project: Project
        var reportedFiles: [SourceFile]
        var sources: [String: SourceFile]
    }

    /// Reads the workspaces, compiles each, and applies the finding policy.
    func check(_ settings: CheckSettings) throws -> Run {
        let inputs = try WorkspaceInputs.resolve(paths, settings: settings, allFiles: false)
        let env = try EnvFiles.read(settings.envFiles)
        var diagnostics = settings.policy.apply(env.diagnostics, files: [], reportable: CommandKinds.validateIDs)
        var project = Project(files: [])
        var reported: [SourceFile] = []
        for group in inputs.groups {
            let result = Compiler.compile(group.files, options: CompileOptions(providedVariables: env.provided))
            diagnostics += settings.policy.apply(
                result.diagnostics, files: group.files, reportable: CommandKinds.validateIDs, reported: group.reported)
            let isReported = { (path: String) in group.reported?.contains(path) ?? true }
            project.resources += result.project.resources.filter { isReported($0.file) }
            project.skipped += result.project.skipped.filter { isReported($0.range.file) }
            reported += group.files.filter { isReported($0.path) }
        }
        project.files = reported.map(\.path)
        let sources = Dictionary(reported.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        return Run(
            inputs: inputs, diagnostics: DiagnosticOrdering.sortedUnique(diagnostics), project: project,
            reportedFiles: reported, sources: sources)
    }
}
