import ArgumentParser
import Foundation
import OAASCore
import OAASReporters
import OAASXML

/// `oaas compliance-check --framework=…`: the workspace's compliance claims against its configuration.
struct ComplianceCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compliance-check",
        abstract: "Check compliance claims against the configuration and write an audit report.",
        discussion: """
            Checks the frameworks the governance file claims (or those given with --framework; one of the two \
            is needed) against the \
            configuration that actually runs: each evidence rule (`oaas explain compliance.<framework>.<rule>`) \
            gives every control it covers a result: pass with its evidence, fail with the located findings and \
            a fix, not applicable with the reason, or manual (a person must check it; never counted as \
            passed). Frameworks: \(BuiltinCatalogs.frameworks.joined(separator: ", ")), or any framework \
            whose OSCAL catalog --catalog imports. Exit status: 0 when no control fails at or above \
            --fail-on, 1 when one does (or the workspace has errors), 2 on a usage error, 3 on an internal \
            error.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, junit, markdown
    }

    @Argument(help: "Files or directories of the workspace.")
    var paths: [String] = ["."]

    @Option(help: "The frameworks to check: one, a comma list, or `all` (default: those the governance file claims).")
    var framework: String?

    @Option(name: .customLong("as-of"), help: "The date date rules take as today, YYYY-MM-DD (default: today, UTC).")
    var asOf: String?

    @Option(help: "Import an OSCAL catalog (XML or JSON), as FILE or KEY=FILE; its controls become citable under compliance.<KEY> (repeatable).")
    var catalog: [String] = []

    @Option(name: [.short, .long], help: "Output format: text, json, junit (JUnit XML, one test case per control) or markdown (an audit report).")
    var format: Format = .text

    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case error, warning, note
    }

    @Option(name: .customLong("fail-on"), help: "The lowest severity of a failing control that makes the exit status 1: error, warning or note.")
    var failOn: FailOn = .error

    func run() throws {
        let date = try asOfDate()
        let imported = try importCatalogs()
        let files = try FileDiscovery.read(paths)
        var known = BuiltinCatalogs.frameworks
        for key in imported.keys.sorted() where !known.contains(key) { known.append(key) }
        let frameworks = try selectedFrameworks(known: known)
        let options = ComplianceRun.Options(frameworks: frameworks, asOf: date, importedCatalogs: imported)
        let report = ComplianceRun.run(files, options: options)
        if report.frameworks.isEmpty, !report.frontEnd.isEmpty {
            // A governance file that does not parse claims nothing: show why rather than a usage error.
            Output.write(ComplianceTextReporter.render(report))
            throw ExitCode(1)
        }
        if report.frameworks.isEmpty {
            throw UsageError(description: """
                the workspace claims no framework oaas has a catalog for (spec.compliance of a GovernanceConfiguration); \
                name one with --framework (\(known.joined(separator: ", ")), or all)
                """)
        }
        switch format {
        case .text: Output.write(ComplianceTextReporter.render(report))
        case .json: Output.write(ComplianceJSONReporter.render(report, version: OAASCommand.configuration.version))
        case .junit: Output.write(ComplianceJUnitReporter.render(report))
        case .markdown:
            Output.write(ComplianceMarkdownReporter.render(report, version: OAASCommand.configuration.version, files: files.count))
        }
        if ComplianceWording.fails(report, at: Severity(rawValue: failOn.rawValue) ?? .error) { throw ExitCode(1) }
    }

    /// `--as-of`, or today in UTC.
    private func asOfDate() throws -> DateValue {
        var text = asOf
        if text == nil {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            let parts = calendar.dateComponents([.year, .month, .day], from: Date())
            text = String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
        }
        switch DateValue.calendarDate(text ?? "") {
        case .success(let date): return date
        case .failure(let error): throw UsageError(description: "--as-of: \(error.reason)")
        }
    }

    /// The frameworks asked for, in the order given (`all` is every known one), or nil when none was:
    /// then those the governance files have sections for.
    private func selectedFrameworks(known: [String]) throws -> [String]? {
        guard let framework else { return nil }
        var result: [String] = []
        for part in framework.split(separator: ",") {
            let key = part.trimmingCharacters(in: .whitespaces).lowercased()
            if key == "all" {
                for each in known where !result.contains(each) { result.append(each) }
                continue
            }
            let canonical = known.contains(key) ? key : ComplianceFacts.catalogKey(key)
            guard known.contains(canonical) else {
                throw UsageError(description: "unknown framework \"\(key)\"; known frameworks: \(known.joined(separator: ", ")), or all")
            }
            if !result.contains(canonical) { result.append(canonical) }
        }
        guard !result.isEmpty else { throw UsageError(description: "--framework names no framework; known frameworks: \(known.joined(separator: ", ")), or all") }
        return result
    }

    /// Reads every `--catalog`, keyed by the given key, the catalog's `framework` property, or the
    /// file's name without extension.
    private func importCatalogs() throws -> [String: ControlCatalog] {
        var result: [String: ControlCatalog] = [:]
        for argument in catalog {
            let (key, path) = OSCALCatalogImport.argument(argument)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw UsageError(description: "\(path): cannot read the catalog")
            }
            switch OSCALCatalogImport.read(SourceFile(path: path, bytes: [UInt8](data))) {
            case .success(let catalog):
                result[OSCALCatalogImport.key(given: key, catalog: catalog, path: path)] = catalog
            case .failure(let failure):
                throw UsageError(description: "invalid catalog: \(failure.description)")
            }
        }
        return result
    }
}
