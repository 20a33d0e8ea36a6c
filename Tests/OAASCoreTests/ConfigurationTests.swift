import OAASCore
import Testing

/// The configuration file, its path patterns, and the finding policy every checking command applies.
@Suite("Configuration and finding policy")
struct ConfigurationTests {
    static func parse(_ text: String) -> (ProjectConfiguration, [Diagnostic]) {
        ProjectConfiguration.parse(SourceFile(path: ".oaas.yml", text: text), frameworks: ["iso-42001", "soc2"])
    }

    @Test func readsEveryKey() {
        let (configuration, problems) = Self.parse("""
            include: [platform/, shared]
            exclude: "**/testdata/**"
            fail-on: warning
            rules:
              schema.unknown-key: error
              "secret.*": off
            frameworks: [soc2]
            env-files: [prod.env]
            baseline: base.json
            inline-ignores: false

            """)
        #expect(problems.isEmpty, "\(problems.map(\.canonicalLine))")
        #expect(configuration.include.map(\.value) == ["platform/", "shared"])
        #expect(configuration.exclude.map(\.value) == ["**/testdata/**"])
        #expect(configuration.failOn?.value == .warning)
        #expect(configuration.failOn?.range.start.line == 3)
        #expect(configuration.rules.map(\.pattern.value) == ["schema.unknown-key", "secret.*"])
        #expect(configuration.rules.map(\.severity) == [.error, nil])
        #expect(configuration.frameworks.map(\.value) == ["soc2"])
        #expect(configuration.envFiles.map(\.value) == ["prod.env"])
        #expect(configuration.baseline?.value == "base.json")
        #expect(configuration.inlineIgnores == false)
    }

    @Test func anEmptyFileIsEveryDefault() {
        for text in ["", "# only a comment\n", "---\n"] {
            let (configuration, problems) = Self.parse(text)
            #expect(problems.isEmpty)
            #expect(configuration.include.isEmpty && configuration.rules.isEmpty && configuration.failOn == nil)
        }
    }

    @Test func everyProblemIsAnErrorWithItsPosition() {
        let (_, problems) = Self.parse("exlude: [a]\nrules:\n  secrets.*: off\nframeworks: [soc-2]\n")
        #expect(problems.allSatisfy { $0.severity == .error })
        #expect(problems.map(\.id) == ["schema.unknown-key", "config.unknown-rule", "config.unknown-framework"])
        #expect(problems.map(\.range.start.line) == [1, 3, 4])
        #expect(problems[1].message.contains("did you mean \"secret.*\""))
        #expect(problems[2].message.contains("did you mean \"soc2\""))
    }

    @Test func aConfigurationThatIsNotAMappingIsReported() {
        let (_, problems) = Self.parse("- include\n")
        #expect(problems.map(\.id) == ["schema.type-mismatch"])
    }

    @Test func missingPathsAreAskedOfTheCaller() {
        let (configuration, _) = Self.parse("include: [a, b]\nbaseline: c.json\n")
        let missing = configuration.missingPaths { $0 == "a" }
        #expect(missing.map(\.id) == ["config.missing-path", "config.missing-path"])
        #expect(missing.map(\.range.start.line) == [1, 2])
        #expect(missing[1].message.contains("--write-baseline"))
    }

    @Test(arguments: [
        ("testdata", "a/testdata/b.yaml", true),
        ("testdata", "a/testdatax/b.yaml", false),
        ("**/testdata/**", "x/y/testdata/z.yaml", true),
        ("**/testdata/**", "testdata/z.yaml", true),
        ("fixtures", "fixtures/a/b.yaml", true),
        ("fixtures/", "fixtures/a/b.yaml", true),
        ("fixtures/*.yaml", "fixtures/a.yaml", true),
        ("fixtures/*.yaml", "fixtures/a/b.yaml", false),
        ("fixtures/*", "fixtures/a/b.yaml", true),
        ("*.gen.yaml", "deep/x.gen.yaml", true),
        ("a/**/c", "a/c", true),
        ("a/**/c", "a/b/b/c/d.yaml", true),
        ("a/?.yaml", "a/b.yaml", true),
        ("a/?.yaml", "a/bc.yaml", false),
        ("./a", "a/b.yaml", true),
        ("b", "a.yaml", false),
    ])
    func pathPatterns(_ pattern: String, _ path: String, _ expected: Bool) {
        #expect(PathPattern.matches(pattern, path: path) == expected, "\(pattern) vs \(path)")
    }

