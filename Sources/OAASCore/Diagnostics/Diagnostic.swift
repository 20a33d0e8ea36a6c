/// How serious a finding is. The pass chooses a default; the engine may raise it (`--strict`).
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    case note
    case warning
    case error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A location in the data of a document, such as `spec.nodes[3].config.agent`.
public struct DataPath: Hashable, Sendable, CustomStringConvertible {
    /// One step into a mapping (by key) or a sequence (by index).
    public enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    /// The steps from the document root.
    public var components: [Component]

    /// Creates a path from components.
    public init(_ components: [Component] = []) { self.components = components }

    /// The path one key deeper.
    public func appending(key: String) -> DataPath { DataPath(components + [.key(key)]) }

    /// The path one index deeper.
    public func appending(index: Int) -> DataPath { DataPath(components + [.index(index)]) }

    /// Dotted form: keys joined with `.`, indices in brackets; keys that are not plain words are quoted.
    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key):
                // Identifier-like keys are written bare; `/help` or `app.kubernetes.io/name` are quoted.
                let plain = key.first.map { $0.isLetter || $0 == "_" } ?? false && key.allSatisfy {
                    ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "_" || $0 == "-"
                }
                if plain {
                    if !text.isEmpty { text += "." }
                    text += key
                } else {
                    text += "[\"\(key)\"]"
                }
            case .index(let index):
                text += "[\(index)]"
            }
        }
        return text
    }
}

/// A secondary location attached to a diagnostic, such as "first defined here".
public struct DiagnosticNote: Hashable, Sendable {
    /// What the note says.
    public var message: String
    /// Where it points, if anywhere.
    public var range: SourceRange?

    /// Creates a note.
    public init(_ message: String, at range: SourceRange?) {
        self.message = message
        self.range = range
    }
}

/// A suggested edit that would resolve a diagnostic: replace `range` with `replacement`.
public struct FixIt: Hashable, Sendable {
    /// The text to replace.
    public var range: SourceRange
    /// The new text.
    public var replacement: String

    /// Creates a fix-it.
    public init(range: SourceRange, replacement: String) {
        self.range = range
        self.replacement = replacement
    }
}

/// One finding: a stable ID, a severity, a message, a primary location and data path, notes and fix-its.
public struct Diagnostic: Hashable, Sendable {
    /// The stable ID, e.g. `yaml.duplicate-key`.
    public var id: String
    /// The severity after the engine applied options.
    public var severity: Severity
    /// Lowercase, no trailing period, user values quoted.
    public var message: String
    /// The primary location.
    public var range: SourceRange
    /// Where in the document's data the problem is, when it concerns a value.
    public var path: DataPath?
    /// Secondary locations.
    public var notes: [DiagnosticNote]
    /// Suggested edits.
    public var fixIts: [FixIt]
    /// What the finding is about, for fingerprints that survive edits elsewhere in the file: a secret
    /// finding stores a hash of the secret here (never the secret). When nil, the data path (or the
    /// message) stands in. See `DiagnosticFingerprint`.
    public var contentKey: String?
    /// Set when an inline comment or a baseline suppresses the finding; suppressed findings are kept so
    /// that SARIF and JSON can show them, but they never fail a run.
    public var suppression: Suppression?

    /// Creates a diagnostic of a documented kind, with the kind's default severity.
    public init(
        _ kind: DiagnosticKind,
        _ message: String,
        at range: SourceRange,
        path: DataPath? = nil,
        notes: [DiagnosticNote] = [],
        fixIts: [FixIt] = []
    ) {
        self.id = kind.id
        self.severity = kind.defaultSeverity
        self.message = message
        self.range = range
        self.path = path
        self.notes = notes
        self.fixIts = fixIts
        self.contentKey = nil
        self.suppression = nil
    }

    /// The canonical one-line form: `path:line:col: severity: message [id]`.
    public var canonicalLine: String {
        "\(range.file):\(range.start.line):\(range.start.column): \(severity.rawValue): \(Diagnostic.oneLine(message)) [\(id)]"
    }

    /// `text` with line breaks and tabs written as `\n`, `\r`, `\t`, so that a quoted user value (a key
    /// `"on\nfailure"`) cannot break a one-line-per-finding format.
    public static func oneLine(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Orders diagnostics for output: by file, position, ID, then message.
    public static func outputOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        if lhs.range.file != rhs.range.file { return lhs.range.file < rhs.range.file }
        if lhs.range.start != rhs.range.start { return lhs.range.start < rhs.range.start }
        if lhs.id != rhs.id { return lhs.id < rhs.id }
        if lhs.message != rhs.message { return lhs.message < rhs.message }
        return lhs.severity > rhs.severity
    }
}

/// Why a finding is not counted: an inline `# oaas:ignore[ID] reason` comment, or a baseline entry.
public struct Suppression: Hashable, Sendable {
    /// Where the suppression comes from.
    public enum Kind: String, Hashable, Sendable {
        /// A comment in the file (SARIF `inSource`).
        case inSource
        /// A baseline file (SARIF `external`).
        case external
    }

    /// Where the suppression comes from.
    public var kind: Kind
    /// The reason given with it.
    public var justification: String
    /// Where the comment is, for inline suppressions.
    public var range: SourceRange?

    /// Creates a suppression.
    public init(kind: Kind, justification: String, range: SourceRange? = nil) {
        self.kind = kind
        self.justification = justification
        self.range = range
    }
}
