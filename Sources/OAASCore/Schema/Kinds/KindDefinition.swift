/// The two families of configuration oaas reads.
public enum Dialect: String, Sendable, CaseIterable {
    /// The OAAS / OSSA workspace standard (`ossa: "0.1.x"` or `apiVersion: ossa/v…`).
    case ossa = "OAAS"
    /// The AOF agent-ops framework (`apiVersion: aof.dev/v1`).
    case aof = "AOF"
}

/// One kind of document oaas understands: its envelope, the shape of its `spec`, and how its typed
/// model is built.
public struct KindDefinition: Sendable {
    /// The dialect the kind belongs to.
    public let dialect: Dialect
    /// The kind's name as written in `kind:`.
    public let name: String
    /// Other `kind:` spellings the platform accepts for the same thing (`Fleet` for `AgentFleet`).
    public let aliases: [String]
    /// One sentence on what the document configures.
    public let doc: String
    /// The shape of the whole document (envelope and spec).
    public let document: ObjectShape
    /// The file name of the kind's JSON Schema in `schemas/`.
    public let schemaFileName: String
    /// Builds the typed model from the decoded document.
    public let model: @Sendable (IRValue) -> KindModel

    /// Declares a kind.
    public init(
        dialect: Dialect, name: String, aliases: [String] = [], doc: String, schemaVariant: String? = nil,
        document: ObjectShape, model: @escaping @Sendable (IRValue) -> KindModel
    ) {
        let base = "\(dialect.rawValue.lowercased())-\(name.lowercased())"
        self.schemaFileName = base + (schemaVariant.map { "-\($0)" } ?? "") + ".schema.json"
        self.dialect = dialect
        self.name = name
        self.aliases = aliases
        self.doc = doc
        self.document = document
        self.model = model
    }

    /// A short label such as `AOF AgentFlow`.
    public var label: String { "\(dialect.rawValue) \(name)" }
}
