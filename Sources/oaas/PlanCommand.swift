import ArgumentParser
import Foundation
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

            The plan is always printed, also for resources with errors. Exit status: 0 when `oaas \
            validate` would pass (no errors), 1 when it would fail, 2 on a usage error, 3 on an internal \
            error.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Files or directories to read.")
    var paths: [String] = ["."]

    @Option(name: [.short, .long], help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
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
}
