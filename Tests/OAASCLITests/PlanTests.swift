import Foundation
import OAASCore
import OAASReporters
import Testing

/// `oaas plan`: golden text and JSON for the cases in `fixtures/plan/` (each also a `validate` fixture,
/// with its `expected.txt`), the effective tree itself, and the defaults in the JSON Schemas.
@Suite("Effective configuration (oaas plan)")
struct PlanTests {
    static let folder = TestSupport.root.appendingPathComponent("fixtures/plan")
    static let cases: [String] = TestSupport.folders(in: folder).map(\.lastPathComponent)

    /// The plan of a case, as `oaas plan` prints it inside the case folder.
    static func plan(_ files: [SourceFile]) -> (text: String, json: String) {
        let result = Compiler.compile(files)
        let configurations = EffectiveConfiguration.build(result)
        let summary = Summary(
            diagnostics: result.diagnostics, files: files.count, documents: result.project.resources.count,
            skipped: result.project.skipped.count)
        return (EffectiveConfigurationReporter.text(configurations), EffectiveConfigurationReporter.json(configurations, summary: summary))
    }

    @Test(arguments: cases)
    func golden(_ name: String) throws {
        let caseFolder = Self.folder.appendingPathComponent(name)
        let files = TestSupport.sources(in: caseFolder)
        #expect(!files.isEmpty)
        let actual = Self.plan(files)
        for (fileName, output) in [("plan.txt", actual.text), ("plan.json", actual.json)] {
            let url = caseFolder.appendingPathComponent(fileName)
            if TestSupport.updating {
                try Data(output.utf8).write(to: url)
                Issue.record("rewrote plan/\(name)/\(fileName); read it, then run the tests again without OAAS_UPDATE_FIXTURES")
                continue
            }
            let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? "<missing \(fileName)>"
            #expect(output == expected, "plan/\(name)/\(fileName) differs:\n\(TestSupport.diff(expected: expected, actual: output))")
        }
    }

    /// The built binary, run as its own process (with its own hash seed) in each case folder, prints the
    /// committed golden files byte for byte: output that followed Dictionary or Set order would differ
    /// between processes.
    @Test(arguments: cases)
    func binaryMatchesGolden(_ name: String) throws {
        let caseFolder = Self.folder.appendingPathComponent(name)
        let cli = CLITests()
        for (fileName, arguments) in [("plan.txt", ["plan", "."]), ("plan.json", ["plan", "--format", "json", "."])] {
            let expected = try String(contentsOf: caseFolder.appendingPathComponent(fileName), encoding: .utf8)
            for _ in 0..<2 {
                let run = try cli.run(arguments, in: caseFolder)
                #expect(run.stdout == expected, "oaas \(arguments.joined(separator: " ")) in plan/\(name) differs from \(fileName):\n\(TestSupport.diff(expected: expected, actual: run.stdout))")
            }
        }
    }

    @Test func everyPlanCaseHasGoldenFiles() {
        #expect(Self.cases.count >= 2)
        let manager = FileManager.default
        for name in Self.cases {
            let caseFolder = Self.folder.appendingPathComponent(name)
            #expect(!TestSupport.sources(in: caseFolder).isEmpty, "plan/\(name) has no YAML files")
            for fileName in ["plan.txt", "plan.json", "expected.txt"] {
                #expect(manager.fileExists(atPath: caseFolder.appendingPathComponent(fileName).path), "plan/\(name) has no \(fileName)")
            }
        }
    }

    // MARK: - The effective tree

    static func configuration(_ text: String, path: String = "resource.yaml") throws -> EffectiveConfiguration {
        let result = Compiler.compile([SourceFile(path: path, text: text)])
        return try #require(EffectiveConfiguration.build(result).first)
    }

    /// The node at a dotted path of keys (no indices).
    static func node(_ root: EffectiveNode, _ path: String) -> EffectiveNode? {
        var current = root
        for key in path.split(separator: ".") {
            guard case .object(let members) = current.value,
                  let member = members.first(where: { $0.key == key }) else { return nil }
            current = member.node
        }
        return current
    }

    static let misspelledApproval = """
        apiVersion: aof.dev/v1
        kind: Context
        metadata:
          name: prod
        spec:
          env:
            GITHUB_TOKEN: ghp_abcdefghijklmnopqrstuvwxyz0123456789
            TOKEN_FROM_ENV: ${GITHUB_TOKEN}
          approval:
            enabled: true

        """

    @Test func misspelledKeyIsIgnoredNextToTheDefault() throws {
        let configuration = try Self.configuration(Self.misspelledApproval)
        let required = try #require(Self.node(configuration.root, "spec.approval.required"))
        #expect(required.isDefault)
        guard case .bool(false) = required.value else { Issue.record("required should default to false"); return }
        let enabled = try #require(Self.node(configuration.root, "spec.approval.enabled"))
        guard case .ignored(let reason, let range) = enabled.origin else { Issue.record("enabled should be ignored"); return }
        #expect(reason == "not a field of approval; did you mean \"required\"?")
        #expect(range.start.line == 10)
        #expect(Self.node(configuration.root, "spec.approval.timeout_seconds")?.isDefault == true)
        #expect(configuration.warnings == 1 && configuration.errors == 0)
    }

