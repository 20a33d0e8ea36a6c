import OAASCore

/// Renders findings as SARIF 2.1.0, in the subset GitHub code scanning requires: every rule with its
/// descriptions, help, default level and `security-severity`; every result with its rule, level,
/// message, relative path, 1-based region, and a line-independent `partialFingerprints` entry
/// (`oaasFindingHash/v1`, see `DiagnosticFingerprint`). Suppressed findings are kept, with
/// `suppressions`, so that code scanning shows them as dismissed rather than not at all.
///
/// Messages are those of the diagnostics, which never hold a secret in full; no `snippet` is emitted.
public enum SARIFReporter {
    /// The schema URI GitHub expects.
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

    /// Renders one run.
    /// - Parameters:
    ///   - diagnostics: sorted findings, suppressed ones included.
    ///   - rules: the kinds the command can report; they all become `tool.driver.rules`, in ID order.
    ///   - category: `automationDetails.id`, such as `oaas/security-scan/`, so several oaas uploads for one
    ///     commit do not replace each other.
    ///   - version: oaas's version.
    ///   - sources: the files, by display path. With them, columns are counted in UTF-16 code units, as
    ///     GitHub expects (`columnKind: utf16CodeUnits`); without, in Unicode scalars (`unicodeCodePoints`),
    ///     which is how oaas counts them.
    /// - Returns: pretty-printed JSON with a trailing newline.
    public static func render(
        _ diagnostics: [Diagnostic], rules: [DiagnosticKind], category: String, version: String,
        sources: [String: SourceFile] = [:]
    ) -> String {
        var kinds = rules
        // A finding of a kind outside `rules` (a malformed suppression …) still needs its rule.
        let listed = Set(rules.map(\.id))
        for diagnostic in diagnostics where !listed.contains(diagnostic.id) {
            if let kind = DiagnosticCatalog.kind(id: diagnostic.id), !kinds.contains(where: { $0.id == kind.id }) { kinds.append(kind) }
        }
        kinds.sort { $0.id < $1.id }
        var ruleIndex: [String: Int] = [:]
        for (index, kind) in kinds.enumerated() { ruleIndex[kind.id] = index }
        let fingerprints = DiagnosticFingerprint.fingerprints(of: diagnostics)
        var results: [JSON] = []
        for (diagnostic, fingerprint) in zip(diagnostics, fingerprints) {
            results.append(result(diagnostic, fingerprint: fingerprint, ruleIndex: ruleIndex[diagnostic.id], sources: sources))
        }
        let driver: JSON = .object([
            ("name", .string("oaas")),
            ("semanticVersion", .string(version)),
            ("rules", .array(kinds.map(rule))),
        ])
        let run: JSON = .object([
            ("tool", .object([("driver", driver)])),
            ("automationDetails", .object([("id", .string(category))])),
            ("columnKind", .string(sources.isEmpty ? "unicodeCodePoints" : "utf16CodeUnits")),
            ("results", .array(results)),
        ])
        return JSON.object([
            ("$schema", .string(schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ]).rendered()
    }

    static func rule(_ kind: DiagnosticKind) -> JSON {
        let summary = sentence(kind.summary)
        let full = firstParagraph(kind.explanation)
        let remediation = kind.remediation.isEmpty ? "" : sentence(kind.remediation) + " "
        let help = "\(remediation)Run `oaas explain \(kind.id)` for the full explanation."
        var properties: [(String, JSON)] = [("tags", .array(kind.securitySeverity == nil ? [] : [.string("security")]))]
        if let score = kind.securitySeverity {
            properties.append(("security-severity", .string(formatScore(score))))
            properties.append(("precision", .string("high")))
        }
        return .object([
            ("id", .string(kind.id)),
            ("name", .string(ruleName(kind.id))),
            ("shortDescription", .object([("text", .string(limit(summary)))])),
            ("fullDescription", .object([("text", .string(limit(full.isEmpty ? summary : full)))])),
            ("help", .object([("text", .string(help)), ("markdown", .string(help))])),
            ("defaultConfiguration", .object([("level", .string(level(kind.defaultSeverity)))])),
            ("properties", .object(properties)),
        ])
    }

    static func result(_ diagnostic: Diagnostic, fingerprint: String, ruleIndex: Int?, sources: [String: SourceFile]) -> JSON {
        var entries: [(String, JSON)] = [("ruleId", .string(diagnostic.id))]
        if let ruleIndex { entries.append(("ruleIndex", .int(ruleIndex))) }
        entries.append(("level", .string(level(diagnostic.severity))))
        entries.append(("message", .object([("text", .string(diagnostic.message))])))
        entries.append(("locations", .array([location(diagnostic.range, message: nil, sources: sources)])))
        if !diagnostic.notes.isEmpty {
            var related: [JSON] = []
            for (index, note) in diagnostic.notes.enumerated() {
                guard let range = note.range else { continue }
                related.append(location(range, message: note.message, id: index, sources: sources))
            }
            if !related.isEmpty { entries.append(("relatedLocations", .array(related))) }
        }
        entries.append(("partialFingerprints", .object([("oaasFindingHash/\(DiagnosticFingerprint.version)", .string(fingerprint))])))
        if let suppression = diagnostic.suppression {
            // No `status`: the OASIS 2.1.0 schema does not define it, and an absent status means the
            // suppression is in effect.
            entries.append(("suppressions", .array([.object([
                ("kind", .string(suppression.kind.rawValue)),
                ("justification", .string(suppression.justification)),
            ])])))
        }
        return .object(entries)
    }

    static func location(_ range: SourceRange, message: String?, id: Int? = nil, sources: [String: SourceFile]) -> JSON {
        let source = sources[range.file]
        let startColumn = column(range.start, in: source)
        var region: [(String, JSON)] = [("startLine", .int(max(1, range.start.line))), ("startColumn", .int(max(1, startColumn)))]
        if range.end.offset > range.start.offset, range.end.line >= range.start.line {
            region.append(("endLine", .int(range.end.line)))
            region.append(("endColumn", .int(column(range.end, in: source))))
        }
        let physical: JSON = .object([
            ("artifactLocation", .object([("uri", .string(uri(range.file)))])),
            ("region", .object(region)),
        ])
        var entries: [(String, JSON)] = []
        if let id { entries.append(("id", .int(id))) }
        entries.append(("physicalLocation", physical))
        if let message { entries.append(("message", .object([("text", .string(message))]))) }
        return .object(entries)
    }

    /// A position's column in UTF-16 code units when the file is at hand, else in Unicode scalars.
    static func column(_ position: SourcePosition, in source: SourceFile?) -> Int {
        guard let source, position.line >= 1, position.line <= source.lineStarts.count else { return position.column }
        let text = String(decoding: source.lineBytes(position.line), as: UTF8.self)
        var units = 0
        for (index, scalar) in text.unicodeScalars.enumerated() where index < position.column - 1 {
            units += scalar.utf16.count
        }
        // A column past the end of the line (an end position) keeps its distance from the end.
        let scalars = text.unicodeScalars.count
        return units + 1 + max(0, position.column - 1 - scalars)
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    /// A path as a URI reference: RFC 3986 unreserved characters and `/` kept, the rest percent-encoded
    /// as UTF-8; relative paths stay relative (GitHub resolves them against the checkout).
    static func uri(_ path: String) -> String {
        // An absolute path (the scan was started on one) becomes a `file:` URI, as SARIF requires.
        var result = path.hasPrefix("/") ? "file://" : ""
        for byte in path.utf8 {
            let character = Character(Unicode.Scalar(byte))
            if byte < 0x80, character.isLetter || character.isNumber || "-._~/".contains(character) {
                result.append(character)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return result
    }

    /// `secret.slack-token` → `SecretSlackToken`, the rule's readable name.
    static func ruleName(_ id: String) -> String {
        id.split(whereSeparator: { $0 == "." || $0 == "-" }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    static func sentence(_ text: String) -> String {
        let capitalized = text.prefix(1).uppercased() + text.dropFirst()
        return capitalized.hasSuffix(".") ? capitalized : capitalized + "."
    }

    static func firstParagraph(_ text: String) -> String {
        String(text.split(separator: "\n\n", maxSplits: 1, omittingEmptySubsequences: true).first ?? "")
            .split(separator: "\n").joined(separator: " ")
    }

    /// GitHub rejects descriptions over 1024 characters.
    static func limit(_ text: String) -> String {
        text.count <= 1024 ? text : String(text.prefix(1023)) + "…"
    }

    static func formatScore(_ score: Double) -> String {
        let tenths = Int((min(10, max(0.1, score)) * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
