import Foundation
import OAASCore
import OAASReporters
import Testing

/// `oaas security-scan` end to end: secrets never printed in any format, exit codes, inline
/// suppressions and baselines that survive edits.
@Suite("oaas security-scan")
struct SecurityScanCLITests {
    /// Fabricated secrets in the shapes of real ones; none of them was ever valid.
    static let slackToken = "xoxb-2718281828-3141592653-Qm8vT2nLx4RkZp7WcY1sHdJf"
    static let awsKeyID = "AKIAQ7ZK3N5V2XW4YB6M"
    static let githubToken = "ghp_R8sK2mVq9LxT4nW7yB3cZ6fH1jD5gP0aE2uN"
    static let databasePassword = "Vx7pQ2mLr9Tz"
    static let envPassword = "Zq4rT8vLm2Xp6wNc9Hb3"
    static let privateKeyBody = "MIIEowIBAAKCAQEA3Tz2mr7SuFGr5dXnQ8hkLmVpR4tWcYz9aNbE2xJfK6sUqHgWv"

    static let stripeKey = "sk_live_4eC39HqLyjWDarjtT1zdp7dcQ9xWv2"
    static let gitlabToken = "glpat-Qm8vT2nLx4RkZp7WcY1s"

    static let planted = [slackToken, awsKeyID, githubToken, databasePassword, envPassword, privateKeyBody, stripeKey, gitlabToken]

    static let files: [String: String] = [
        "triggers/slack.yaml": """
            apiVersion: aof.dev/v1
            kind: Trigger
            metadata:
              name: slack-ops
            spec:
              type: Slack
              config:
                bot_token: \(slackToken)
                signing_secret: ${SLACK_SIGNING_SECRET}
              channels: [ops]
              users: [U015ADMIN]

            """,
        "deploy/aws.env": "AWS_ACCESS_KEY_ID=\(awsKeyID)\nDB_PASSWORD=\(envPassword)\n",
        "scripts/release.sh": "#!/bin/sh\nexport GITHUB_TOKEN=\(githubToken)\npsql postgresql://audit:\(databasePassword)@db.internal:5432/audit\n",
        // Two secrets on one line, one of them suppressed: every snippet of the line masks both.
        "deploy/stripe.yaml": "keys: {live: \"\(stripeKey)\", gitlab: \"\(gitlabToken)\"} # oaas:ignore[secret.stripe-live-key] test\n",
        "keys/deploy.pem": "-----BEGIN RSA PRIVATE KEY-----\n\(privateKeyBody)\n-----END RSA PRIVATE KEY-----\n",
    ]

    let cli = CLITests()

    /// Fails when `text` holds a planted secret, or the part of one after its first four characters.
    func expectNoSecret(_ text: String, _ what: String) {
        for secret in Self.planted {
            #expect(!text.contains(secret), "\(what) contains a secret in full")
            #expect(!text.contains(String(secret.dropFirst(4))), "\(what) contains the tail of a secret")
        }
    }