    @Test func secretsAreMaskedButReferencesShown() throws {
        let configuration = try Self.configuration(Self.misspelledApproval)
        let text = EffectiveConfigurationReporter.text([configuration])
        #expect(!text.contains("abcdefghijklmnop"))
        let token = try #require(Self.node(configuration.root, "spec.env.GITHUB_TOKEN"))
        #expect(token.masked)
        guard case .string("ghp_…") = token.value else { Issue.record("the token should be masked: \(token.value)"); return }
        let reference = try #require(Self.node(configuration.root, "spec.env.TOKEN_FROM_ENV"))
        guard case .string("${GITHUB_TOKEN}") = reference.value else { Issue.record("a reference is not a secret"); return }
    }

    @Test func shortSecretsAndSecretDefaultsAreMasked() throws {
        let configuration = try Self.configuration("""
            apiVersion: aof.dev/v1
            kind: Context
            metadata:
              name: prod
            spec:
              env:
                password: abc
                DB_PASSWORD: ${DB_PASSWORD:-hunter2}
                API_TOKEN: abcd
                EMPTY_SECRET: ""
                REGION: ${REGION:-us-east-1}

            """)
        let password = try #require(Self.node(configuration.root, "spec.env.password"))
        #expect(password.masked)
        guard case .string("****") = password.value else { Issue.record("a 3-character secret should be masked: \(password.value)"); return }
        guard case .string("****")? = Self.node(configuration.root, "spec.env.API_TOKEN")?.value else {
            Issue.record("a 4-character secret should be masked"); return
        }
        guard case .string("${DB_PASSWORD:-****}")? = Self.node(configuration.root, "spec.env.DB_PASSWORD")?.value else {
            Issue.record("the default of a secret reference should be masked"); return
        }
        guard case .string("")? = Self.node(configuration.root, "spec.env.EMPTY_SECRET")?.value else {
            Issue.record("an empty value has nothing to mask"); return
        }
        guard case .string("${REGION:-us-east-1}")? = Self.node(configuration.root, "spec.env.REGION")?.value else {
            Issue.record("a default that is no secret is shown"); return
        }
    }

    @Test func planCommandNeverPrintsAShortSecret() throws {
        let cli = CLITests()
        let folder = try cli.temporaryFolder(["ctx.yaml": """
            apiVersion: aof.dev/v1
            kind: Context
            metadata:
              name: prod
            spec:
              env:
                password: abc

            """])
        for arguments in [["plan", "."], ["plan", "--format", "json", "."]] {
            let run = try cli.run(arguments, in: folder)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(!(run.stdout + run.stderr).contains("abc"), "\(run.stdout)")
            #expect(run.stdout.contains("****"), "\(run.stdout)")
        }
    }

    @Test func absentSectionsWithDefaultsAreBuilt() throws {
        let configuration = try Self.configuration("""
            apiVersion: aof.dev/v1
            kind: DaemonConfig
            spec:
              runtime:
                default_agent: k8s-ops

            """)
        #expect(Self.node(configuration.root, "spec.server")?.isDefault == true)
        guard case .int(8080)? = Self.node(configuration.root, "spec.server.port")?.value else {
            Issue.record("server.port should default to 8080"); return
        }
        let tasks = try #require(Self.node(configuration.root, "spec.runtime.max_concurrent_tasks"))
        #expect(tasks.isDefault)
        guard case .int(10) = tasks.value else { Issue.record("max_concurrent_tasks should default to 10"); return }
        // The daemon builds an absent `flows` section from Rust's derived Default (enabled false), not from
        // the field defaults, so it is not shown.
        #expect(Self.node(configuration.root, "spec.flows") == nil)
    }

    @Test func untaggedFormsFollowTheDecoder() throws {
        // `type: shell` is not a type-based tool's type, so the runtime reads the named form and ignores `type`.
        let configuration = try Self.configuration("""
            apiVersion: aof.dev/v1
            kind: Agent
            metadata:
              name: git-collector
            spec:
              model: google:gemini-2.5-flash
              tools:
                - type: shell
                  name: git

            """)
        let tools = try #require(Self.node(configuration.root, "spec.tools"))
        guard case .list(let items) = tools.value, case .object(let members) = items.first?.value else {
            Issue.record("tools should hold one mapping"); return
        }
        let ignored = members.filter(\.node.isIgnored).map(\.key)
        #expect(ignored == ["type"])
        #expect(members.contains { $0.key == "enabled" && $0.node.isDefault })
    }

