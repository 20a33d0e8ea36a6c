import OAASBackends
import OAASCore
import Testing

/// The YAML every backend writes reads back as exactly the values written: strings that YAML 1.1 or
/// 1.2 would take for something else are quoted, and nothing else is.
@Suite("YAML writer")
struct YAMLWriterTests {
    static let hazards = [
        "yes", "No", "on", "OFF", "y", "n", "true", "null", "~", "", "1e3", "0x1F", "0o17", "012", "1_000", ".5", "-1",
        "+1", ".inf", "12:30", "2026-11-22", "- item", "key: value", "a #comment", "#start", "*alias", "&anchor",
        "!tag", "|block", ">folded", "%directive", "@at", "`tick`", "{a}", "[a]", "'single'", "\"double\"",
        "trailing:", " padded ", "tab\there", "line\nbreak", "é", "50%",
    ]

    @Test(arguments: hazards)
    func stringsReadBackAsTheSameStrings(_ text: String) throws {
        let yaml = YAMLWriter.document(.object([(text, .string(text))]))
        let parsed = YAMLParser.parse(SourceFile(path: "t.yaml", text: yaml))
        #expect(parsed.diagnostics.isEmpty, "\(text.debugDescription) as \(yaml)")
        let entry = try #require(parsed.documents.first?.root?.mapping?.first, "\(yaml)")
        #expect(entry.key.scalar?.text == text && entry.key.scalar?.type == .string, "key \(text.debugDescription) as \(yaml)")
        #expect(entry.value.scalar?.text == text && entry.value.scalar?.type == .string, "value \(text.debugDescription) as \(yaml)")
    }

    @Test func plainWordsStayPlainAndStructureIsBlockStyle() {
        let value = JSON.object([
            ("image", .string("registry.example/aof:0.9.3")), ("cpu", .string("500m")), ("replicas", .int(2)),
            ("ratio", .number(0.25)), ("empty", .array([])), ("none", .object([])),
            ("items", .array([.object([("name", .string("a")), ("port", .int(80))]), .string("b")])),
        ])
        #expect(YAMLWriter.document(value) == """
            image: registry.example/aof:0.9.3
            cpu: 500m
            replicas: 2
            ratio: 0.25
            empty: []
            none: {}
            items:
              - name: a
                port: 80
              - b

            """)
    }
}
