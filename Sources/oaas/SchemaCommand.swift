import ArgumentParser
import Foundation
import OAASCore

/// `oaas schema`: write the JSON Schemas (one per kind) and the diagnostic reference, print one kind's
/// schema, or list the kinds.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Write a JSON Schema per kind, and the diagnostic reference; or print one kind's schema.",
        discussion: """
            Writes <kind>.schema.json files into --out (default: schemas) and, with --docs, \
            diagnostics.md into that folder. Files are written only when their bytes change. With \
            --check nothing is written: the command fails (exit 1) if any file is missing or stale.

            With --kind KIND, prints that kind's schema on standard output instead (the same bytes as \
            schemas/<name>.schema.json). KIND is a schema name (aof-agentflow), a dialect and kind \
            ("AOF AgentFlow", aof-fleet) or a kind name that only one dialect has (AgentFlow); \
            `--kind oaas-configuration` prints the schema of .oaas.yml. --list prints every kind: schema \
            name, dialect, kind and what it configures.

            EXAMPLES:
              A schema for an editor:
                oaas schema --kind AgentFlow > .schemas/aof-agentflow.schema.json
              In CI: are the committed schemas and docs current?
                oaas schema --docs docs --check

            EXIT STATUS:
              0  written, printed, or (with --check) up to date
              1  with --check: a file is missing or stale
              2  usage error (an unknown or ambiguous kind)
            """)

    @Option(help: "Folder for the JSON Schemas (default: schemas).")
    var out: String?

    @Option(help: "Folder for diagnostics.md.")
    var docs: String?

    @Flag(help: "Only check that the files are up to date.")
    var check = false

    @Option(help: ArgumentHelp(
        "Print one kind's JSON Schema on standard output: a schema name (aof-agentflow), a dialect and kind (\"AOF AgentFlow\") or an unambiguous kind name.",
        valueName: "kind"), completion: .list(SchemaKinds.all.map(SchemaKinds.schemaName)))
    var kind: String?

    @Flag(help: "List the kinds: schema name, dialect, kind and a one-line description.")
    var list = false

    func run() throws {
        if kind != nil || list {
            var conflicting: [String] = []
            if kind != nil, list { conflicting.append("--list") }
            if out != nil { conflicting.append("--out") }
            if docs != nil { conflicting.append("--docs") }
            if check { conflicting.append("--check") }
            if !conflicting.isEmpty {
                let option = kind != nil ? "--kind" : "--list"
                throw UsageError(description: "\(option) cannot be combined with \(conflicting.joined(separator: ", "))")
            }
            if let kind, SchemaKinds.configurationNames.contains(kind.lowercased()) {
                Output.write(JSONSchemaExporter.configurationSchema())
            } else if let kind {
                Output.write(JSONSchemaExporter.schema(for: try SchemaKinds.resolve(kind)))
            } else {
                Output.write(SchemaKinds.listing())
            }
            return
        }
        try writeAll()
    }

    private func writeAll() throws {
        let out = self.out ?? "schemas"
        var outputs: [(String, String)] = KindCatalog.withSchemas.map { kind in
            ("\(out)/\(kind.schemaFileName)", JSONSchemaExporter.schema(for: kind))
        }
        outputs.append(("\(out)/\(JSONSchemaExporter.configurationSchemaFileName)", JSONSchemaExporter.configurationSchema()))
        if let docs { outputs.append(("\(docs)/diagnostics.md", DiagnosticDocs.renderAll())) }
        var stale: [String] = []
        for (path, contents) in outputs {
            let current = FileManager.default.contents(atPath: path)
            if current == Data(contents.utf8) { continue }
            stale.append(path)
            if !check { try OutputFiles.write(contents, to: path) }
        }
        if check, !stale.isEmpty {
            var command = "oaas schema"
            if let given = self.out { command += " --out \(given)" }
            if let docs { command += " --docs \(docs)" }
            Output.error(stale.map { "oaas: \($0) is out of date; run `\(command)`\n" }.joined())
            throw ExitCode(1)
        }
    }
}

/// Finds the kind `oaas schema --kind` names, and lists the kinds for `--list`.
enum SchemaKinds {
    /// The names `--kind` accepts for the configuration file's schema.
    static let configurationNames: Set<String> = [
        "oaas-configuration", "oaas-configuration.schema.json", "configuration", ".oaas.yml", ".oaas.yaml",
    ]

