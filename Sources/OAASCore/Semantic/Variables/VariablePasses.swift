/// The passes of this area and the diagnostic kinds they declare.
enum VariablePasses {
    /// The passes, in a fixed order.
    static let passes: [any SemanticPass.Type] = [
        NodeReferencePass.self, EventPathPass.self, UnexpandedVariablePass.self, MissingVariablePass.self,
        ForeignTemplatePass.self, EventToShellPass.self,
    ]
    /// The kinds the passes declare, for the catalog.
    static let kinds: [DiagnosticKind] = [
        .unknownNodeReference, .nodeNotBefore, .referenceNotExpanded, .unknownEventField, .notExpanded,
        .envNameNotExpanded, .defaultNotSupported, .missingVariable, .invalidEnvLine, .foreignTemplate, .eventToShell,
    ]
}
