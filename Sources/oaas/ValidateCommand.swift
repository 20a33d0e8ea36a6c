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
            Reads every .yaml and .yml file under the given paths (default: the current directory), \
            skipping .git, .build, node_modules and vendored folders. Exit status: 0 when nothing at or \
            above the failing severity was found, 1 when something was, 2 on a usage error, 3 on an \
            internal error.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Files or directories to check.")
    var paths: [String] = ["."]

    @Option(name: [.short, .long], help: "Output format: text or json.")
    var format: Format = .text

    @Flag(help: "Fail on warnings too.")
    var strict = false

    @Flag(help: "Never colour the output (NO_COLOR is honoured too).")
    var noColor = false

    @Flag(name: .shortAndLong, help: "Also list the documents that were skipped and why.")
    var verbose = false

    @Option(name: .customLong("env-file"), help: "A dotenv file of provided variables (repeatable; later files win); a required variable none provides is an error.")
    var envFiles: [String] = []

    func run() throws {
        let files = try FileDiscovery.read(paths)
        let env = try EnvFiles.read(envFiles)
        let result = Compiler.compile(files, options: CompileOptions(providedVariables: env.provided))
        let diagnostics = env.diagnostics.isEmpty ? result.diagnostics : DiagnosticOrdering.sortedUnique(result.diagnostics + env.diagnostics)
        let summary = Summary(
            diagnostics: diagnostics, files: files.count,
            documents: result.project.resources.count, skipped: result.project.skipped.count)
        let terminal = isatty(STDOUT_FILENO) == 1
        switch format {
        case .text:
            let color = terminal && !noColor && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
            let reporter = TextReporter(snippets: terminal, color: color)
            let sources = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
            Output.write(reporter.render(diagnostics, sources: sources))
            if verbose {
                for skipped in result.project.skipped {
                    Output.error("\(skipped.range.file):\(skipped.range.start.line):\(skipped.range.start.column): skipped: \(skipped.reason)\n")
                }
            }
            Output.error("oaas: \(summary.line)\n")
        case .json:
            Output.write(JSONReporter.render(diagnostics, project: result.project, summary: summary))
        }
        let failing = summary.errors > 0 || (strict && summary.warnings > 0)
        if failing { throw ExitCode(1) }
    }
}

/// Writes to standard output and standard error.
enum Output {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
