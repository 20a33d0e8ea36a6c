import OAASCore
import Testing

/// Inline suppressions, baselines, fingerprints and the SHA-256 they rest on.
@Suite("Suppressions and baselines")
struct SuppressionTests {
    static let kind = DiagnosticCatalog.kind(id: "schema.unknown-key")!

    static func finding(_ file: String, line: Int, column: Int = 3, key: String = "k") -> Diagnostic {
        let start = SourcePosition(line: line, column: column, offset: 0)
        let end = SourcePosition(line: line, column: column + 3, offset: 3)
        var diagnostic = Diagnostic(kind, "unknown key \"\(key)\"", at: SourceRange(file: file, start: start, end: end))
        diagnostic.contentKey = key
        return diagnostic
    }

    static func apply(_ text: String, _ diagnostics: [Diagnostic], enabled: Bool = true) -> [Diagnostic] {
        InlineSuppressions.apply(
            to: diagnostics, files: [SourceFile(path: "a.yaml", text: text)], enabled: enabled, reportable: [kind.id])
    }

    @Test func trailingCommentSuppressesItsOwnLine() {
        let text = "a: 1\nb: 2 # oaas:ignore[schema.unknown-key] kept for the old runtime\nc: 3\n"
        let result = Self.apply(text, [Self.finding("a.yaml", line: 2), Self.finding("a.yaml", line: 3)])
        #expect(result.count == 2)
        #expect(result[0].suppression?.justification == "kept for the old runtime")
        #expect(result[0].suppression?.kind == .inSource)
        #expect(result[0].suppression?.range?.start.line == 2)
        #expect(result[1].suppression == nil)
    }

    @Test func commentOnItsOwnLineSuppressesTheNextLineOnly() {
        let text = "  # oaas:ignore[schema.unknown-key] reviewed\nb: 2\nc: 3\n"
        let result = Self.apply(text, [Self.finding("a.yaml", line: 2), Self.finding("a.yaml", line: 3)])
        #expect(result[0].suppression != nil)
        #expect(result[1].suppression == nil)
    }

    @Test func slashCommentsAndSeveralIDsWork() {
        let text = "x // oaas:ignore[yaml.duplicate-key, schema.unknown-key] test data\n"
        let result = Self.apply(text, [Self.finding("a.yaml", line: 1)])
        #expect(result.count == 1)
        #expect(result[0].suppression != nil)
    }

    @Test func aSuppressionWithoutReasonIsAnErrorAndSuppressesNothing() {
        let text = "b: 2 # oaas:ignore[schema.unknown-key]\n"
        let result = Self.apply(text, [Self.finding("a.yaml", line: 1)])
        #expect(result[0].suppression == nil)
        let error = result.first { $0.id == "suppression.missing-reason" }
        #expect(error?.severity == .error)
        #expect(error?.range.start.line == 1)
        #expect(error?.range.start.column == 6)
    }

    @Test func unusedSuppressionsAreReportedOnlyForReportableIDs() {
        let text = "# oaas:ignore[schema.unknown-key] stale\nb: 2\n# oaas:ignore[yaml.duplicate-key] for validate\nc: 3\n"
        let result = Self.apply(text, [])
        #expect(result.map(\.id) == ["suppression.unused"])
        #expect(result.first?.range.start.line == 1)
        #expect(result.first?.message == "suppression of \"schema.unknown-key\" matches no finding on line 2")
    }

    @Test func unknownIDsGetADidYouMean() {
        let result = Self.apply("b: 2 # oaas:ignore[schema.unknown-kee] typo\n", [])
        #expect(result.map(\.message) == ["\"schema.unknown-kee\" is not a diagnostic ID; did you mean \"schema.unknown-key\"?"])
    }

    @Test func malformedCommentsAreReported() {
        let result = Self.apply("b: 2 # oaas:ignore schema.unknown-key because\n", [])
        #expect(result.map(\.id) == ["suppression.malformed"])
        // Mentioning the marker outside a comment is not a suppression at all.
        #expect(Self.apply("note: \"see oaas:ignore docs\"\n", []).isEmpty)
    }

    @Test func ignoreFileSuppressesEveryLineOfItsFile() {
        let text = "# oaas:ignore-file[schema.unknown-key] generated file\na: 1\nb: 2\n"
        let result = Self.apply(text, [Self.finding("a.yaml", line: 2), Self.finding("a.yaml", line: 3), Self.finding("b.yaml", line: 2)])
        #expect(result.map { $0.suppression != nil } == [true, true, false])
    }

    @Test func disabledInlineIgnoresChangeNothing() {
        let text = "b: 2 # oaas:ignore[schema.unknown-key]\n"
        let findings = [Self.finding("a.yaml", line: 1)]
        #expect(Self.apply(text, findings, enabled: false) == findings)
    }

