/// The shape a YAML value must have: the single source of truth for structural checking, for the JSON
/// Schemas in `schemas/`, and for the field spellings the IR decoders read.
public indirect enum Shape: Sendable {
    /// Any string; numbers are accepted too, since many files write `version: 1`.
    case string
    /// `true` or `false`.
    case bool
    /// A whole number, optionally bounded.
    case int(min: Int? = nil, max: Int? = nil)
    /// Any number, optionally bounded.
    case number(min: Double? = nil, max: Double? = nil)
    /// One of a fixed set of words.
    case oneOfWords([String])
    /// A string with a grammar (duration, money, CIDR …), parsed into a typed value.
    case grammar(ValueGrammar)
    /// A sequence whose items all have one shape.
    case list(Shape)
    /// A mapping with known fields.
    case object(ObjectShape)
    /// A mapping whose keys are free and whose values all have one shape.
    case dictionary(Shape)
    /// Any of several shapes, told apart by the node's kind (scalar, sequence or mapping) first.
    case either([Shape])
    /// Anything at all: free-form data that the platform passes through.
    case any

    /// Words for the node kinds this shape accepts, for "expected …" messages.
    var expectation: String {
        switch self {
        case .string: "a string"
        case .bool: "a boolean"
        case .int: "an integer"
        case .number: "a number"
        case .oneOfWords(let words):
            words.count <= 8 ? words.quotedAlternatives()
                : "one of " + words.sorted().prefix(3).map { "\"\($0)\"" }.joined(separator: ", ") + " … (\(words.count) words)"
        case .grammar(let grammar): grammar.expectation
        case .list: "a sequence"
        case .object, .dictionary: "a mapping"
        case .either(let shapes): shapes.map(\.expectation).uniqued().joinedAsAlternatives()
        case .any: "any value"
        }
    }
}

/// A mapping with named fields. A reference type so that shapes can be shared between kinds.
public final class ObjectShape: Sendable {
    /// A short name, used for JSON Schema definitions (`aof-agent-spec`).
    public let name: String
    /// What the mapping describes.
    public let doc: String
    /// The fields, in documentation order.
    public let fields: [Field]
    /// The shape of keys not in `fields`; nil means unknown keys are reported.
    public let extra: Shape?
    /// Keys people write by mistake for a field whose name is not close in spelling
    /// (`enabled` for approval's `required`), mapped to the field's name; an empty name means "suggest
    /// nothing", for keys whose nearest spelling would be a wrong fix.
    public let hints: [String: String]
    /// Every accepted spelling mapped to its field.
    let fieldsBySpelling: [String: Field]

    /// Declares a mapping shape.
    /// - Parameters:
    ///   - name: a short kebab-case name, unique across all shapes.
    ///   - doc: one sentence on what the mapping is.
    ///   - extra: the shape of additional keys, or nil to report unknown keys.
    ///   - hints: wrong keys people write, mapped to the field they mean.
    ///   - fields: the known fields.
    public init(_ name: String, doc: String, extra: Shape? = nil, hints: [String: String] = [:], fields: [Field]) {
        self.name = name
        self.doc = doc
        self.fields = fields
        self.extra = extra
        self.hints = hints
        var index: [String: Field] = [:]
        for field in fields {
            for spelling in field.spellings where index[spelling] == nil {
                index[spelling] = field
            }
        }
        self.fieldsBySpelling = index
    }

    /// The field a key names, in any accepted spelling.
    public func field(forKey key: String) -> Field? { fieldsBySpelling[key] }

    /// The field with this canonical name.
    public func field(named name: String) -> Field? {
        fields.first { $0.name == name }
    }
}

/// One field of an object shape.
public struct Field: Sendable {
    /// The canonical key, as the seed documents spell it.
    public let name: String
    /// The value's shape.
    public let shape: Shape
    /// Whether the key must be present.
    public let required: Bool
    /// What the field means.
    public let doc: String
    /// Every spelling accepted for this field: the name and its aliases. snake_case and camelCase twins
    /// are not accepted implicitly: the platforms read exactly one spelling and drop the other, so the
    /// other is an unknown key with a did-you-mean.
    public let spellings: [String]
    /// The value the platform uses when the key is absent, if it documents one; nil when an absent key
    /// means "not set" (or when the default is not known for certain).
    public let defaultValue: DefaultValue?

    /// Declares a field.
    /// - Parameters:
    ///   - name: the canonical key.
    ///   - shape: the value's shape.
    ///   - required: whether the key must be present.
    ///   - aliases: further spellings real files use for the same field.
    ///   - defaultValue: the value the platform uses when the key is absent.
    ///   - doc: what the field means.
    public init(
        _ name: String, _ shape: Shape, required: Bool = false, aliases: [String] = [], default defaultValue: DefaultValue? = nil,
        _ doc: String = ""
    ) {
        self.name = name
        self.shape = shape
        self.required = required
        self.defaultValue = defaultValue
        self.doc = doc
        var spellings = [name]
        for candidate in aliases where !spellings.contains(candidate) {
            spellings.append(candidate)
        }
        self.spellings = spellings
    }
}

/// The value a platform uses for an absent key: what `oaas plan` shows as "default" and the JSON Schemas
/// give as `default`. Only values the platform's own code (or its standard) states are recorded.
public enum DefaultValue: Sendable, Equatable {
    /// A boolean.
    case bool(Bool)
    /// A whole number.
    case int(Int)
    /// A number with a fraction.
    case number(Double)
    /// A string (also a duration or other grammar value, as written).
    case string(String)
    /// An empty sequence.
    case emptyList
    /// An empty mapping with free keys.
    case emptyMap
    /// The section is built from its own fields' defaults when the key is absent (serde's
    /// `#[serde(default)]` on a struct whose `Default` matches its fields' defaults).
    case object
}

extension Array where Element == String {
    func uniqued() -> [String] {
        var seen: Set<String> = []
        return filter { seen.insert($0).inserted }
    }

    /// `a`, `a or b`, `a, b or c`.
    func joinedAsAlternatives() -> String {
        switch count {
        case 0: return ""
        case 1: return self[0]
        default: return dropLast().joined(separator: ", ") + " or " + last!
        }
    }

    /// `"a"`, `"a" or "b"`, … with each word quoted, sorted.
    func quotedAlternatives() -> String {
        sorted().map { "\"\($0)\"" }.joinedAsAlternatives()
    }
}
