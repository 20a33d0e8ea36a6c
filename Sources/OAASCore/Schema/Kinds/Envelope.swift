/// The envelope fields every document carries, per dialect.
public enum Envelope {
    /// AOF `metadata`: `name` is required; labels and annotations are string maps.
    public static let aofMetadata = ObjectShape(
        "aof-metadata", doc: "Identifies the resource.",
        fields: [
            Field("name", .string, required: true, "The resource's name; other resources refer to it by this name."),
            Field("namespace", .string, "A namespace, used by Kubernetes-style deployments."),
            Field("labels", .dictionary(.string), "Free-form string labels."),
            Field("annotations", .dictionary(.string), "Free-form string annotations."),
        ])

    /// AOF `metadata` where the loader makes every field optional (the daemon config).
    public static let aofOptionalMetadata = ObjectShape(
        "aof-optional-metadata", doc: "Identifies the resource; every field is optional.",
        fields: aofMetadata.fields.map { Field($0.name, $0.shape, aliases: Array($0.spellings.dropFirst()), $0.doc) })

    /// OAAS `metadata`: `name` is required.
    public static let ossaMetadata = ObjectShape(
        "ossa-metadata", doc: "Identifies the document.",
        fields: [
            Field("name", .string, required: true, "The document's name."),
            Field("version", .string, "The document's own version."),
            Field("description", .string, "What the document configures."),
            Field("namespace", .string, "A namespace."),
            Field("project", .string, "The project the document belongs to."),
            Field("created", .grammar(.date), "When the document was created."),
            Field("updated", .grammar(.date), aliases: ["last_updated"], "When the document was last changed."),
            Field("author", .string, "Who wrote it."),
            Field("classification", .string, "The document's data classification, such as \"confidential\"."),
            Field("owner", .string, "Who owns it."),
            Field("tags", .list(.string), "Free-form tags."),
            Field("labels", .dictionary(.string), "Free-form string labels."),
            Field("annotations", .dictionary(.string), "Free-form string annotations."),
        ])

    /// The whole-document shape of an AOF kind.
    /// - Parameters:
    ///   - name: the JSON Schema name (`aof-agentflow`).
    ///   - kind: the kind's name, for documentation.
    ///   - spec: the shape of `spec`.
    ///   - apiVersionRequired: whether the loader requires `apiVersion` (Agent and AgentFleet do).
    ///   - specRequired: whether `spec` must be present.
    ///   - metadataRequired: whether `metadata` must be present (the daemon config's is optional).
    public static func aofDocument(
        _ name: String, kind: String, spec: ObjectShape, apiVersionRequired: Bool = false, specRequired: Bool = true,
        metadataRequired: Bool = true
    ) -> ObjectShape {
        ObjectShape(
            name, doc: "An AOF \(kind) document.",
            fields: [
                Field("apiVersion", .string, required: apiVersionRequired, "The API version, such as \"aof.dev/v1\"."),
                Field("kind", .string, required: true, "\"\(kind)\"."),
                Field("metadata", .object(metadataRequired ? aofMetadata : aofOptionalMetadata), required: metadataRequired,
                      "Identifies the resource."),
                Field("spec", .object(spec), required: specRequired, spec.doc),
            ])
    }

    /// The whole-document shape of an OAAS kind.
    /// - Parameters:
    ///   - name: the JSON Schema name (`oaas-workspace`).
    ///   - kind: the kind's name, for documentation.
    ///   - spec: the shape of `spec`.
    ///   - extraFields: top-level fields besides the envelope and `spec`.
    public static func ossaDocument(_ name: String, kind: String, spec: ObjectShape, extraFields: [Field] = []) -> ObjectShape {
        ObjectShape(
            name, doc: "An OAAS \(kind) document.",
            fields: [
                Field("ossa", .string, "The standard's version, such as \"0.1.8\"; an alternative to apiVersion."),
                Field("apiVersion", .string, "The API version, such as \"ossa/v0.1.9\" or \"openapi-ai-agents/v0.1.8\"."),
                Field("kind", .string, required: true, "\"\(kind)\"."),
                Field("metadata", .object(ossaMetadata), required: true, "Identifies the document."),
                Field("spec", .object(spec), required: true, spec.doc),
            ] + extraFields)
    }
}
