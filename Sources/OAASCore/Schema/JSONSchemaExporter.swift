/// Writes a kind's shape as a draft-07 JSON Schema, for editors (`# yaml-language-server: $schema=…`)
/// and external validators. Structural only: grammars (durations, CIDRs …) become "string or number",
/// and semantic checks stay in oaas.
public enum JSONSchemaExporter {
    /// The schema of one kind, rendered.
    public static func schema(for kind: KindDefinition) -> String {
        schema(of: kind.document, fileName: kind.schemaFileName, title: kind.label, description: kind.doc)
    }

    /// The file name of the configuration file's schema in `schemas/`.
    public static let configurationSchemaFileName = "oaas-configuration.schema.json"

    /// The schema of `.oaas.yml`, rendered.
    public static func configurationSchema() -> String {
        schema(
            of: ConfigurationShape.file, fileName: configurationSchemaFileName, title: "oaas configuration (.oaas.yml)",
            description: "The oaas project configuration: the workspace's paths, rules, failing severity and defaults.")
    }

    static func schema(of shape: ObjectShape, fileName: String, title: String, description: String) -> String {
        var definitions: [String: JSON] = [:]
        var order: [String] = []
        let root = object(shape, definitions: &definitions, order: &order)
        guard case .object(let rootEntries) = root else { return root.rendered() }
        var entries: [(String, JSON)] = [
            ("$schema", .string("http://json-schema.org/draft-07/schema#")),
            ("$id", .string("https://oaas.dev/schemas/v1/\(fileName)")),
            ("title", .string(title)),
        ]
        entries += rootEntries.filter { $0.0 != "description" }
        entries.insert(("description", .string(description)), at: 3)
        entries.append(("definitions", .object(order.sorted().map { ($0, definitions[$0]!) })))
        return JSON.object(entries).rendered()
    }

    /// A `${VAR}` placeholder, which oaas accepts wherever a scalar is expected.
    static let placeholder: JSON = .object([("type", .string("string")), ("pattern", .string("^\\$\\{[^}]+\\}$"))])

    static func object(_ shape: ObjectShape, definitions: inout [String: JSON], order: inout [String]) -> JSON {
        var properties: [(String, JSON)] = []
        for field in shape.fields {
            let value = schema(field.shape, definitions: &definitions, order: &order)
            let described = describe(value, field.doc)
            var nullable: JSON = field.required ? described
                : .object([("anyOf", .array([described, .object([("type", .string("null"))])]))])
            if let defaultValue = field.defaultValue, case .object(let entries) = nullable {
                nullable = .object(entries + [("default", json(defaultValue))])
            }
            for spelling in field.spellings { properties.append((spelling, nullable)) }
        }
        var entries: [(String, JSON)] = [("type", .string("object")), ("description", .string(shape.doc))]
        entries.append(("properties", .object(properties)))
        let required = shape.fields.filter { $0.required && $0.spellings.count == 1 }.map(\.name)
        if !required.isEmpty { entries.append(("required", .array(required.map(JSON.string)))) }
        // A required field with several accepted spellings needs one of them.
        let alternatives = shape.fields.filter { $0.required && $0.spellings.count > 1 }.map { field in
            JSON.object([("anyOf", .array(field.spellings.map { .object([("required", .array([.string($0)]))]) }))])
        }
        if !alternatives.isEmpty { entries.append(("allOf", .array(alternatives))) }
        if let extra = shape.extra {
            entries.append(("additionalProperties", schema(extra, definitions: &definitions, order: &order)))
        } else {
            // Unknown keys are warnings in oaas, not errors, so the schema allows them too.
            entries.append(("additionalProperties", .bool(true)))
        }
        return .object(entries)
    }

    static func schema(_ shape: Shape, definitions: inout [String: JSON], order: inout [String]) -> JSON {
        switch shape {
        case .any:
            return .object([])
        case .string:
            return .object([("type", .array([.string("string"), .string("number")]))])
        case .bool:
            return scalar(.object([("type", .string("boolean"))]))
        case .int(let min, let max):
            var entries: [(String, JSON)] = [("type", .string("integer"))]
            if let min { entries.append(("minimum", .int(min))) }
            if let max { entries.append(("maximum", .int(max))) }
            return scalar(.object(entries))
        case .number(let min, let max):
            var entries: [(String, JSON)] = [("type", .string("number"))]
            if let min { entries.append(("minimum", .number(min))) }
            if let max { entries.append(("maximum", .number(max))) }
            return scalar(.object(entries))
        case .oneOfWords(let words):
            return scalar(.object([("enum", .array(words.map(JSON.string)))]))
        case .grammar(let grammar):
            return .object([
                ("type", .array([.string("string"), .string("number")])),
                ("description", .string("Grammar: \(grammar.expectation).")),
            ])
        case .list(let item):
            return .object([("type", .string("array")), ("items", schema(item, definitions: &definitions, order: &order))])
        case .object(let object):
            if definitions[object.name] == nil {
                definitions[object.name] = .object([])
                order.append(object.name)
                definitions[object.name] = self.object(object, definitions: &definitions, order: &order)
            }
            return .object([("$ref", .string("#/definitions/\(object.name)"))])
        case .dictionary(let value):
            let valueSchema = schema(value, definitions: &definitions, order: &order)
            return .object([("type", .string("object")), ("additionalProperties", valueSchema)])
        case .either(let shapes):
            return .object([("anyOf", .array(shapes.map { schema($0, definitions: &definitions, order: &order) }))])
        }
    }

    /// A field's default as a JSON value: `{}` for a section built from its fields' defaults.
    static func json(_ value: DefaultValue) -> JSON {
        switch value {
        case .bool(let value): .bool(value)
        case .int(let value): .int(value)
        case .number(let value): .number(value)
        case .string(let value): .string(value)
        case .emptyList: .array([])
        case .emptyMap, .object: .object([])
        }
    }

    static func scalar(_ schema: JSON) -> JSON {
        .object([("anyOf", .array([schema, placeholder]))])
    }

    static func describe(_ schema: JSON, _ doc: String) -> JSON {
        guard !doc.isEmpty, case .object(var entries) = schema, !entries.contains(where: { $0.0 == "$ref" }) else {
            return schema
        }
        entries.insert(("description", .string(doc)), at: 0)
        return .object(entries)
    }
}
