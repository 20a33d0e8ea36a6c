import ArgumentParser
import Foundation
import OAASBackends
import OAASCore
import OAASReporters

/// `oaas build`: compile the workspace into the artifacts a platform team deploys.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Compile the workspace into a resolved plan, Kubernetes manifests, Prometheus rules and Grafana dashboards.",
        discussion: """
            Reads the same files as `oaas validate`; when the workspace has errors it prints them and \
            writes nothing. Otherwise each target's artifacts go under --out, in a folder named after the \
            target: plan/plan.json, kubernetes/<environment>/…, prometheus/…, grafana/…. --env selects \
            one environment (an AOF Context by name, or by its `environment` label); by default every \
            context is built. --env-file provides variables: a ${VAR} they provide is substituted, one \
            they do not stays symbolic and is listed in the plan, and a secret variable always stays \
            symbolic, so no artifact ever holds a secret.

            Writing is all or nothing: every changed file is first written to a temporary file beside its \
            target and flushed; only when all of them are written are they renamed into place, so a build \
            that fails leaves the previous output as it was. Files whose bytes do not change are not \
            rewritten, and files an earlier build of the same target wrote that this one no longer produces are \
            removed (the list is kept in --out/.oaas-build; nothing else in --out is touched). With --check nothing is \
            written: the command fails when the output is not up to date.

            EXAMPLES:
              Every target, for every environment:
                oaas build --target all --out deploy
              Kubernetes manifests for one environment, with its variables:
                oaas build --target kubernetes --env production --env-file prod.env --out deploy
              In CI: is the committed output current?
                oaas build --target all --out deploy --check

            EXIT STATUS:
              0  built (or, with --check, up to date)
              1  the workspace has errors (or, with --check, the output is out of date)
              2  usage error, or a file that cannot be written
              3  internal error
            """)

    @Argument(help: "Files or directories to read.")
    var paths: [String] = ["."]

    @Option(name: [.short, .long], help: "What to build: plan, kubernetes, prometheus, grafana, a comma-separated list, or all.")
    var target: String = "all"

    @Option(name: [.short, .long], help: "The output directory.")
    var out: String

    @Option(help: "Build one environment: a context's name, or an `environment` label value.")
    var env: String?

    @Option(name: .customLong("env-file"), help: "A dotenv file of provided variables (repeatable; later files win).")
    var envFiles: [String] = []

    @Flag(help: "Write nothing; fail when the output directory is not up to date.")
    var check = false

    @Flag(help: "Never colour the output (NO_COLOR is honoured too).")
    var noColor = false

    func run() throws {
        let targets = try Self.targets(target)
        let files = try FileDiscovery.read(paths)
        let environmentFiles = try EnvFiles.read(envFiles)
        let result: BuildPipeline.Result
        switch BuildPipeline.run(
            files, targets: targets, environment: env, variables: environmentFiles.provided,
            extraDiagnostics: environmentFiles.diagnostics) {
        case .success(let built):
            result = built
        case .failure(.unknownEnvironment(let name, let known)):
            throw UsageError(description: "--env \(name): no such environment; the workspace has: \(known.joined(separator: ", "))")
        }
        let terminal = isatty(STDOUT_FILENO) == 1
        let color = terminal && !noColor && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
        let sources = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        Output.write(TextReporter(snippets: terminal, color: color).render(result.diagnostics, sources: sources))
        let summary = Summary(
            diagnostics: result.diagnostics, files: files.count,
            documents: result.compilation.project.resources.count, skipped: result.compilation.project.skipped.count)
        guard !result.failed else {
            Output.error("oaas: \(summary.line); nothing written\n")
            throw ExitCode(1)
        }
        let writer = ArtifactWriter(directory: out, targets: targets)
        let names = targets.map(\.rawValue).joined(separator: ", ")
        let environments = result.environments.map(\.name).joined(separator: ", ")
        if check {
            let pending = writer.pending(result.artifacts)
            for path in pending.written { Output.error("\(out)/\(path): out of date\n") }
            for path in pending.removed { Output.error("\(out)/\(path): no longer produced\n") }
            let stale = pending.written.count + pending.removed.count
            Output.error("oaas: \(names) for \(environments): \(Self.files(result.artifacts.count)), \(stale == 0 ? "up to date" : "\(stale) out of date")\n")
            if stale > 0 { throw ExitCode(1) }
            return
        }
        let outcome = try writer.write(result.artifacts)
        Output.error("oaas: built \(names) for \(environments): \(Self.files(result.artifacts.count)) in \(out) (\(outcome.written.count) written, \(outcome.unchanged.count) unchanged, \(outcome.removed.count) removed)\n")
    }

    static func files(_ count: Int) -> String { "\(count) file\(count == 1 ? "" : "s")" }

    /// The targets a `--target` value names.
    static func targets(_ value: String) throws -> [BuildTarget] {
        var targets: [BuildTarget] = []
        for part in value.split(separator: ",") {
            let name = part.trimmingCharacters(in: .whitespaces).lowercased()
            if name == "all" {
                targets += BuildTarget.allCases
            } else if let target = BuildTarget(rawValue: name) {
                targets.append(target)
            } else {
                let known = BuildTarget.allCases.map(\.rawValue).joined(separator: ", ")
                throw UsageError(description: "--target \(part): unknown target; expected \(known) or all")
            }
        }
        guard !targets.isEmpty else { throw UsageError(description: "--target: name at least one target") }
        return Array(Set(targets)).sorted()
    }
}
