/// The passes of this area and the diagnostic kinds they declare.
enum ConsistencyPasses {
    /// The passes, in a fixed order.
    static let passes: [any SemanticPass.Type] = [
        RecoveryObjectivePass.self, KeyManagementPass.self, MonitoringProviderPass.self, AuditLevelPass.self,
        AuditRetentionPass.self, DataResidencyPass.self, RateLimitAgreementPass.self, BudgetAgreementPass.self,
    ]
    /// The kinds the passes declare, for the catalog.
    static let kinds: [DiagnosticKind] = [
        .consistencyRecoveryObjective, .consistencyKeyManagement, .consistencyMonitoringProvider, .consistencyAuditLevel,
        .consistencyAuditRetention, .consistencyDataResidency, .consistencyRateLimit, .consistencyBudget,
    ]
}
