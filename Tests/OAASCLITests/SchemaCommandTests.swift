import Foundation
import Testing

/// `oaas schema --kind` and `--list`, run through the built binary.
@Suite("oaas schema --kind / --list")
struct SchemaCommandTests {
    func run(_ arguments: [String]) throws -> CLITests.Run {
        try CLITests().run(arguments)
    }

    func committed(_ name: String) throws -> String {
        let url = TestSupport.root.appendingPathComponent("schemas/\(name).schema.json")
        return String(decoding: try #require(FileManager.default.contents(atPath: url.path), "schemas/\(name).schema.json is missing"), as: UTF8.self)
    }

    /// Every committed kind schema (not plan.schema.json, which describes oaas's own output).
    func committedKindSchemas() throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: TestSupport.root.appendingPathComponent("schemas").path)
        // The configuration file's schema is not a kind's (see configurationSchemaIsPrintedToo).
        return names.filter { $0.hasSuffix(".schema.json") && ($0.hasPrefix("aof-") || $0.hasPrefix("oaas-")) && $0 != "oaas-configuration.schema.json" }
            .map { String($0.dropLast(".schema.json".count)) }.sorted()
    }

    @Test func configurationSchemaIsPrintedToo() throws {
        let committed = try String(contentsOf: TestSupport.root.appendingPathComponent("schemas/oaas-configuration.schema.json"), encoding: .utf8)
        for name in ["oaas-configuration", ".oaas.yml"] {
            let result = try run(["schema", "--kind", name])
            #expect(result.status == 0)
            #expect(result.stdout == committed, "\(name)")
        }
    }

    @Test func everyKindPrintsItsCommittedSchema() throws {
        let names = try committedKindSchemas()
        #expect(names.count >= 14)
        for name in names {
            let result = try run(["schema", "--kind", name])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            #expect(result.stdout == (try committed(name)), "oaas schema --kind \(name) differs from schemas/\(name).schema.json")
        }
    }

    @Test(arguments: [
        ("aof-agentflow", "aof-agentflow"),
        ("AOF AgentFlow", "aof-agentflow"),
        ("AgentFlow", "aof-agentflow"),
        ("agentflow", "aof-agentflow"),
        ("aof-agentflow.schema.json", "aof-agentflow"),
        ("schemas/aof-agentflow.schema.json", "aof-agentflow"),
        ("Fleet", "aof-agentfleet"),
        ("AOF Fleet", "aof-agentfleet"),
        ("aof-fleet", "aof-agentfleet"),
        ("AOF Agent", "aof-agent"),
        ("OAAS Agent", "oaas-agent"),
        ("OSSA Agent", "oaas-agent"),
        ("aof-agent-flat", "aof-agent-flat"),
        ("Workspace", "oaas-workspace"),
        ("GovernanceConfiguration", "oaas-governanceconfiguration"),
    ])
    func spellingsNameTheKind(spelling: String, schema: String) throws {
        let result = try run(["schema", "--kind", spelling])
        #expect(result.status == 0, "\(spelling): \(result.stderr)")
        #expect(result.stdout == (try committed(schema)), "oaas schema --kind \"\(spelling)\" is not schemas/\(schema).schema.json")
        #expect(result.stderr.isEmpty)
    }

    @Test func ambiguousKindIsAUsageErrorListingTheChoices() throws {
        let result = try run(["schema", "--kind", "Agent"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("kind \"Agent\" is ambiguous"))
        for choice in ["aof-agent (AOF Agent)", "aof-agent-flat (AOF Agent, flat form)", "oaas-agent (OAAS Agent)"] {
            #expect(result.stderr.contains(choice), "missing \(choice) in: \(result.stderr)")
        }
    }

    @Test func unknownKindSuggestsAndListsTheKinds() throws {
        let result = try run(["schema", "--kind", "AgentFlw"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("unknown kind \"AgentFlw\"; did you mean \"AgentFlow\"?"), "\(result.stderr)")
        for name in try committedKindSchemas() { #expect(result.stderr.contains(name), "the kinds listed miss \(name)") }

        let schemaName = try run(["schema", "--kind", "aof-agentflwo"])
        #expect(schemaName.status == 2)
        #expect(schemaName.stderr.contains("did you mean \"aof-agentflow\"?"), "\(schemaName.stderr)")

        let nothingClose = try run(["schema", "--kind", "Pipeline"])
        #expect(nothingClose.status == 2)
        #expect(nothingClose.stderr.contains("unknown kind \"Pipeline\"\n"), "\(nothingClose.stderr)")
        #expect(!nothingClose.stderr.contains("did you mean"))
    }

    @Test func kindAndListRejectTheWritingOptions() throws {
        for arguments in [["--kind", "AgentFlow", "--check"], ["--kind", "AgentFlow", "--out", "x"], ["--list", "--docs", "docs"], ["--kind", "AgentFlow", "--list"]] {
            let result = try run(["schema"] + arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains("cannot be combined with"), "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func listShowsEveryKindOnALine() throws {
        let result = try run(["schema", "--list"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let names = try committedKindSchemas()
        #expect(lines.count == names.count)
        #expect(lines.map { String($0.prefix { $0 != " " }) } == names)
        #expect(lines.contains { $0.hasPrefix("aof-agentflow ") && $0.contains(" AOF ") && $0.contains(" AgentFlow ") && $0.hasSuffix("A flow: a trigger, a graph of nodes and connections, context and approval.") })
        #expect(lines.contains { $0.hasPrefix("oaas-workspace ") && $0.contains(" OAAS ") && $0.contains(" Workspace ") })
        // Aligned columns: the dialect starts two spaces after the longest schema name on every line.
        let width = names.map(\.count).max() ?? 0
        for line in lines {
            #expect(["AOF ", "OAAS"].contains(String(line.dropFirst(width + 2).prefix(4))), "misaligned: \(line)")
        }
    }
}
