import ArgumentParser
import Foundation
import OAASCore
import OAASReporters

/// `oaas vars [PATH…]`: the environment variables the workspace needs.
struct VarsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vars",
        abstract: "List the environment variables the workspace needs.",
        discussion: """
            Lists every ${VAR} and ${VAR:-default} written in the files (and every variable a DaemonConfig \
            names in a *_env key), sorted by name, with each place it is used. A variable is required when \
            some use is expanded by the platform and has no default. With --env-file, says whether each is \
            provided and where; values from env files are never printed, and defaults of secret-looking \
            variables are masked.

            EXAMPLES:
              Every variable the workspace needs:
                oaas vars
              Which of them a deployment's env file leaves unset:
                oaas vars --env-file deploy/prod.env

            EXIT STATUS:
              0  listed
              1  with --env-file: a required variable is missing, or a line is not a variable
              2  usage error
            """)

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Files or directories to read.")
    var paths: [String] = ["."]

    @Option(name: [.short, .long], help: "Output format: text or json.")
    var format: Format = .text

    @Option(name: .customLong("env-file"), help: "A dotenv file of provided variables (repeatable; later files win).")
    var envFiles: [String] = []

    func run() throws {
        let files = try FileDiscovery.read(paths)
        let env = try EnvFiles.read(envFiles)
        let report = VarsReport(variables: RequiredVariables.collect(files), provided: env.provided)
        switch format {
        case .text:
            Output.write(report.text())
            if !env.diagnostics.isEmpty {
                Output.error(TextReporter(snippets: false, color: false).render(env.diagnostics, sources: [:]))
            }
            Output.error("oaas: \(report.summary)\n")
        case .json:
            Output.write(report.json(envDiagnostics: env.diagnostics).rendered())
        }
        if report.missing > 0 || env.diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}

/// Reads `--env-file` files: a missing one is a usage error.
///
/// The files are not handed back: they hold credentials, so no reporter may show their lines as
/// snippets.
enum EnvFiles {
    /// The variables the files provide (nil when no file was given) and the diagnostics of their bad lines.
    static func read(_ paths: [String]) throws -> (provided: ProvidedVariables?, diagnostics: [Diagnostic]) {
        guard !paths.isEmpty else { return (nil, []) }
        var files: [SourceFile] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  let data = FileManager.default.contents(atPath: path) else {
                throw UsageError(description: "--env-file \(path): no such file")
            }
            files.append(SourceFile(path: FileDiscovery.display(path), bytes: [UInt8](data)))
        }
        let loaded = EnvFile.load(files)
        return (loaded.variables, loaded.diagnostics)
    }
}

/// What `oaas vars` prints.
struct VarsReport {
    /// The workspace's variables, sorted by name.
    let variables: [RequiredVariables.Variable]
    /// What the env files provide, or nil without `--env-file`.
    let provided: ProvidedVariables?

    /// How many required variables the env files do not provide (0 without env files).
    var missing: Int {
        guard let provided else { return 0 }
        return variables.filter { $0.isRequired && provided.values[$0.name] == nil }.count
    }

    /// The summary line for standard error.
    var summary: String {
        let required = variables.filter(\.isRequired).count
        var text = "\(variables.count) variable\(variables.count == 1 ? "" : "s"), \(required) required"
        if provided != nil { text += ", \(missing) missing" }
        return text
    }

    /// A default as printed: masked for a secret (`Redaction.maskSecret`), with tokens and URL passwords
    /// masked otherwise.
    func display(_ value: String, of variable: RequiredVariables.Variable) -> String {
        variable.isSecret ? Redaction.maskSecret(value) : Redaction.redact(value)
    }

    /// Required or optional, defaults, and where the env files provide it (never the value).
    func status(_ variable: RequiredVariables.Variable) -> String {
        var parts: [String] = []
        if variable.isNeverExpanded {
            parts.append("never expanded")
        } else if variable.isRequired {
            parts.append("required")
        } else {
            parts.append("optional")
        }
        let defaults = variable.defaults
        if !defaults.isEmpty {
            var shown: [String] = []
            for value in defaults { shown.append("\"\(display(value, of: variable))\"") }
            parts.append("default \(shown.joined(separator: ", "))")
        }
        if let provided {
            if let value = provided.values[variable.name] {
                parts.append("provided by \(value.range.file):\(value.range.start.line)")
            } else {
                parts.append(variable.isRequired ? "MISSING" : "not provided")
            }
        }
        return parts.joined(separator: "; ")
    }

    /// One line per variable, then one indented line per use.
    func text() -> String {
        var output = ""
        for variable in variables {
            output += "\(variable.name): \(status(variable))\n"
            for use in variable.uses {
                var line = "  \(use.range.file):\(use.range.start.line):\(use.range.start.column)"
                if let defaultValue = use.defaultValue {
                    line += " default \"\(display(defaultValue, of: variable))\""
                }
                if use.isNamed { line += " (named by \(use.key ?? "")_env)" }
                if let reason = use.notExpandedReason, !use.expanded { line += " (not expanded: \(reason))" }
                output += line + "\n"
            }
        }
        return output
    }

    /// The same as JSON, with the env files' diagnostics (which never quote a line's text).
    func json(envDiagnostics: [Diagnostic]) -> JSON {
        var items: [JSON] = []
        for variable in variables {
            var fields: [(String, JSON)] = [
                ("name", .string(variable.name)),
                ("required", .bool(variable.isRequired)),
                ("expanded", .bool(!variable.isNeverExpanded)),
                ("secret", .bool(variable.isSecret)),
                ("defaults", .array(variable.defaults.map { .string(display($0, of: variable)) })),
            ]
            if let provided {
                if let value = provided.values[variable.name] {
                    fields.append(("provided", .bool(true)))
                    fields.append(("providedAt", .string("\(value.range.file):\(value.range.start.line):\(value.range.start.column)")))
                } else {
                    fields.append(("provided", .bool(false)))
                }
            }
            var uses: [JSON] = []
            for use in variable.uses {
                uses.append(.object([
                    ("file", .string(use.range.file)),
                    ("line", .int(use.range.start.line)),
                    ("column", .int(use.range.start.column)),
                    ("path", .string(use.path.description)),
                    ("default", use.defaultValue.map { .string(display($0, of: variable)) } ?? .null),
                    ("expanded", .bool(use.expanded)),
                    ("reason", use.notExpandedReason.map(JSON.string) ?? .null),
                    ("named", .bool(use.isNamed)),
                ]))
            }
            fields.append(("uses", .array(uses)))
            items.append(.object(fields))
        }
        // The same versioned form as `oaas validate --format json`.
        let diagnostics = envDiagnostics.map(JSONReporter.json)
        var root: [(String, JSON)] = [("schemaVersion", .int(1)), ("variables", .array(items))]
        if provided != nil { root.append(("missing", .int(missing))) }
        root.append(("envFileDiagnostics", .array(diagnostics)))
        return .object(root)
    }
}
