/// One resource's configuration as the platform will run it: every value that is written (with where),
/// every absent field that has a default (marked as such), and every written key that the platform
/// ignores (with why), so that "approval not required because the key was misspelled" is visible.
///
/// Built from the decoded document and its kind's shape (`EffectiveWalker`); the reasons for ignored
/// keys and invalid values come from the compiler's diagnostics, so `oaas plan` and `oaas validate`
/// never disagree. Secret values are masked.
public struct EffectiveConfiguration: Sendable {
    /// The kind of the resource.
    public let kind: KindDefinition
    /// The file the resource is in.
    public let file: String
    /// The document's 0-based position in its file.
    public let documentIndex: Int
    /// Where the document starts.
    public let range: SourceRange
    /// `metadata.name`, when present.
    public let name: String?
    /// The configuration tree; its root is the whole document.
    public let root: EffectiveNode
    /// Errors reported inside the document (by `oaas validate`).
    public let errors: Int
    /// Warnings reported inside the document.
    public let warnings: Int

    /// The effective configuration of every resource of a compilation, in the project's order (by file and
    /// position).
    /// - Parameter result: a compilation's result.
    /// - Returns: one configuration per resource.
    public static func build(_ result: Compiler.Result) -> [EffectiveConfiguration] {
        let index = DiagnosticIndex(result.diagnostics)
        var configurations: [EffectiveConfiguration] = []
        configurations.reserveCapacity(result.project.resources.count)
        for resource in result.project.resources {
            configurations.append(build(resource, index: index))
        }
        return configurations
    }

    static func build(_ resource: Resource, index: DiagnosticIndex) -> EffectiveConfiguration {
        let walker = EffectiveWalker(diagnostics: index)
        let root = walker.node(resource.document, shape: .object(resource.kind.document), secret: false)
        let counts = index.counts(in: resource.document.range)
        return EffectiveConfiguration(
            kind: resource.kind, file: resource.file, documentIndex: resource.documentIndex, range: resource.document.range,
            name: resource.name?.value, root: root, errors: counts.errors, warnings: counts.warnings)
    }
}

/// A value of the effective configuration and where it comes from.
public struct EffectiveNode: Sendable {
    /// What the platform holds.
    public indirect enum Value: Sendable {
        case null
        case bool(Bool)
        case int(Int)
        case number(Double)
        /// A string, with secrets already masked.
        case string(String)
        case list([EffectiveNode])
        /// Members in output order: as written, then defaulted fields in the shape's order.
        case object([EffectiveMember])
    }

    /// Where a value comes from.
    public enum Origin: Sendable {
        /// Written in a file: the range of its key for a mapping's member, of the value itself otherwise.
        case written(SourceRange)
        /// Absent; the platform's default.
        case defaulted
        /// Written, but the platform ignores the key; `reason` says why ("not a field of approval; did you
        /// mean \"required\"?").
        case ignored(reason: String, range: SourceRange)
    }

    /// The value.
    public let value: Value
    /// Where it comes from.
    public let origin: Origin
    /// Where it is in the document.
    public let path: DataPath
    /// Whether a secret was masked in this value.
    public let masked: Bool
    /// Why the value does not fit its field (the decoder's error), when it does not.
    public let invalid: String?

    /// Creates a node.
    public init(_ value: Value, origin: Origin, path: DataPath, masked: Bool = false, invalid: String? = nil) {
        self.value = value
        self.origin = origin
        self.path = path
        self.masked = masked
        self.invalid = invalid
    }

    /// Whether the platform ignores this value's key.
    public var isIgnored: Bool {
        if case .ignored = origin { return true }
        return false
    }

    /// Whether the value is a default.
    public var isDefault: Bool {
        if case .defaulted = origin { return true }
        return false
    }
}

/// One key of an effective mapping.
public struct EffectiveMember: Sendable {
    /// The key: the field's canonical name, or the key as written for free-form and ignored keys.
    public let key: String
    /// The value.
    public let node: EffectiveNode

    /// Creates a member.
    public init(key: String, node: EffectiveNode) {
        self.key = key
        self.node = node
    }
}

/// The compiler's diagnostics, indexed by file and position, for the reasons `oaas plan` shows.
struct DiagnosticIndex {
    /// `schema.unknown-key` messages by file and key offset.
    private var unknownKeys: [String: [Int: String]] = [:]
    /// The first error message by file and value offset.
    private var errors: [String: [Int: String]] = [:]
    /// Every diagnostic's severity and offset, by file, sorted by offset.
    private var severities: [String: [(offset: Int, severity: Severity)]] = [:]

    init(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            let file = diagnostic.range.file
            let offset = diagnostic.range.start.offset
            if diagnostic.id == DiagnosticKind.unknownKey.id, unknownKeys[file]?[offset] == nil {
                unknownKeys[file, default: [:]][offset] = diagnostic.message
            }
            if diagnostic.severity == .error, errors[file]?[offset] == nil {
                errors[file, default: [:]][offset] = diagnostic.message
            }
            severities[file, default: []].append((offset, diagnostic.severity))
        }
        for file in severities.keys.sorted() {
            severities[file]?.sort { $0.offset < $1.offset }
        }
    }

    /// The unknown-key message reported at a key.
    func unknownKeyMessage(at range: SourceRange) -> String? { unknownKeys[range.file]?[range.start.offset] }

    /// The first error reported at a value.
    func error(at range: SourceRange) -> String? { errors[range.file]?[range.start.offset] }

    /// Errors and warnings reported inside a range.
    func counts(in range: SourceRange) -> (errors: Int, warnings: Int) {
        guard let entries = severities[range.file] else { return (0, 0) }
        // Binary search for the first diagnostic at or after the range's start.
        var low = 0
        var high = entries.count
        while low < high {
            let mid = (low + high) / 2
            if entries[mid].offset < range.start.offset { low = mid + 1 } else { high = mid }
        }
        var errors = 0
        var warnings = 0
        var index = low
        while index < entries.count, entries[index].offset <= range.end.offset {
            switch entries[index].severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .note: break
            }
            index += 1
        }
        return (errors, warnings)
    }
}
