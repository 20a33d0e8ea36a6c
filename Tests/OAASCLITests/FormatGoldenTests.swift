import Foundation
import OAASCore
import OAASReporters
import OAASXML
import Testing

/// Golden tests of the findings formats: each `fixtures/formats/<case>/` holds YAML input (also an
/// `oaas validate` fixture, with its `expected.txt`) and the report of `oaas validate` on it in every
/// CI format: `expected.github`, `expected.gitlab.json`, `expected.checkstyle.xml`,
/// `expected.junit.xml` and `expected.sarif`. Inline `# oaas:ignore[ID] reason` comments are honoured,
/// so that a case shows where suppressed findings go.
@Suite("Findings format goldens")
struct FormatGoldenTests {
    static let folder = TestSupport.root.appendingPathComponent("fixtures/formats")
    static let cases: [String] = TestSupport.folders(in: folder).map(\.lastPathComponent)

    /// The formats, by golden file name.
    static let formats: [(file: String, render: @Sendable (FindingsReport) -> String)] = [
        ("expected.github", { GitHubAnnotationsReporter.render($0) }),
        ("expected.gitlab.json", GitLabCodeQualityReporter.render),
        ("expected.checkstyle.xml", CheckstyleReporter.render),
        ("expected.junit.xml", FindingsJUnitReporter.render),
        ("expected.sarif", { report in
            SARIFReporter.render(
                report.diagnostics, rules: report.rules, category: report.category, version: report.version, sources: report.sources)
        }),
    ]

    /// The report `oaas validate` builds for a case folder: compiled as `TestSupport.canonicalOutput`
    /// compiles it, inline suppressions applied, scrubbed and sorted.
    static func report(in folder: URL) -> FindingsReport {
        let files = TestSupport.sources(in: folder)
        let result = Compiler.compile(files)
        let marked = InlineSuppressions.apply(
            to: DiagnosticOrdering.sortedUnique(result.diagnostics), files: files, enabled: true,
            reportable: Set(DiagnosticCatalog.all.map(\.id)))
        let diagnostics = DiagnosticOrdering.sortedUnique(Redaction.scrub(marked))
        let present = Set(diagnostics.map(\.id))
        let summary = Summary(
            diagnostics: diagnostics, files: files.count, documents: result.project.resources.count,
            skipped: result.project.skipped.count)
        return FindingsReport(
            command: "validate", diagnostics: diagnostics, files: files.map(\.path),
            rules: DiagnosticCatalog.all.filter { present.contains($0.id) }, summary: summary, version: "0.0.0-test",
            sources: Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first }))
    }

    @Test(arguments: cases)
    func golden(_ name: String) throws {
        let caseFolder = Self.folder.appendingPathComponent(name)
        let report = Self.report(in: caseFolder)
        #expect(!report.files.isEmpty, "case \(name) has no YAML input")
        for (file, render) in Self.formats {
            let actual = render(report)
            #expect(render(report) == actual, "\(name)/\(file) is not deterministic")
            let url = caseFolder.appendingPathComponent(file)
            if TestSupport.updating {
                try Data(actual.utf8).write(to: url)
                Issue.record("rewrote formats/\(name)/\(file); read it, then run the tests again without OAAS_UPDATE_FIXTURES")
                continue
            }
            let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? "<missing \(file)>"
            #expect(actual == expected, "formats/\(name)/\(file) differs:\n\(TestSupport.diff(expected: expected, actual: actual))")
        }
    }

    @Test func everyCaseIsPresent() {
        #expect(Set(Self.cases).isSuperset(of: ["clean", "mixed", "overflow", "suppressed"]))
    }

    /// The suppressed finding of `suppressed/` is marked, and only JUnit and SARIF mention it.
    @Test func suppressedFindingsStayOutOfAnnotations() throws {
        let report = Self.report(in: Self.folder.appendingPathComponent("suppressed"))
        let suppressed = try #require(report.diagnostics.first { $0.suppression != nil })
        #expect(suppressed.range.file == "agent.yaml")
        let line = suppressed.canonicalLine
        #expect(!GitHubAnnotationsReporter.render(report).contains(line))
        #expect(!GitHubAnnotationsReporter.render(report).contains("escalation_channel"))
        #expect(!CheckstyleReporter.render(report).contains("escalation_channel"))
        #expect(!GitLabCodeQualityReporter.render(report).contains("escalation_channel"))
        let junit = FindingsJUnitReporter.render(report)
        #expect(junit.contains(line.replacingOccurrences(of: "\"", with: "&quot;")) || junit.contains(line))
        #expect(junit.contains("read by our wrapper script, not by the runtime"))
    }
}

/// Unit tests of the GitHub annotations: escaping, ranges, the per-level limit.
@Suite("GitHub annotations")
struct GitHubAnnotationsTests {
    static let kind = DiagnosticCatalog.kind(id: "schema.unknown-key")!

