/// The passes of this area and the diagnostic kinds they declare.
enum ConsistencyPasses {
    /// The passes, in a fixed order.
    static let passes: [any SemanticPass.Type] = []
    /// The kinds the passes declare, for the catalog.
    static let kinds: [DiagnosticKind] = []
}
