import OAASCore

/// Renders diagnostics as a versioned JSON document (`schemaVersion` 1), documented in `docs/json-output.md`.
public enum JSONReporter {
    /// Renders a report.
    /// - Parameters:
    ///   - diagnostics: sorted diagnostics.
    ///   - project: the decoded workspace, whose documents are listed with their kinds.
    ///   - summary: the counts shown at the end.
    /// - Returns: pretty-printed JSON with a trailing newline.
    ///   - fingerprints: each diagnostic's `DiagnosticFingerprint`, when the command reports them
    ///     (security-scan), in the order of `diagnostics`.
    public static func render(_ diagnostics: [Diagnostic], project: Project, summary: Summary, fingerprints: [String]? = nil) -> String {
        var items: [JSON] = []
        for (index, diagnostic) in diagnostics.enumerated() {
            guard let fingerprints, case .object(let entries) = json(diagnostic) else {
                items.append(json(diagnostic))
                continue
            }
            items.append(.object(entries + [("fingerprint", .string(fingerprints[index]))]))
        }
        return JSON.object([
            ("schemaVersion", .int(1)),
            ("tool", .string("oaas")),
            ("diagnostics", .array(items)),
            ("documents", .array(project.resources.map(json))),
            ("summary", summary.json),
        ]).rendered()
    }

    static func json(_ resource: Resource) -> JSON {
        .object([
            ("file", .string(resource.file)),
            ("index", .int(resource.documentIndex)),
            ("dialect", .string(resource.kind.dialect.rawValue)),
            ("kind", .string(resource.kind.name)),
            ("name", resource.name.map { .string($0.value) } ?? .null),
            ("schema", .string(resource.kind.schemaFileName)),
        ])
    }

    /// One diagnostic as it appears in every JSON output (see `docs/json-output.md`).
    public static func json(_ diagnostic: Diagnostic) -> JSON {
        var entries: [(String, JSON)] = [
            ("id", .string(diagnostic.id)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("message", .string(diagnostic.message)),
        ]
        entries += location(diagnostic.range)
        entries.append(("path", diagnostic.path.map { .string($0.description) } ?? .null))
        entries.append(("notes", .array(diagnostic.notes.map { note in
            .object([("message", .string(note.message))] + (note.range.map(location) ?? []))
        })))
        entries.append(("fixIts", .array(diagnostic.fixIts.map { fixIt in
            .object(location(fixIt.range) + [("replacement", .string(fixIt.replacement))])
        })))
        if let suppression = diagnostic.suppression {
            entries.append(("suppression", .object([
                ("kind", .string(suppression.kind.rawValue)), ("justification", .string(suppression.justification)),
            ] + (suppression.range.map(location) ?? []))))
        }
        return .object(entries)
    }

    static func location(_ range: SourceRange) -> [(String, JSON)] {
        [
            ("file", .string(range.file)),
            ("line", .int(range.start.line)), ("column", .int(range.start.column)),
            ("endLine", .int(range.end.line)), ("endColumn", .int(range.end.column)),
        ]
    }
}

/// Counts for the summary line and the JSON `summary` object.
public struct Summary: Sendable {
    /// Findings by severity (suppressed ones are not counted).
    public var errors = 0, warnings = 0, notes = 0
    /// Findings suppressed by inline comments or a baseline.
    public var suppressed = 0
    /// Files read and documents checked or skipped.
    public var files = 0, documents = 0, skipped = 0

    /// Counts diagnostics and documents.
    public init(diagnostics: [Diagnostic], files: Int, documents: Int, skipped: Int) {
        for diagnostic in diagnostics {
            if diagnostic.suppression != nil {
                suppressed += 1
                continue
            }
            switch diagnostic.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .note: notes += 1
            }
        }
        self.files = files
        self.documents = documents
        self.skipped = skipped
    }

    var json: JSON {
        .object([
            ("errors", .int(errors)), ("warnings", .int(warnings)), ("notes", .int(notes)), ("suppressed", .int(suppressed)),
            ("files", .int(files)), ("documents", .int(documents)), ("skipped", .int(skipped)),
        ])
    }

    /// `2 errors, 1 warning in 14 files (21 documents checked, 3 skipped)`.
    public var line: String {
        func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
        return "\(count(errors, "error")), \(count(warnings, "warning")) in \(count(files, "file")) "
            + "(\(count(documents, "document")) checked, \(skipped) skipped"
            + (suppressed > 0 ? ", \(count(suppressed, "finding")) suppressed)" : ")")
    }
}