    @Test func fingerprintsIgnoreLinesAndNumberRepeats() {
        let first = DiagnosticFingerprint.fingerprints(of: [Self.finding("a.yaml", line: 2), Self.finding("a.yaml", line: 9)])
        let moved = DiagnosticFingerprint.fingerprints(of: [Self.finding("a.yaml", line: 40, column: 7), Self.finding("a.yaml", line: 41)])
        #expect(first == moved)
        #expect(first[1] == first[0] + ":2")
        #expect(first[0].count == 32)
        let otherFile = DiagnosticFingerprint.fingerprints(of: [Self.finding("b.yaml", line: 2)])
        #expect(otherFile[0] != first[0])
        let otherContent = DiagnosticFingerprint.fingerprints(of: [Self.finding("a.yaml", line: 2, key: "other")])
        #expect(otherContent[0] != first[0])
    }

    @Test func baselinesRoundTripAndSurviveLineMoves() throws {
        let before = [Self.finding("a.yaml", line: 3), Self.finding("a.yaml", line: 5, key: "x")]
        let baseline = Baseline(source: "base.json", accepting: before)
        let text = baseline.rendered()
        #expect(!text.contains("\"line\""))
        let reread = try Baseline.parse(SourceFile(path: "base.json", text: text)).get()
        #expect(reread.entries == baseline.entries)
        // Ten lines were added above both findings, and a new one appeared.
        let after = [Self.finding("a.yaml", line: 13), Self.finding("a.yaml", line: 15, key: "x"), Self.finding("a.yaml", line: 20, key: "new")]
        let applied = reread.apply(to: after)
        #expect(applied.map { $0.suppression != nil } == [true, true, false])
        #expect(applied[0].suppression?.kind == .external)
        #expect(applied[0].suppression?.justification == "accepted in the baseline base.json")
    }

    @Test func rewritingABaselineKeepsWhatItAccepted() {
        let findings = [Self.finding("a.yaml", line: 3), Self.finding("a.yaml", line: 5, key: "x")]
        let first = Baseline(source: "b.json", entries: Baseline(source: "b.json", accepting: [findings[0]]).entries)
        let applied = first.apply(to: findings)
        // The accepted finding is suppressed externally; a rewrite keeps it and adds the new one.
        let rewritten = Baseline(source: "b.json", accepting: applied)
        #expect(rewritten.entries.count == 2)
        // A finding suppressed inline is not written.
        var inline = findings[1]
        inline.suppression = Suppression(kind: .inSource, justification: "test")
        #expect(Baseline(source: "b.json", accepting: [inline]).entries.isEmpty)
    }

    @Test func baselinePathsAreMappedBothWays() {
        let baseline = Baseline(source: "repo/b.json", accepting: [Self.finding("repo/a.yaml", line: 3)], file: { String($0.dropFirst(5)) })
        #expect(baseline.entries.map(\.file) == ["a.yaml"])
        // The same file seen from inside the repository.
        #expect(baseline.apply(to: [Self.finding("a.yaml", line: 9)]).first?.suppression != nil)
    }

    @Test func unusedSuppressionsKeepTheirFingerprintWhenLinesMove() {
        let before = Self.apply("a: 1\n# oaas:ignore[schema.unknown-key] rotated\nb: 2\n", [])
        let after = Self.apply("top: 0\na: 1\n# oaas:ignore[schema.unknown-key] rotated\nb: 2\n", [])
        #expect(before.count == 1 && after.count == 1)
        #expect(before[0].message != after[0].message)
        #expect(DiagnosticFingerprint.fingerprints(of: before) == DiagnosticFingerprint.fingerprints(of: after))
    }

    @Test func baselineErrorsHavePositions() {
        let missing = Baseline.parse(SourceFile(path: "b.json", text: "{\"version\": 1, \"findings\": [{\"id\": \"x\"}]}\n"))
        #expect(throws: BaselineError.self) { try missing.get() }
        if case .failure(let error) = missing { #expect(error.description.hasPrefix("b.json:1:")) }
        let version = Baseline.parse(SourceFile(path: "b.json", text: "{\"version\": 7, \"findings\": []}\n"))
        if case .failure(let error) = version { #expect(error.description == "b.json:1:13: expected \"version\": 1") } else { Issue.record("version 7 accepted") }
        let syntax = Baseline.parse(SourceFile(path: "b.json", text: "{\"version\": 1,\n \"findings\": [\n"))
        #expect(throws: BaselineError.self) { try syntax.get() }
    }

    @Test func sha256MatchesTheStandardVectors() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = String(repeating: "a", count: 1000)
        #expect(SHA256.hex(long) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}
