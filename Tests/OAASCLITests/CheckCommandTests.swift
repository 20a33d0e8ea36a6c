import Foundation
import Testing

/// What validate, security-scan and compliance-check share: the configuration file, partial runs,
/// suppressions and baselines, output formats and files, quiet and verbose, and the help.
@Suite("Checking commands")
struct CheckCommandTests {
    let cli = CLITests()

    static let agent = """
        apiVersion: aof.dev/v1
        kind: Agent
        metadata:
          name: k8s-ops
        spec:
          model: google:gemini-2.5-flash
          instructions: Help with Kubernetes.

        """

    static func flow(agent: String) -> String {
        """
        apiVersion: aof.dev/v1
        kind: AgentFlow
        metadata:
          name: ops-flow
        spec:
          trigger:
            type: Slack
            config:
              bot_token: ${SLACK_BOT_TOKEN}
              signing_secret: ${SLACK_SIGNING_SECRET}
          nodes:
            - id: ask
              type: Agent
              config:
                agent: \(agent)
          connections:
            - from: start
              to: ask

        """
    }

    static let context = "apiVersion: aof.dev/v1\nkind: Context\nmetadata:\n  name: prod\nspec:\n  namespace: production\n"

    func workspace(agent: String = "k8s-ops", extra: [String: String] = [:]) throws -> URL {
        try cli.temporaryFolder([
            "agents/k8s-ops.yaml": Self.agent, "flows/ops.yaml": Self.flow(agent: agent), "contexts/prod.yaml": Self.context,
        ].merging(extra) { $1 })
    }

    /// The lines of `output` about `file`.
    static func lines(_ output: String, about file: String) -> [String] {
        output.split(separator: "\n").map(String.init).filter { $0.hasPrefix(file + ":") }
    }

    @Test func theWorkspaceIsCleanWhole() throws {
        let folder = try workspace()
        let result = try cli.run(["validate"], in: folder)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func aNamedFileIsCheckedWithItsWorkspaceLoaded() throws {
        let folder = try workspace()
        // The flow's agent is declared in another file, which is not named: it still resolves.
        let alone = try cli.run(["validate", "flows/ops.yaml"], in: folder)
        #expect(alone.status == 0, "\(alone.stdout)\(alone.stderr)")
        #expect(alone.stderr.contains("in 1 file"))
    }

    @Test func aFilesResultsDoNotDependOnItsBatch() throws {
        let folder = try workspace(agent: "k8s-opz")
        let batches = [["flows/ops.yaml"], ["flows/ops.yaml", "agents/k8s-ops.yaml"], ["contexts/prod.yaml", "flows/ops.yaml", "agents/k8s-ops.yaml"]]
        var seen: [[String]] = []
        for batch in batches {
            let result = try cli.run(["validate"] + batch, in: folder)
            #expect(result.status == 1)
            seen.append(Self.lines(result.stdout, about: "flows/ops.yaml"))
        }
        #expect(seen[0].count == 1 && seen[0][0].contains("[ref.undefined-agent]"), "\(seen)")
        #expect(seen.allSatisfy { $0 == seen[0] })
        // The agent file alone is clean: the broken flow is not what was asked about.
        let agent = try cli.run(["validate", "agents/k8s-ops.yaml"], in: folder)
        #expect(agent.status == 0, "\(agent.stdout)")
        #expect(agent.stdout.isEmpty)
    }

    @Test func theNearestWorkspaceFileBoundsTheWorkspace() throws {
        let workspaceFile = "ossa: \"0.1.9\"\nkind: Workspace\nmetadata:\n  name: team-a\n  version: 1.0.0\nspec: {}\n"
        // team-b declares no agent, so team-a's flow must not resolve against it, nor the reverse.
        let folder = try cli.temporaryFolder([
            "team-a/workspace.yml": workspaceFile, "team-a/agents/k8s-ops.yaml": Self.agent, "team-a/flows/ops.yaml": Self.flow(agent: "k8s-ops"),
            "team-b/flows/ops.yaml": Self.flow(agent: "k8s-ops"),
        ])
        let verbose = try cli.run(["validate", "--verbose", "team-a/flows/ops.yaml"], in: folder)
        #expect(Self.lines(verbose.stdout, about: "team-a/flows/ops.yaml").isEmpty, "\(verbose.stdout)")
        #expect(verbose.stderr.contains("oaas: workspace: team-a (reporting on 1 of"), "\(verbose.stderr)")
    }

    @Test func aFileOutsideTheWorkspaceIsNotJudgedAgainstIt() throws {
        let folder = try workspace()
        // Another tree declares the same agent: checked from `folder`, it must not meet folder's agent.
        let other = try workspace()
        let result = try cli.run(["validate", "--verbose", other.appendingPathComponent("agents/k8s-ops.yaml").path], in: folder)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("agents (reporting on 1 of 1 files)"), "\(result.stderr)")
    }