    /// Every kind with a schema, in schema-name order (so the flat AOF agent follows the nested one).
    static var all: [KindDefinition] {
        KindCatalog.withSchemas.sorted { schemaName($0) < schemaName($1) }
    }

    /// `aof-agentflow` for `aof-agentflow.schema.json`.
    static func schemaName(_ kind: KindDefinition) -> String {
        let suffix = ".schema.json"
        let file = kind.schemaFileName
        return file.hasSuffix(suffix) ? String(file.dropLast(suffix.count)) : file
    }

    /// The kind `name` designates.
    /// - Throws: `UsageError` when it names no kind (with a did-you-mean and the list of kinds) or several
    ///   (with the choices).
    static func resolve(_ name: String) throws -> KindDefinition {
        var given = name.trimmingCharacters(in: .whitespaces)
        if given.hasSuffix(".schema.json") { given = String(given.dropLast(".schema.json".count)) }
        if let slash = given.lastIndex(of: "/") { given = String(given[given.index(after: slash)...]) }
        let key = given.lowercased()

        // 1. A schema name: aof-agentflow, aof-agent-flat.
        if let kind = all.first(where: { schemaName($0) == key }) { return kind }

        // 2. A dialect and a kind or alias: "AOF AgentFlow", "aof-fleet", "OAAS:Agent". The primary
        //    kinds only: the flat AOF agent is reached by its schema name.
        let parts = key.split(whereSeparator: { " -:/".contains($0) }).map(String.init)
        if parts.count == 2, let dialect = dialect(parts[0]) {
            if let kind = KindCatalog.all.first(where: { $0.dialect == dialect && spellings($0).contains(parts[1]) }) {
                return kind
            }
        }

        // 3. A bare kind name or alias, if only one dialect has it.
        let matches = all.filter { spellings($0).contains(key) }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            let choices = matches.map { "\(schemaName($0)) (\(describe($0)))" }.joined(separator: ", ")
            throw UsageError(description: """
                kind "\(name)" is ambiguous: it is \(choices); \
                pass one of those schema names, e.g. `oaas schema --kind \(schemaName(matches[0]))`
                """)
        }

        var message = "unknown kind \"\(name)\""
        if let suggestion = suggestionCandidates().lazy.compactMap({ Suggestion.closest(to: given, in: $0) }).first {
            message += "; did you mean \"\(suggestion)\"?"
        }
        message += "\nthe kinds (`oaas schema --list` describes them):"
        message += all.map { "\n  \(schemaName($0)) (\(describe($0)))" }.joined()
        throw UsageError(description: message)
    }

    /// One line per kind: schema name, dialect, kind, and what it configures, in aligned columns.
    static func listing() -> String {
        let rows = all.map { [schemaName($0), $0.dialect.rawValue, $0.name, $0.doc] }
        let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            (0..<3).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ")
                + "  " + row[3] + "\n"
        }.joined()
    }

    /// `AOF Agent`, or `AOF Agent, flat form` for a schema variant.
    static func describe(_ kind: KindDefinition) -> String {
        let base = "\(kind.dialect.rawValue.lowercased())-\(kind.name.lowercased())"
        let name = schemaName(kind)
        return name == base ? kind.label : "\(kind.label), \(name.dropFirst(base.count + 1)) form"
    }

    static func dialect(_ word: String) -> Dialect? {
        switch word {
        case "aof": .aof
        case "oaas", "ossa": .ossa
        default: nil
        }
    }

    static func spellings(_ kind: KindDefinition) -> [String] {
        ([kind.name] + kind.aliases).map { $0.lowercased() }
    }

    /// The spellings `resolve` accepts that name a single kind, for did-you-mean: schema names first, so
    /// that `aof-agentflwo` suggests `aof-agentflow`, then the kind names and aliases only one dialect has.
    static func suggestionCandidates() -> [[String]] {
        var counts: [String: Int] = [:]
        for kind in all { for spelling in [kind.name] + kind.aliases { counts[spelling, default: 0] += 1 } }
        return [all.map(schemaName), counts.filter { $0.value == 1 }.keys.sorted()]
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
