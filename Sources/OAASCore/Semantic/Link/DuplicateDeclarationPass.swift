/// Reports a name declared twice where the platform keeps only one: two agent files with the same
/// `metadata.name`, two flows, two projects in the workspace … The runtime silently keeps one of them.
enum DuplicateDeclarationPass: SemanticPass {
    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        // Metrics, capabilities and channels are named wherever they are used or offered; naming one
        // twice is not a conflict. The kinds below are the ones the platforms keep a single one of.
        for kind in [SymbolKind.agent, .fleet, .flow, .trigger, .context, .project, .team, .model] {
            for (name, symbols) in context.symbols.declarations(kind) where symbols.count > 1 {
                var firstInGroup: [String: Symbol] = [:]
                for symbol in symbols.sorted(by: { ($0.range.file, $0.range.start) < ($1.range.file, $1.range.start) }) {
                    // Two workspaces in one tree may each have a project of the same name.
                    let group = kind.isScopedToWorkspace ? "\(symbol.group) in \(symbol.scope)" : symbol.group
                    guard let first = firstInGroup[group] else {
                        firstInGroup[group] = symbol
                        continue
                    }
                    sink.report(
                        .duplicateDeclaration, "\(kind.noun) \"\(name)\" is declared twice",
                        at: symbol.range,
                        notes: [DiagnosticNote("first declared here (\(first.origin))", at: first.range)])
                }
            }
        }
    }
}

extension DiagnosticKind {
    static let duplicateDeclaration = DiagnosticKind(
        id: "ref.duplicate-declaration", severity: .error, summary: "a name is declared twice",
        explanation: """
            Two documents (or two entries of one list) declare the same agent, fleet, flow, trigger, \
            context, project, team or model. The platforms keep one of them \
            without a word, so which configuration runs depends on file order. Rename one, or delete the \
            copy. An agent listed in the workspace's agent inventory and the agent file it describes are \
            one agent, not two.
            """,
        example: """
            # agents/k8s-ops.yaml and agents/library/k8s-ops.yaml
            metadata:
              name: k8s-ops
            """)
}
