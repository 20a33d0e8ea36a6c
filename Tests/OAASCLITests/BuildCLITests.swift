import Foundation
import Testing

/// `oaas build` and `oaas plan --diff` through the built binary: determinism, all-or-nothing writes,
/// unchanged files left alone, stale files removed, no secret in any artifact, usage errors.
@Suite("oaas build")
struct BuildCLITests {
    let cli = CLITests()

    /// A copy of the bundled example in a fresh temporary folder, and an output folder beside it.
    func exampleCopy() throws -> (workspace: URL, out: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oaas-build-\(UUID().uuidString)")
        let workspace = folder.appendingPathComponent("workspace")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TestSupport.root.appendingPathComponent("examples/enterprise"), to: workspace)
        return (workspace, folder.appendingPathComponent("out"))
    }

    /// Every file below a folder with its bytes.
    func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return files }
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = FileManager.default.contents(atPath: url.path)
            }
        }
        return files
    }

    func edit(_ file: URL, replacing old: String, with new: String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(old), "\(file.lastPathComponent) no longer contains \(old)")
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: file)
    }

    @Test func buildsTheExampleDeterministically() throws {
        let (workspace, out) = try exampleCopy()
        let second = out.deletingLastPathComponent().appendingPathComponent("out2")
        let first = try cli.run(["build", "--target", "all", "--out", out.path], in: workspace)
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        #expect(first.stdout.isEmpty)
        let again = try cli.run(["build", "--target", "all", "--out", second.path], in: workspace)
        #expect(again.status == 0)
        let tree = snapshot(out)
        #expect(tree.keys.contains("plan/plan.json"))
        #expect(tree == snapshot(second), "two builds of the same workspace differ")
        // A third build into the first folder rewrites nothing, and --check agrees it is current.
        let attributes = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("plan/plan.json").path)
        let third = try cli.run(["build", "--target", "all", "--out", out.path], in: workspace)
        #expect(third.stderr.contains("(0 written, \(tree.count - 1) unchanged, 0 removed)"), "\(third.stderr)")
        let after = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("plan/plan.json").path)
        #expect(attributes[.modificationDate] as? Date == after[.modificationDate] as? Date)
        #expect(try cli.run(["build", "--out", out.path, "--check"], in: workspace).status == 0)
    }

    @Test func aFailedBuildLeavesThePreviousOutputUntouched() throws {
        let (workspace, out) = try exampleCopy()
        #expect(try cli.run(["build", "--out", out.path], in: workspace).status == 0)
        let before = snapshot(out)
        // A change every target sees, then a prometheus folder that cannot be created: grafana/,
        // kubernetes/ and plan/ are staged first, so the failure comes midway through the write.
        try edit(workspace.appendingPathComponent("monitoring/observability.yml"), replacing: "for: 5m", with: "for: 7m")
        try edit(workspace.appendingPathComponent("agents/k8s-ops.yaml"), replacing: "max_iterations: 12", with: "max_iterations: 14")
        let check = try cli.run(["build", "--out", out.path, "--check"], in: workspace)
        #expect(check.status == 1 && check.stderr.contains("plan/plan.json: out of date"), "\(check.stderr)")
        let prometheus = out.appendingPathComponent("prometheus")
        #expect(before.keys.contains { $0.hasPrefix("prometheus/") }, "the prometheus target wrote nothing")
        try? FileManager.default.removeItem(at: prometheus)
        try Data("in the way\n".utf8).write(to: prometheus)
        var expected = before.filter { !$0.key.hasPrefix("prometheus/") }
        expected["prometheus"] = Data("in the way\n".utf8)
        let failed = try cli.run(["build", "--out", out.path], in: workspace)
        #expect(failed.status == 2, "\(failed.stderr)")
        #expect(failed.stderr.contains("prometheus: cannot create the folder: Not a directory"), "\(failed.stderr)")
        #expect(snapshot(out) == expected, "the failed build changed the output directory")
        // Once the obstacle is gone the build goes through and changes what the edit changed.
        try FileManager.default.removeItem(at: prometheus)
        let fixed = try cli.run(["build", "--out", out.path], in: workspace)
        #expect(fixed.status == 0, "\(fixed.stderr)")
        #expect(snapshot(out)["plan/plan.json"] != before["plan/plan.json"])
    }

    @Test func nothingIsWrittenWhenTheWorkspaceHasErrors() throws {
        let (workspace, out) = try exampleCopy()
        try edit(workspace.appendingPathComponent("flows/prod/slack-k8s-bot.yaml"), replacing: "agent: k8s-ops", with: "agent: k8s-opz")
        let run = try cli.run(["build", "--out", out.path], in: workspace)
        #expect(run.status == 1)
        #expect(run.stdout.contains("[ref.undefined-agent]"))
        #expect(run.stderr.contains("nothing written"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func filesNoLongerProducedAreRemovedOnlyForTheTargetsBuilt() throws {
        let (workspace, out) = try exampleCopy()
        #expect(try cli.run(["build", "--out", out.path], in: workspace).status == 0)
        let stray = out.appendingPathComponent("plan/old.json")
        let mine = out.appendingPathComponent("notes.txt")
        try Data("{}\n".utf8).write(to: stray)
        try Data("kept\n".utf8).write(to: mine)
        var manifest = try String(contentsOf: out.appendingPathComponent(".oaas-build"), encoding: .utf8)
        manifest += "plan/old.json\n"
        try Data(manifest.utf8).write(to: out.appendingPathComponent(".oaas-build"))
        let before = snapshot(out).keys.filter { !$0.hasPrefix("plan/") && $0 != ".oaas-build" }
        let run = try cli.run(["build", "--target", "plan", "--out", out.path], in: workspace)
        #expect(run.status == 0 && run.stderr.contains("1 removed"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: stray.path))
        #expect(FileManager.default.fileExists(atPath: mine.path), "a file oaas did not write was removed")
        let after = snapshot(out).keys.filter { !$0.hasPrefix("plan/") && $0 != ".oaas-build" }
        #expect(Set(before) == Set(after), "building the plan touched other targets' files")
    }

    @Test func noSecretReachesAnArtifact() throws {
        let folder = try cli.temporaryFolder([
            "daemon.yaml": """
                apiVersion: aof.dev/v1
                kind: DaemonConfig
                metadata:
                  name: daemon
                spec:
                  server:
                    port: 3000
                  platforms:
                    slack:
                      enabled: true
                      bot_token_env: SLACK_BOT_TOKEN
                  audit:
                    enabled: true
                    destination: postgresql
                    postgresql:
                      url: ${AUDIT_DB_URL}

                """,
            "context.yaml": """
                apiVersion: aof.dev/v1
                kind: Context
                metadata:
                  name: prod
                spec:
                  namespace: ${NAMESPACE}
                  env:
                    SLACK_TOKEN: ${SLACK_BOT_TOKEN}
                    REGION: ${REGION}
                    DATABASE: ${AUDIT_DB_URL}
                    API: ${API_KEY:-sk-defaultdefaultdefault}
                  secrets:
                    - name: slack
                      key: bot-token
                      envVar: SLACK_BOT_TOKEN

                """,
            "prod.env": "SLACK_BOT_TOKEN=xoxb-1234567890-abcdefghijABCDEFGHIJ\nAUDIT_DB_URL=postgres://audit:hunter2secret@db.internal:5432/audit\nREGION=eu-west-1\nNAMESPACE=agents-prod\n",
        ])
        let out = folder.appendingPathComponent("out")
        let run = try cli.run(["build", "--out", out.path, "--env-file", "prod.env", "context.yaml", "daemon.yaml"], in: folder)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let files = snapshot(out)
        #expect(!files.isEmpty)
        for (path, data) in files {
            let text = String(decoding: data, as: UTF8.self)
            for secret in ["1234567890-abcdefghij", "hunter2secret", "sk-defaultdefault"] {
                #expect(!text.contains(secret), "\(path) holds a secret")
            }
        }
        let plan = String(decoding: files["plan/plan.json"] ?? Data(), as: UTF8.self)
        #expect(plan.contains("\"REGION\": \"eu-west-1\""), "a provided variable was not substituted")
        #expect(plan.contains("\"SLACK_TOKEN\": \"${SLACK_BOT_TOKEN}\""))
        #expect(plan.contains("\"DATABASE\": \"${AUDIT_DB_URL}\""), "a secret-looking value was substituted")
    }

    @Test func usageErrors() throws {
        let example = TestSupport.root.appendingPathComponent("examples/enterprise")
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("oaas-build-\(UUID().uuidString)")
        let env = try cli.run(["build", "--env", "qa", "--out", out.path], in: example)
        #expect(env.status == 2)
        #expect(env.stderr.contains("--env qa: no such environment; the workspace has: prod-us-east-1, staging"), "\(env.stderr)")
        let target = try cli.run(["build", "--target", "helm", "--out", out.path], in: example)
        #expect(target.status == 2 && target.stderr.contains("--target helm: unknown target"), "\(target.stderr)")
        let missing = try cli.run(["build", "--target", "plan"], in: example)
        #expect(missing.status == 2 && missing.stderr.contains("--out"), "\(missing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let stage = try cli.run(["build", "--target", "plan", "--env", "production", "--out", out.path], in: example)
        #expect(stage.status == 0 && stage.stderr.contains("for prod-us-east-1:"), "\(stage.stderr)")
    }

    @Test func planDiffShowsWhatAChangeDoes() throws {
        let (workspace, out) = try exampleCopy()
        #expect(try cli.run(["build", "--target", "plan", "--out", out.path], in: workspace).status == 0)
        let old = out.appendingPathComponent("plan/plan.json").path
        let same = try cli.run(["plan", "--diff", old], in: workspace)
        #expect(same.status == 0 && same.stdout == "Plan: no changes.\n", "\(same.stdout)\(same.stderr)")
        try edit(workspace.appendingPathComponent("agents/k8s-ops.yaml"), replacing: "temperature: 0.1", with: "temperature: 0.3")
        try edit(workspace.appendingPathComponent("contexts/prod-us-east-1.yaml"), replacing: "min_approvers: 1", with: "min_approvers: 2")
        try FileManager.default.removeItem(at: workspace.appendingPathComponent("agents/cost-optimizer.yaml"))
        let diff = try cli.run(["plan", "--diff", old], in: workspace)
        #expect(diff.status == 0, "\(diff.stderr)")
        let lines = diff.stdout.split(separator: "\n").map(String.init)
        func has(_ prefix: String) -> Bool { lines.contains { $0.hasPrefix(prefix) } }
        #expect(has("- agents/cost-optimizer (Agent, agents/cost-optimizer.yaml:"), "\(diff.stdout)")
        #expect(has("~ agents/k8s-ops (Agent, agents/k8s-ops.yaml:"))
        #expect(has("    ~ spec.temperature: 0.1 → 0.3   # agents/k8s-ops.yaml:"))
        #expect(has("    ~ spec.approval.min_approvers: 1 → 2   # contexts/prod-us-east-1.yaml:"))
        #expect(lines.last?.hasPrefix("Plan: 0 added, ") == true && lines.last?.hasSuffix(" 1 removed.") == true)
        let json = try cli.run(["plan", "--diff", old, "--format", "json"], in: workspace)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary["removed"] == 1)
        let broken = try cli.run(["plan", "--diff", workspace.appendingPathComponent("workspace.yml").path], in: workspace)
        #expect(broken.status == 2 && broken.stderr.contains("not an oaas plan"), "\(broken.stderr)")
    }
}
