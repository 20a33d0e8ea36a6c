/// Reports encryption at rest or in transit turned off: `at_rest: false`, `in_transit: none`, an
/// `at_rest`/`in_transit` section with `enabled: false` (inside an `encryption` section), `encryption: none`,
/// and keys such as `storage_encryption: false`, in any document.
enum EncryptionPass: SemanticPass {
    /// Keys that, inside an encryption section, switch one kind of encryption.
    static let kindKeys: Set<String> = ["at_rest", "in_transit"]

    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for resource in context.project.resources {
            let title = SettingsReading.title(resource)
            SettingsReading.forEachEntry(in: resource.document) { entry, parent in
                // Only a value that turns something off can be reported; test it before reading the keys.
                guard SettingsReading.isOff(entry.value) else { return }
                let key = entry.key.lowercased()
                let sectionKeys = SettingsReading.keys(parent.path)
                let inEncryption = sectionKeys.contains { $0.contains("encrypt") }
                if kindKeys.contains(key), inEncryption || key.contains("encrypt"), SettingsReading.isOff(entry.value) {
                    report(entry, what: what(key), title: title, into: &sink)
                } else if key == "enabled", let section = sectionKeys.last,
                          (kindKeys.contains(section) && inEncryption) || isEncryptionSwitch(section),
                          SettingsReading.isOff(entry.value) {
                    report(entry, what: what(section), title: title, under: section, into: &sink)
                } else if isEncryptionSwitch(key), SettingsReading.isOff(entry.value) {
                    report(entry, what: what(key), title: title, into: &sink)
                }
            }
        }
    }

    /// Whether a key switches encryption as a whole or of one kind: `encryption`, `encrypted`,
    /// `storage_encryption`, `encryption_at_rest`, `encrypt_in_transit`. Keys about other techniques
    /// (`homomorphic_encryption`) are not.
    static func isEncryptionSwitch(_ key: String) -> Bool {
        let words = SettingsReading.words(key)
        guard words.contains(where: { $0.hasPrefix("encrypt") }) else { return false }
        let others = words.filter { !$0.hasPrefix("encrypt") }
        let allowed: Set<String> = ["at", "rest", "in", "transit", "storage", "data", "enabled", "required"]
        return others.allSatisfy(allowed.contains)
    }

    private static func what(_ key: String) -> String {
        if key.contains("rest") || key.contains("storage") { return "encryption at rest" }
        if key.contains("transit") { return "encryption in transit" }
        return "encryption"
    }

    private static func report(
        _ entry: IREntry, what: String, title: String, under section: String? = nil, into sink: inout DiagnosticSink
    ) {
        let place = section.map { " under \"\($0)\"" } ?? ""
        sink.report(
            .securityEncryptionDisabled, "\(SettingsReading.setting(entry))\(place) turns \(what) off in \(title)",
            at: entry.value.range, path: entry.value.path)
    }
}

extension DiagnosticKind {
    static let securityEncryptionDisabled = DiagnosticKind(
        id: "security.encryption-disabled", severity: .error,
        summary: "encryption at rest or in transit is turned off",
        explanation: """
            Stored data (conversation memory, audit logs, model outputs) and data on the network should be \
            encrypted; most compliance frameworks the workspace names require it. Reported, in any \
            document, for `at_rest` or `in_transit` set to `false`, `none` or `disabled` inside an \
            `encryption` section, an `encryption`, `at_rest` or `in_transit` section with `enabled: false`, and keys \
            that switch encryption as a whole (`encryption: none`, `storage_encryption: false`, \
            `encryption_at_rest: false`). Settings about other techniques (`homomorphic_encryption`) are \
            not encryption at rest or in transit and are not reported.
            """,
        example: """
            security:
              encryption:
                at_rest: false
                in_transit: true
            """,
        remediation: "turn the encryption on and say where its keys are kept (\"key_management\")",
        securitySeverity: 7.5)
}