    @Test func theConfigurationIsFoundFromASubfolder() throws {
        let folder = try workspace(agent: "k8s-opz", extra: [".oaas.yml": "rules:\n  \"ref.*\": warning\n"])
        let result = try cli.run(["validate", "ops.yaml"], in: folder.appendingPathComponent("flows"))
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("warning: undefined agent \"k8s-opz\""))
        let strict = try cli.run(["validate", "--fail-on", "warning", "ops.yaml"], in: folder.appendingPathComponent("flows"))
        #expect(strict.status == 1)
        // --no-config reads none: the finding is an error again.
        #expect(try cli.run(["validate", "--no-config", "flows/ops.yaml"], in: folder).status == 1)
    }

    @Test func configurationKeysChangeTheRun() throws {
        let config = """
            include: [agents, flows]
            exclude: [legacy]
            fail-on: warning
            rules:
              ref.undefined-agent: off

            """
        let folder = try workspace(agent: "k8s-opz", extra: [".oaas.yml": config, "legacy/broken.yaml": "a: [\n"])
        let result = try cli.run(["validate", "--verbose"], in: folder)
        // The finding is off, the legacy folder and the contexts are not read, and nothing else fails.
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("oaas: configuration: .oaas.yml"))
        #expect(result.stderr.contains("in 2 files"), "\(result.stderr)")
        let named = try cli.run(["validate", "--verbose", "legacy/broken.yaml"], in: folder)
        #expect(named.status == 0)
        #expect(named.stderr.contains("legacy/broken.yaml: excluded by the configuration"))
    }

    @Test func anInvalidConfigurationStopsTheRunWithExitTwo() throws {
        let folder = try workspace(extra: [".oaas.yml": "exlude: [x]\nrules:\n  ref.undefined-agnt: off\n"])
        let result = try cli.run(["validate"], in: folder)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(".oaas.yml:1:1: error: unknown key \"exlude\" at the top level; did you mean \"exclude\"? [schema.unknown-key]"))
        #expect(result.stderr.contains(".oaas.yml:3:3: error:"))
        #expect(result.stderr.contains("did you mean \"ref.undefined-agent\"?"))
        #expect(try cli.run(["validate", "--config", "nope.yml"], in: folder).status == 2)
    }

    @Test func initWritesAStarterThatIsValid() throws {
        let folder = try workspace()
        let first = try cli.run(["init"], in: folder)
        #expect(first.status == 0)
        #expect(first.stderr.contains("wrote .oaas.yml"))
        let written = try String(contentsOf: folder.appendingPathComponent(".oaas.yml"), encoding: .utf8)
        #expect(written.contains("# The lowest severity that fails a run"))
        let check = try cli.run(["validate", "--verbose"], in: folder)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stderr.contains("oaas: configuration: .oaas.yml"))
        // The starter is not a workspace document, and its comments are no suppressions.
        #expect(check.stderr.contains("in 3 files"), "\(check.stderr)")
        #expect(try cli.run(["init"], in: folder).status == 2)
        #expect(try cli.run(["init", "--force"], in: folder).status == 0)
    }

    @Test func inlineSuppressionsWorkInValidate() throws {
        let flow = Self.flow(agent: "k8s-opz").replacingOccurrences(
            of: "agent: k8s-opz", with: "agent: k8s-opz # oaas:ignore[ref.undefined-agent] deployed by another team")
        let folder = try workspace(extra: ["flows/ops.yaml": flow, "contexts/prod.yaml": Self.context + "# oaas:ignore[schema.unknown-key] nothing left\nspec2: 1\n"])
        let result = try cli.run(["validate", "--format", "json"], in: folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        let suppressed = diagnostics.filter { $0["suppression"] != nil }
        #expect(suppressed.count == 2, "\(result.stdout)")
        #expect(result.status == 0, "\(result.stdout)")
        let audit = try cli.run(["validate", "--no-inline-ignores"], in: folder)
        #expect(audit.status == 1)
        #expect(audit.stdout.contains("[ref.undefined-agent]"))
        // A suppression of a validate ID that matches nothing is reported.
        let stale = try cli.run(["validate"], in: try workspace(extra: ["contexts/prod.yaml": Self.context + "  # oaas:ignore[schema.unknown-key] gone\n"]))
        #expect(stale.stdout.contains("[suppression.unused]"), "\(stale.stdout)")
    }

    @Test func baselinesWorkForValidate() throws {
        let folder = try workspace(agent: "k8s-opz")
        let write = try cli.run(["validate", "--write-baseline", "base.json"], in: folder)
        #expect(write.status == 0)
        #expect(write.stderr.contains("wrote 1 finding to base.json"))
        let accepted = try cli.run(["validate", "--baseline", "base.json"], in: folder)
        #expect(accepted.status == 0, "\(accepted.stdout)")
        #expect(accepted.stderr.contains("1 finding suppressed"))
        // The same baseline from the configuration, and from a subfolder.
        try Data("baseline: base.json\n".utf8).write(to: folder.appendingPathComponent(".oaas.yml"))
        #expect(try cli.run(["validate", "ops.yaml"], in: folder.appendingPathComponent("flows")).status == 0)
        // A configured baseline that does not exist yet stops a run, but not the run that writes it.
        try Data("baseline: new.json\n".utf8).write(to: folder.appendingPathComponent(".oaas.yml"))
        let missing = try cli.run(["validate"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("[config.missing-path]"))
        #expect(try cli.run(["validate", "--write-baseline", "new.json"], in: folder).status == 0)
        #expect(try cli.run(["validate"], in: folder).status == 0)
    }

    @Test func severalFormatsInOneRun() throws {
        let folder = try workspace(agent: "k8s-opz")
        let result = try cli.run(
            ["validate", "--format", "json", "--output", "sarif=reports/oaas.sarif", "-o", "junit=reports/oaas.xml", "-o", "text=reports/oaas.txt",
             "-o", "checkstyle=reports/checkstyle.xml", "-o", "gitlab=reports/gl.json", "-o", "github=reports/gh.txt"], in: folder)
        #expect(result.status == 1)
        _ = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        let reports = folder.appendingPathComponent("reports")
        let sarif = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: reports.appendingPathComponent("oaas.sarif"))) as? [String: Any])
        #expect(sarif["version"] as? String == "2.1.0")
        let text = try String(contentsOf: reports.appendingPathComponent("oaas.txt"), encoding: .utf8)
        #expect(text.hasPrefix("flows/ops.yaml:15:16: error: undefined agent \"k8s-opz\""), "\(text)")
        #expect(try String(contentsOf: reports.appendingPathComponent("oaas.xml"), encoding: .utf8).contains("<testcase"))
        #expect(try String(contentsOf: reports.appendingPathComponent("checkstyle.xml"), encoding: .utf8).contains("source=\"oaas.ref.undefined-agent\""))
        #expect(try String(contentsOf: reports.appendingPathComponent("gl.json"), encoding: .utf8).contains("\"check_name\": \"ref.undefined-agent\""))
        #expect(try String(contentsOf: reports.appendingPathComponent("gh.txt"), encoding: .utf8).hasPrefix("::error file=flows/ops.yaml,line=15"))
        #expect(try cli.run(["validate", "-o", "yaml=x"], in: folder).status == 2)
        #expect(try cli.run(["validate", "-o", "sarif"], in: folder).status == 2)
        #expect(try cli.run(["validate", "--format", "markdown"], in: folder).status == 2)
    }

    @Test func githubActionsGetAnnotationsByDefault() throws {
        let folder = try workspace(agent: "k8s-opz")
        let result = try cli.run(["validate"], in: folder, environment: ["GITHUB_ACTIONS": "true"])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("::error file=flows/ops.yaml,line=15,"), "\(result.stdout)")
        let explicit = try cli.run(["validate", "--format", "text"], in: folder, environment: ["GITHUB_ACTIONS": "true"])
        #expect(explicit.stdout.hasPrefix("flows/ops.yaml:15:16: error:"))
    }

    @Test func quietShowsOnlyWhatFails() throws {
        let folder = try workspace(agent: "k8s-opz", extra: ["contexts/prod.yaml": Self.context + "  namespce: x\n"])
        let loud = try cli.run(["validate"], in: folder)
        #expect(loud.stdout.contains("warning:") && loud.stdout.contains("error:"))
        let quiet = try cli.run(["validate", "--quiet"], in: folder)
        #expect(quiet.status == 1)
        #expect(!quiet.stdout.contains("warning:") && quiet.stdout.contains("error:"))
        #expect(quiet.stderr.isEmpty)
        #expect(try cli.run(["validate", "--quiet", "--verbose"], in: folder).status == 2)
    }

    @Test func securityScanReportsOnlyNamedFiles() throws {
        let token = "xoxb-" + "5960307416-6043701937507-" + "asAsUKRgJgqHW7NQYi3q5kmr"
        let folder = try workspace(extra: ["deploy/.env": "SLACK_BOT_TOKEN=\(token)\n"])
        let named = try cli.run(["security-scan", "flows/ops.yaml"], in: folder)
        #expect(named.status == 0, "\(named.stdout)")
        let env = try cli.run(["security-scan", "deploy/.env"], in: folder)
        #expect(env.status == 1)
        #expect(env.stdout.contains("deploy/.env:1:"), "\(env.stdout)")
        #expect(!env.stdout.contains(token))
        let whole = try cli.run(["security-scan", "--format", "gitlab"], in: folder)
        #expect(whole.status == 1)
        #expect(!whole.stdout.contains(token))
    }

    @Test func complianceCheckWritesTheFindingsFormats() throws {
        let folder = TestSupport.root.appendingPathComponent("fixtures/compliance/hipaa-noncompliant")
        for format in ["sarif", "github", "checkstyle", "gitlab"] {
            let result = try cli.run(["compliance-check", "--as-of", "2026-11-21", "--framework", "hipaa", "--format", format, "."], in: folder)
            #expect(result.status == 1, "\(format): \(result.stderr)")
            #expect(result.stdout.contains("compliance.hipaa."), "\(format)")
        }
    }

    @Test func versionAndHelp() throws {
        let version = try cli.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout == "0.1.0\n")
        for command in ["validate", "security-scan", "compliance-check", "init", "build", "vars", "plan", "explain", "schema"] {
            let help = try cli.run([command, "--help"])
            #expect(help.status == 0)
            #expect(help.stdout.contains("EXAMPLES:"), "\(command)")
        }
        for command in ["validate", "security-scan", "compliance-check", "build", "vars", "plan", "explain", "schema"] {
            #expect(try cli.run([command, "--help"]).stdout.contains("EXIT STATUS:"), "\(command)")
        }
        for command in ["validate", "security-scan", "compliance-check"] {
            let help = try cli.run([command, "--help"]).stdout
            #expect(help.contains("EXIT STATUS:") && help.contains("--output") && help.contains("--config"), "\(command)")
        }
        let completion = try cli.run(["--generate-completion-script", "bash"])
        #expect(completion.status == 0 && completion.stdout.contains("validate"))
    }
}
