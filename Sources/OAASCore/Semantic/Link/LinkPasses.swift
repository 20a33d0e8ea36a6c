/// The linker's passes: duplicate declarations and unresolved references.
enum LinkPasses {
    /// The passes, in a fixed order.
    static let passes: [any SemanticPass.Type] = [DuplicateDeclarationPass.self, UndefinedReferencePass.self, UndefinedControlPass.self]
    /// The kinds the passes declare, for the catalog.
    static let kinds: [DiagnosticKind] = [
        .duplicateDeclaration, .invalidTarget, .patternMatchesNothing, .undefinedAgent, .undefinedCapability,
        .undefinedChannel, .undefinedControl, .undefinedFleet, .undefinedFlow, .undefinedMetric, .undefinedModel, .undefinedProject,
        .undefinedTeam,
    ]
}
