@testable import OAASCore
import Testing

/// The building blocks of the dangerous-settings passes: the production rule, destructive commands,
/// approval patterns, plaintext endpoints and TLS versions; and that no finding repeats a secret.
@Suite("Security settings")
struct SecuritySettingsTests {
    @Test(arguments: [
        ("production", true), ("prod", true), ("prod-us-east-1", true), ("slack-prod-k8s-bot", true), ("Production", true),
        ("eu_prod_2", true), ("product-catalog", false), ("prodigy", false), ("preprod", false), ("staging", false), ("", false),
        ("pre-prod", false), ("non-production", false), ("eu-pre-prod-2", false), ("not prod", false), ("prod/pre", true),
    ])
    func productionIsAWord(text: String, expected: Bool) {
        #expect(ProductionScope.namesProduction(text) == expected)
    }

    @Test(arguments: [
        ("kubectl -n payments delete pod api-0", ["kubectl delete"]),
        ("kubectl get pods -n payments", []),
        ("kubectl scale deployment/api --replicas 0", ["kubectl scale --replicas=0"]),
        ("kubectl scale deployment/api --replicas=3", []),
        ("echo draining; kubectl drain node-7 --ignore-daemonsets", ["kubectl drain"]),
        ("helm uninstall api --namespace payments", ["helm uninstall"]),
        ("helm upgrade api ./chart", []),
        ("terraform apply -destroy -auto-approve", ["terraform destroy"]),
        ("terraform plan", []),
        ("rm -fr /var/cache/app", ["rm -rf"]),
        ("rm -r -f ./build", ["rm -rf"]),
        ("rm -r ./build", []),
        ("psql -c \"drop table orders\"", ["DROP TABLE/DATABASE"]),
        ("psql -c \"select 1\" && kubectl delete job nightly", ["kubectl delete"]),
    ])
    func destructiveCommandsAreFound(line: String, expected: [String]) {
        #expect(DestructiveCommand.found(in: line).map(\.name) == expected)
    }

    @Test func approvalPatternsAreRegularExpressionsOrText() {
        let scale = DestructiveCommand.all.first { $0.name == "kubectl scale --replicas=0" }!
        let delete = DestructiveCommand.all.first { $0.name == "kubectl delete" }!
        #expect(scale.isMatched(by: ApprovalPattern("kubectl scale .* --replicas=0")))
        #expect(scale.isMatched(by: ApprovalPattern("kubectl scale --replicas=0")))
        #expect(!scale.isMatched(by: ApprovalPattern("kubectl delete")))
        #expect(delete.isMatched(by: ApprovalPattern("kubectl (delete|drain)")))
        // Not a valid regular expression: the runtime falls back to a substring match.
        #expect(ApprovalPattern("rm -rf /srv/(cache").matches("sudo rm -rf /srv/(cache"))
        #expect(!ApprovalPattern("rm -rf /srv/(cache").matches("rm -rf /srv/data"))
    }

    @Test func commandRulesBlockAndAllow() {
        let delete = DestructiveCommand.all.first { $0.name == "kubectl delete" }!
        #expect(delete.isBlocked(by: "delete"))
        #expect(!delete.isBlocked(by: "delete namespace"))
        #expect(delete.isAllowed(by: "kubectl"))
        #expect(delete.isAllowed(by: "delete"))
        #expect(!delete.isAllowed(by: "get"))
        #expect(!delete.isAllowed(by: "kubectl get"))
    }

    @Test(arguments: [
        ("http://grafana.example.com:3000/d/abc", "http://grafana.example.com:3000", PlaintextEndpoint.Reach.other),
        ("${URL:-http://prometheus:9090}", "http://prometheus:9090", .internal),
        ("redis://cache.platform.svc.cluster.local:6379/0", "redis://cache.platform.svc.cluster.local:6379", .internal),
        ("ws://[::1]:8080/events", "ws://[::1]:8080", .loopback),
        ("http://127.0.0.1:8001", "http://127.0.0.1:8001", .loopback),
        ("amqp://10.4.0.9", "amqp://10.4.0.9", .internal),
        ("http://${API_HOST}:8080/v1", "http://${API_HOST}:8080", .other),
    ])
    func plaintextEndpointsAreFoundAndPlaced(text: String, origin: String, reach: PlaintextEndpoint.Reach) {
        let found = PlaintextEndpoint.all(in: text)
        #expect(found.count == 1)
        #expect(found.first?.origin == origin)
        #expect(found.first?.reach == reach)
    }

