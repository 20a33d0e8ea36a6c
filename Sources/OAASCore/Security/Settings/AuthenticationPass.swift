/// Reports authentication turned off: an OAAS Agent's `security.authentication.required: false` or
/// `authentication: none`, the workspace's `security.authentication.enabled: false`, switches such as
/// `require_authentication: false`, in any document.
enum AuthenticationPass: SemanticPass {
    /// Keys of an authentication section or setting.
    static let sectionKeys: Set<String> = ["authentication", "auth", "authn"]
    /// Keys that require authentication when true.
    static let requireKeys: Set<String> = [
        "require_authentication", "authentication_required", "auth_required", "require_auth", "requires_authentication",
        "authentication_enabled", "auth_enabled",
    ]

    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for resource in context.project.resources {
            let title = SettingsReading.title(resource)
            SettingsReading.forEachEntry(in: resource.document) { entry, parent in
                let key = entry.key.lowercased()
                guard SettingsReading.isOff(entry.value) else { return }
                if sectionKeys.contains(key) || requireKeys.contains(key) {
                    sink.report(
                        .securityAuthenticationDisabled, "\(SettingsReading.setting(entry)) turns authentication off in \(title)",
                        at: entry.value.range, path: entry.value.path)
                } else if key == "required" || key == "enabled", let section = SettingsReading.lastKey(parent.path),
                          sectionKeys.contains(section.lowercased()) {
                    sink.report(
                        .securityAuthenticationDisabled,
                        "\(SettingsReading.setting(entry)) under \"\(section)\" turns authentication off in \(title)",
                        at: entry.value.range, path: entry.value.path)
                }
            }
        }
    }
}

extension DiagnosticKind {
    static let securityAuthenticationDisabled = DiagnosticKind(
        id: "security.authentication-disabled", severity: .error,
        summary: "authentication is turned off",
        explanation: """
            Without authentication anyone who can reach the agent or the workspace can call it, with \
            whatever tools and data it has. Reported for `authentication: none` (or `false`, `disabled`), \
            `required: false` or `enabled: false` inside an `authentication` section (an OAAS Agent's \
            `security.authentication`, the workspace's `security.authentication`), and switches such as \
            `require_authentication: false`, in any document.
            """,
        example: """
            spec:
              security:
                authentication:
                  required: false
            """,
        remediation: "require authentication and name the accepted methods (\"api_key\", \"oauth2\", \"mtls\")",
        securitySeverity: 8.2)
}
