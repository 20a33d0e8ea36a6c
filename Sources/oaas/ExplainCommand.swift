import ArgumentParser
import OAASCore

/// `oaas explain ID`: print the documentation of a diagnostic.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a diagnostic ID, or list them all.",
        discussion: """
            Prints a diagnostic's documentation: what it means, why it matters, an example that produces it \
            and how to fix it (the same text as docs/diagnostics.md). Without an ID, lists every ID with its \
            default severity and summary.

            EXAMPLES:
              What a finding means:
                oaas explain schema.unknown-key
              Every secret rule:
                oaas explain | grep '^secret\\.'

            EXIT STATUS:
              0  printed
              2  unknown ID (with the nearest one)
            """)

    @Argument(help: "A diagnostic ID such as schema.unknown-key; omit to list every ID.")
    var id: String?

    func run() throws {
        guard let id else {
            for kind in DiagnosticCatalog.all {
                Output.write("\(kind.id)  (\(kind.defaultSeverity.rawValue))  \(kind.summary)\n")
            }
            return
        }
        guard let kind = DiagnosticCatalog.kind(id: id) else {
            var message = "unknown diagnostic ID \"\(id)\""
            if let suggestion = Suggestion.closest(to: id, in: DiagnosticCatalog.all.map(\.id)) {
                message += "; did you mean \"\(suggestion)\"?"
            }
            throw UsageError(description: message)
        }
        Output.write(DiagnosticDocs.render(kind))
    }
}
