/// Reports TLS turned off and TLS versions below 1.2 accepted, wherever a document says so: SecurityPolicy
/// `tls` and `data_protection.encryption.in_transit`, the workspace's `security.tls` and
/// `security.network.tls`, OAAS Agent and orchestration `encryption.in_transit` (`tls_1_1`), and the same
/// keys in any other document.
enum TLSSettingsPass: SemanticPass {
    /// Keys that give the oldest TLS version accepted (under a `tls`, `ssl` or `in_transit` section, or
    /// with `tls` in the key itself).
    static let versionKeys: Set<String> = [
        "min_version", "minimum_version", "min_tls_version", "tls_min_version", "minimum_tls_version", "tls_version",
        "min_protocol_version", "protocol", "version", "in_transit",
    ]
    /// Keys that switch TLS itself on or off.
    static let switchKeys: Set<String> = ["tls", "ssl", "tls_enabled", "ssl_enabled", "use_tls", "use_ssl", "enable_tls", "enable_ssl"]

    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for resource in context.project.resources {
            let title = SettingsReading.title(resource)
            SettingsReading.forEachEntry(in: resource.document) { entry, parent in
                let key = entry.key.lowercased()
                let sectionKeys = SettingsReading.keys(parent.path)
                let inTLSSection = sectionKeys.last.map { $0 == "tls" || $0 == "ssl" } ?? false
                if switchKeys.contains(key), SettingsReading.isOff(entry.value) {
                    sink.report(
                        .securityTLSDisabled, "\(SettingsReading.setting(entry)) turns TLS off in \(title)",
                        at: entry.value.range, path: entry.value.path)
                } else if key == "enabled", inTLSSection, SettingsReading.isOff(entry.value) {
                    sink.report(
                        .securityTLSDisabled, "\(SettingsReading.setting(entry)) under \"\(sectionKeys.last ?? "")\" turns TLS off in \(title)",
                        at: entry.value.range, path: entry.value.path)
                } else if versionKeys.contains(key), key.contains("tls") || key == "in_transit"
                            || sectionKeys.contains(where: { $0 == "tls" || $0 == "ssl" || $0 == "in_transit" }),
                          let version = version(of: entry.value), version < .tls12 {
                    sink.report(
                        .securityWeakTLSVersion,
                        "\(SettingsReading.setting(entry)) accepts \(describe(version)), older than TLS 1.2, in \(title)",
                        at: entry.value.range, path: entry.value.path)
                }
            }
        }
    }

    /// The TLS version a value names: a decoded TLS version, or text such as `1.1`, `TLSv1.0`, `tls-1.1`,
    /// `tls_1_0`, `SSLv3`.
    static func version(of value: IRValue) -> TLSVersion? {
        if case .tlsVersion(let version)? = value.typed { return version }
        guard let raw = value.text else { return nil }
        var text = raw.trimmingWhitespace().lowercased()
        for prefix in ["sslv", "ssl"] where text.hasPrefix(prefix) {
            switch text.dropFirst(prefix.count).trimmingWhitespace() {
            case "2", "2.0": return .ssl2
            case "3", "3.0": return .ssl3
            default: return nil
            }
        }
        guard text.hasPrefix("tls") || text.first?.isNumber == true else { return nil }
        if text.hasPrefix("tls") { text.removeFirst(3) }
        if text.hasPrefix("v") { text.removeFirst() }
        text = String(text.map { $0 == "_" || $0 == "-" ? "." : $0 }).trimmingWhitespace()
        while text.hasPrefix(".") { text.removeFirst() }
        switch text {
        case "1", "1.0", "10": return .tls10
        case "1.1", "11": return .tls11
        case "1.2", "12": return .tls12
        case "1.3", "13": return .tls13
        default: return nil
        }
    }

    private static func describe(_ version: TLSVersion) -> String {
        switch version {
        case .ssl2, .ssl3: version.rawValue
        default: "TLS \(version.rawValue)"
        }
    }
}

extension DiagnosticKind {
    static let securityTLSDisabled = DiagnosticKind(
        id: "security.tls-disabled", severity: .error,
        summary: "TLS is turned off",
        explanation: """
            With TLS off, credentials, prompts and model answers cross the network in clear text and can \
            be read or changed on the way. Reported for `tls: false`, `enabled: false` inside a `tls` (or \
            `ssl`) section, and switches such as `tls_enabled: false` or `use_tls: false`, in any document.
            """,
        example: """
            security:
              tls:
                enabled: false
            """,
        remediation: "turn TLS on (\"enabled: true\") with \"min_version\" 1.2 or later",
        securitySeverity: 7.4)

    static let securityWeakTLSVersion = DiagnosticKind(
        id: "security.weak-tls-version", severity: .warning,
        summary: "a TLS version older than 1.2 is accepted",
        explanation: """
            TLS 1.0 and 1.1 are deprecated (RFC 8996) and SSL is broken; a server that accepts them can be \
            pushed down to them. Reported for a minimum version below 1.2 (`min_version`, \
            `min_tls_version` and similar keys inside a `tls`, `ssl` or `in_transit` section) and for an \
            in-transit protocol such as `tls_1_1` or `tls-1.0`.
            """,
        example: """
            tls:
              enabled: true
              min_version: "1.0"
            """,
        remediation: "set the minimum TLS version to 1.2, or 1.3 where every client supports it",
        securitySeverity: 5.9)
}
