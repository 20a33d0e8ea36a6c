import ArgumentParser
import Foundation
import OAASCore
import OAASReporters

/// Finds, reads and checks the configuration file, and merges it with the command line: flags win over
/// the file, the file over the defaults.
struct CheckSettings {
    /// The configuration read, or nil without one.
    let configuration: ProjectConfiguration?
    /// The folder the configuration's paths are relative to, as a display path (`.`, `..`, `/abs`); the
    /// working directory without a configuration.
    let root: String
    /// The workspace's paths when none is given on the command line: the configuration's `include`, or
    /// the root.
    let defaultPaths: [String]
    /// Path patterns left out, matched against paths relative to `root`.
    let exclude: [String]
    /// The lowest severity that fails the run.
    let failOn: Severity
    /// Rules, inline suppressions and the baseline.
    var policy: FindingPolicy
    /// The env files, as display paths.
    let envFiles: [String]
    /// Maps a display path to a path relative to `root`, for `exclude`.
    let relativeToRoot: @Sendable (String) -> String

    /// Reads the configuration the options point at (or finds one) and resolves every setting.
    /// - Parameter frameworks: the framework keys the configuration may name.
    /// - Throws: `ExitCode(2)` after printing the configuration's problems; `UsageError` for unreadable files.
    static func resolve(_ options: CheckOptions, frameworks: [String] = BuiltinCatalogs.frameworks) throws -> CheckSettings {
        let path = options.noConfig ? nil : try options.config.map(checkedConfigPath) ?? ConfigurationLoader.find()
        var configuration: ProjectConfiguration?
        var root = "."
        if let path {
            let file = try ConfigurationLoader.read(path)
            let (parsed, problems) = ProjectConfiguration.parse(file, frameworks: frameworks)
            root = ConfigurationLoader.folder(of: path)
            let missing = parsed.missingPaths(baselineWritten: options.writeBaseline != nil) {
                FileManager.default.fileExists(atPath: ConfigurationLoader.join(root, $0))
            }
            if !(problems + missing).isEmpty {
                ConfigurationLoader.report(DiagnosticOrdering.sortedUnique(problems + missing), file: file)
                throw ExitCode(2)
            }
            configuration = parsed
        }
        let relative = { (value: String) in ConfigurationLoader.join(root, value) }
        var policy = FindingPolicy()
        policy.rules = configuration?.rules.map { ($0.pattern.value, $0.severity) } ?? []
        policy.inlineIgnores = !options.noInlineIgnores && (configuration?.inlineIgnores ?? true)
        let baseline = options.baseline ?? configuration?.baseline.map { relative($0.value) }
        if let baseline, options.writeBaseline == nil {
            policy.baseline = try ConfigurationLoader.baseline(baseline)
            policy.baselinePath = RelativePath.mapper(relativeToFolderOf: baseline)
        }
        var failOn = configuration?.failOn?.value ?? .error
        if options.strict { failOn = min(failOn, .warning) }
        if let flag = options.failOn { failOn = flag }
        let include = configuration?.include.map { relative($0.value) } ?? []
        return CheckSettings(
            configuration: configuration, root: root, defaultPaths: include.isEmpty ? [root] : include,
            exclude: configuration?.exclude.map(\.value) ?? [], failOn: failOn, policy: policy,
            envFiles: options.envFiles.isEmpty ? (configuration?.envFiles.map { relative($0.value) } ?? []) : options.envFiles,
            relativeToRoot: RelativePath.mapper(relativeToFolderOf: ConfigurationLoader.join(root, ".oaas.yml")))
    }

    private static func checkedConfigPath(_ path: String) throws -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw UsageError(description: "--config \(path): no such file")
        }
        return path
    }

    /// Whether a display path is left out by the configuration's `exclude`.
    func isExcluded(_ path: String) -> Bool {
        guard !exclude.isEmpty else { return false }
        let inRoot = relativeToRoot(path)
        // A path outside the root (`../x`) matches no pattern but a bare name.
        return exclude.contains { PathPattern.matches($0, path: inRoot) }
    }
}

/// The file system side of the configuration: finding it, reading it, checking its paths.
enum ConfigurationLoader {
    /// The nearest `.oaas.yml` (or `.oaas.yaml`) in the working directory or a folder above it, as a
    /// display path (`.oaas.yml`, `../.oaas.yml`).
    static func find() -> String? {
        var folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL
        var prefix = ""
        while true {
            for name in ProjectConfiguration.fileNames {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isDirectory),
                   !isDirectory.boolValue {
                    return prefix + name
                }
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
            prefix += "../"
        }
    }

    static func read(_ path: String) throws -> SourceFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UsageError(description: "\(path): the configuration file cannot be read")
        }
        return SourceFile(path: FileDiscovery.display(path), bytes: [UInt8](data))
    }

    /// The folder of a display path, as a display path.
    static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// `root/value` as a display path; absolute values stay as they are.
    static func join(_ root: String, _ value: String) -> String {
        if value.hasPrefix("/") || root == "." { return FileDiscovery.display(value) }
        return root.hasSuffix("/") ? root + value : root + "/" + value
    }

    /// Prints a configuration's problems (canonical lines, snippets on a terminal) on standard error.
    static func report(_ diagnostics: [Diagnostic], file: SourceFile) {
        let terminal = isatty(STDERR_FILENO) == 1
        let reporter = TextReporter(snippets: terminal, color: terminal && Terminal.colorAllowed(flag: false))
        Output.error(reporter.render(diagnostics, sources: [file.path: file]))
        Output.error("oaas: \(file.path): invalid configuration (\(diagnostics.count) problem\(diagnostics.count == 1 ? "" : "s"))\n")
    }

    /// Reads a baseline file.
    static func baseline(_ path: String) throws -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UsageError(description: "\(path): cannot read the baseline")
        }
        switch Baseline.parse(SourceFile(path: path, bytes: [UInt8](data))) {
        case .success(let parsed): return parsed
        case .failure(let error): throw UsageError(description: "invalid baseline: \(error.description)")
        }
    }
}

/// Terminal facts: whether standard output is one, and whether colour is allowed.
enum Terminal {
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// False with `--no-color` or a non-empty `NO_COLOR` (no-color.org).
    static func colorAllowed(flag noColor: Bool) -> Bool {
        !noColor && (ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true)
    }
}
