import Testing
@testable import OAASCore

@Suite("YAML front end")
struct YAMLParserTests {
    func parse(_ text: String) -> YAMLParseResult {
        YAMLParser.parse(SourceFile(path: "t.yaml", text: text))
    }

    func parse(bytes: [UInt8]) -> YAMLParseResult {
        YAMLParser.parse(SourceFile(path: "t.yaml", bytes: bytes))
    }

    @Test func positionsAreOneBasedWithByteOffsets() throws {
        let result = parse("a: 1\nkey: \"héllo\"\nz: [x, y]\n")
        let root = try #require(result.documents.first?.root)
        let value = try #require(root["key"])
        #expect(value.range.start.line == 2)
        #expect(value.range.start.column == 6)
        #expect(value.range.start.offset == 10)
        let z = try #require(root["z"]?.sequence?[1])
        #expect(z.range.start == SourcePosition(line: 3, column: 8, offset: 26))
        #expect(result.diagnostics.isEmpty)
    }

    @Test func multiByteCharactersCountAsOneColumn() throws {
        let result = parse("kē: €€ val\nx: [😀, b]\n")
        let root = try #require(result.documents.first?.root)
        let b = try #require(root["x"]?.sequence?[1])
        #expect(b.range.start.line == 2)
        #expect(b.range.start.column == 8)
        #expect(b.range.start.offset == Array("kē: €€ val\nx: [😀, ".utf8).count)
    }

    @Test func multipleDocuments() {
        let result = parse("a: 1\n---\nb: 2\n---\n")
        #expect(result.documents.count == 3)
        #expect(result.documents[2].root == nil || result.documents[2].root?.isNull == true)
        #expect(result.documents[1].index == 1)
    }

    @Test func duplicateKeyHasNoteAtFirst() throws {
        let result = parse("metadata:\n  name: a\n  name: b\n")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.id == "yaml.duplicate-key")
        #expect(diagnostic.range.start.line == 3)
        #expect(diagnostic.notes.first?.range?.start.line == 2)
        #expect(result.documents.first?.root?["metadata"]?["name"]?.scalar?.text == "a")
    }

    @Test func mergeKeysMergeWithoutDuplicates() throws {
        let result = parse("base: &b {x: 1, y: 2}\nuse:\n  <<: *b\n  y: 3\n")
        #expect(result.diagnostics.isEmpty)
        let use = try #require(result.documents.first?.root?["use"])
        #expect(use["x"]?.scalar?.text == "1")
        #expect(use["y"]?.scalar?.text == "3")
    }

    @Test func aliasBombIsStoppedWithAnError() {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...12 {
            let previous = "*a\(level - 1)"
            text += "a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]\n"
        }
        let result = parse(text)
        #expect(result.diagnostics.contains { $0.id == "yaml.alias-expansion-limit" })
        let weight = result.documents.first?.root?.weight ?? 0
        #expect(weight < 1_000_000)
    }

    @Test func recursiveAndUndefinedAliases() {
        #expect(parse("a: &x [*x]\n").diagnostics.map(\.id) == ["yaml.recursive-alias"])
        #expect(parse("a: *nope\n").diagnostics.map(\.id) == ["yaml.undefined-alias"])
    }

    @Test func deepNestingIsBoundedNotRecursed() {
        let depth = 10_000
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
        let result = parse(text)
        #expect(result.diagnostics.map(\.id) == ["yaml.nesting-too-deep"])
        #expect((result.documents.first?.root?.height ?? 0) <= YAMLParser.maxDepth + 1)
        let blocks = (0..<1_000).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n") + " v\n"
        #expect(parse(blocks).diagnostics.map(\.id).contains("yaml.nesting-too-deep"))
    }

    @Test func fiftyMegabyteFileParses() {
        let line = "  - {name: agent-0000, model: \"google:gemini-2.5-flash\", max_tokens: 4096}\n"
        var text = "items:\n"
        text.reserveCapacity(52_000_000)
        let count = 50_000_000 / line.utf8.count + 1
        for _ in 0..<count { text += line }
        let result = parse(text)
        #expect(result.diagnostics.isEmpty)
        #expect(result.documents.first?.root?["items"]?.sequence?.count == count)
    }

    @Test func binaryGarbageGivesOneDiagnostic() {
        var generator = SplitMix(seed: 42)
        for _ in 0..<200 {
            let bytes = (0..<Int(generator.next() % 512)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            _ = parse(bytes: bytes)
        }
        let result = parse(bytes: [0x6B, 0x3A, 0x20, 0xFF, 0xFE, 0x00, 0x01])
        #expect(result.diagnostics.map(\.id) == ["yaml.invalid-utf8"])
        #expect(result.diagnostics.first?.range.start.column == 4)
    }

    @Test func controlCharactersAreSyntaxErrors() {
        let result = parse(bytes: Array("a: b\u{01}c\n".utf8))
        #expect(result.diagnostics.map(\.id) == ["yaml.syntax"])
        #expect(result.diagnostics.first?.range.start.column == 5)
    }

    @Test func emptyFileHasNoDocumentsAndNoDiagnostics() {
        let result = parse("")
        #expect(result.documents.isEmpty)
        #expect(result.diagnostics.isEmpty)
        #expect(parse("# only a comment\n").documents.isEmpty)
    }

    @Test func byteOrderMarkIsSkippedAndOffsetsStayExact() throws {
        let result = parse(bytes: [0xEF, 0xBB, 0xBF] + Array("a: b\n".utf8))
        #expect(result.diagnostics.isEmpty)
        let value = try #require(result.documents.first?.root?["a"])
        #expect(value.range.start.offset == 6)
        #expect(parse(bytes: [0xFF, 0xFE, 0x61, 0x00]).diagnostics.map(\.id) == ["yaml.unsupported-encoding"])
    }

    @Test func crlfLineEndingsCountAsOneBreak() throws {
        let result = parse("a: 1\r\nb: 2\r\nc: [x,\r\n  y]\r\n")
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.documents.first?.root)
        #expect(root["b"]?.range.start == SourcePosition(line: 2, column: 4, offset: 9))
        #expect(root["c"]?.sequence?[1].range.start.line == 4)
    }

    @Test func tabsInIndentationAreExplained() {
        let result = parse("a:\n\tb: 1\n")
        #expect(result.diagnostics.map(\.id) == ["yaml.tab-indentation"])
        #expect(result.diagnostics.first?.range.start.line == 2)
    }

    @Test func syntaxErrorsCarryLibyamlContext() throws {
        let result = parse("key: [unclosed\nother: 1\n")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.id == "yaml.syntax")
        #expect(!diagnostic.notes.isEmpty)
    }

    @Test func yaml11HazardsAreFlagged() {
        #expect(Scalar(text: "on", style: .plain, tag: nil).hazard == .booleanWord)
        #expect(Scalar(text: "on", style: .plain, tag: nil).type == .string)
        #expect(Scalar(text: "010", style: .plain, tag: nil).hazard == .octalLooking)
        #expect(Scalar(text: "010", style: .plain, tag: nil).type == .int(10))
        #expect(Scalar(text: "1:30", style: .plain, tag: nil).hazard == .sexagesimal)
        #expect(Scalar(text: "\"on\"", style: .doubleQuoted, tag: nil).hazard == nil)
        #expect(Scalar(text: "12:3", style: .plain, tag: nil).hazard == nil)
    }
}

/// A tiny deterministic generator so garbage tests are reproducible.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
