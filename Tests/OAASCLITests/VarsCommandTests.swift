import Foundation
import Testing

/// Runs `oaas vars` and `oaas validate --env-file` on small workspaces.
@Suite("oaas vars and --env-file")
struct VarsCommandTests {
    let cli = CLITests()

    static let workspace: [String: String] = [
        "context.yaml": """
            apiVersion: aof.dev/v1
            kind: Context
            metadata:
              name: prod
            spec:
              kubeconfig: ${KUBECONFIG_PROD}
              env:
                DB_URL: "${DB_URL}"
                REGION: ${REGION:-us-east-1}

            """,
        "trigger.yaml": """
            apiVersion: aof.dev/v1
            kind: Trigger
            metadata:
              name: slack-prod
            spec:
              type: Slack
              config:
                bot_token: ${SLACK_BOT_TOKEN}
                channels: [production]

            """,
        "workspace-context.yaml": """
            apiVersion: "openapi-ai-agents/v0.1.8"
            kind: WorkspaceContext
            metadata:
              name: platform-context
              version: "1.0.0"
            spec:
              knowledge_base:
                organization:
                  name: "${ORGANIZATION_NAME:-Northwind}"

            """,
    ]

    @Test func textListsEveryVariableWithItsUses() throws {
        let folder = try cli.temporaryFolder(Self.workspace)
        let result = try cli.run(["vars"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            DB_URL: required
              context.yaml:8:14
            KUBECONFIG_PROD: required
              context.yaml:6:15
            ORGANIZATION_NAME: optional; default "Northwind"
              workspace-context.yaml:9:14 default "Northwind"
            REGION: never expanded; default "us-east-1"
              context.yaml:9:13 default "us-east-1" (not expanded: the AOF runtime does not understand ":-" defaults)
            SLACK_BOT_TOKEN: required
              trigger.yaml:8:16

            """)
        #expect(result.stderr.contains("5 variables, 3 required"))
    }

    @Test func envFilesMarkProvidedAndMissingWithoutPrintingSecrets() throws {
        var files = Self.workspace
        files["prod.env"] = """
            # production
            export SLACK_BOT_TOKEN=xoxb-1234567890-abcdefghijkl
            KUBECONFIG_PROD=/etc/aof/kubeconfig/prod.yaml

            """
        let folder = try cli.temporaryFolder(files)
        let result = try cli.run(["vars", "--env-file", "prod.env"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains("DB_URL: required; MISSING\n"))
        #expect(result.stdout.contains("KUBECONFIG_PROD: required; provided by prod.env:3\n"))
        #expect(result.stdout.contains("SLACK_BOT_TOKEN: required; provided by prod.env:2\n"))
        // Values from env files are never printed, secret or not.
        #expect(!result.stdout.contains("/etc/aof/kubeconfig"))
        #expect(!(result.stdout + result.stderr).contains("xoxb"))
        #expect(result.stderr.contains("5 variables, 3 required, 1 missing"))
    }

    @Test func jsonIsCompleteAndHidesSecretValues() throws {
        var files = Self.workspace
        files["prod.env"] = "SLACK_BOT_TOKEN=xoxb-1234567890-abcdefghijkl\nNOT A LINE\n"
        let folder = try cli.temporaryFolder(files)
        let result = try cli.run(["vars", "--format", "json", "--env-file", "prod.env"], in: folder)
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        #expect(object["missing"] as? Int == 2)
        let variables = try #require(object["variables"] as? [[String: Any]])
        #expect(variables.map { $0["name"] as? String } == ["DB_URL", "KUBECONFIG_PROD", "ORGANIZATION_NAME", "REGION", "SLACK_BOT_TOKEN"])
        let token = try #require(variables.last)
        #expect(token["secret"] as? Bool == true)
        #expect(token["provided"] as? Bool == true)
        #expect(token["value"] == nil)
        #expect(token["providedAt"] as? String == "prod.env:1:1")
        let uses = try #require(token["uses"] as? [[String: Any]])
        #expect(uses.first?["file"] as? String == "trigger.yaml")
        #expect(uses.first?["line"] as? Int == 8)
        #expect(uses.first?["path"] as? String == "spec.config.bot_token")
        let region = try #require(variables.first { $0["name"] as? String == "REGION" })
        #expect(region["required"] as? Bool == false)
        #expect(region["expanded"] as? Bool == false)
        let diagnostics = try #require(object["envFileDiagnostics"] as? [[String: Any]])
        #expect(diagnostics.first?["id"] as? String == "envfile.invalid-line")
        #expect(!(result.stdout + result.stderr).contains("xoxb"))
    }

    @Test func validateReportsMissingVariablesWithEnvFile() throws {
        var files = Self.workspace
        files["prod.env"] = "SLACK_BOT_TOKEN=placeholder\nKUBECONFIG_PROD=/etc/kubeconfig\nDB_ULR=postgres://db/prod\n"
        let folder = try cli.temporaryFolder(files)
        let result = try cli.run(["validate", "--env-file", "prod.env", "."], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains(
            "context.yaml:8:14: error: environment variable \"DB_URL\" is required here but not set by the env files; did you mean \"DB_ULR\"? [var.missing]\n  prod.env:3:1: note: \"DB_ULR\" is set here\n"))
        let clean = try cli.run(["validate", "."], in: folder)
        #expect(!clean.stdout.contains("var.missing"))
    }

    /// A workspace whose references carry secret defaults.
    static let secretDefaults: [String: String] = [
        "trigger.yaml": """
            apiVersion: aof.dev/v1
            kind: Trigger
            metadata:
              name: slack-prod
            spec:
              type: Slack
              config:
                bot_token: ${SLACK_BOT_TOKEN:-xoxb-123456789012-abcdefghij}
                signing_secret: ${SLACK_SIGNING_SECRET:-hunter2}
                channels: [production]

            """,
        "context.yaml": """
            apiVersion: aof.dev/v1
            kind: Context
            metadata:
              name: prod
            spec:
              env:
                DB_PASSWORD: ${DB_PASSWORD:-hunter2}
                STRIPE_KEY: ${STRIPE_KEY}

            """,
    ]

    @Test func secretDefaultsNeverReachValidateOrPlanOutput() throws {
        let folder = try cli.temporaryFolder(Self.secretDefaults)
        let runs = [
            try cli.run(["validate", "."], in: folder),
            try cli.run(["validate", "--format", "json", "."], in: folder),
            try cli.run(["plan", "."], in: folder),
            try cli.run(["plan", "--format", "json", "."], in: folder),
            try cli.run(["vars", "."], in: folder),
            try cli.run(["vars", "--format", "json", "."], in: folder),
        ]
        let validate = runs[0]
        #expect(validate.stdout.contains("\"${SLACK_BOT_TOKEN:-…}\" stays literal text"), "\(validate.stdout)")
        for run in runs {
            let output = run.stdout + run.stderr
            #expect(!output.contains("123456789012"), "\(output)")
            #expect(!output.contains("abcdefghij"), "\(output)")
            #expect(!output.contains("hunter2"), "\(output)")
        }
        #expect(runs[2].stdout.contains("${DB_PASSWORD:-****}"), "\(runs[2].stdout)")
        #expect(runs[2].stdout.contains("${SLACK_SIGNING_SECRET:-****}"), "\(runs[2].stdout)")
    }

    @Test func keyNamedVariablesAreNeverPrintedByVars() throws {
        var files = Self.secretDefaults
        files["prod.env"] = "STRIPE_KEY=sk_live_abcdefghijklmnop\nDB_PASSWORD=pw\n"
        let folder = try cli.temporaryFolder(files)
        let text = try cli.run(["vars", "--env-file", "prod.env", "."], in: folder)
        #expect(text.stdout.contains("STRIPE_KEY: required; provided by prod.env:1\n"), "\(text.stdout)")
        let json = try cli.run(["vars", "--format", "json", "--env-file", "prod.env", "."], in: folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let variables = try #require(object["variables"] as? [[String: Any]])
        let stripe = try #require(variables.first { $0["name"] as? String == "STRIPE_KEY" })
        #expect(stripe["secret"] as? Bool == true)
        #expect(stripe["provided"] as? Bool == true)
        for run in [text, json] {
            let output = run.stdout + run.stderr
            #expect(!output.contains("sk_live"), "\(output)")
            #expect(!output.contains("abcdefghijklmnop"), "\(output)")
            #expect(!output.contains("=pw"), "\(output)")
        }
    }

    @Test func badEnvLinesAreReportedWithoutTheirText() throws {
        var files = Self.workspace
        files["prod.env"] = """
            SLACK_BOT_TOKEN=placeholder
            ghp_abcdefghijklmnopqrstuvwxyz0123456789
            GITHUB_TOKEN ghp_zyxwvutsrqponmlkjihgfedcba9876543210
            DB_URL="postgres://app:hunter2@db/prod

            """
        let folder = try cli.temporaryFolder(files)
        for arguments in [["validate", "--env-file", "prod.env", "."], ["validate", "--format", "json", "--env-file", "prod.env", "."],
                          ["vars", "--env-file", "prod.env", "."], ["vars", "--format", "json", "--env-file", "prod.env", "."]] {
            let result = try cli.run(arguments, in: folder)
            #expect(result.status == 1, "\(arguments)")
            let output = result.stdout + result.stderr
            #expect(output.contains("envfile.invalid-line"), "\(arguments): \(output)")
            #expect(!output.contains("ghp_"), "\(arguments): \(output)")
            #expect(!output.contains("GITHUB_TOKEN ghp"), "\(arguments): \(output)")
            #expect(!output.contains("hunter2"), "\(arguments): \(output)")
            #expect(!output.contains("placeholder"), "\(arguments): \(output)")
        }
        let text = try cli.run(["validate", "--env-file", "prod.env", "."], in: folder)
        #expect(text.stdout.contains("prod.env:2:1: error: expected KEY=value: the line has no \"=\" [envfile.invalid-line]\n"))
        #expect(text.stdout.contains("prod.env:3:1: error: expected KEY=value: the line has no \"=\" [envfile.invalid-line]\n"))
        #expect(text.stdout.contains("prod.env:4:8: error: the quote opened here is never closed [envfile.invalid-line]\n"))
    }

    @Test func missingEnvFileIsAUsageError() throws {
        let folder = try cli.temporaryFolder(Self.workspace)
        for command in ["validate", "vars"] {
            let result = try cli.run([command, "--env-file", "nope.env", "."], in: folder)
            #expect(result.status == 2)
            #expect(result.stderr.contains("nope.env"))
        }
    }
}
