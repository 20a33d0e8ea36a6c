import OAASCore
import Testing

/// `FixItApplication`: which fix-its are applied, which are refused and why, and that every byte outside
/// the edits survives.
@Suite("Fix-it application")
struct FixItApplicationTests {
    static func compile(_ text: String, path: String = "a.yaml") -> (file: SourceFile, diagnostics: [Diagnostic]) {
        let file = SourceFile(path: path, text: text)
        return (file, Compiler.compile([file]).diagnostics)
    }

    static func fixed(_ text: String) -> String {
        let (file, diagnostics) = compile(text)
        return String(decoding: FixItApplication.apply(diagnostics, to: file).bytes, as: UTF8.self)
    }

    static let context = """
        # The staging context.
        apiVersion: aof.dev/v1
        kind: Context
        metadata:
          name: staging   # keep in sync with the flows
          labels:
            on: call
            enabled: yes
            zone: 0755
            window: 1:30
        spec:
          namespce: staging
          "clustr": staging-1
          limits:
            max_concurrent: 010

        """

    @Test func fixesCertainKindsAndKeepsEverythingElse() {
        #expect(Self.fixed(Self.context) == """
            # The staging context.
            apiVersion: aof.dev/v1
            kind: Context
            metadata:
              name: staging   # keep in sync with the flows
              labels:
                "on": call
                enabled: "yes"
                zone: "0755"
                window: "1:30"
            spec:
              namespace: staging
              cluster: staging-1
              limits:
                max_concurrent: 010

            """)
    }

    @Test func reportsAppliedAndSkipped() {
        let (file, diagnostics) = Self.compile(Self.context)
        let result = FixItApplication.apply(diagnostics, to: file)
        #expect(result.applied.map(\.id) == [
            "yaml.ambiguous-boolean", "yaml.ambiguous-boolean", "yaml.ambiguous-octal", "yaml.ambiguous-sexagesimal",
            "schema.unknown-key", "schema.unknown-key",
        ])
        // The octal number in an integer field has no fix-it at all: dropping the zero is as likely.
        #expect(result.skipped.isEmpty)
        #expect(diagnostics.contains { $0.id == "yaml.ambiguous-octal" && $0.fixIts.isEmpty && $0.range.start.line == 15 })
    }

    @Test func fixedFileHasNoCertainDiagnosticsLeft() {
        let fixed = Self.fixed(Self.context)
        let again = Self.compile(fixed).diagnostics
        #expect(!again.contains { FixItApplication.certainKinds.contains($0.id) && !$0.fixIts.isEmpty })
        #expect(again.map(\.id) == ["yaml.ambiguous-octal"])
    }

    @Test func keepsCRLFLineEndings() {
        let text = Self.context.replacingLineBreaks(with: "\r\n")
        let (file, diagnostics) = Self.compile(text)
        let result = FixItApplication.apply(diagnostics, to: file)
        #expect(result.applied.count == 6)
        #expect(String(decoding: result.bytes, as: UTF8.self) == Self.fixed(Self.context).replacingLineBreaks(with: "\r\n"))
    }

    @Test func touchesOnlyTheDocumentWithTheMistake() {
        let text = """
            apiVersion: aof.dev/v1
            kind: Context
            metadata: {name: first}   # fine as it is
            spec: {namespace: a}
            ---
            apiVersion: aof.dev/v1
            kind: Context
            metadata: {name: second}
            spec: {namespce: b, region: on}

            """
        #expect(Self.fixed(text) == text
            .replacing("{namespce: b, region: on}", with: "{namespace: b, region: \"on\"}"))
    }

    @Test func overlappingEditsFirstInOutputOrderWins() {
        let text = "spec:\n  on: 1\n"
        let file = SourceFile(path: "a.yaml", text: text)
        let range = SourceRange(
            file: "a.yaml", start: SourcePosition(line: 2, column: 3, offset: 8), end: SourcePosition(line: 2, column: 5, offset: 10))
        let rename = Diagnostic(
            DiagnosticCatalog.kind(id: "schema.unknown-key")!, "unknown key \"on\" in spec; did you mean \"one\"?", at: range,
            path: DataPath([.key("spec"), .key("on")]), fixIts: [FixIt(range: range, replacement: "one")])
        let quote = Diagnostic(
            DiagnosticCatalog.kind(id: "yaml.ambiguous-boolean")!, "key \"on\" is read as a boolean by YAML 1.1 tools; quote it",
            at: range, path: DataPath([.key("spec"), .key("on")]), fixIts: [FixIt(range: range, replacement: "\"on\"")])
        let result = FixItApplication.apply([quote, rename], to: file)
        #expect(String(decoding: result.bytes, as: UTF8.self) == "spec:\n  one: 1\n")
        #expect(result.applied == [rename])
        #expect(result.skipped == [FixItApplication.Skipped(diagnostic: quote, reason: .overlaps(rename))])
    }

    @Test func twoFixesOnOneLine() {
        let text = "apiVersion: aof.dev/v1\nkind: Context\nmetadata: {name: a, labels: {on: off}}\nspec: {}\n"
        #expect(Self.fixed(text) == "apiVersion: aof.dev/v1\nkind: Context\nmetadata: {name: a, labels: {\"on\": \"off\"}}\nspec: {}\n")
    }

    @Test func suppressedFindingsAreNeverFixed() {
        let (file, diagnostics) = Self.compile(Self.context)
        let suppressed = diagnostics.map { diagnostic in
            var copy = diagnostic
            copy.suppression = Suppression(kind: .external, justification: "accepted")
            return copy
        }
        let result = FixItApplication.apply(suppressed, to: file)
        #expect(result.applied.isEmpty)
        #expect(result.bytes == file.bytes)
        #expect(result.skipped.count == 6)
        #expect(result.skipped.allSatisfy { $0.reason == .suppressed })
    }

    @Test func staleRangesAreRefused() {
        let (_, diagnostics) = Self.compile(Self.context)
        // The file as it is now: a line was added above everything, so every offset moved.
        let moved = SourceFile(path: "a.yaml", text: "# a new first line\n" + Self.context)
        let result = FixItApplication.apply(diagnostics, to: moved)
        #expect(result.applied.isEmpty)
        #expect(result.bytes == moved.bytes)
        #expect(result.skipped.count == 6)
        #expect(result.skipped.allSatisfy { if case .stale = $0.reason { true } else { false } })
    }

    @Test func rangeOverOtherTextIsRefused() {
        // Same length, same place, other words: the line and column still match, the text does not.
        let (_, diagnostics) = Self.compile(Self.context)
        let edited = SourceFile(path: "a.yaml", text: Self.context
            .replacing("namespce", with: "nomspace")
            .replacing("enabled: yes", with: "enabled: ja "))
        let result = FixItApplication.apply(diagnostics, to: edited)
        let stale = result.skipped.filter { if case .stale = $0.reason { true } else { false } }.map(\.diagnostic.range.start.line)
        #expect(stale == [8, 12])
        #expect(!String(decoding: result.bytes, as: UTF8.self).contains("namespace"))
        #expect(String(decoding: result.bytes, as: UTF8.self).contains("enabled: ja \n"))
    }

    @Test func fixItOutsideTheDiagnosticIsRefused() {
        let file = SourceFile(path: "a.yaml", text: "spec:\n  modle: x\n")
        let key = SourceRange(file: "a.yaml", start: SourcePosition(line: 2, column: 3, offset: 8), end: SourcePosition(line: 2, column: 8, offset: 13))
        let elsewhere = SourceRange(file: "a.yaml", start: SourcePosition(line: 1, column: 1, offset: 0), end: SourcePosition(line: 1, column: 5, offset: 4))
        let diagnostic = Diagnostic(
            DiagnosticCatalog.kind(id: "schema.unknown-key")!, "unknown key \"modle\" in spec; did you mean \"model\"?", at: key,
            path: DataPath([.key("spec"), .key("modle")]), fixIts: [FixIt(range: elsewhere, replacement: "model")])
        let result = FixItApplication.apply([diagnostic], to: file)
        #expect(result.applied.isEmpty)
        #expect(result.bytes == file.bytes)
        // A replacement that YAML would not read as the same plain word is refused too.
        var unsafe = diagnostic
        unsafe.fixIts = [FixIt(range: key, replacement: "model: {}\n  x")]
        #expect(FixItApplication.apply([unsafe], to: file).applied.isEmpty)
        var good = diagnostic
        good.fixIts = [FixIt(range: key, replacement: "model")]
        #expect(String(decoding: FixItApplication.apply([good], to: file).bytes, as: UTF8.self) == "spec:\n  model: x\n")
    }

    @Test func uncertainKindsAreLeftAlone() {
        let text = "apiVersion: aof.dev/v1\nkind: AgentFleet\nmetadata: {name: f}\nspec:\n  coordination: {mode: hierachical}\n"
        let (file, diagnostics) = Self.compile(text)
        let unknownValue = diagnostics.first { $0.id == "schema.unknown-value" }
        #expect(unknownValue?.fixIts.count == 1)
        let result = FixItApplication.apply(diagnostics, to: file)
        #expect(result.bytes == file.bytes)
        #expect(result.skipped.contains { $0.diagnostic.id == "schema.unknown-value" && $0.reason == .notCertain })
    }

    @Test func keyWithTwoNearestCandidatesGetsNoFixIt() {
        let text = "apiVersion: aof.dev/v1\nkind: AgentFleet\nmetadata: {name: f}\nspec:\n  scaling:\n    mix_replicas: 2\n    min_replica: 1\n"
        let diagnostics = Self.compile(text).diagnostics.filter { $0.id == "schema.unknown-key" }
        #expect(diagnostics.map(\.message) == [
            "unknown key \"mix_replicas\" in spec.scaling; did you mean \"max_replicas\"?",
            "unknown key \"min_replica\" in spec.scaling; did you mean \"min_replicas\"?",
        ])
        #expect(diagnostics.map(\.fixIts.count) == [0, 1])
    }

    @Test func renameThatWouldDuplicateAKeyGetsNoFixIt() {
        let present = "apiVersion: aof.dev/v1\nkind: Context\nmetadata: {name: c}\nspec:\n  namespace: a\n  namespce: b\n"
        #expect(Self.compile(present).diagnostics.filter { $0.id == "schema.unknown-key" }.map(\.fixIts.count) == [0])
        let twice = "apiVersion: aof.dev/v1\nkind: Context\nmetadata: {name: c}\nspec:\n  namespce: a\n  nmespace: b\n"
        #expect(Self.compile(twice).diagnostics.filter { $0.id == "schema.unknown-key" }.map(\.fixIts.count) == [0, 0])
    }

    @Test func anchoredOrAmbiguouslyTypedValuesAreNotQuoted() {
        let text = "apiVersion: aof.dev/v1\nkind: Context\nmetadata:\n  name: c\n  labels:\n    a: &flag yes\n    b: *flag\n"
        let diagnostics = Self.compile(text).diagnostics.filter { $0.id == "yaml.ambiguous-boolean" }
        #expect(diagnostics.count == 1)
        #expect(diagnostics.allSatisfy { $0.fixIts.isEmpty })
    }

    @Test func applyAllGroupsByFileAndSkipsUnchangedFiles() {
        let broken = SourceFile(path: "b.yaml", text: "apiVersion: aof.dev/v1\nkind: Context\nmetadata: {name: b}\nspec: {namespce: b}\n")
        let clean = SourceFile(path: "a.yaml", text: "apiVersion: aof.dev/v1\nkind: Context\nmetadata: {name: a}\nspec: {namespace: a}\n")
        let diagnostics = Compiler.compile([clean, broken]).diagnostics
        let fixes = FixItApplication.applyAll(diagnostics, files: [clean, broken])
        #expect(fixes.map(\.path) == ["b.yaml"])
        #expect(fixes.first?.original == broken.bytes)
        let text = String(decoding: fixes.first?.bytes ?? [], as: UTF8.self)
        #expect(text.hasSuffix("spec: {namespace: b}\n"))
        #expect(fixes.first?.applied.count == 1)
    }

    @Test func nearestReportsTies() {
        #expect(Suggestion.nearest(to: "mix_replicas", in: ["min_replicas", "max_replicas", "auto_scale"]) == ["max_replicas", "min_replicas"])
        #expect(Suggestion.closest(to: "mix_replicas", in: ["min_replicas", "max_replicas"]) == "max_replicas")
        #expect(Suggestion.nearest(to: "min_replica", in: ["min_replicas", "max_replicas"]) == ["min_replicas"])
        #expect(Suggestion.nearest(to: "DefaultAgent", in: ["default_agent", "defaultAgent", "agent"]) == ["default_agent", "defaultAgent"])
        #expect(Suggestion.nearest(to: "model", in: ["model", "model"]) == ["model"])
        #expect(Suggestion.nearest(to: "GitLab", in: ["GitHub"]).isEmpty)
    }
}

extension String {
    fileprivate func replacingLineBreaks(with lineBreak: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: lineBreak)
    }
}
