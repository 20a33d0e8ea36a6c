/// A value decoded from YAML under a shape: canonical key spellings, YAML 1.2 types, grammar values
/// parsed, and the source range of every node kept.
///
/// Every document's data becomes an `IRValue` tree; the per-kind models (`AOFAgent`, `AgentFlow` …)
/// are typed views built from it, and passes that look at every value (secret hygiene) walk it whole.
public struct IRValue: Sendable {
    /// What a value holds.
    public enum Content: Sendable {
        case null
        case bool(Bool)
        case int(Int)
        case number(Double)
        case string(String)
        /// A value parsed by its field's grammar; `text` is the scalar as written.
        case typed(TypedValue, text: String)
        case list([IRValue])
        case object([IREntry])
        /// A value that did not fit its shape (already reported); kept so nothing is lost.
        case invalid(SyntaxNode)
    }

    /// The value.
    public let content: Content
    /// Where it is written.
    public let range: SourceRange
    /// Where it is in the document.
    public let path: DataPath

    /// Creates a value.
    public init(_ content: Content, range: SourceRange, path: DataPath) {
        self.content = content
        self.range = range
        self.path = path
    }

    /// The entry value for a canonical key, if this is an object.
    public subscript(key: String) -> IRValue? {
        guard case .object(let entries) = content else { return nil }
        return entries.first { $0.key == key }?.value
    }

    /// The entries, if this is an object.
    public var entries: [IREntry] {
        if case .object(let entries) = content { return entries }
        return []
    }

    /// The items, if this is a list.
    public var items: [IRValue] {
        if case .list(let items) = content { return items }
        return []
    }

    /// The text of a string, number or typed value (as written); nil for other kinds.
    public var text: String? {
        switch content {
        case .string(let text): text
        case .int(let value): String(value)
        case .number(let value): value.formattedCompactly
        case .typed(_, let text): text
        case .bool(let value): String(value)
        default: nil
        }
    }

    /// The boolean, if this is one.
    public var bool: Bool? {
        if case .bool(let value) = content { return value }
        return nil
    }

    /// The integer, if this is one.
    public var int: Int? {
        if case .int(let value) = content { return value }
        return nil
    }

    /// The number, if this is an integer or a number.
    public var number: Double? {
        switch content {
        case .int(let value): Double(value)
        case .number(let value): value
        default: nil
        }
    }

    /// The grammar value, if the field has a grammar and the value parsed.
    public var typed: TypedValue? {
        if case .typed(let value, _) = content { return value }
        return nil
    }

    /// The string located at this value.
    public var located: Located<String>? { text.map { Located($0, range) } }

    /// Every string value below this one (keys excluded), depth first, in document order.
    public func forEachString(_ body: (String, IRValue) -> Void) {
        switch content {
        case .string(let text): body(text, self)
        case .typed(_, let text): body(text, self)
        case .list(let items): items.forEach { $0.forEachString(body) }
        case .object(let entries): entries.forEach { $0.value.forEachString(body) }
        default: break
        }
    }
}

/// One key and value of a decoded mapping.
public struct IREntry: Sendable {
    /// The canonical key (the field's name; the written key for free-form mappings).
    public let key: String
    /// The key as written.
    public let writtenKey: String
    /// Where the key is written.
    public let keyRange: SourceRange
    /// The value.
    public let value: IRValue
}

/// A value together with where it came from.
public struct Located<Value: Sendable>: Sendable {
    /// The value.
    public let value: Value
    /// Where it is written.
    public let range: SourceRange

    /// Pairs a value with its range.
    public init(_ value: Value, _ range: SourceRange) {
        self.value = value
        self.range = range
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
