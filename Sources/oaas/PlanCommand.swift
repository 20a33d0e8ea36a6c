import ArgumentParser
import Foundation
import OAASBackends
import OAASCore
import OAASReporters

/// `oaas plan [PATH…]`: each resource's effective configuration, after defaults.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Show each resource's effective configuration, after defaults are applied.",
        discussion: """
            Reads the same files as `oaas validate` and prints, per resource (by file and position), the \
            configuration the platform will run: every value that is written, with `# file:line`; every \
            absent field that has a default, with `# default`; and every key the platform ignores (an \
            unknown or misspelled key), with `# file:line  ignored:` and the reason, so that a misspelled key shows \
            next to the default that takes its place. Values that do not fit their field are shown as \
            written, with `invalid:` and the error. Secret values are masked. With --format json the \
            output is a versioned document (`schemaVersion: 1`): per resource the configuration with \
            sorted keys and ignored keys left out, every value's origin by path, the ignored keys and the \
            invalid values.

            The plan is always printed, also for resources with errors.

            With --diff OLD.json, prints instead what the workspace changes against an earlier resolved \
            plan (`plan/plan.json` of `oaas build --target plan`): entities added (+), removed (-) and \
            changed (~), and for each changed one the settings added, removed and changed, with where \
            each new value is written. Lists of named items compare by name. --env and --env-file are \
            read as `oaas build` reads them, so compare plans built the same way. With --diff the workspace \
            must have no errors (exit 1 otherwise); the exit status does not depend on whether anything \
            changed.

            EXAMPLES:
              How the platform will read one agent:
                oaas plan agents/k8s-ops.yaml
              What a branch changes against main's built plan:
                git show main:deploy/plan/plan.json > /tmp/old.json
                oaas plan --diff /tmp/old.json

            EXIT STATUS:
              0  the workspace has no errors (as `oaas validate` would pass)
              1  it has errors
              2  usage error
              3  internal error
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Files or directories to read.")
    var paths: [String] = ["."]

    @Option(name: [.short, .long], help: "Output format: text or json.")
    var format: Format = .text

    @Option(help: "Show what changed against an earlier resolved plan (plan/plan.json of `oaas build`).")
    var diff: String?

    @Option(help: "With --diff: build the plan for one environment, as `oaas build --env` does.")
    var env: String?

    @Option(name: .customLong("env-file"), help: "With --diff: a dotenv file of provided variables (repeatable).")
    var envFiles: [String] = []

    func run() throws {
        if let diff {
            try runDiff(against: diff)
            return
        }
        guard env == nil, envFiles.isEmpty else { throw UsageError(description: "--env and --env-file go with --diff") }
        let files = try FileDiscovery.read(paths)
        let result = Compiler.compile(files)
        let configurations = EffectiveConfiguration.build(result)
        let summary = Summary(
            diagnostics: result.diagnostics, files: files.count,
            documents: result.project.resources.count, skipped: result.project.skipped.count)
        switch format {
        case .text:
            Output.write(EffectiveConfigurationReporter.text(configurations))
            Output.error("oaas: \(summary.line)\n")
        case .json:
            Output.write(EffectiveConfigurationReporter.json(configurations, summary: summary))
        }
        if summary.errors > 0 { throw ExitCode(1) }
    }

    /// `--diff OLD.json`: the resolved plan of the workspace against an earlier one.
    private func runDiff(against path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else { throw UsageError(description: "--diff \(path): no such file") }
        let old: JSON
        switch PlanDocument.read(SourceFile(path: FileDiscovery.display(path), bytes: [UInt8](data))) {
        case .success(let plan): old = plan
        case .failure(let failure): throw UsageError(description: "--diff: \(failure.description)")
        }
        let files = try FileDiscovery.read(paths)
        let environmentFiles = try EnvFiles.read(envFiles)
        switch BuildPipeline.run(
            files, targets: [.plan], environment: env, variables: environmentFiles.provided,
            extraDiagnostics: environmentFiles.diagnostics) {
        case .failure(.unknownEnvironment(let name, let known)):
            throw UsageError(description: "--env \(name): no such environment; the workspace has: \(known.joined(separator: ", "))")
        case .success(let result):
            guard !result.failed, let artifact = result.artifacts.first(where: { $0.path == PlanBackend.path }),
                  case .success(let new) = PlanDocument.read(SourceFile(path: PlanBackend.path, bytes: Array(artifact.contents.utf8))) else {
                Output.write(TextReporter(snippets: false, color: false).render(result.diagnostics, sources: [:]))
                Output.error("oaas: the workspace has errors; no plan to compare\n")
                throw ExitCode(1)
            }
            let changes = PlanDiff.diff(old: old, new: new)
            Output.write(format == .json ? PlanDiffReport.json(changes) : PlanDiffReport.text(changes))
        }
    }
}
