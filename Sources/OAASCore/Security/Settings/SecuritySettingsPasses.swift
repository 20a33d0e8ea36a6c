/// The dangerous-settings passes of `oaas security-scan`: each reads the linked IR, like a semantic pass,
/// but runs only when security is scanned. Which resources are production is decided once, in
/// `ProductionScope`.
public enum SecuritySettingsPasses {
    /// Every pass.
    static let passes: [any SemanticPass.Type] = [
        DestructiveCommandPass.self, ApproverListPass.self, SelfApprovalPass.self, ExecuteDirectlyPass.self,
        TriggerRestrictionPass.self, WebhookSigningPass.self, TLSSettingsPass.self, PlaintextEndpointPass.self,
        EncryptionPass.self, AuthenticationPass.self, WildcardPermissionPass.self, OpenNetworkPass.self,
        AuditDisabledPass.self,
    ]

    /// Every diagnostic kind the passes can report.
    public static let kinds: [DiagnosticKind] = [
        .securityUnguardedDestructiveCommand, .securityApprovalWithoutApprovers, .securitySelfApprovalAllowed,
        .securityExecuteDirectlyWithoutApproval, .securityUnrestrictedTrigger, .securityUnsignedWebhook,
        .securityTLSDisabled, .securityWeakTLSVersion, .securityPlaintextEndpoint, .securityPlaintextInternalEndpoint,
        .securityEncryptionDisabled, .securityAuthenticationDisabled, .securityWildcardPermission,
        .securityOpenNetworkRange, .securityAuditDisabled,
    ]
}
