/// The resolved plan: the linked workspace after defaults, variable substitution and reference
/// resolution, as one canonical JSON document (`schemas/plan.schema.json`, `schemaVersion` 1).
///
/// Per agent, fleet, flow, trigger, context, daemon and policy document: its effective settings, the
/// origin (file, line, column, or `default`) of every value, the references it makes and what they
/// resolve to, and its approval, limit and budget settings gathered by path. Per team: its declaration,
/// projects, budgets and limits wherever the workspace states them. Variables are substituted only in
/// the fields the platform expands them in, the way it expands them (`ExpansionRules`); those the env
/// files do not provide, and secret variables, stay symbolic (`${SLACK_BOT_TOKEN}`) and are listed with
/// their uses. Literal secrets are masked as everywhere else.
public enum PlanLowering {
    /// The version of the plan document's format; bumped on any incompatible change.
    public static let schemaVersion = 1

    /// The diagnostics of this lowering: none, every problem it could meet is the compiler's.
    public static let kinds: [DiagnosticKind] = []

    /// The plan document.
    public static func plan(_ context: BuildContext) -> JSON {
        let configurations = EffectiveConfiguration.build(context.result)
        var sections: [String: [JSON]] = [:]
        var symbolic: [PlanSettings.SymbolicUse] = []
        var workspace: JSON = .null
        var allSettings: [PlanSettings] = []
        allSettings.reserveCapacity(configurations.count)
        for (index, resource) in context.resources.enumerated() {
            let settings = PlanSettings(configurations[index], variables: context.variables, resource: resource)
            allSettings.append(settings)
            symbolic += settings.symbolic
            let entity = entity(resource, index: index, settings: settings, context: context)
            sections[section(of: resource.model), default: []].append(entity)
            if case .workspace(let model) = resource.model, workspace == .null {
                workspace = .object([
                    ("name", resource.name.map { .string($0.value) } ?? .null),
                    ("source", .string(source(resource.document.range))),
                    ("teams", .array(model.teams.map { .string($0.value) })),
                ])
            }
        }
        var document: [(String, JSON)] = [
            ("schemaVersion", .int(schemaVersion)),
            ("generator", .string("oaas")),
            ("workspace", workspace),
            ("environments", .array(context.environments.map(environment))),
            ("variables", variables(symbolic, provided: context.variables)),
        ]
        for name in sectionOrder {
            let entities = (sections[name] ?? []).sorted { key($0) < key($1) }
            document.append((name, .array(entities)))
        }
        document.append(("teams", .array(PlanTeams.teams(context, settings: allSettings))))
        return .object(document)
    }

    /// The entity sections, in document order.
    static let sectionOrder = ["agents", "fleets", "flows", "triggers", "contexts", "daemons", "policies"]

    static func section(of model: KindModel) -> String {
        switch model {
        case .aofAgent, .ossaAgent: "agents"
        case .agentFleet: "fleets"
        case .agentFlow: "flows"
        case .trigger: "triggers"
        case .aofContext, .workspaceContext: "contexts"
        case .daemonConfig: "daemons"
        case .workspace, .governance, .orchestrationRules, .securityPolicy, .observability: "policies"
        }
    }

    /// `file:line` of a range's start.
    static func source(_ range: SourceRange) -> String { "\(range.file):\(range.start.line)" }

    /// The sort key of an entity: name, then kind, then source.
    static func key(_ entity: JSON) -> String {
        guard case .object(let entries) = entity else { return "" }
        var parts: [String] = ["", "", ""]
        for (name, value) in entries {
            guard case .string(let text) = value else { continue }
            switch name {
            case "name": parts[0] = text
            case "kind": parts[1] = text
            case "source": parts[2] = text
            default: break
            }
        }
        return parts.joined(separator: "\u{0}")
    }

    static func entity(_ resource: Resource, index: Int, settings: PlanSettings, context: BuildContext) -> JSON {
        .object([
            ("name", resource.name.map { .string($0.value) } ?? .null),
            ("kind", .string(resource.kind.name)),
            ("dialect", .string(resource.kind.dialect.rawValue)),
            ("source", .string(source(resource.document.range))),
            ("settings", settings.settings),
            ("provenance", .object(settings.provenance)),
            ("references", .array(PlanReferences.resolved(resource, index: index, symbols: context.result.symbols))),
            ("approvals", .array(PlanExtracts.approvals(settings.settings))),
            ("limits", .array(PlanExtracts.limits(settings.settings))),
            ("budgets", .array(PlanExtracts.budgets(settings.settings))),
        ])
    }

    static func environment(_ environment: BuildEnvironment) -> JSON {
        .object([
            ("name", .string(environment.name)),
            ("stage", environment.stage.map(JSON.string) ?? .null),
            ("namespace", environment.namespace.map { .string($0.value) } ?? .null),
            ("production", .bool(environment.isProduction)),
            ("source", environment.resource.map { .string(source($0.document.range)) } ?? .null),
        ])
    }

    /// The variables of the plan: those substituted (names only), those left symbolic and why, with uses.
    static func variables(_ uses: [PlanSettings.SymbolicUse], provided: ProvidedVariables) -> JSON {
        var byName: [String: (secret: Bool, uses: [String])] = [:]
        for use in uses {
            let location = "\(use.range.file):\(use.range.start.line):\(use.range.start.column)"
            var entry = byName[use.name] ?? (use.isSecret, [])
            if !entry.uses.contains(location) { entry.uses.append(location) }
            byName[use.name] = entry
        }
        var symbolic: [JSON] = []
        for name in byName.keys.sorted() {
            let entry = byName[name]!
            symbolic.append(.object([
                ("name", .string(name)),
                ("reason", .string(entry.secret ? "secret" : "not provided")),
                ("uses", .array(entry.uses.sorted().map(JSON.string))),
            ]))
        }
        return .object([
            ("provided", .array(provided.values.keys.sorted().map(JSON.string))),
            ("symbolic", .array(symbolic)),
        ])
    }
}
