import Foundation
import OAASCore
import OAASReporters
import Testing

/// The `fixtures/fix/` area: each case holds input files, the same files as `--fix` must leave them
/// (`<name>.fixed`; an input without one must stay unchanged), and `expected-fixed.txt`, what `oaas
/// validate` reports once the fixes are made. Each case is also an ordinary golden case
/// (`expected.txt`), since the `.fixed` files are not YAML inputs.
@Suite("Fix fixtures")
struct FixTests {
    static let area = TestSupport.root.appendingPathComponent("fixtures/fix")
    static let cases = TestSupport.folders(in: area).map(\.lastPathComponent)
    /// Cases whose every mistake has a certain fix: once fixed they validate with no diagnostics at all.
    static let clean: Set<String> = ["crlf-two-documents", "misspelled-keys", "yaml11-booleans"]

    /// The case's files after `FixItApplication`, by path.
    static func fix(_ files: [SourceFile]) -> (fixed: [SourceFile], fixes: [FixItApplication.FileFix]) {
        let fixes = FixItApplication.applyAll(Compiler.compile(files).diagnostics, files: files)
        let bytes = Dictionary(fixes.map { ($0.path, $0.bytes) }, uniquingKeysWith: { first, _ in first })
        return (files.map { SourceFile(path: $0.path, bytes: bytes[$0.path] ?? $0.bytes) }, fixes)
    }

    /// The bytes a file must have after fixing: its `.fixed` twin, or its own bytes when it has none.
    static func expectedBytes(of file: SourceFile, in folder: URL) -> [UInt8] {
        FileManager.default.contents(atPath: folder.appendingPathComponent(file.path + ".fixed").path).map { [UInt8]($0) } ?? file.bytes
    }

    @Test func areaHasCases() {
        #expect(Self.cases.count >= 4)
        #expect(Self.clean.isSubset(of: Set(Self.cases)))
    }

    @Test(arguments: cases)
    func fixedFilesMatch(_ name: String) throws {
        let folder = Self.area.appendingPathComponent(name)
        let files = TestSupport.sources(in: folder)
        try #require(!files.isEmpty, "fixture fix/\(name) has no YAML input")
        let (fixed, fixes) = Self.fix(files)
        #expect(!fixes.isEmpty, "fix/\(name) fixes nothing")
        for file in fixed {
            let expected = Self.expectedBytes(of: file, in: folder)
            #expect(file.bytes == expected, """
                fix/\(name)/\(file.path) differs from its .fixed file:
                \(TestSupport.diff(expected: String(decoding: expected, as: UTF8.self), actual: String(decoding: file.bytes, as: UTF8.self)))
                """)
        }
        // Every expected file belongs to an input, so a misnamed one cannot pass unnoticed.
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasSuffix(".fixed") {
            #expect(files.contains { $0.path + ".fixed" == name }, "\(name) has no input file")
        }
    }

    @Test(arguments: cases)
    func fixedFilesValidate(_ name: String) throws {
        let folder = Self.area.appendingPathComponent(name)
        let (fixed, _) = Self.fix(TestSupport.sources(in: folder))
        let after = Compiler.compile(fixed).diagnostics
        // Nothing --fix would apply is left: a second run changes nothing.
        #expect(FixItApplication.applyAll(after, files: fixed).isEmpty)
        #expect(!after.contains { FixItApplication.certainKinds.contains($0.id) && !$0.fixIts.isEmpty })
        if Self.clean.contains(name) {
            #expect(after.isEmpty, "fix/\(name) does not validate clean once fixed: \(after.map(\.canonicalLine))")
        }
        let actual = TextReporter(snippets: false, color: false).render(after, sources: [:])
        let expectedURL = folder.appendingPathComponent("expected-fixed.txt")
        if TestSupport.updating {
            try Data(actual.utf8).write(to: expectedURL)
            Issue.record("rewrote fix/\(name)/expected-fixed.txt; read it, then run the tests again without OAAS_UPDATE_FIXTURES")
            return
        }
        let expected = (try? String(contentsOf: expectedURL, encoding: .utf8)) ?? "<missing expected-fixed.txt>"
        #expect(actual == expected, "fix/\(name) after fixing differs:\n\(TestSupport.diff(expected: expected, actual: actual))")
    }

    @Test func skippedFixesAreExplained() throws {
        let files = TestSupport.sources(in: Self.area.appendingPathComponent("mixed"))
        let fixes = FixItApplication.applyAll(Compiler.compile(files).diagnostics, files: files)
        let skipped = fixes.flatMap(\.skipped)
        #expect(skipped.map(\.diagnostic.id) == ["schema.unknown-value"])
        #expect(skipped.map(\.reason) == [.notCertain])
        #expect(fixes.map { $0.applied.count } == [1, 3])
    }
}
