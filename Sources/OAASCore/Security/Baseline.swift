/// Findings accepted earlier (`--write-baseline FILE`, then `--baseline FILE`), keyed on rule, file and
/// the finding's line-independent fingerprint (`DiagnosticFingerprint`), so that edits above a finding
/// do not bring it back. The file is JSON, sorted, one entry per finding:
///
/// ```json
/// {
///   "version": 1,
///   "tool": "oaas",
///   "findings": [
///     {"id": "secret.slack-token", "file": "triggers/slack.yaml", "fingerprint": "3f2a…"}
///   ]
/// }
/// ```
public struct Baseline: Sendable, Equatable {
    /// One accepted finding.
    public struct Entry: Hashable, Sendable, Comparable {
        /// The rule's ID.
        public let id: String
        /// The file's display path.
        public let file: String
        /// The finding's fingerprint.
        public let fingerprint: String

        /// Creates an entry.
        public init(id: String, file: String, fingerprint: String) {
            self.id = id
            self.file = file
            self.fingerprint = fingerprint
        }

        /// Orders entries by file, rule and fingerprint, the order of the baseline file.
        public static func < (lhs: Entry, rhs: Entry) -> Bool {
            (lhs.file, lhs.id, lhs.fingerprint) < (rhs.file, rhs.id, rhs.fingerprint)
        }
    }

    /// The format version this code reads and writes.
    public static let formatVersion = 1

    /// Where the baseline was read from, shown in suppression justifications.
    public let source: String
    /// The accepted findings, sorted.
    public let entries: [Entry]

    /// Creates a baseline.
    public init(source: String, entries: [Entry]) {
        self.source = source
        self.entries = entries.sorted()
    }

    /// A baseline of the findings that are not suppressed inline: the active ones and those an earlier
    /// baseline accepted, so that rewriting a baseline keeps what it had.
    /// - Parameter file: maps a display path to the path the baseline stores (relative to the baseline's
    ///   folder, so that the baseline matches however the scan was started).
    public init(source: String, accepting diagnostics: [Diagnostic], file: (String) -> String = { $0 }) {
        let fingerprints = DiagnosticFingerprint.fingerprints(of: diagnostics, file: file)
        var entries: Set<Entry> = []
        for (diagnostic, fingerprint) in zip(diagnostics, fingerprints) where diagnostic.suppression?.kind != .inSource {
            entries.insert(Entry(id: diagnostic.id, file: file(diagnostic.range.file), fingerprint: fingerprint))
        }
        self.init(source: source, entries: Array(entries))
    }

    /// Marks the findings the baseline lists as suppressed (SARIF `external`).
    /// - Parameter file: the same path mapping the baseline was written with.
    public func apply(to diagnostics: [Diagnostic], file: (String) -> String = { $0 }) -> [Diagnostic] {
        let accepted = Set(entries)
        let fingerprints = DiagnosticFingerprint.fingerprints(of: diagnostics, file: file)
        var result = diagnostics
        for index in result.indices where result[index].suppression == nil {
            let diagnostic = result[index]
            if accepted.contains(Entry(id: diagnostic.id, file: file(diagnostic.range.file), fingerprint: fingerprints[index])) {
                result[index].suppression = Suppression(kind: .external, justification: "accepted in the baseline \(source)")
            }
        }
        return result
    }

    /// The baseline file's bytes: sorted, deterministic JSON.
    public func rendered() -> String {
        JSON.object([
            ("version", .int(Baseline.formatVersion)),
            ("tool", .string("oaas")),
            ("findings", .array(entries.map { entry in
                .object([("id", .string(entry.id)), ("file", .string(entry.file)), ("fingerprint", .string(entry.fingerprint))])
            })),
        ]).rendered()
    }

    /// Reads a baseline file.
    /// - Returns: the baseline, or a message with the position of the first problem.
    public static func parse(_ file: SourceFile) -> Result<Baseline, BaselineError> {
        let parsed = YAMLParser.parse(file)
        if let error = parsed.diagnostics.first(where: { $0.severity == .error }) {
            return .failure(BaselineError(description: "\(error.range.file):\(error.range.start.line):\(error.range.start.column): \(error.message)"))
        }
        func failure(_ node: SyntaxNode?, _ message: String) -> Result<Baseline, BaselineError> {
            let range = node?.range ?? .fileStart(file.path)
            return .failure(BaselineError(description: "\(range.file):\(range.start.line):\(range.start.column): \(message)"))
        }
        guard parsed.documents.count == 1, let root = parsed.documents[0].root, root.mapping != nil else {
            return failure(parsed.documents.first?.root, "a baseline is one JSON object with \"version\" and \"findings\"")
        }
        guard let version = root["version"], version.scalar?.text == String(formatVersion) else {
            return failure(root["version"] ?? root, "expected \"version\": \(formatVersion)")
        }
        guard let list = root["findings"], let items = list.sequence else {
            return failure(root["findings"] ?? root, "expected \"findings\": a list of {id, file, fingerprint}")
        }
        var entries: [Entry] = []
        for item in items {
            guard let id = item["id"]?.scalar?.text, let path = item["file"]?.scalar?.text,
                  let fingerprint = item["fingerprint"]?.scalar?.text else {
                return failure(item, "each finding needs \"id\", \"file\" and \"fingerprint\" strings")
            }
            entries.append(Entry(id: id, file: path, fingerprint: fingerprint))
        }
        return .success(Baseline(source: file.path, entries: entries))
    }
}

/// A baseline file that cannot be read; a configuration error (exit status 2).
public struct BaselineError: Error, CustomStringConvertible, Sendable {
    /// `file:line:col: what is wrong`.
    public let description: String
}