    @Test func encryptedSchemesAreNotPlaintext() {
        for text in ["https://api.example.com", "wss://stream.example.com", "rediss://cache:6380", "ldaps://ldap.example.com", "git+http://x"] {
            #expect(PlaintextEndpoint.all(in: text).isEmpty, "\(text)")
        }
    }

    @Test func anEndpointNeverQuotesItsPassword() {
        let found = PlaintextEndpoint.all(in: "http://admin:S3cretPassw0rd@api.example.com/v1?token=abc")
        #expect(found.first?.origin == "http://api.example.com")
        let slash = PlaintextEndpoint.all(in: "redis://default:Kx9/mQ2vLp7Rz4Tw@redis.example.com:6379/0")
        #expect(slash.first?.origin == "redis://redis.example.com:6379")
        #expect(slash.first?.host == "redis.example.com")
    }

    @Test(arguments: [("TLSv1.0", "1.0"), ("tls_1_1", "1.1"), ("tls-1.3", "1.3"), ("SSLv3", "SSLv3"), ("1.2", "1.2"), ("aes-256-gcm", "")])
    func tlsVersionsAreRead(text: String, expected: String) {
        let value = IRValue(.string(text), range: .fileStart("a.yaml"), path: DataPath())
        #expect((TLSSettingsPass.version(of: value)?.rawValue ?? "") == expected)
    }

    @Test func findingsNeverRepeatASecret() {
        let workspace = """
            apiVersion: aof.dev/v1
            kind: Agent
            metadata:
              name: reporter
            spec:
              model: google:gemini-2.5-flash
              tools:
                - type: HTTP
                  config:
                    base_url: http://reporter:Xq9vTz31LmNw@metrics.example.com/api
            """
        let result = SecurityScan.run([SourceFile(path: "agent.yaml", text: workspace)])
        let settings = result.diagnostics.filter { $0.id.hasPrefix("security.") }
        #expect(settings.map(\.id) == ["security.plaintext-endpoint"])
        for diagnostic in result.diagnostics {
            #expect(!diagnostic.message.contains("Xq9vTz31LmNw"))
            #expect(!diagnostic.notes.contains { $0.message.contains("Xq9vTz31LmNw") })
        }
    }

    @Test func productionComesFromLabelsContextsFlowsAndTheWorkspace() {
        let files = [
            SourceFile(path: "flow.yaml", text: """
                apiVersion: aof.dev/v1
                kind: AgentFlow
                metadata:
                  name: release
                spec:
                  context:
                    cluster: prod-eu-1
                  nodes:
                    - id: done
                      type: End
                """),
            SourceFile(path: "trigger.yaml", text: """
                apiVersion: aof.dev/v1
                kind: Trigger
                metadata:
                  name: chat
                spec:
                  type: Slack
                  commands:
                    /release:
                      flow: release
                """),
            SourceFile(path: "staging.yaml", text: """
                apiVersion: aof.dev/v1
                kind: Context
                metadata:
                  name: staging
                  labels:
                    environment: staging
                spec:
                  cluster: staging-1
                """),
        ]
        let project = Compiler.decode(files).project
        let scope = ProductionScope(project)
        var reasons: [String: String] = [:]
        for (index, resource) in project.resources.enumerated() {
            reasons[resource.name?.value ?? ""] = scope.reason(index)?.description ?? "not production"
        }
        #expect(reasons["release"] == "context cluster \"prod-eu-1\"")
        #expect(reasons["chat"] == "it starts production flow \"release\"")
        #expect(reasons["staging"] == "not production")
    }
}
