/// Checks audit retention: every place that keeps audit records must keep them at least as long as the
/// governance configuration requires, and the workspace's two audit sections must agree.
enum AuditRetentionPass: SemanticPass {
    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for scope in WorkspaceScope.all(in: context.project) {
            var required: [(what: String, value: Located<Duration>)] = []
            for (_, model) in scope.governance {
                if let retention = model.audit?.retention { required.append(("the governance configuration's audit retention", retention)) }
                if let retention = model.sox?.auditTrailRetention { required.append(("the SOX audit trail retention", retention)) }
            }
            let minimum = required.max { $0.value.value < $1.value.value }
            var workspace: [Statement] = []
            var kept: [Statement] = []
            for (_, model) in scope.workspaces {
                if let statement = StatedFacts.duration(model.compliance?.audit?.retention, origin: "the workspace's compliance audit") {
                    workspace.append(statement)
                }
                if let statement = StatedFacts.duration(model.security?.audit?.retention, origin: "the workspace's security audit") {
                    workspace.append(statement)
                }
            }
            kept += workspace
            for (_, model) in scope.orchestration {
                if let statement = StatedFacts.duration(model.compliance?.auditRetention, origin: "the orchestration rules' compliance audit") {
                    kept.append(statement)
                }
            }
            for (_, model) in scope.observability {
                for entry in model.retention?.logs ?? [] where StatedFacts.fold(entry.logClass.value) == "audit" {
                    if let statement = StatedFacts.duration(entry.duration, origin: "the observability configuration's audit logs") {
                        kept.append(statement)
                    }
                }
            }
            func isShort(_ statement: Statement) -> Bool {
                guard let minimum, let milliseconds = Int64(statement.key) else { return false }
                return milliseconds < minimum.value.value.milliseconds
            }
            // The workspace's two sections must agree; one that is too short is reported as such below.
            StatedFacts.report(.consistencyAuditRetention, fact: "audit retention", workspace.filter { !isShort($0) }, into: &sink)
            guard let minimum else { continue }
            for statement in kept where isShort(statement) {
                sink.report(
                    .consistencyAuditRetention,
                    "audit records are kept \(statement.display) in \(statement.origin), less than the \(minimum.value.value.spelled) \(minimum.what) requires",
                    at: statement.range,
                    notes: [DiagnosticNote("required here: at least \(minimum.value.value.spelled)", at: minimum.value.range)])
            }
        }
    }
}

extension DiagnosticKind {
    static let consistencyAuditRetention = DiagnosticKind(
        id: "consistency.audit-retention", severity: .warning,
        summary: "audit records are kept for less time than governance requires, or for two different times",
        explanation: """
            The governance configuration states how long audit records must be kept \
            (`audit.configuration.retention_period`, and for SOX `controls.audit_trail.retention`). Every \
            place that keeps audit records (the workspace's `compliance.audit` and `security.audit`, the \
            orchestration rules' `compliance.audit`, the observability configuration's audit log \
            retention) must keep them at least that long; keeping them longer is fine. The workspace's \
            two audit sections describe one audit trail and must agree with each other. Durations are \
            compared exactly (`7y` is 2,555 days).
            """,
        example: """
            # governance.yml: audit: {configuration: {retention_period: 7y}}
            # workspace.yml
            compliance:
              audit:
                retention: 1y
            """)
}
