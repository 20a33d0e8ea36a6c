/// Every semantic pass and the diagnostic kinds they declare, area by area. Each area keeps its own
/// list in `<Area>/<Area>Passes.swift`.
public enum SemanticPasses {
    /// Every pass, in a fixed order (their diagnostics are sorted afterwards anyway).
    static let all: [any SemanticPass.Type] =
        LinkPasses.passes + FlowPasses.passes + VariablePasses.passes + BudgetPasses.passes + ConsistencyPasses.passes

    /// Every diagnostic kind the passes can report.
    static let kinds: [DiagnosticKind] =
        LinkPasses.kinds + FlowPasses.kinds + VariablePasses.kinds + BudgetPasses.kinds + ConsistencyPasses.kinds

    /// Links the project and runs every pass over it, in parallel.
    /// - Parameters:
    ///   - project: the decoded workspace.
    ///   - frontEndDiagnostics: what parsing and decoding found, to tell which declarations are invalid.
    ///   - options: the run's options.
    ///   - sources: the files, by display path.
    /// - Returns: the context the passes ran on and their diagnostics.
    public static func run(
        _ project: Project, frontEndDiagnostics: [Diagnostic], options: CompileOptions, sources: [String: SourceFile]
    ) -> (context: SemanticContext, diagnostics: [Diagnostic]) {
        let symbols = SymbolTable(project, frontEndDiagnostics: frontEndDiagnostics)
        let context = SemanticContext(project: project, symbols: symbols, options: options, sources: sources)
        let passes = all.indices.map { $0 }
        let sinks = ParallelMap.map(passes) { index in
            var sink = DiagnosticSink()
            all[index].run(context, into: &sink)
            return sink
        }
        return (context, sinks.flatMap(\.diagnostics))
    }
}