    static func finding(_ severity: Severity, file: String = "a.yaml", line: Int, column: Int = 3, endLine: Int? = nil, endColumn: Int? = nil, message: String = "bad") -> Diagnostic {
        let start = SourcePosition(line: line, column: column, offset: line * 100 + column)
        let endLine = endLine ?? line
        let endColumn = endColumn ?? column + 4
        var diagnostic = Diagnostic(
            kind, message,
            at: SourceRange(file: file, start: start, end: SourcePosition(line: endLine, column: endColumn, offset: endLine * 100 + endColumn)))
        diagnostic.severity = severity
        return diagnostic
    }

    static func report(_ diagnostics: [Diagnostic]) -> FindingsReport {
        let sorted = diagnostics.sorted(by: Diagnostic.outputOrder)
        return FindingsReport(
            command: "validate", diagnostics: sorted, files: Array(Set(sorted.map(\.range.file))).sorted(), rules: [kind],
            summary: Summary(diagnostics: sorted, files: 1, documents: 1, skipped: 0), version: "0.0.0-test", sources: [:])
    }

    /// The runner's unescaping (actions/runner ActionCommand), to check that escaping round-trips.
    static func unescape(_ text: String, property: Bool) -> String {
        var result = text.replacingOccurrences(of: "%0D", with: "\r").replacingOccurrences(of: "%0A", with: "\n")
        if property { result = result.replacingOccurrences(of: "%3A", with: ":").replacingOccurrences(of: "%2C", with: ",") }
        return result.replacingOccurrences(of: "%25", with: "%")
    }

    @Test func escapingMatchesTheToolkit() {
        let text = "100% sure: a,b\r\nnext %0A line::x"
        #expect(GitHubAnnotationsReporter.escapeData(text) == "100%25 sure: a,b%0D%0Anext %250A line::x")
        #expect(GitHubAnnotationsReporter.escapeProperty(text) == "100%25 sure%3A a%2Cb%0D%0Anext %250A line%3A%3Ax")
        #expect(Self.unescape(GitHubAnnotationsReporter.escapeData(text), property: false) == text)
        #expect(Self.unescape(GitHubAnnotationsReporter.escapeProperty(text), property: true) == text)
    }

    @Test func annotationEscapesFileMessageAndNotes() {
        var diagnostic = Self.finding(.error, file: "dir:x/a,b%.yaml", line: 4, column: 3, endColumn: 9, message: "unknown key \"a:b,c%\"\nsecond line")
        diagnostic.notes = [
            DiagnosticNote("first\ndefined here", at: SourceRange.fileStart("other.yaml")),
            DiagnosticNote("no place", at: nil),
        ]
        let output = GitHubAnnotationsReporter.render(Self.report([diagnostic]))
        let first = output.split(separator: "\n", omittingEmptySubsequences: false)[0]
        #expect(first == "::error file=dir%3Ax/a%2Cb%25.yaml,line=4,endLine=4,col=3,endColumn=9,title=schema.unknown-key::"
            + "unknown key \"a:b,c%25\"%0Asecond line%0Aother.yaml:1:1: note: first%0Adefined here%0Anote: no place")
    }

    @Test func rangesFollowTheRunnersRules() {
        // A multi-line range: the runner drops columns unless the range is on one line.
        let multiLine = GitHubAnnotationsReporter.render(Self.report([Self.finding(.warning, line: 2, endLine: 5, endColumn: 1)]))
        #expect(multiLine.hasPrefix("::warning file=a.yaml,line=2,endLine=5,title=schema.unknown-key::bad\n"))
        // A zero-width range has a column but no end column.
        let point = GitHubAnnotationsReporter.render(Self.report([Self.finding(.note, line: 1, column: 1, endColumn: 1)]))
        #expect(point.hasPrefix("::notice file=a.yaml,line=1,endLine=1,col=1,title=schema.unknown-key::bad\n"))
    }

    @Test func theTextReportAlwaysFollowsInsideAFence() throws {
        let diagnostics = [Self.finding(.error, file: "::error::x.yaml", line: 1), Self.finding(.warning, line: 2, message: "value \"##[error]x\"")]
        let report = Self.report(diagnostics)
        let output = GitHubAnnotationsReporter.render(report)
        let text = TextReporter(snippets: false, color: false).render(report.active, sources: [:])
        let lines = output.split(separator: "\n").map(String.init)
        let start = try #require(lines.firstIndex { $0.hasPrefix("::stop-commands::oaas-") })
        let token = String(lines[start].dropFirst("::stop-commands::".count))
        #expect(lines.last == "::\(token)::")
        #expect(lines[(start + 1)..<(lines.count - 1)].joined(separator: "\n") + "\n" == text)
        #expect(!text.contains("::\(token)::"))
        #expect(GitHubAnnotationsReporter.render(Self.report([])) == "")
    }

    @Test func atMostTenAnnotationsPerLevelThenANotice() throws {
        let errors = (1...12).map { Self.finding(.error, line: $0) }
        let warnings = (20...22).map { Self.finding(.warning, line: $0) }
        let notes = (30...39).map { Self.finding(.note, line: $0) }
        var suppressed = Self.finding(.error, line: 50)
        suppressed.suppression = Suppression(kind: .inSource, justification: "accepted")
        let output = GitHubAnnotationsReporter.render(Self.report(errors + warnings + notes + [suppressed]))
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("::error ") }.count == 10)
        #expect(lines.filter { $0.hasPrefix("::warning ") }.count == 3)
        // The overflow notice takes the tenth notice slot: 9 notes, then the notice.
        #expect(lines.filter { $0.hasPrefix("::notice ") }.count == 9)
        let notices = lines.filter { $0.hasPrefix("::notice::") }
        #expect(notices == [
            "::notice::3 more findings were not annotated: GitHub shows at most 10 error, 10 warning and 10 notice "
                + "annotations per step; the full report follows in the log",
        ])
        // The annotations come first, in output order; every active finding is in the text report.
        let firstText = try #require(lines.firstIndex { $0.hasPrefix("::stop-commands::") })
        #expect(try #require(lines.firstIndex(of: notices.first ?? "")) < firstText)
        #expect(lines.filter { $0.hasPrefix("a.yaml:") }.count == 25)
        #expect(!output.contains("a.yaml:50:"))
    }

    @Test func exactlyTenOfALevelNeedNoNotice() {
        let output = GitHubAnnotationsReporter.render(Self.report((1...10).map { Self.finding(.error, line: $0) }))
        #expect(output.split(separator: "\n").filter { $0.hasPrefix("::error ") }.count == 10)
        #expect(!output.contains("::notice::"))
        let one = GitHubAnnotationsReporter.render(Self.report((1...11).map { Self.finding(.warning, line: $0) }))
        #expect(one.contains("::notice::1 more finding was not annotated: "))
    }
}

