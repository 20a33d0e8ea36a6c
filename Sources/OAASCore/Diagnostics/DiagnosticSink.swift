/// Collects the diagnostics of one unit of work (a file, a pass). Not shared across threads:
/// each parallel task fills its own sink, and the pipeline merges them.
public struct DiagnosticSink: Sendable {
    /// What has been reported so far, in report order.
    public private(set) var diagnostics: [Diagnostic] = []

    /// Creates an empty sink.
    public init() {}

    /// Records a diagnostic.
    public mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Records a diagnostic of a documented kind.
    public mutating func report(
        _ kind: DiagnosticKind,
        _ message: String,
        at range: SourceRange,
        path: DataPath? = nil,
        notes: [DiagnosticNote] = [],
        fixIts: [FixIt] = []
    ) {
        diagnostics.append(Diagnostic(kind, message, at: range, path: path, notes: notes, fixIts: fixIts))
    }

    /// Appends everything another sink collected.
    public mutating func merge(_ other: DiagnosticSink) {
        diagnostics.append(contentsOf: other.diagnostics)
    }

    /// Whether any error has been reported.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
