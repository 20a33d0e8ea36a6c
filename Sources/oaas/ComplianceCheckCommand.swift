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
            Checks the frameworks the governance file claims (or those given with --framework or the \
            configuration's frameworks) against the configuration that actually runs: each evidence rule \
            (`oaas explain compliance.<framework>.<rule>`) gives every control it covers a result: pass with \
            its evidence, fail with the located findings and a fix, not applicable with the reason, or manual \
            (a person must check it; never counted as passed). Frameworks: \
            \(BuiltinCatalogs.frameworks.joined(separator: ", ")), or any framework whose OSCAL catalog \
            --catalog imports.

            The audit reports are text, json, junit (a test case per control, passing ones included) and \
            markdown; sarif, github, checkstyle and gitlab carry the failing controls' located findings. \
            Rules, inline suppressions and baselines apply to those findings and to the exit status; the \
            audit reports always show every control as evaluated (use --no-inline-ignores for audits).

            EXAMPLES:
              The frameworks the workspace claims:
                oaas compliance-check
              An audit report in Markdown:
                oaas compliance-check --framework=iso-42001,soc2 --format markdown > audit.md
              Every framework; JUnit (a test case per control) and SARIF files:
                oaas compliance-check --framework=all -o junit=controls.xml -o sarif=c.sarif
              A framework from an imported OSCAL catalog:
                oaas compliance-check --catalog corp=corp-catalog.xml --framework=corp

            EXIT STATUS:
              0  no control fails at or above --fail-on (default error)
              1  one does, or the workspace has problems that make its evidence unreliable
              2  usage or configuration error
              3  internal error
            """)

    @Argument(help: "Files or folders of the workspace (default: the configuration's include, else the current folder).")
    var paths: [String] = []

    @Option(help: "The frameworks to check: one, a comma list, or `all` (default: the configuration's frameworks, else those the governance file claims).")
    var framework: String?

    @Option(name: .customLong("as-of"), help: "The date date rules take as today, YYYY-MM-DD (default: today, UTC).")
    var asOf: String?

    @Option(help: "Import an OSCAL catalog (XML or JSON), as FILE or KEY=FILE; its controls become citable under compliance.<KEY> (repeatable).")
    var catalog: [String] = []

    @OptionGroup var options: CheckOptions

    /// The formats of compliance-check: the audit reports (text, json, junit with a test case per
    /// control, markdown) and the findings formats.
    static let formats: [ReportFormat] = ReportFormat.findings + [.markdown]

    func run() throws {
        let date = try asOfDate()
        let imported = try importCatalogs()
        var known = BuiltinCatalogs.frameworks
        for key in imported.keys.sorted() where !known.contains(key) { known.append(key) }
        let settings = try CheckSettings.resolve(options, frameworks: known)
        let output = CheckOutput(options: options, settings: settings, formats: Self.formats)
        try output.validateFormats(command: "compliance-check")
        let inputs = try WorkspaceInputs.resolve(paths, settings: settings, allFiles: false)
        output.describe(inputs)
        // Compliance is a property of the whole workspace: every file read is reported on.
        var files: [SourceFile] = []
        var seen: Set<String> = []
        for group in inputs.groups { for file in group.files where seen.insert(file.path).inserted { files.append(file) } }
        files.sort { $0.path < $1.path }
        let configured = settings.configuration?.frameworks.map(\.value).joined(separator: ",")
        let frameworks = try selectedFrameworks(framework ?? (configured?.isEmpty == false ? configured : nil), known: known)
        let run = ComplianceRun.Options(frameworks: frameworks, asOf: date, importedCatalogs: imported)
        let report = ComplianceRun.run(files, options: run)
        if report.frameworks.isEmpty, !report.frontEnd.isEmpty {
            // A governance file that does not parse claims nothing: show why rather than a usage error.
            Output.write(ComplianceTextReporter.render(report))
            throw ExitCode(1)
        }
        if report.frameworks.isEmpty {
            throw UsageError(description: """
                the workspace claims no framework oaas has a catalog for (spec.compliance of a GovernanceConfiguration); \
                name one with --framework (\(known.joined(separator: ", ")), or all), or in the configuration's frameworks
                """)
        }
        let findings = settings.policy.apply(report.frontEnd + report.diagnostics, files: files, reportable: CommandKinds.complianceCheckIDs)
        if try output.writeBaselineIfAsked(findings) { return }
        let summary = Summary(
            diagnostics: findings, files: files.count, documents: 0, skipped: 0)
        let sources = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var findingsReport = FindingsReport(
            command: "compliance-check", diagnostics: findings, files: files.map(\.path),
            rules: ComplianceRun.kinds(including: report.frameworks.map(\.key)), summary: summary, version: OAASCommand.version, sources: sources)
        findingsReport.failOn = settings.failOn
        try output.write { format, terminal, quiet in
            switch format {
            case .text: return ComplianceTextReporter.render(report)
            case .json: return ComplianceJSONReporter.render(report, version: OAASCommand.version)
            case .junit: return ComplianceJUnitReporter.render(report)
            case .markdown: return ComplianceMarkdownReporter.render(report, version: OAASCommand.version, files: files.count)
            case .github:
                // Annotations for the failing controls' findings, then the audit report itself.
                var shown = findingsReport
                if quiet { shown.keep(only: output.fails) }
                return GitHubAnnotationsReporter.render(shown, followedBy: ComplianceTextReporter.render(report))
            case .sarif, .checkstyle, .gitlab:
                var shown = findingsReport
                if quiet { shown.keep(only: output.fails) }
                return FindingsFormats.render(format, shown, project: Project(files: []), text: output.textReporter(terminal: terminal))
            }
        }
        // A problem reading the workspace itself (a syntax error) always fails: the evidence cannot be trusted.
        let frontEndIDs = Set(report.frontEnd.map(\.id))
        let failing = findings.contains { $0.suppression == nil && (frontEndIDs.contains($0.id) || output.fails($0)) }
        if failing { throw ExitCode(1) }
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
    private func selectedFrameworks(_ framework: String?, known: [String]) throws -> [String]? {
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
