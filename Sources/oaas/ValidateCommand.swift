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
            let fixes = FixItApplication.applyAll(run.diagnostics.filter { $0.suppression == nil }, files: run.reported.files)
            let written = try FixWriter.write(fixes)
            if !options.quiet {
                Output.error("oaas: fixed \(written.fixes) issue\(written.fixes == 1 ? "" : "s") in \(written.files) file\(written.files == 1 ? "" : "s")\n")
            }
            if written.fixes > 0 { run = try check(settings) }
        }
        output.describe(run.inputs)
        if output.options.verbose {
            for skipped in run.reported.project.skipped {
                Output.error("\(skipped.range.file):\(skipped.range.start.line):\(skipped.range.start.column): skipped: \(skipped.reason)\n")
            }
        }
        try output.finish(command: "validate", rules: CommandKinds.validate, diagnostics: run.diagnostics, reported: run.reported)
    }

    /// What one check of the workspace found.
    struct Run {
        var inputs: WorkspaceInputs
        var diagnostics: [Diagnostic]
        var reported: ReportedFiles
    }

    /// Reads the workspaces, compiles each, and applies the finding policy.
    func check(_ settings: CheckSettings) throws -> Run {
        let inputs = try WorkspaceInputs.resolve(paths, settings: settings, allFiles: false)
        let env = try EnvFiles.read(settings.envFiles)
        var diagnostics = settings.policy.apply(env.diagnostics, files: [], reportable: CommandKinds.validateIDs)
        var reported = ReportedFiles()
        for group in inputs.groups {
            let result = Compiler.compile(group.files, options: CompileOptions(providedVariables: env.provided))
            diagnostics += settings.policy.apply(
                result.diagnostics, files: group.files, reportable: CommandKinds.validateIDs, reported: group.reported)
            reported.add(group, project: result.project)
        }
        return Run(inputs: inputs, diagnostics: DiagnosticOrdering.sortedUnique(diagnostics), reported: reported)
    }
}
