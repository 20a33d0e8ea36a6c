/// Every kind oaas checks, by dialect. The classifier looks kinds up here; `oaas schema` writes one JSON
/// Schema per entry.
public enum KindCatalog {
    /// All kinds, AOF first, each dialect in alphabetical order.
    public static let all: [KindDefinition] = [
        AOFAgentSchema.kind,
        AgentFlowSchema.kind,
        AgentFleetSchema.kind,
        ContextSchema.kind,
        DaemonConfigSchema.kind,
        TriggerSchema.kind,
        OSSAAgentSchema.kind,
        GovernanceSchema.kind,
        ObservabilitySchema.kind,
        OrchestrationRulesSchema.kind,
        SecurityPolicySchema.kind,
        WorkspaceSchema.kind,
        WorkspaceContextSchema.kind,
    ]

    /// Every kind with a JSON Schema of its own: the kinds and AOF's flat agent form.
    public static var withSchemas: [KindDefinition] { all + [AOFAgentSchema.flatKind] }

    /// The kind named `name` (or one of its aliases) in a dialect.
    public static func kind(named name: String, in dialect: Dialect) -> KindDefinition? {
        all.first { $0.dialect == dialect && ($0.name == name || $0.aliases.contains(name)) }
    }

    /// Every kind name and alias of a dialect, for suggestions.
    public static func names(in dialect: Dialect) -> [String] {
        all.filter { $0.dialect == dialect }.flatMap { [$0.name] + $0.aliases }
    }
}
