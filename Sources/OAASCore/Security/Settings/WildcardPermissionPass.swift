/// Reports roles that are not admin roles but hold every permission: `*`, `*:*`, `*.*`, `*/*` or `all`
/// in their `permissions` (SecurityPolicy `authorization.rbac.roles`, the workspace's
/// `security.authorization.policies`, and the same shape anywhere), or in a `roles`/`policies` mapping
/// from role names to permission lists.
enum WildcardPermissionPass: SemanticPass {
    /// Permissions that grant everything.
    static let wildcards: Set<String> = ["*", "*:*", "*.*", "*/*", "all", "*:all"]
    /// Words that mark a role as an administrator's.
    static let adminWords: Set<String> = ["admin", "admins", "administrator", "administrators", "owner", "owners", "root", "superuser", "superadmin", "sysadmin"]

    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for resource in context.project.resources {
            let title = SettingsReading.title(resource)
            SettingsReading.forEachEntry(in: resource.document) { entry, parent in
                var role: Located<String>?
                if entry.key == "permissions" {
                    role = parent.string("role") ?? parent.string("name")
                    if role == nil, let key = SettingsReading.lastKey(parent.path) { role = Located(key, parent.range) }
                } else if let section = SettingsReading.lastKey(parent.path), ["roles", "policies"].contains(section),
                          case .list = entry.value.content {
                    role = Located(entry.writtenKey, entry.keyRange)
                } else {
                    return
                }
                guard let role, !isAdmin(role.value) else { return }
                for item in entry.value.items {
                    guard let permission = item.text, wildcards.contains(permission.trimmingWhitespace().lowercased()) else { continue }
                    sink.report(
                        .securityWildcardPermission,
                        "role \"\(role.value)\" is granted every permission (\"\(permission)\") in \(title), but is not an admin role",
                        at: item.range, path: item.path,
                        notes: [DiagnosticNote("the role is declared here", at: role.range)])
                }
            }
        }
    }

    /// Whether a role's name marks it as an administrator's (`workspace-admin`, `owner`, `root`).
    static func isAdmin(_ role: String) -> Bool {
        SettingsReading.words(role).contains(where: adminWords.contains)
    }
}

extension DiagnosticKind {
    static let securityWildcardPermission = DiagnosticKind(
        id: "security.wildcard-permission", severity: .warning,
        summary: "a role that is not an admin role holds every permission",
        explanation: """
            Least privilege: a role should hold the permissions its people need. A wildcard that grants \
            everything (`*`, `*:*`, `*.*`, `*/*`, `all`) makes the role an administrator in all but name, \
            and whoever is given it for one task can do everything. Reported for roles whose name does not \
            say admin, administrator, owner, root or superuser. A wildcard over the actions of one resource \
            (`agents:*`) is scoped and not reported.
            """,
        example: """
            authorization:
              rbac:
                roles:
                  - name: operator
                    permissions: ["*"]
            """,
        remediation: "grant the role only the permissions it needs, such as \"agents:invoke\" and \"flows:run\"",
        securitySeverity: 6.3)
}
