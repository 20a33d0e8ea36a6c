import ArgumentParser
import OAASCore

extension Severity: ExpressibleByArgument {}

/// The options every checking command (validate, security-scan, compliance-check) shares: output,
/// configuration, suppressions, baselines and what fails a run.
struct CheckOptions: ParsableArguments {
    @Option(name: [.short, .long], help: ArgumentHelp(
        "Output format on standard output: text, json, sarif, junit, github, checkstyle or gitlab.",
        discussion: "Default: github inside GitHub Actions (GITHUB_ACTIONS=true) when standard output is not a terminal, text otherwise."))
    var format: ReportFormat?

    @Option(name: [.short, .long], help: ArgumentHelp(
        "Also write FORMAT to FILE, e.g. sarif=oaas.sarif (repeatable).", valueName: "format=file"))
    var output: [String] = []

    @Option(name: [.customShort("c"), .long], help: ArgumentHelp(
        "The configuration file (default: .oaas.yml or .oaas.yaml in the working directory or the nearest folder above it).",
        valueName: "file"))
    var config: String?

    @Flag(name: .customLong("no-config"), help: "Read no configuration file.")
    var noConfig = false

    @Option(help: ArgumentHelp("Accept the findings a baseline file lists (written by --write-baseline).", valueName: "file"))
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: ArgumentHelp(
        "Write the current findings to a baseline file and exit 0.", valueName: "file"))
    var writeBaseline: String?

    @Flag(name: .customLong("no-inline-ignores"), help: "Ignore `# oaas:ignore[…]` comments (for audits).")
    var noInlineIgnores = false

    @Option(name: .customLong("fail-on"), help: ArgumentHelp(
        "The lowest severity that fails the run (exit status 1): error, warning or note (default: error, or the configuration's fail-on).",
        valueName: "severity"))
    var failOn: Severity?

    @Flag(help: "Fail on warnings too (as --fail-on warning).")
    var strict = false

    @Option(name: .customLong("env-file"), help: ArgumentHelp(
        "A dotenv file of provided variables (repeatable; later files win); a required variable none provides is an error.",
        valueName: "file"))
    var envFiles: [String] = []

    @Flag(name: .customLong("no-color"), help: "Never colour the output (NO_COLOR is honoured too).")
    var noColor = false

    @Flag(name: .shortAndLong, help: "Print only the findings that fail the run, and no summary line.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Also say which configuration and workspace were read, and list skipped documents.")
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
        if noConfig && config != nil { throw ValidationError("--no-config and --config cannot be used together") }
        for request in output { _ = try OutputRequest(request) }
    }
}

/// One `--output FORMAT=FILE`.
struct OutputRequest: Sendable {
    let format: ReportFormat
    let path: String

    init(_ argument: String) throws {
        guard let equals = argument.firstIndex(of: "="), !argument[argument.index(after: equals)...].isEmpty else {
            throw ValidationError("--output takes FORMAT=FILE, e.g. sarif=oaas.sarif; got \"\(argument)\"")
        }
        let name = String(argument[..<equals])
        guard let format = ReportFormat(rawValue: name) else {
            let names = ReportFormat.allCases.map(\.rawValue)
            let hint = Suggestion.closest(to: name, in: names).map { "did you mean \"\($0)\"? " } ?? ""
            throw ValidationError("--output: unknown format \"\(name)\"; \(hint)expected one of \(names.joined(separator: ", "))")
        }
        self.format = format
        self.path = String(argument[argument.index(after: equals)...])
    }
}
