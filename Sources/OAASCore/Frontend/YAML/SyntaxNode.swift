/// How a scalar was written, which decides whether YAML's implicit typing applies to it.
public enum ScalarStyle: Sendable {
    case plain
    case singleQuoted
    case doubleQuoted
    case literal
    case folded
}

/// The type YAML 1.2's core schema gives a scalar (quoted and block scalars are always strings).
public enum ScalarType: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    /// An integer literal too large for `Int`.
    case bigInt
    case float(Double)
    case string
}

/// A plain scalar that YAML 1.1 readers (PyYAML, older tools) type differently from YAML 1.2 readers.
public enum YAML11Hazard: Sendable, Equatable {
    /// `yes`, `no`, `on`, `off` (any case): a boolean in YAML 1.1, a string in YAML 1.2.
    case booleanWord
    /// `010`: octal 8 in YAML 1.1, decimal 10 in YAML 1.2.
    case octalLooking
    /// `1:30`: the base-60 number 90 in YAML 1.1, a string in YAML 1.2.
    case sexagesimal
}

/// A scalar's text and how it was written.
public struct Scalar: Sendable {
    /// The scalar's value after YAML unescaping and folding.
    public let text: String
    /// How it was written.
    public let style: ScalarStyle
    /// The explicit tag, if any (`tag:yaml.org,2002:str` for `!!str`).
    public let tag: String?
    /// The type under YAML 1.2's core schema (honouring explicit standard tags).
    public let type: ScalarType
    /// Set when YAML 1.1 readers would type this plain scalar differently.
    public let hazard: YAML11Hazard?

    /// Creates a scalar and resolves its type.
    public init(text: String, style: ScalarStyle, tag: String?) {
        self.text = text
        self.style = style
        self.tag = tag
        let resolved = ScalarResolver.resolve(text: text, style: style, tag: tag)
        self.type = resolved.type
        self.hazard = resolved.hazard
    }

    /// Whether the scalar was written without quotes or block indicators.
    public var isPlain: Bool { style == .plain }
}

/// One `key: value` pair of a mapping.
public struct MappingEntry: Sendable {
    /// The key node (a scalar in every document we accept).
    public let key: SyntaxNode
    /// The value node.
    public let value: SyntaxNode
    /// True when the entry came from a `<<` merge key rather than being written in this mapping.
    public let isMerged: Bool

    /// The key's text, or nil for a non-scalar key.
    public var keyText: String? { key.scalar?.text }
}

/// A node of the positioned YAML syntax tree.
///
/// Nodes are immutable and shared: an alias is the very node its anchor names, so a walker that follows
/// aliases sees the anchored content. `weight` (the node count with aliases expanded) and `height` let the
/// parser bound alias expansion and nesting before any walker runs.
public final class SyntaxNode: Sendable {
    /// A node's content.
    public enum Content: Sendable {
        case scalar(Scalar)
        case sequence([SyntaxNode])
        case mapping([MappingEntry])
    }

    /// What the node holds.
    public let content: Content
    /// Where the node is written.
    public let range: SourceRange
    /// The anchor the node defines, if any.
    public let anchor: String?
    /// The number of nodes in this subtree with aliases expanded.
    public let weight: Int
    /// The nesting depth of this subtree (a scalar has height 1).
    public let height: Int

    init(content: Content, range: SourceRange, anchor: String?) {
        self.content = content
        self.range = range
        self.anchor = anchor
        switch content {
        case .scalar:
            weight = 1
            height = 1
        case .sequence(let items):
            weight = items.reduce(1) { $0 + $1.weight }
            height = 1 + (items.map(\.height).max() ?? 0)
        case .mapping(let entries):
            weight = entries.reduce(1) { $0 + $1.key.weight + $1.value.weight }
            height = 1 + (entries.map { max($0.key.height, $0.value.height) }.max() ?? 0)
        }
    }

    /// The scalar, if this is a scalar node.
    public var scalar: Scalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// The items, if this is a sequence node.
    public var sequence: [SyntaxNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The entries, if this is a mapping node.
    public var mapping: [MappingEntry]? {
        if case .mapping(let entries) = content { return entries }
        return nil
    }

    /// The value of the first entry whose key is `key`.
    public subscript(key: String) -> SyntaxNode? {
        mapping?.first { $0.keyText == key }?.value
    }

    /// The tag of a placeholder the parser put where content was dropped (an alias beyond the expansion
    /// limit, nesting beyond the depth limit); the parser has reported it, so later stages stay quiet.
    static let droppedTag = "tag:oaas,dropped"

    /// A placeholder for content the parser dropped and reported.
    static func dropped(at range: SourceRange) -> SyntaxNode {
        SyntaxNode(content: .scalar(Scalar(text: "", style: .plain, tag: droppedTag)), range: range, anchor: nil)
    }

    /// Whether this node stands for content the parser dropped and already reported.
    public var isDropped: Bool { scalar?.tag == SyntaxNode.droppedTag }

    /// True for a scalar that is null under YAML 1.2 (`~`, `null`, or nothing at all).
    public var isNull: Bool { scalar?.type == .null }

    /// A word for the node's kind, used in "expected …, found …" messages.
    public var kindDescription: String {
        switch content {
        case .sequence: return "a sequence"
        case .mapping: return "a mapping"
        case .scalar(let scalar):
            switch scalar.type {
            case .null: return "null"
            case .bool: return "a boolean"
            case .int, .bigInt: return "an integer"
            case .float: return "a number"
            case .string: return "a string"
            }
        }
    }
}

/// One YAML document of a file.
public struct YAMLDocument: Sendable {
    /// The file the document is in.
    public let file: String
    /// The 0-based position of the document within its file.
    public let index: Int
    /// The root node; nil for an empty document.
    public let root: SyntaxNode?
    /// The whole document's range.
    public let range: SourceRange
}
