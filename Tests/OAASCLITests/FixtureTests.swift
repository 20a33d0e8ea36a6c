import Foundation
import OAASCore
import Testing

/// Golden tests: each `fixtures/<area>/<case>/` holds input files and `expected.txt`, the canonical
/// output of `oaas validate` (areas named `security-*`: `oaas security-scan`; `compliance/`: the text report
/// of `oaas compliance-check`) run inside the case folder, with the options of its optional `args` file
/// (see fixtures/README.md).
@Suite("Golden fixtures")
struct FixtureTests {
    /// Every case, or those whose name starts with `OAAS_FIXTURE_FILTER` (`build/prometheus-`), so that one
    /// area can be recorded without rewriting the others.
    static let cases: [String] = TestSupport.folders(in: TestSupport.root.appendingPathComponent("fixtures"))
        .flatMap { area in TestSupport.folders(in: area).map { "\(area.lastPathComponent)/\($0.lastPathComponent)" } }
        .filter { $0.hasPrefix(ProcessInfo.processInfo.environment["OAAS_FIXTURE_FILTER"] ?? "") }

    @Test(arguments: cases)
    func fixture(_ name: String) throws {
        let folder = TestSupport.root.appendingPathComponent("fixtures").appendingPathComponent(name)
        let actual: String
        if name.hasPrefix("build/") {
            // `oaas build <args> --out expected .`: diagnostics in expected.txt, artifacts in expected/.
            let build = BuildFixture.run(in: folder)
            actual = build.text
            let differences = try BuildFixture.compare(build.artifacts, in: folder)
            #expect(differences.isEmpty, "fixture \(name)'s artifacts differ:\n\(differences.joined(separator: "\n"))")
        } else if name.hasPrefix("compliance/") {
            // `oaas compliance-check <args> .`, with its text report.
            let files = TestSupport.sources(in: folder)
            #expect(!files.isEmpty, "fixture \(name) has no YAML input")
            actual = TestSupport.complianceOutput(files, arguments: TestSupport.arguments(in: folder), folder: folder)
        } else if name.hasPrefix("config/") {
            // The case's `.oaas.yml` as `oaas validate` checks it before anything else.
            actual = TestSupport.configurationOutput(in: folder)
        } else if name.hasPrefix("security-") {
            // `oaas security-scan .`: every file of the case is scanned, not only the YAML ones.
            let files = TestSupport.allSources(in: folder)
            #expect(!files.isEmpty, "fixture \(name) has no input")
            actual = TestSupport.securityOutput(files, arguments: TestSupport.arguments(in: folder), folder: folder)
        } else {
            let files = TestSupport.sources(in: folder)
            #expect(!files.isEmpty, "fixture \(name) has no YAML input")
            actual = TestSupport.canonicalOutput(files, arguments: TestSupport.arguments(in: folder), folder: folder)
        }
        let expectedURL = folder.appendingPathComponent("expected.txt")
        if TestSupport.updating {
            try Data(actual.utf8).write(to: expectedURL)
            Issue.record("rewrote \(name)/expected.txt; read it, then run the tests again without OAAS_UPDATE_FIXTURES")
            return
        }
        let expected = (try? String(contentsOf: expectedURL, encoding: .utf8)) ?? "<missing expected.txt>"
        #expect(actual == expected, "fixture \(name) differs:\n\(TestSupport.diff(expected: expected, actual: actual))")
    }

    @Test func everyFixtureAreaHasCases() {
        #expect(Self.cases.count >= 10 || ProcessInfo.processInfo.environment["OAAS_FIXTURE_FILTER"] != nil)
    }

    @Test func bundledExamplesValidateClean() {
        let examples = TestSupport.root.appendingPathComponent("examples")
        for example in TestSupport.folders(in: examples) {
            let files = TestSupport.sources(in: example)
            #expect(!files.isEmpty)
            let result = Compiler.compile(files)
            #expect(result.diagnostics.isEmpty, "\(example.lastPathComponent): \(result.diagnostics.map(\.canonicalLine))")
            #expect(result.project.skipped.isEmpty, "\(example.lastPathComponent) has skipped documents")
        }
    }

    /// The shared corpus (real files from public projects) must never crash oaas, and every document
    /// must be classified: decoded as ours or skipped with a reason.
    @Test func corpusIsClassifiedWithoutCrashing() throws {
        let corpus = TestSupport.root.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        try #require(FileManager.default.fileExists(atPath: corpus.path), "../shared/corpus is missing")
        let files = TestSupport.sources(in: corpus)
        #expect(files.count > 100)
        let result = Compiler.compile(files)
        let documents = files.reduce(0) { $0 + YAMLParser.parse($1).documents.count }
        #expect(result.project.resources.count + result.project.skipped.count == documents)
        #expect(result.project.resources.count > 150)
        #expect(result.diagnostics.allSatisfy { DiagnosticCatalog.kind(id: $0.id) != nil })
    }
}
