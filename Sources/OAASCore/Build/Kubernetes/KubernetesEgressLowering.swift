/// Where a workload may connect to, from what the workspace declares: the egress allowlists of the
/// Workspace and its SecurityPolicies, the URLs in the workload's own configuration (MCP servers, HTTP
/// tools, webhooks), and the services its configuration implies (the model provider of each AOF agent,
/// the API of each platform the daemon serves).
///
/// A NetworkPolicy matches addresses and ports, never host names. Address ranges become `ipBlock`s;
/// for a host given by name, its port is opened and the host is listed in the `oaas.dev/egress-hosts`
/// annotation, for a CNI with FQDN policies (Cilium, Calico) or an egress gateway to enforce.
enum KubernetesEgressLowering {
    /// The API host of each model provider whose endpoint is fixed.
    static let providerHosts: [String: String] = [
        "anthropic": "api.anthropic.com", "openai": "api.openai.com", "google": "generativelanguage.googleapis.com",
        "groq": "api.groq.com",
    ]

    /// The API hosts of each platform the AOF daemon serves.
    static let platformHosts: [String: [String]] = [
        "slack": ["slack.com"], "github": ["api.github.com"], "gitlab": ["gitlab.com"], "discord": ["discord.com"],
        "telegram": ["api.telegram.org"], "pagerduty": ["api.pagerduty.com", "events.pagerduty.com"],
        "whatsapp": ["graph.facebook.com"], "opsgenie": ["api.opsgenie.com"],
    ]

    /// The port a URL scheme uses when the URL names none.
    static let defaultPorts: [String: Int] = [
        "https": 443, "wss": 443, "http": 80, "ws": 80, "postgres": 5432, "postgresql": 5432, "mysql": 3306,
        "redis": 6379, "rediss": 6379, "amqp": 5672, "amqps": 5671, "mongodb": 27017, "nats": 4222, "grpc": 443,
        "grpcs": 443, "ldap": 389, "ldaps": 636, "smtp": 25, "smtps": 465,
    ]

    /// The egress of a workload.
    /// - Parameters:
    ///   - urls: whole URLs from its configuration.
    ///   - implied: `host:port` destinations its configuration implies.
    ///   - allowlist: the workspace's egress allowlist entries (`host`, `host:port`, a CIDR, `*`).
    ///   - openPorts: ports of destinations whose host only the runtime knows (`${AUDIT_DB_URL}`).
    static func egress(urls: [URLValue], implied: [String], allowlist: [String], openPorts: [Int] = []) -> KubernetesEgress {
        var hosts: Set<String> = Set(implied)
        var cidrs: Set<String> = []
        var anywhere = false
        for url in urls where !isLoopback(url.host) {
            guard let port = url.port ?? defaultPorts[url.scheme] else { continue }
            hosts.insert("\(url.host.lowercased()):\(port)")
        }
        for entry in allowlist {
            let text = entry.trimmingWhitespace()
            if text == "*" || text == "0.0.0.0/0" || text == "::/0" {
                anywhere = true
            } else if case .success(let block) = CIDRBlock.parse(text) {
                cidrs.insert(KubernetesWorkspaceFacts.cidr(block))
            } else if let hostPort = hostAndPort(text) {
                hosts.insert(hostPort)
            }
        }
        var egress = KubernetesEgress()
        egress.hosts = hosts.sorted()
        var ports = Set(openPorts)
        for host in hosts {
            if let colon = host.lastIndex(of: ":"), let port = Int(host[host.index(after: colon)...]) { ports.insert(port) }
        }
        egress.ports = ports.sorted()
        egress.cidrs = cidrs.sorted()
        egress.anywhere = anywhere
        return egress
    }

    /// `api.example.com` → `api.example.com:443`; `db.example.com:5432` stays; a URL gives its host and
    /// port; nil for something that is not a host name.
    static func hostAndPort(_ text: String) -> String? {
        if text.contains("://") {
            guard case .success(let url) = URLValue.parse(text), !url.host.isEmpty, !url.host.contains("$"),
                  let port = url.port ?? defaultPorts[url.scheme] else { return nil }
            return "\(url.host.lowercased()):\(port)"
        }
        var host = Substring(text)
        var port = 443
        if let colon = text.lastIndex(of: ":"), let written = Int(text[text.index(after: colon)...]), (1...65_535).contains(written) {
            host = text[..<colon]
            port = written
        }
        guard !host.isEmpty, host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-.*_".contains($0)) }) else { return nil }
        return "\(host.lowercased()):\(port)"
    }

    /// `localhost`, `127.0.0.0/8`, `::1`, `0.0.0.0`: the pod itself, which no policy restricts.
    static func isLoopback(_ host: String) -> Bool {
        let lower = host.lowercased()
        return lower == "localhost" || lower.hasSuffix(".localhost") || lower.hasPrefix("127.") || lower == "[::1]"
            || lower == "::1" || lower == "0.0.0.0"
    }
}
