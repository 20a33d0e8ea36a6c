import Foundation
import OAASCore
import OAASReporters
import OAASXML

/// Paths and helpers shared by the golden and CLI tests.
enum TestSupport {
    /// The package root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `OAAS_UPDATE_FIXTURES=1` rewrites expected files (and fails the run, so it never passes in CI).
    static let updating = ProcessInfo.processInfo.environment["OAAS_UPDATE_FIXTURES"] == "1"

    /// Every `.yaml`/`.yml` file below `folder`, as source files with paths relative to `folder`.
    static func sources(in folder: URL) -> [SourceFile] {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: folder.path) else { return [] }
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String {
            if path.hasSuffix(".yaml") || path.hasSuffix(".yml") { paths.append(path) }
        }
        return paths.sorted().compactMap { path in
            manager.contents(atPath: folder.appendingPathComponent(path).path).map { SourceFile(path: path, bytes: [UInt8]($0)) }
        }
    }

    /// Every file below `folder` except a fixture's own `expected.txt` and `args`, as source files with
    /// paths relative to `folder`: what `oaas security-scan .` reads there.
    static func allSources(in folder: URL) -> [SourceFile] {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: folder.path) else { return [] }
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String {
            if path == "expected.txt" || path == "args" { continue }
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory), !isDirectory.boolValue {
                paths.append(path)
            }
        }
        return paths.sorted().compactMap { path in
            manager.contents(atPath: folder.appendingPathComponent(path).path).map { SourceFile(path: path, bytes: [UInt8]($0)) }
        }
    }

    /// The canonical text output of `oaas security-scan` for a set of files (not on a terminal).
    /// - Parameters:
    ///   - files: every scanned file.
    ///   - arguments: options (`--no-inline-ignores`, `--baseline FILE`).
    ///   - folder: where a relative baseline path is read from.
    static func securityOutput(_ files: [SourceFile], arguments: [String] = [], folder: URL? = nil) -> String {
        var options = SecurityScan.Options()
        var index = 0
        while index < arguments.count {
            switch arguments[index] {
            case "--no-inline-ignores":
                options.policy.inlineIgnores = false
            case "--baseline" where index + 1 < arguments.count:
                let path = arguments[index + 1]
                index += 1
                let url = folder.map { $0.appendingPathComponent(path) } ?? URL(fileURLWithPath: path)
                guard let data = FileManager.default.contents(atPath: url.path) else { return "<--baseline \(path): no such file>\n" }
                switch Baseline.parse(SourceFile(path: path, bytes: [UInt8](data))) {
                case .success(let baseline): options.policy.baseline = baseline
                case .failure(let error): return "<invalid baseline: \(error.description)>\n"
                }
            default:
                return "<unsupported fixture option \"\(arguments[index])\">\n"
            }
            index += 1
        }
        let result = SecurityScan.run(files, options: options)
        return TextReporter(snippets: false, color: false).render(result.active, sources: [:])
    }

    /// The text report of `oaas compliance-check <arguments> .` in a fixture folder. Supported options:
    /// `--framework LIST`, `--as-of DATE` and `--catalog [KEY=]FILE` (read relative to the folder).
    static func complianceOutput(_ files: [SourceFile], arguments: [String], folder: URL) -> String {
        var frameworks: [String]?
        var asOf = "2026-11-21"
        var imported: [String: ControlCatalog] = [:]
        var index = 0
        while index + 1 < arguments.count {
            let value = arguments[index + 1]
            switch arguments[index] {
            case "--framework": frameworks = value.split(separator: ",").map(String.init)
            case "--as-of": asOf = value
            case "--catalog":
                let (key, path) = OSCALCatalogImport.argument(value)
                guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) else {
                    return "<--catalog \(path): no such file>\n"
                }
                switch OSCALCatalogImport.read(SourceFile(path: path, bytes: [UInt8](data))) {
                case .success(let catalog): imported[OSCALCatalogImport.key(given: key, catalog: catalog, path: path)] = catalog
                case .failure(let failure): return "<invalid catalog: \(failure.description)>\n"
                }
            default: return "<unsupported fixture option \"\(arguments[index])\">\n"
            }
            index += 2
        }
        guard index == arguments.count, case .success(let date) = DateValue.calendarDate(asOf) else {
            return "<malformed fixture options \(arguments)>\n"
        }
        let report = ComplianceRun.run(files, options: ComplianceRun.Options(frameworks: frameworks, asOf: date, importedCatalogs: imported))
        return ComplianceTextReporter.render(report)
    }

    /// The problems of a fixture's `.oaas.yml` (paths checked relative to the folder), as canonical lines.
    static func configurationOutput(in folder: URL) -> String {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(".oaas.yml").path) else {
            return "<no .oaas.yml>\n"
        }
        let (configuration, problems) = ProjectConfiguration.parse(
            SourceFile(path: ".oaas.yml", bytes: [UInt8](data)), frameworks: BuiltinCatalogs.frameworks)
        let missing = configuration.missingPaths { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }
        return TextReporter(snippets: false, color: false).render(DiagnosticOrdering.sortedUnique(problems + missing), sources: [:])
    }

    /// The canonical text output for a set of files, as `oaas validate` prints it when not on a terminal.
    /// - Parameters:
    ///   - files: the workspace files.
    ///   - arguments: `oaas validate` options (only `--env-file FILE` is supported).
    ///   - folder: where relative `--env-file` paths are read from.
    static func canonicalOutput(_ files: [SourceFile], arguments: [String] = [], folder: URL? = nil) -> String {
        var envFiles: [SourceFile] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            var path: String?
            if argument == "--env-file", index + 1 < arguments.count {
                path = arguments[index + 1]
                index += 1
            } else if argument.hasPrefix("--env-file=") {
                path = String(argument.dropFirst("--env-file=".count))
            }
            guard let path else { return "<unsupported fixture option \"\(argument)\">\n" }
            let url = folder.map { $0.appendingPathComponent(path) } ?? URL(fileURLWithPath: path)
            guard let data = FileManager.default.contents(atPath: url.path) else { return "<--env-file \(path): no such file>\n" }
            envFiles.append(SourceFile(path: path, bytes: [UInt8](data)))
            index += 1
        }
        let env = envFiles.isEmpty ? nil : EnvFile.load(envFiles)
        let result = Compiler.compile(files, options: CompileOptions(providedVariables: env?.variables))
        // As `oaas validate` does: inline suppressions apply, and suppressed findings are not printed.
        let diagnostics = FindingPolicy().apply(
            result.diagnostics + (env?.diagnostics ?? []), files: files, reportable: CommandKinds.validateIDs)
        return TextReporter(snippets: false, color: false).render(diagnostics.filter { $0.suppression == nil }, sources: [:])
    }

    /// The `oaas validate` options of a fixture: its optional `args` file holds one option per line
    /// (`--env-file prod.env`); blank lines and lines starting with `#` are skipped.
    static func arguments(in folder: URL) -> [String] {
        guard let text = try? String(contentsOf: folder.appendingPathComponent("args"), encoding: .utf8) else { return [] }
        var arguments: [String] = []
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if let space = trimmed.firstIndex(of: " ") {
                arguments.append(String(trimmed[..<space]))
                arguments.append(trimmed[space...].trimmingCharacters(in: .whitespaces))
            } else {
                arguments.append(trimmed)
            }
        }
        return arguments
    }

    /// Sub-folders of `folder`, sorted.
    static func folders(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }.filter { url in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }

    /// A line diff good enough to read a golden mismatch.
    static func diff(expected: String, actual: String) -> String {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let missing = expectedLines.filter { !actualLines.contains($0) }.map { "- \($0)" }
        let extra = actualLines.filter { !expectedLines.contains($0) }.map { "+ \($0)" }
        return (missing + extra).joined(separator: "\n")
    }
}
