/// Reports plaintext endpoints in any string value of any document: `http://`, `ws://`, `redis://`,
/// `amqp://`, `ldap://`, `mqtt://`, `ftp://`, `telnet://` URLs and `sslmode=disable` connections, unless
/// the host is this machine. Hosts on a cluster or private network are reported separately, as notes:
/// plaintext there is still plaintext, but the traffic does not cross the internet.
///
/// The workspace's `security.tls.plaintext_exceptions` (or `security.network.tls.plaintext_exceptions`)
/// lists endpoints allowed to stay plaintext, with a justification; they are not reported in documents
/// of that workspace.
enum PlaintextEndpointPass: SemanticPass {
    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        let scopes = WorkspaceScope.keys(in: context.project)
        let exceptions = plaintextExceptions(context.project, scopes: scopes)
        for (index, resource) in context.project.resources.enumerated() {
            let title = SettingsReading.title(resource)
            let allowed = exceptions[scopes[index]] ?? []
            resource.document.forEachString { text, value in
                for endpoint in PlaintextEndpoint.all(in: text) {
                    let reach = endpoint.reach
                    guard reach != .loopback, !allowed.contains(endpoint.origin.lowercased()) else { continue }
                    let range = context.range(ofCharacters: endpoint.offset, length: endpoint.length, in: value)
                    let message: String
                    if endpoint.scheme == "sslmode=disable" {
                        let host = endpoint.host.isEmpty ? "" : " to \"\(endpoint.host)\""
                        message = "\"sslmode=disable\" sends database traffic\(host) unencrypted in \(title); use \"sslmode=verify-full\""
                    } else {
                        let secure = PlaintextEndpoint.secureSchemes[endpoint.scheme] ?? "a TLS scheme"
                        let place = reach == .internal ? " inside the cluster or private network (host \"\(endpoint.host)\")" : ""
                        message = "\"\(endpoint.origin)\" sends traffic unencrypted\(place) in \(title); use \"\(secure)://\""
                    }
                    sink.report(
                        reach == .internal ? .securityPlaintextInternalEndpoint : .securityPlaintextEndpoint,
                        Redaction.redact(message), at: range, path: value.path)
                }
            }
        }
    }

    /// The origins (`scheme://host[:port]`, lowercased) each workspace allows to stay plaintext, by scope key.
    private static func plaintextExceptions(_ project: Project, scopes: [String]) -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        for (index, resource) in project.resources.enumerated() {
            guard case .workspace = resource.model, let security = resource.document["spec"]?["security"] else { continue }
            var lists: [IRValue] = []
            if let list = security["tls"]?["plaintext_exceptions"] { lists.append(list) }
            if let list = security["network"]?["tls"]?["plaintext_exceptions"] { lists.append(list) }
            for list in lists {
                for item in list.items {
                    guard let url = item["url"]?.text else { continue }
                    for endpoint in PlaintextEndpoint.all(in: url) {
                        result[scopes[index], default: []].insert(endpoint.origin.lowercased())
                    }
                }
            }
        }
        return result
    }
}

extension DiagnosticKind {
    static let securityPlaintextEndpoint = DiagnosticKind(
        id: "security.plaintext-endpoint", severity: .warning,
        summary: "an endpoint sends traffic unencrypted",
        explanation: """
            `http://`, `ws://`, `redis://`, `amqp://`, `ldap://`, `mqtt://`, `ftp://` and `telnet://` \
            send everything, credentials included, in clear text; so does a database connection with \
            `sslmode=disable`. Every string value of every document is checked, `${VAR:-default}` defaults \
            included. Hosts on this machine (`localhost`, `*.localhost`, `127.0.0.0/8`, `::1`, `0.0.0.0`) \
            are not reported; hosts on a cluster or private network are reported as \
            `security.plaintext-internal-endpoint`; a host given by a variable (`http://${HOST}`) is \
            reported here, since the scheme is plaintext wherever it points.

            An endpoint that must stay plaintext can be listed, with a justification, in the workspace's \
            `security.tls.plaintext_exceptions`; it is then not reported in that workspace.
            """,
        example: """
            tools:
              - type: HTTP
                config:
                  base_url: http://grafana.example.com:3000
            """,
        remediation: "use the TLS form of the scheme (https://, wss://, rediss://, amqps://, ldaps://) or \"sslmode=verify-full\"",
        securitySeverity: 5.9)

    static let securityPlaintextInternalEndpoint = DiagnosticKind(
        id: "security.plaintext-internal-endpoint", severity: .note,
        summary: "an endpoint inside a cluster or private network sends traffic unencrypted",
        explanation: """
            A plaintext URL (`http://`, `redis://` …) whose host is a cluster or private-network name: a \
            name without dots (a container or Kubernetes service name such as `prometheus`), `*.svc`, \
            `*.cluster.local`, `*.local`, `*.internal`, `*.home.arpa`, or a private (`10.0.0.0/8`, \
            `172.16.0.0/12`, `192.168.0.0/16`, `fc00::/7`) or link-local address. The traffic does not cross \
            the internet, but anyone on that network (a compromised pod, a shared node) can read it, and \
            zero-trust policies forbid it. A note, not a warning: many clusters accept this inside a \
            service mesh that adds mutual TLS underneath.
            """,
        example: """
            env:
              PROMETHEUS_URL: http://prometheus.monitoring.svc:9090
            """,
        remediation: "use https:// inside the cluster too, or a service mesh with mutual TLS, and list the endpoint in plaintext_exceptions",
        securitySeverity: 3.1)
}
