/// Everything the compliance checks read, gathered once per run: the governance, workspace, context and
/// security policy documents, the production scope, the findings of `security-scan`'s settings passes
/// and of the semantic passes (which several checks reuse rather than re-derive), the as-of date and
/// the catalogs.
public struct ComplianceFacts: Sendable {
    /// The date the date rules take as today.
    public let asOf: DateValue
    /// The decoded workspace.
    public let project: Project
    /// Every GovernanceConfiguration, in resource order.
    let governance: [(resource: Resource, model: GovernanceConfiguration)]
    /// Every Workspace, in resource order.
    let workspaces: [(resource: Resource, model: Workspace)]
    /// Every SecurityPolicy, in resource order.
    let securityPolicies: [(resource: Resource, model: SecurityPolicy)]
    /// Every WorkspaceContext, in resource order.
    let contexts: [(resource: Resource, model: WorkspaceContext)]
    /// The findings checks reuse (dangerous settings, semantic passes), by ID.
    let reusedFindings: [String: [Diagnostic]]
    /// Which resources are production.
    let production: ProductionScope
    /// The catalogs by framework key: the bundled ones, replaced or extended by `--catalog` imports.
    let catalogs: [String: ControlCatalog]

    /// Gathers the facts of a linked workspace whose semantic passes have run.
    /// - Parameter semanticFindings: what the semantic passes reported (some checks reuse them).
    init(context: SemanticContext, semanticFindings: [Diagnostic], asOf: DateValue, catalogs: [String: ControlCatalog]) {
        self.asOf = asOf
        self.project = context.project
        self.catalogs = catalogs
        var governance: [(resource: Resource, model: GovernanceConfiguration)] = []
        var workspaces: [(resource: Resource, model: Workspace)] = []
        var policies: [(resource: Resource, model: SecurityPolicy)] = []
        var contexts: [(resource: Resource, model: WorkspaceContext)] = []
        for resource in context.project.resources {
            switch resource.model {
            case .governance(let model): governance.append((resource, model))
            case .workspace(let model): workspaces.append((resource, model))
            case .securityPolicy(let model): policies.append((resource, model))
            case .workspaceContext(let model): contexts.append((resource, model))
            default: break
            }
        }
        self.governance = governance
        self.workspaces = workspaces
        self.securityPolicies = policies
        self.contexts = contexts
        self.production = ProductionScope(context.project)
        let found = ParallelMap.map(SecuritySettingsPasses.passes) { pass -> [Diagnostic] in
            var sink = DiagnosticSink()
            pass.run(context, into: &sink)
            return sink.diagnostics
        }
        var byID: [String: [Diagnostic]] = [:]
        for diagnostic in DiagnosticOrdering.sortedUnique(found.flatMap { $0 } + semanticFindings) {
            byID[diagnostic.id, default: []].append(diagnostic)
        }
        self.reusedFindings = byID
    }

    /// The reused findings of some IDs, as compliance findings at the same places.
    func findings(_ kinds: [DiagnosticKind]) -> [ComplianceFinding] {
        var result: [ComplianceFinding] = []
        for kind in kinds {
            for diagnostic in reusedFindings[kind.id] ?? [] {
                result.append(ComplianceFinding(diagnostic.message, at: diagnostic.range))
            }
        }
        return result
    }

    /// The section of a framework in the first governance file that has one, with its governance model.
    func section(_ framework: ComplianceFrameworkID) -> (governance: GovernanceConfiguration, section: GovernanceConfiguration.Framework)? {
        for (_, model) in governance {
            if let section = model.framework(framework) { return (model, section) }
        }
        return nil
    }

    /// The first governance file's `spec`, for settings the typed model does not carry.
    var governanceSpec: IRValue? { governance.first?.resource.document["spec"] }

    /// Where a framework's missing evidence is reported: its governance section's key, else the first
    /// governance or workspace document, else the first file of the run.
    func anchor(for frameworkKey: String) -> SourceRange {
        for (resource, _) in governance {
            for entry in resource.document["spec"]?["compliance"]?.entries ?? [] where ComplianceFacts.catalogKey(entry.key) == frameworkKey {
                return entry.keyRange
            }
        }
        if let spec = governance.first?.resource.document["spec"] { return spec.range }
        if let first = workspaces.first { return first.resource.document.range }
        if let first = project.resources.first { return first.document.range }
        return SourceRange.fileStart(project.files.first ?? "<workspace>")
    }

    /// The catalog key a governance section key names: our keys for the bundled frameworks
    /// (`iso_42001` → `iso-42001`), else the key with `_` as `-`, lowercased (`nist_800_53` → `nist-800-53`).
    public static func catalogKey(_ sectionKey: String) -> String {
        if let id = ComplianceFrameworkID(spelling: sectionKey), let key = UndefinedControlPass.catalogKey(id) { return key }
        return String(sectionKey.lowercased().map { $0 == "_" ? "-" : $0 })
    }
}