    @Test func noFormatEverPrintsASecret() throws {
        let folder = try cli.temporaryFolder(Self.files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try cli.run(["security-scan", "."], in: folder)
        #expect(text.status == 1)
        // Every planted secret is found (the assertion below would be empty otherwise).
        for file in ["triggers/slack.yaml:8:", "deploy/aws.env:1:", "deploy/aws.env:2:", "scripts/release.sh:2:", "scripts/release.sh:3:", "keys/deploy.pem:1:"] {
            #expect(text.stdout.contains(file), "no finding at \(file)\n\(text.stdout)")
        }
        expectNoSecret(text.stdout + text.stderr, "text output")
        let json = try cli.run(["security-scan", "--format", "json", "."], in: folder)
        #expect(json.status == 1)
        expectNoSecret(json.stdout + json.stderr, "JSON output")
        let sarif = try cli.run(["security-scan", "--format", "sarif", "."], in: folder)
        #expect(sarif.status == 1)
        #expect(sarif.stdout.contains("\"partialFingerprints\""))
        expectNoSecret(sarif.stdout + sarif.stderr, "SARIF output")
        let baseline = try cli.run(["security-scan", "--write-baseline", "baseline.json", "."], in: folder)
        #expect(baseline.status == 0)
        let written = try String(contentsOf: folder.appendingPathComponent("baseline.json"), encoding: .utf8)
        expectNoSecret(written + baseline.stderr, "baseline file")
        // Snippets, as shown on a terminal.
        let files = TestSupport.allSources(in: folder).filter { $0.path != "baseline.json" }
        let result = SecurityScan.run(files)
        let sources = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let snippets = TextReporter(snippets: true, color: true).render(result.active, sources: sources, secrets: result.diagnostics)
        #expect(snippets.contains("deploy/stripe.yaml:1:"))
        #expect(snippets.contains(" | "))
        expectNoSecret(snippets, "text output with snippets")
    }

    @Test func exitCodesAndBaselinesSurviveEdits() throws {
        let folder = try cli.temporaryFolder(Self.files)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try cli.run(["security-scan", "--write-baseline", "base.json", "."], in: folder).status == 0)
        let accepted = try cli.run(["security-scan", "--baseline", "base.json", "."], in: folder)
        #expect(accepted.status == 0, "\(accepted.stdout)")
        #expect(accepted.stdout.isEmpty)
        #expect(accepted.stderr.contains("suppressed"))
        // Lines added above every finding do not bring them back; a new secret is reported alone.
        let script = folder.appendingPathComponent("scripts/release.sh")
        let original = try String(contentsOf: script, encoding: .utf8)
        let edited = "# release helper\nset -eu\n\n" + original + "export SLACK_TOKEN=xoxb-1618033988-7495213468-Tn3vW8kPq2LmZx5RcY7bGhJd\n"
        try Data(edited.utf8).write(to: script)
        let afterEdit = try cli.run(["security-scan", "--baseline", "base.json", "."], in: folder)
        #expect(afterEdit.status == 1)
        let lines = afterEdit.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }
        #expect(lines.count == 1, "\(afterEdit.stdout)")
        #expect(lines.first?.hasPrefix("scripts/release.sh:7:") == true, "\(afterEdit.stdout)")
        // In SARIF the accepted findings are kept, marked as suppressed.
        let sarif = try cli.run(["security-scan", "--baseline", "base.json", "--format", "sarif", "."], in: folder)
        #expect(sarif.stdout.contains("\"kind\": \"external\""))
        // The baseline's paths are relative to its own folder, so a scan started elsewhere matches it.
        let parent = folder.deletingLastPathComponent()
        let name = folder.lastPathComponent
        let fromParent = try cli.run(["security-scan", "--baseline", "\(name)/base.json", name], in: parent)
        #expect(fromParent.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }.count == 1, "\(fromParent.stdout)")
        let absolute = try cli.run(["security-scan", "--baseline", folder.path + "/base.json", folder.path], in: parent)
        #expect(absolute.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }.count == 1, "\(absolute.stdout)")
        // Rewriting the baseline keeps what it accepted and adds what is new.
        #expect(try cli.run(["security-scan", "--baseline", "base.json", "--write-baseline", "base.json", "."], in: folder).status == 0)
        #expect(try cli.run(["security-scan", "--baseline", "base.json", "."], in: folder).status == 0)
        // A baseline that is not one is a usage error, with its position.
        try Data("{\"version\": 2}\n".utf8).write(to: folder.appendingPathComponent("bad.json"))
        let bad = try cli.run(["security-scan", "--baseline", "bad.json", "."], in: folder)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("bad.json:1:"))
    }

    @Test func inlineIgnoresNeedReasonsAndCanBeTurnedOff() throws {
        var files = Self.files
        files["deploy/aws.env"] = "# oaas:ignore[secret.aws-access-key-id] rotated test key, revoked 2026-10\nAWS_ACCESS_KEY_ID=\(Self.awsKeyID)\n"
        let folder = try cli.temporaryFolder(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let honoured = try cli.run(["security-scan", "."], in: folder)
        #expect(!honoured.stdout.contains("deploy/aws.env"), "\(honoured.stdout)")
        let audit = try cli.run(["security-scan", "--no-inline-ignores", "."], in: folder)
        #expect(audit.stdout.contains("deploy/aws.env:2:"), "\(audit.stdout)")
    }

    @Test func aCleanTreeExitsZero() throws {
        let folder = try cli.temporaryFolder([
            "triggers/slack.yaml": "apiVersion: aof.dev/v1\nkind: Trigger\nmetadata:\n  name: t\nspec:\n  type: Slack\n  config:\n    bot_token: ${SLACK_BOT_TOKEN}\n    signing_secret: ${SLACK_SIGNING_SECRET}\n  channels: [ops]\n  users: [U015ADMIN]\n",
            "README.md": "Set `SLACK_BOT_TOKEN` to your bot token (`xoxb-…`).\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try cli.run(["security-scan", "."], in: folder)
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.isEmpty)
    }
}
