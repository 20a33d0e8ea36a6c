/// Checks audit levels: the workspace's two audit sections (compliance and security) must agree, and
/// neither may record less than the governance configuration's audit level requires.
enum AuditLevelPass: SemanticPass {
    /// Audit levels from least to most detailed.
    static let order = ["basic", "standard", "detailed", "comprehensive", "forensic"]

    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for scope in WorkspaceScope.all(in: context.project) {
            var actual: [Statement] = []
            for (_, model) in scope.workspaces {
                if let statement = StatedFacts.name(model.compliance?.audit?.level, origin: "the workspace's compliance audit") {
                    actual.append(statement)
                }
                if let statement = StatedFacts.name(model.security?.audit?.level, origin: "the workspace's security audit") {
                    actual.append(statement)
                }
            }
            var required: Located<String>?
            for (_, model) in scope.governance where required == nil { required = model.audit?.level }
            let needed = required.flatMap { order.firstIndex(of: $0.value.lowercased()) }
            func isBelow(_ statement: Statement) -> Bool {
                guard let needed, let rank = order.firstIndex(of: statement.key) else { return false }
                return rank < needed
            }
            // The workspace's two sections must agree; one below the requirement is reported as such below.
            StatedFacts.report(.consistencyAuditLevel, fact: "the audit level", actual.filter { !isBelow($0) }, into: &sink)
            guard let required else { continue }
            for statement in actual where isBelow(statement) {
                sink.report(
                    .consistencyAuditLevel,
                    "the audit level is \(statement.display) in \(statement.origin), below the \"\(required.value)\" the governance configuration requires",
                    at: statement.range,
                    notes: [DiagnosticNote("required here: at least \"\(required.value)\"", at: required.range)])
            }
        }
    }
}

extension DiagnosticKind {
    static let consistencyAuditLevel = DiagnosticKind(
        id: "consistency.audit-level", severity: .warning,
        summary: "audit levels disagree, or record less than governance requires",
        explanation: """
            The workspace sets an audit level twice (`compliance.audit.level` and `security.audit.level`), \
            and the governance configuration states the level the organisation requires \
            (`audit.configuration.level`). The workspace's two statements must agree, and neither may be \
            below the required level (levels from least to most detailed: basic, standard, detailed, \
            comprehensive, forensic). Recording more than required is fine.
            """,
        example: """
            # governance.yml: audit: {configuration: {level: comprehensive}}
            # workspace.yml
            compliance:
              audit:
                level: standard
            """)
}
