import Foundation
import Testing

/// Runs the built `oaas` binary and checks its output and exit codes.
@Suite("oaas command line")
struct CLITests {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static let binary: URL? = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
        ]
        return candidates.map { $0.appendingPathComponent("oaas") }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    func run(_ arguments: [String], in directory: URL = TestSupport.root, environment: [String: String] = [:]) throws -> Run {
        let binary = try #require(Self.binary, "the oaas binary was not built next to the tests")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        // The tests choose the format: inside GitHub Actions the default would be annotations.
        process.environment = ProcessInfo.processInfo.environment.filter { $0.key != "GITHUB_ACTIONS" }.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    func temporaryFolder(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oaas-cli-\(UUID().uuidString)")
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder
    }

    static let badContext = """
        apiVersion: aof.dev/v1
        kind: Context
        metadata:
          name: prod
        spec:
          namespce: production
          approval:
            required: yes

        """

    @Test func cleanExampleExitsZero() throws {
        let result = try run(["validate", "examples/enterprise"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("0 errors, 0 warnings"))
    }

    @Test func findingsExitOneWithCanonicalLines() throws {
        let folder = try temporaryFolder(["ctx.yaml": Self.badContext])
        let result = try run(["validate"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout == """
            ctx.yaml:6:3: warning: unknown key "namespce" in spec; did you mean "namespace"? [schema.unknown-key]
            ctx.yaml:8:15: error: expected a boolean for "required", found a string "yes"; YAML 1.2 readers take it as text, YAML 1.1 readers as true; write true [schema.type-mismatch]

            """)
        #expect(result.stderr.contains("1 error, 1 warning in 1 file"))
    }

    @Test func strictFailsOnWarnings() throws {
        let folder = try temporaryFolder(["ctx.yaml": "apiVersion: aof.dev/v1\nkind: Context\nmetadata:\n  name: a\nspec:\n  namespce: x\n"])
        #expect(try run(["validate"], in: folder).status == 0)
        #expect(try run(["validate", "--strict"], in: folder).status == 1)
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try run(["validate", "does/not/exist"]).status == 2)
        #expect(try run(["validate", "--format", "xml"]).status == 2)
        #expect(try run(["explain", "no.such-id"]).status == 2)
    }

    @Test func jsonOutputIsVersionedAndComplete() throws {
        let folder = try temporaryFolder(["ctx.yaml": Self.badContext])
        let result = try run(["validate", "--format", "json", "."], in: folder)
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 2)
        #expect(diagnostics.first?["path"] as? String == "spec.namespce")
        #expect(diagnostics.first?["line"] as? Int == 6)
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["errors"] as? Int == 1)
        #expect(try run(["validate", "--format", "json", "."], in: folder).stdout == result.stdout)
    }

    @Test func explainPrintsDocumentation() throws {
        let result = try run(["explain", "schema.unknown-key"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("## schema.unknown-key"))
        let list = try run(["explain"])
        #expect(list.stdout.contains("yaml.duplicate-key"))
    }

    @Test func verboseListsSkippedDocuments() throws {
        let folder = try temporaryFolder(["workflow.yml": "on: push\njobs: {}\n"])
        let result = try run(["validate", "--verbose"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("workflow.yml:1:1: skipped:"))
    }

    @Test func schemaCheckPassesOnCommittedFiles() throws {
        let result = try run(["schema", "--check", "--docs", "docs"])
        #expect(result.status == 0, "\(result.stderr)")
    }
}
