import Testing
@testable import OAASCore

@Suite("Kubernetes names and values")
struct KubernetesNamesTests {
    /// A DNS-1035 label: what every generated object name must be (Service names are the strictest).
    private func isLabel(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, let last = name.unicodeScalars.last, name.unicodeScalars.count <= 63 else { return false }
        return ("a"..."z").contains(first) && (("a"..."z").contains(last) || ("0"..."9").contains(last))
            && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    @Test func namesAreLowercasedAndDashed() {
        #expect(KubernetesNames.label("K8s_Ops") == .name("k8s-ops", truncated: false))
        #expect(KubernetesNames.label("Northwind Compliance Checker") == .name("northwind-compliance-checker", truncated: false))
        #expect(KubernetesNames.label("  --report..writer__v2--  ") == .name("report-writer-v2", truncated: false))
        #expect(KubernetesNames.label("café-bot") == .name("caf-bot", truncated: false))
        // A Service name must start with a letter.
        #expect(KubernetesNames.label("2fa-helper") == .name("oaas-2fa-helper", truncated: false))
    }

    @Test func namesWithoutLettersOrDigitsCannotBeMapped() {
        for name in ["", "---", "本番", "🤖", " _ . "] {
            #expect(KubernetesNames.label(name) == .unmappable, "\(name)")
        }
    }

    @Test func longNamesAreShortenedDeterministicallyAndStayApart() throws {
        let common = String(repeating: "shipment-tracking-", count: 5)
        let first = try #require(KubernetesNames.label(common + "anomaly-agent").name)
        let second = try #require(KubernetesNames.label(common + "escalation-agent").name)
        #expect(first.count <= 63 && second.count <= 63)
        #expect(first != second)
        #expect(isLabel(first) && isLabel(second))
        #expect(KubernetesNames.label(common + "anomaly-agent").name == first)
        #expect(first.hasSuffix("-" + KubernetesNames.shortHash(common + "anomaly-agent")))
        // Exactly 63 characters fit; 64 do not.
        let fits = String(repeating: "a", count: 63)
        #expect(KubernetesNames.label(fits) == .name(fits, truncated: false))
        if case .name(let name, let truncated) = KubernetesNames.label(fits + "b") {
            #expect(truncated && name.count == 63)
        } else {
            Issue.record("a 64-character name must map")
        }
    }

    @Test func everyMappedNameIsADNSLabel() {
        for name in ["A", "a-", "-a", "x__y", "Ünïcødé Agent 7", "agent.v1.2", String(repeating: "Z9_", count: 40), "9"] {
            guard let mapped = KubernetesNames.label(name).name else { continue }
            #expect(isLabel(mapped), "\(name) → \(mapped)")
        }
    }

    @Test func labelValuesKeepCaseDotsAndUnderscores() {
        #expect(KubernetesNames.labelValue("1.4.0") == "1.4.0")
        #expect(KubernetesNames.labelValue("Team A/B") == "Team-A-B")
        #expect(KubernetesNames.labelValue("_internal_") == "internal")
        #expect(KubernetesNames.labelValue("///") == nil)
        let long = KubernetesNames.labelValue(String(repeating: "value.", count: 20))
        #expect((long?.count ?? 0) <= 63)
    }

    @Test func namesUsedAsWrittenAreChecked() {
        #expect(KubernetesNames.isSubdomain("aof-prod-llm"))
        #expect(KubernetesNames.isSubdomain("team.secrets-1"))
        #expect(!KubernetesNames.isSubdomain("Platform_Secrets"))
        #expect(!KubernetesNames.isSubdomain("-leading"))
        #expect(!KubernetesNames.isSubdomain("a..b"))
        #expect(KubernetesNames.isDataKey("google-api-key") && KubernetesNames.isDataKey("GOOGLE_API_KEY.v2"))
        #expect(!KubernetesNames.isDataKey("bad key") && !KubernetesNames.isDataKey(".."))
        #expect(KubernetesNames.isEnvironmentName("SLACK_BOT_TOKEN") && KubernetesNames.isEnvironmentName("_x1"))
        #expect(!KubernetesNames.isEnvironmentName("LOG-LEVEL") && !KubernetesNames.isEnvironmentName("1ST"))
    }

    @Test func collisionsAreReportedOnceAtTheLaterName() {
        var scope = KubernetesNameScope()
        var sink = DiagnosticSink()
        let first = SourceRange.fileStart("a.yaml")
        let second = SourceRange.fileStart("b.yaml")
        #expect(scope.map("report-writer", what: "agent", range: first, path: nil, sink: &sink) == "report-writer")
        #expect(scope.map("report-writer", what: "agent", range: first, path: nil, sink: &sink) == "report-writer")
        #expect(scope.map("Report_Writer", what: "agent", range: second, path: nil, sink: &sink) == nil)
        #expect(sink.diagnostics.map(\.id) == ["kubernetes.name-collision"])
        #expect(sink.diagnostics.first?.range.file == "b.yaml")
        #expect(sink.diagnostics.first?.notes.first?.range?.file == "a.yaml")
    }

    @Test func imageReferencesAreChecked() {
        let digest = String(repeating: "ab", count: 32)
        for image in [
            "aof", "ghcr.io/agenticdevops/aof:0.9.3", "localhost:5000/team/aof@sha256:\(digest)",
            "registry.example.com:8443/a/b/c:v1.2_rc-3@sha256:\(digest)",
        ] {
            #expect(KubernetesImages.problem(image) == nil, "\(image)")
        }
        for image in [
            "", "ghcr.io/Example/aof:1", "aof:", "aof:-bad", "aof@sha256:1234", "aof@md5:\(digest)", "a b", "aof:${TAG}",
            "aof@sha256:\(digest.uppercased())",
        ] {
            #expect(KubernetesImages.problem(image) != nil, "\(image)")
        }
    }

    @Test func quantitiesAreWrittenInKubernetesUnits() {
        #expect(KubernetesWorkloadSettings.cpu(CPUQuantity(millicores: 500)) == "500m")
        #expect(KubernetesWorkloadSettings.cpu(CPUQuantity(millicores: 2_000)) == "2")
        #expect(KubernetesWorkloadSettings.memory(ByteSize(bytes: 512 * 1_048_576)) == "512Mi")
        #expect(KubernetesWorkloadSettings.memory(ByteSize(bytes: 2 * 1_073_741_824)) == "2Gi")
        #expect(KubernetesWorkloadSettings.memory(ByteSize(bytes: 1_000_000_000)) == "1G")
        #expect(KubernetesWorkloadSettings.memory(ByteSize(bytes: 1_234_567)) == "1234567")
    }

    @Test func egressDestinationsArePortsAndRanges() {
        #expect(KubernetesEgressLowering.hostAndPort("api.anthropic.com") == "api.anthropic.com:443")
        #expect(KubernetesEgressLowering.hostAndPort("DB.internal:5432") == "db.internal:5432")
        #expect(KubernetesEgressLowering.hostAndPort("postgres://u@db.example.com/x") == "db.example.com:5432")
        #expect(KubernetesEgressLowering.hostAndPort("not a host") == nil)
        let egress = KubernetesEgressLowering.egress(
            urls: [], implied: ["slack.com:443"], allowlist: ["10.0.0.0/8", "10.1.2.3", "ledger:5432", "*.googleapis.com"])
        #expect(egress.cidrs == ["10.0.0.0/8", "10.1.2.3/32"])
        #expect(egress.ports == [443, 5432])
        #expect(egress.hosts == ["*.googleapis.com:443", "ledger:5432", "slack.com:443"])
        #expect(!egress.anywhere)
        #expect(KubernetesEgressLowering.egress(urls: [], implied: [], allowlist: ["*"]).anywhere)
    }

    @Test func pathsAreMadeAbsolute() {
        #expect(KubernetesDaemonLowering.absolute("./agents/", base: "/etc/aof") == "/etc/aof/agents")
        #expect(KubernetesDaemonLowering.absolute("/var/log/../lib/aof/", base: "/etc/aof") == "/var/lib/aof")
        #expect(KubernetesDaemonLowering.absolute("~/agents", base: "/etc/aof") == nil)
        #expect(KubernetesDaemonLowering.absolute("${AGENTS_DIR}", base: "/etc/aof") == nil)
        let volumes = KubernetesDaemonLowering.scratch(["/var/lib/aof", "/var/lib/aof/work", "/etc/aof/cache", "relative"], avoiding: ["/etc/aof"])
        #expect(volumes.map(\.mountPath) == ["/tmp", "/var/lib/aof"])
    }
}
