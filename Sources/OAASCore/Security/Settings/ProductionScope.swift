/// Which resources are production, and why: the one rule every production-only security check uses.
///
/// A resource is production when one of these says `prod` or `production` as a word (so `prod-us-east-1`
/// and `slack-prod` count; `product-catalog`, `pre-prod` and `non-production` do not), looked at in this order:
/// 1. its `metadata.labels.environment`, `env`, `stage` or `tier` label;
/// 2. its `metadata.namespace`;
/// 3. what it runs in: an AOF Context's or an AgentFlow's `context` namespace and cluster, an OAAS
///    Agent's `deployment.environments`, a Workspace's `context.environment` or `deployment.environment`,
///    a WorkspaceContext's `environment.stage`;
/// 4. its `metadata.name`;
/// 5. for a Trigger: a command that starts a production flow;
/// 6. for the workspace-wide OAAS documents (Workspace, GovernanceConfiguration, SecurityPolicy,
///    OrchestrationRules, WorkspaceContext, ObservabilityConfiguration, and OAAS Agents that name no
///    environment of their own): a Workspace or WorkspaceContext of the same workspace that is production.
///
/// AOF documents do not inherit production from the OAAS workspace around them: a staging Context kept
/// next to a production workspace is still staging.
struct ProductionScope {
    /// Why a resource is production: what says so, for a note.
    struct Reason {
        /// What says so, such as `label "environment: production"`.
        let description: String
        /// Where it is written.
        let range: SourceRange
    }

    /// The reason of each production resource, by index in `Project.resources`.
    private let reasons: [Int: Reason]

    /// The labels whose values name an environment.
    static let environmentLabels = ["environment", "env", "stage", "tier"]

    /// Applies the rule to every resource of a project.
    init(_ project: Project) {
        var reasons: [Int: Reason] = [:]
        var flowReasons: [String: Reason] = [:]
        for (index, resource) in project.resources.enumerated() {
            guard let reason = Self.ownReason(resource) else { continue }
            reasons[index] = reason
            if case .agentFlow = resource.model, let name = resource.name?.value { flowReasons[name] = reason }
        }
        // Triggers inherit from the flows they start; OAAS documents from their workspace.
        let scopeKeys = WorkspaceScope.keys(in: project)
        var scopeReasons: [String: Reason] = [:]
        for (index, resource) in project.resources.enumerated() {
            guard let reason = reasons[index], scopeReasons[scopeKeys[index]] == nil else { continue }
            switch resource.model {
            case .workspace, .workspaceContext: scopeReasons[scopeKeys[index]] = reason
            default: continue
            }
        }
        for (index, resource) in project.resources.enumerated() where reasons[index] == nil {
            switch resource.model {
            case .trigger(let trigger):
                for command in trigger.commands {
                    guard let flow = command.flow, flowReasons[flow.value] != nil else { continue }
                    reasons[index] = Reason(description: "it starts production flow \"\(flow.value)\"", range: flow.range)
                    break
                }
            case .ossaAgent(let agent) where !(agent.deployment?.environments.isEmpty ?? true):
                // An agent that names its environments is production only when one of them is.
                continue
            case .workspace, .workspaceContext, .governance, .securityPolicy, .orchestrationRules, .observability, .ossaAgent:
                if let reason = scopeReasons[scopeKeys[index]] {
                    reasons[index] = Reason(description: "its workspace is production (\(reason.description))", range: reason.range)
                }
            default:
                continue
            }
        }
        self.reasons = reasons
    }

    /// Why the resource at an index is production, or nil when it is not.
    func reason(_ index: Int) -> Reason? { reasons[index] }

    /// The note that says why a resource is production.
    func note(_ index: Int, name: String) -> DiagnosticNote? {
        guard let reason = reasons[index] else { return nil }
        return DiagnosticNote("\(name) is production: \(reason.description)", at: reason.range)
    }

    /// Whether a text names production: `prod` or `production` as a word, but not after `pre`, `non` or
    /// `not` (`pre-prod`, `non-production` are the environments before or beside production).
    static func namesProduction(_ text: String) -> Bool {
        var word = ""
        var previous = ""
        for character in text.lowercased() + " " {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else if !word.isEmpty {
                if word == "prod" || word == "production", !["pre", "non", "not"].contains(previous) { return true }
                previous = word
                word = ""
            }
        }
        return false
    }

    /// The reason a resource is production by what it says itself (steps 1 to 4).
    private static func ownReason(_ resource: Resource) -> Reason? {
        let metadata = resource.document["metadata"]
        for label in environmentLabels {
            if let value = metadata?["labels"]?[label], let text = value.text, namesProduction(text) {
                return Reason(description: "label \"\(label): \(text)\"", range: value.range)
            }
        }
        if let value = metadata?["namespace"], let text = value.text, namesProduction(text) {
            return Reason(description: "namespace \"\(text)\"", range: value.range)
        }
        for (what, value) in environmentValues(resource) where namesProduction(value.value) {
            return Reason(description: "\(what) \"\(value.value)\"", range: value.range)
        }
        if let name = resource.name, namesProduction(name.value) {
            return Reason(description: "name \"\(name.value)\"", range: name.range)
        }
        return nil
    }

    /// What a resource says it runs in (step 3), with a description of each value.
    private static func environmentValues(_ resource: Resource) -> [(String, Located<String>)] {
        var values: [(String, Located<String>)] = []
        func add(_ what: String, _ value: Located<String>?) {
            if let value { values.append((what, value)) }
        }
        switch resource.model {
        case .aofContext(let context):
            add("namespace", context.namespace)
            add("cluster", context.cluster)
        case .agentFlow(let flow):
            add("context namespace", flow.context?.namespace)
            add("context cluster", flow.context?.cluster)
        case .ossaAgent(let agent):
            for environment in agent.deployment?.environments ?? [] { add("deployment environment", environment) }
        case .workspace:
            let spec = resource.document["spec"]
            add("context environment", spec?["context"]?["environment"]?.located)
            add("deployment environment", spec?["deployment"]?["environment"]?.located)
        case .workspaceContext(let context):
            add("stage", context.stage)
        default:
            break
        }
        return values
    }
}
