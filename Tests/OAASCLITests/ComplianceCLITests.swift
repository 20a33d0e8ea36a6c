#if canImport(FoundationXML)
import FoundationXML
#endif
import Foundation
import Testing

/// `oaas compliance-check` through the built binary: the bundled example, usage errors, exit status and
/// `--fail-on`, every report format against golden files, and no secret in any of them.
@Suite("oaas compliance-check")
struct ComplianceCLITests {
    let cli = CLITests()
    static let fixtures = TestSupport.root.appendingPathComponent("fixtures/compliance")

    @Test func theEnterpriseExamplePassesEveryFrameworkItClaims() throws {
        let example = TestSupport.root.appendingPathComponent("examples/enterprise")
        let run = try cli.run(["compliance-check", "--as-of", "2026-11-21", "--format", "json", "."], in: example)
        #expect(run.status == 0, "\(run.stdout.prefix(2000))\(run.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let frameworks = try #require(report["frameworks"] as? [[String: Any]])
        #expect(frameworks.compactMap { $0["framework"] as? String } == ["eu-ai-act", "gdpr", "hipaa", "iso-42001", "nist-ai-rmf", "soc2", "sox"])
        for framework in frameworks {
            let counts = try #require(framework["counts"] as? [String: Int])
            #expect(counts["fail"] == 0, "\(framework["framework"] ?? "?") fails")
            #expect((counts["pass"] ?? 0) > 0, "\(framework["framework"] ?? "?") shows no positive evidence")
        }
        #expect((report["diagnostics"] as? [Any])?.isEmpty == true)
    }

