import ArgumentParser
import Foundation
import OAASCore

/// `oaas schema`: write the JSON Schemas (one per kind) and the diagnostic reference.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Write a JSON Schema per kind, and the diagnostic reference.",
        discussion: """
            Writes <kind>.schema.json files into --out (default: schemas) and, with --docs, \
            diagnostics.md into that folder. Files are written only when their bytes change. With \
            --check nothing is written: the command fails (exit 1) if any file is missing or stale.
            """)

    @Option(help: "Folder for the JSON Schemas.")
    var out = "schemas"

    @Option(help: "Folder for diagnostics.md.")
    var docs: String?

    @Flag(help: "Only check that the files are up to date.")
    var check = false

    func run() throws {
        var outputs: [(String, String)] = KindCatalog.withSchemas.map { kind in
            ("\(out)/\(kind.schemaFileName)", JSONSchemaExporter.schema(for: kind))
        }
        if let docs { outputs.append(("\(docs)/diagnostics.md", DiagnosticDocs.renderAll())) }
        var stale: [String] = []
        for (path, contents) in outputs {
            let current = FileManager.default.contents(atPath: path)
            if current == Data(contents.utf8) { continue }
            stale.append(path)
            if !check { try OutputFiles.write(contents, to: path) }
        }
        if check, !stale.isEmpty {
            Output.error(stale.map { "oaas: \($0) is out of date; run `oaas schema\(docs.map { " --docs \($0)" } ?? "")`\n" }.joined())
            throw ExitCode(1)
        }
    }
}

/// Writes generated files atomically.
enum OutputFiles {
    static func write(_ contents: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw UsageError(description: "cannot write \(path): \(error.localizedDescription)")
        }
        try AtomicFile.write(contents, to: url.path)
    }
}