    @Test func invalidPatternsSayWhy() {
        #expect(PathPattern.problem("/abs") != nil)
        #expect(PathPattern.problem("a/b**") != nil)
        #expect(PathPattern.problem("a/[bc]") != nil)
        #expect(PathPattern.problem("") != nil)
        #expect(PathPattern.problem("a/**/b") == nil)
    }

    // MARK: - Finding policy

    static func finding(_ id: String, line: Int, file: String = "a.yaml") -> Diagnostic {
        let kind = DiagnosticCatalog.kind(id: id)!
        let start = SourcePosition(line: line, column: 1, offset: 0)
        return Diagnostic(kind, "finding \(id) on \(line)", at: SourceRange(file: file, start: start, end: start))
    }

    @Test func theMostSpecificRuleWins() {
        var policy = FindingPolicy()
        policy.rules = [("schema.*", .note), ("schema.unknown-key", .error), ("ref.*", nil)]
        #expect(policy.setting(for: "schema.unknown-key") == .some(.error))
        #expect(policy.setting(for: "schema.type-mismatch") == .some(.note))
        #expect(policy.setting(for: "ref.undefined-agent") == .some(nil))
        #expect(policy.setting(for: "yaml.syntax") == nil)
        let result = policy.apply(
            [Self.finding("schema.unknown-key", line: 1), Self.finding("schema.type-mismatch", line: 2), Self.finding("ref.undefined-agent", line: 3)],
            files: [], reportable: [])
        #expect(result.map(\.id) == ["schema.unknown-key", "schema.type-mismatch"])
        #expect(result.map(\.severity) == [.error, .note])
    }

    @Test func aSuppressionOfADisabledIDIsNotUnused() {
        var policy = FindingPolicy()
        policy.rules = [("ref.undefined-agent", nil)]
        let file = SourceFile(path: "a.yaml", text: "a: 1 # oaas:ignore[ref.undefined-agent] legacy name\n")
        let result = policy.apply([Self.finding("ref.undefined-agent", line: 1)], files: [file], reportable: ["ref.undefined-agent"])
        #expect(result.isEmpty, "\(result.map(\.canonicalLine))")
        // Without the rule the comment suppresses the finding.
        let honoured = FindingPolicy().apply([Self.finding("ref.undefined-agent", line: 1)], files: [file], reportable: ["ref.undefined-agent"])
        #expect(honoured.count == 1 && honoured[0].suppression?.justification == "legacy name")
    }

    @Test func partialRunsKeepOnlyTheReportedFilesAndTheirComments() {
        let a = SourceFile(path: "a.yaml", text: "x: 1\n")
        let b = SourceFile(path: "b.yaml", text: "x: 1 # oaas:ignore[schema.unknown-key] nothing here\n")
        let findings = [Self.finding("schema.unknown-key", line: 1, file: "a.yaml"), Self.finding("ref.undefined-agent", line: 1, file: "b.yaml")]
        let reported = FindingPolicy().apply(findings, files: [a, b], reportable: ["schema.unknown-key"], reported: ["a.yaml"])
        // b.yaml's finding and its unused suppression are not reported: b.yaml was not asked about.
        #expect(reported.map(\.range.file) == ["a.yaml"])
        let all = FindingPolicy().apply(findings, files: [a, b], reportable: ["schema.unknown-key"])
        #expect(all.map(\.id).sorted() == ["ref.undefined-agent", "schema.unknown-key", "suppression.unused"])
    }

    @Test func rulesApplyToSuppressionDiagnosticsToo() {
        var policy = FindingPolicy()
        policy.rules = [("suppression.unused", nil)]
        let file = SourceFile(path: "a.yaml", text: "x: 1 # oaas:ignore[schema.unknown-key] stale\n")
        #expect(policy.apply([], files: [file], reportable: ["schema.unknown-key"]).isEmpty)
    }

    @Test func theBaselineAcceptsWhatItLists() {
        let finding = Self.finding("schema.unknown-key", line: 4)
        let baseline = Baseline(source: "b.json", accepting: [finding])
        var policy = FindingPolicy()
        policy.baseline = baseline
        let moved = Self.finding("schema.unknown-key", line: 9)
        // The fingerprint rests on the message here (no data path), not on the line.
        var same = moved
        same.message = finding.message
        let result = policy.apply([same], files: [], reportable: [])
        #expect(result.first?.suppression?.kind == .external)
    }
}