    @Test func invalidValuesAreShownWithTheirError() throws {
        let configuration = try Self.configuration("""
            apiVersion: aof.dev/v1
            kind: Trigger
            metadata:
              name: slack
            spec:
              type: slack
              enabled: yes

            """)
        let type = try #require(Self.node(configuration.root, "spec.type"))
        #expect(type.invalid?.contains("did you mean \"Slack\"") == true)
        #expect(configuration.errors >= 2)
        let text = EffectiveConfigurationReporter.text([configuration])
        #expect(text.contains("type: slack"))
        #expect(text.contains("# resource.yaml:6  invalid: "))
    }

    // MARK: - Defaults in the JSON Schemas

    static func schema(_ name: String, _ dialect: Dialect = .aof) throws -> [String: Any] {
        let kind = try #require(KindCatalog.kind(named: name, in: dialect))
        let data = Data(JSONSchemaExporter.schema(for: kind).utf8)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func property(_ schema: [String: Any], _ definition: String, _ name: String) -> [String: Any]? {
        let definitions = schema["definitions"] as? [String: Any]
        let properties = (definitions?[definition] as? [String: Any])?["properties"] as? [String: Any]
        return properties?[name] as? [String: Any]
    }

    @Test func schemasCarryTheRuntimeDefaults() throws {
        let context = try Self.schema("Context")
        #expect(Self.property(context, "aof-context-approval", "required")?["default"] as? Bool == false)
        #expect(Self.property(context, "aof-context-approval", "timeout_seconds")?["default"] as? Int == 300)
        #expect(Self.property(context, "aof-context-approval", "min_approvers")?["default"] as? Int == 1)
        #expect(Self.property(context, "aof-context-approval", "allowed_users")?["default"] == nil)
        #expect((Self.property(context, "aof-context-spec", "secrets")?["default"] as? [Any])?.isEmpty == true)

        let fleet = try Self.schema("AgentFleet")
        #expect(Self.property(fleet, "aof-fleet-coordination", "mode")?["default"] as? String == "peer")
        #expect(Self.property(fleet, "aof-fleet-coordination", "distribution")?["default"] as? String == "round-robin")
        #expect((Self.property(fleet, "aof-agentfleet-spec", "coordination")?["default"] as? [String: Any])?.isEmpty == true)

        let flow = try Self.schema("AgentFlow")
        #expect(Self.property(flow, "aof-agentflow-retry", "initialDelay")?["default"] as? String == "1s")
        #expect(Self.property(flow, "aof-agentflow-script", "fail_on_error")?["default"] as? Bool == true)

        let daemon = try Self.schema("DaemonConfig")
        #expect(Self.property(daemon, "aof-daemon-server", "port")?["default"] as? Int == 8080)
        #expect(Self.property(daemon, "aof-daemon-server", "host")?["default"] as? String == "0.0.0.0")

        let trigger = try Self.schema("Trigger")
        #expect(Self.property(trigger, "aof-trigger-spec", "enabled")?["default"] as? Bool == true)
    }

    @Test func defaultsFitTheirFields() {
        // Every default must decode under its own field's shape.
        var seen: Set<ObjectIdentifier> = []
        var problems: [String] = []
        func visit(_ shape: Shape) {
            switch shape {
            case .object(let object):
                guard seen.insert(ObjectIdentifier(object)).inserted else { return }
                for field in object.fields {
                    if let value = field.defaultValue, !Self.fits(value, field.shape) {
                        problems.append("\(object.name).\(field.name)")
                    }
                    visit(field.shape)
                }
            case .list(let item), .dictionary(let item): visit(item)
            case .either(let shapes): shapes.forEach(visit)
            default: break
            }
        }
        for kind in KindCatalog.withSchemas { visit(.object(kind.document)) }
        #expect(problems.isEmpty, "defaults that do not fit their field: \(problems)")
    }

    static func fits(_ value: DefaultValue, _ shape: Shape) -> Bool {
        switch (value, shape) {
        case (.bool, .bool), (.int, .int), (.int, .number), (.number, .number), (.string, .string), (.string, .grammar),
             (.emptyList, .list), (.emptyMap, .dictionary), (.object, .object):
            return true
        case (.string(let word), .oneOfWords(let words)):
            return words.contains(word)
        default:
            return false
        }
    }

    // MARK: - Command line

    @Test func planExitsOneOnlyWhenValidateWouldFail() throws {
        let cli = CLITests()
        let clean = try cli.temporaryFolder(["ctx.yaml": Self.misspelledApproval])
        let text = try cli.run(["plan"], in: clean)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("required: false"))
        let json = try cli.run(["plan", "--format", "json", "."], in: clean)
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        let broken = try cli.temporaryFolder(["ctx.yaml": CLITests.badContext])
        let failing = try cli.run(["plan"], in: broken)
        #expect(failing.status == 1)
        #expect(failing.stdout.contains("# ctx.yaml:1  AOF Context \"prod\"  (1 error, 1 warning)"))
    }
}
