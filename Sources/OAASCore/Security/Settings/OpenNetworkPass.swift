/// Reports allow rules open to the whole internet: `0.0.0.0/0` or `::/0` in an allow list (`allowed_ips`,
/// `allowed_cidrs`, `ingress_allowlist` …), and firewall rules with `action: allow` whose `source` is one
/// of those, `any` or `*`.
enum OpenNetworkPass: SemanticPass {
    /// Ranges that hold every address.
    static let everyAddress: Set<String> = ["0.0.0.0/0", "::/0"]
    /// Words in a key above the value that make it an allow list.
    static let allowWords: Set<String> = ["allow", "allowed", "allowlist", "whitelist", "ingress", "trusted", "permitted", "sources"]
    /// Words in a key above the value that make it something else (a deny list, egress).
    static let otherWords: Set<String> = ["deny", "denied", "denylist", "block", "blocked", "blocklist", "blacklist", "egress", "destination", "destinations"]
    /// Firewall actions that let traffic through.
    static let allowActions: Set<String> = ["allow", "accept", "permit", "pass"]

    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for resource in context.project.resources {
            let title = SettingsReading.title(resource)
            SettingsReading.forEachEntry(in: resource.document) { entry, parent in
                if entry.key == "source", let action = parent["action"]?.text, allowActions.contains(action.lowercased()),
                   let source = entry.value.text, isEveryone(source) || ["any", "*", "0.0.0.0"].contains(source.lowercased()) {
                    var rule = "a firewall rule"
                    if let name = parent.string("name") { rule = "firewall rule \"\(name.value)\"" }
                    sink.report(
                        .securityOpenNetworkRange,
                        "\(rule) allows traffic from any address (\"source: \(source)\") in \(title)",
                        at: entry.value.range, path: entry.value.path)
                    return
                }
                var values: [IRValue] = []
                if case .list(let items) = entry.value.content { values = items } else { values = [entry.value] }
                // The value test is cheap and rarely true; the key's words are read only then.
                guard values.contains(where: { $0.text.map(isEveryone) ?? false }), isAllowList(entry.key, parent: parent) else { return }
                for value in values {
                    guard let text = value.text, isEveryone(text) else { continue }
                    sink.report(
                        .securityOpenNetworkRange,
                        "\"\(entry.writtenKey)\" allows \"\(text)\", every \(text.contains(":") ? "IPv6" : "IPv4") address, in \(title)",
                        at: value.range, path: value.path)
                }
            }
        }
    }

    /// Whether a range holds every address.
    static func isEveryone(_ text: String) -> Bool { everyAddress.contains(text.trimmingWhitespace()) }

    /// Whether a key lists what is allowed in: its words (or a section's above it) say allow, and none says
    /// deny or egress. A firewall rule's `source` is judged by its `action` instead.
    private static func isAllowList(_ key: String, parent: IRValue) -> Bool {
        guard key != "source", key != "destination" else { return false }
        var words = SettingsReading.words(key)
        for section in SettingsReading.keys(parent.path) { words += SettingsReading.words(section) }
        let keyWords = SettingsReading.words(key)
        let listy = keyWords.contains { ["ips", "cidrs", "cidr", "ranges", "networks", "addresses"].contains($0) }
        guard words.contains(where: allowWords.contains) || listy else { return false }
        return !words.contains(where: otherWords.contains)
    }
}

extension DiagnosticKind {
    static let securityOpenNetworkRange = DiagnosticKind(
        id: "security.open-network-range", severity: .warning,
        summary: "an allow rule admits every address",
        explanation: """
            `0.0.0.0/0` is every IPv4 address and `::/0` every IPv6 address; an allow list that holds one \
            allows the whole internet, and the rest of the list means nothing. Reported for those ranges \
            in allow lists (`allowed_ips`, `allowed_cidrs`, `ingress_allowlist` and other keys that say \
            allow, or list IPs, CIDRs or ranges, outside deny and egress sections), and for firewall rules \
            with `action: allow` whose `source` is every address, `any` or `*`. Egress allow lists and \
            deny rules are not reported.
            """,
        example: """
            network:
              allowed_ips: [10.0.0.0/8, 0.0.0.0/0]
            """,
        remediation: "allow only the address ranges that need access, such as the corporate network or the load balancer",
        securitySeverity: 6.5)
}