    @Test func unknownFrameworksAndDatesAreUsageErrors() throws {
        let folder = Self.fixtures.appendingPathComponent("hipaa-compliant")
        let unknown = try cli.run(["compliance-check", "--framework", "hipaa,pci", "."], in: folder)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown framework \"pci\""))
        #expect(unknown.stderr.contains("eu-ai-act, gdpr, hipaa, iso-42001, nist-ai-rmf, soc2, sox, or all"))
        let date = try cli.run(["compliance-check", "--as-of", "2026-02-30", "."], in: folder)
        #expect(date.status == 2)
        #expect(date.stderr.contains("day 30 does not exist"))
        // Spellings of a framework's name are accepted, and `all` checks all seven.
        let spelled = try cli.run(["compliance-check", "--framework", "ISO_42001", "--as-of", "2026-11-21", "."], in: folder)
        #expect(spelled.status == 0)
        #expect(spelled.stdout.contains("(iso-42001;"))
        let all = try cli.run(["compliance-check", "--framework", "all", "--as-of", "2026-11-21", "--format", "json", "."], in: folder)
        #expect(all.stdout.components(separatedBy: "\"catalogVersion\"").count - 1 == 7)
        // A workspace that claims nothing is checked only against frameworks asked for by name.
        let unclaimed = try cli.temporaryFolder(["workspace.yml": "apiVersion: ossa/v0.1.9\nkind: Workspace\nmetadata:\n  name: x\nspec: {}\n"])
        defer { try? FileManager.default.removeItem(at: unclaimed) }
        let nothing = try cli.run(["compliance-check", "."], in: unclaimed)
        #expect(nothing.status == 2)
        #expect(nothing.stderr.contains("claims no framework"))
        #expect(try cli.run(["compliance-check", "--framework", "soc2", "--as-of", "2026-11-21", "."], in: unclaimed).status == 1)
    }

    @Test func failOnDecidesTheExitStatus() throws {
        let source = Self.fixtures.appendingPathComponent("hipaa-compliant")
        var files: [String: String] = [:]
        for name in ["governance.yml", "workspace.yml", "flows/prod-cleanup.yaml"] {
            files[name] = try String(contentsOf: source.appendingPathComponent(name), encoding: .utf8)
        }
        // An overdue penetration test fails a warning-level rule only.
        files["governance.yml"] = files["governance.yml"]?.replacingOccurrences(of: "last_test: \"2026-08-18\"", with: "last_test: \"2025-08-18\"")
        let folder = try cli.temporaryFolder(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = ["compliance-check", "--framework", "hipaa", "--as-of", "2026-11-21", "."]
        let lenient = try cli.run(base, in: folder)
        #expect(lenient.status == 0)
        #expect(lenient.stdout.contains("[compliance.hipaa.evaluation-current]"))
        #expect(try cli.run(base + ["--fail-on", "warning"], in: folder).status == 1)
        #expect(try cli.run(["compliance-check", "--framework", "hipaa", "--as-of", "2026-11-21", "."], in: Self.fixtures.appendingPathComponent("hipaa-noncompliant")).status == 1)
    }

    /// JSON, JUnit and Markdown reports of one non-compliant case, against golden files read by a person.
    @Test(arguments: [("json", "expected.json"), ("junit", "expected.junit.xml"), ("markdown", "expected.md")])
    func formatsMatchGolden(_ format: String, _ golden: String) throws {
        let folder = Self.fixtures.appendingPathComponent("hipaa-noncompliant")
        let run = try cli.run(["compliance-check", "--framework", "hipaa", "--as-of", "2026-11-21", "--format", format, "."], in: folder)
        #expect(run.status == 1)
        let url = folder.appendingPathComponent(golden)
        let actual = run.stdout.replacingOccurrences(of: "\"version\": \"\(Self.version)\"", with: "\"version\": \"VERSION\"")
            .replacingOccurrences(of: "compliance-check` \(Self.version) ", with: "compliance-check` VERSION ")
        if TestSupport.updating {
            try Data(actual.utf8).write(to: url)
            Issue.record("rewrote \(golden); read it, then run the tests again without OAAS_UPDATE_FIXTURES")
            return
        }
        let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? "<missing \(golden)>"
        #expect(actual == expected, "\(golden) differs:\n\(TestSupport.diff(expected: expected, actual: actual))")
        let again = try cli.run(["compliance-check", "--framework", "hipaa", "--as-of", "2026-11-21", "--format", format, "."], in: folder)
        #expect(again.stdout == run.stdout, "the \(format) report is not byte-identical across runs")
    }

    static var version: String {
        (try? CLITests().run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? "?"
    }

    @Test func junitHasOneTestCasePerControlWithEvidence() throws {
        let folder = Self.fixtures.appendingPathComponent("hipaa-compliant")
        let run = try cli.run(["compliance-check", "--framework", "hipaa", "--as-of", "2026-11-21", "--format", "junit", "."], in: folder)
        #expect(run.status == 0)
        let document = try XMLDocument(data: Data(run.stdout.utf8))
        let cases = try document.nodes(forXPath: "//testcase")
        #expect(cases.count == 13)
        #expect(try document.nodes(forXPath: "//failure").isEmpty)
        // Passing controls carry their positive evidence.
        let transmission = try document.nodes(forXPath: "//testcase[starts-with(@name, '§164.312(e)(1) ')]/system-out").first?.stringValue
        #expect(transmission?.contains("minimum TLS 1.3") == true)
        let suite = try #require(try document.nodes(forXPath: "//testsuite").first as? XMLElement)
        #expect(suite.attribute(forName: "tests")?.stringValue == "13")
        #expect(suite.attribute(forName: "skipped")?.stringValue == "1")
    }

    @Test func noFormatPrintsASecretFromTheEvidence() throws {
        let source = Self.fixtures.appendingPathComponent("gdpr-compliant")
        var files: [String: String] = [:]
        for name in ["governance.yml", "workspace.yml", "flows/prod-cleanup.yaml"] {
            files[name] = try String(contentsOf: source.appendingPathComponent(name), encoding: .utf8)
        }
        let secret = "Zq8uT3vNw1Lk5RbYp7HcXe2Jm"
        files["governance.yml"] = files["governance.yml"]?.replacingOccurrences(
            of: "https://grc.example.com/aims/data-provenance", with: "https://auditor:\(secret)@grc.example.com/aims/data-provenance")
            .replacingOccurrences(of: "https://grc.example.com/privacy/scc-us", with: "https://auditor:\(secret)@grc.example.com/privacy/scc-us")
        let folder = try cli.temporaryFolder(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        for format in ["text", "json", "junit", "markdown"] {
            let run = try cli.run(["compliance-check", "--framework", "all", "--as-of", "2026-11-21", "--format", format, "."], in: folder)
            #expect(!run.stdout.isEmpty)
            #expect(!run.stdout.contains(secret) && !run.stdout.contains(String(secret.suffix(8))), "\(format) prints the secret")
        }
    }

    @Test func importedJSONCatalogsAreCitableAndBadCatalogsAreUsageErrors() throws {
        let catalog = """
            {"catalog": {"uuid": "5b1f6a2e-9c4d-4e8f-a7b3-2d6c8e0f1a94",
              "metadata": {"title": "Mini catalog", "last-modified": "2026-11-21T00:00:00Z", "version": "1.0", "oscal-version": "1.1.2",
                           "props": [{"name": "framework", "value": "mini"}]},
              "controls": [{"id": "mc-1", "title": "Keep a register", "props": [{"name": "label", "value": "MC-1"}]}]}}
            """
        let governance = """
            apiVersion: ossa/v0.1.9
            kind: GovernanceConfiguration
            metadata:
              name: mini
            spec:
              compliance:
                mini:
                  status: compliant
                  controls:
                    - control_id: MC-1
                      status: compliant
                      evidence: https://grc.example.com/register

            """
        let folder = try cli.temporaryFolder(["mini.json": catalog, "governance.yml": governance, "broken.json": "{\"catalog\": {"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try cli.run(["compliance-check", "--catalog", "mini.json", "--as-of", "2026-11-21", "."], in: folder)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("MANUAL MC-1"))
        #expect(run.stdout.contains("the 1 cited control is in the mini catalog"))
        let broken = try cli.run(["compliance-check", "--catalog", "broken.json", "."], in: folder)
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("broken.json:1:"))
    }
}