/// Unit tests of the GitLab Code Quality and JUnit mappings.
@Suite("CI report mappings")
struct CIReportMappingTests {
    @Test func gitLabSeverities() {
        #expect(GitLabCodeQualityReporter.severity(.error, securitySeverity: 9.5) == "critical")
        #expect(GitLabCodeQualityReporter.severity(.error, securitySeverity: 9.0) == "critical")
        #expect(GitLabCodeQualityReporter.severity(.error, securitySeverity: 8.9) == "major")
        #expect(GitLabCodeQualityReporter.severity(.error, securitySeverity: nil) == "major")
        #expect(GitLabCodeQualityReporter.severity(.warning, securitySeverity: 9.5) == "minor")
        #expect(GitLabCodeQualityReporter.severity(.note, securitySeverity: nil) == "info")
    }

    @Test func gitLabFingerprintsAreUniqueAndIgnoreLines() {
        let first = GitHubAnnotationsTests.finding(.error, line: 3)
        let report = GitHubAnnotationsTests.report([first, GitHubAnnotationsTests.finding(.error, line: 7)])
        let moved = GitHubAnnotationsTests.report([
            GitHubAnnotationsTests.finding(.error, line: 13), GitHubAnnotationsTests.finding(.error, line: 17),
        ])
        func fingerprints(_ report: FindingsReport) -> [String] {
            GitLabCodeQualityReporter.render(report).split(separator: "\n")
                .filter { $0.contains("\"fingerprint\"") }.map(String.init)
        }
        #expect(Set(fingerprints(report)).count == 2)
        #expect(fingerprints(report) == fingerprints(moved))
        #expect(fingerprints(report).allSatisfy { line in
            let value = line.split(separator: "\"").dropFirst(3).first ?? ""
            return value.count == 32 && value.allSatisfy(\.isHexDigit)
        })
    }

    @Test func junitFailsFilesAtTheFailingSeverity() {
        var report = GitHubAnnotationsTests.report([GitHubAnnotationsTests.finding(.warning, line: 2)])
        #expect(FindingsJUnitReporter.render(report).contains("failures=\"0\""))
        #expect(FindingsJUnitReporter.render(report).contains("<system-out>a.yaml:2:3: warning: bad [schema.unknown-key]</system-out>"))
        report.failOn = .warning
        let failing = FindingsJUnitReporter.render(report)
        #expect(failing.contains("<failure type=\"warning\" message=\"1 warning\">a.yaml:2:3: warning: bad [schema.unknown-key]</failure>"))
        #expect(failing.contains("failures=\"1\""))
        #expect(!failing.contains("system-out"))
    }

    @Test func xmlReportsReplaceCharactersXMLCannotHold() {
        let report = GitHubAnnotationsTests.report([GitHubAnnotationsTests.finding(.error, line: 2, message: "bad \u{1}value\u{7F}")])
        for xml in [CheckstyleReporter.render(report), FindingsJUnitReporter.render(report)] {
            #expect(!xml.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
            #expect(xml.contains("bad \u{FFFD}value\u{7F}"))
        }
    }
}
