/// The typed model of one document, by kind.
public enum KindModel: Sendable {
    case aofAgent(AOFAgent)
    case agentFlow(AgentFlow)
    case agentFleet(AgentFleet)
    case aofContext(AOFContext)
    case trigger(AOFTrigger)
    case daemonConfig(DaemonConfig)
    case workspace(Workspace)
    case governance(GovernanceConfiguration)
    case orchestrationRules(OrchestrationRules)
    case workspaceContext(WorkspaceContext)
    case ossaAgent(OSSAAgent)
    case securityPolicy(SecurityPolicy)
    case observability(ObservabilityConfiguration)
}

/// One document of ours, decoded: where it is, what kind it is, its data and its typed model.
public struct Resource: Sendable {
    /// The kind.
    public let kind: KindDefinition
    /// The file the document is in.
    public let file: String
    /// The document's 0-based position in its file.
    public let documentIndex: Int
    /// `metadata.name`, when present.
    public let name: Located<String>?
    /// The whole decoded document.
    public let document: IRValue
    /// The typed model.
    public let model: KindModel
}

/// A document that is not ours (a GitHub workflow, a Helm chart …), or that oaas does not check.
public struct SkippedDocument: Sendable {
    /// Where it is.
    public let range: SourceRange
    /// The document's 0-based position in its file.
    public let documentIndex: Int
    /// Why it was skipped, for `--verbose`.
    public let reason: String
}

/// The whole workspace as the compiler understands it.
public struct Project: Sendable {
    /// Every document of ours, sorted by file and position.
    public var resources: [Resource]
    /// Documents that were skipped, sorted by file and position.
    public var skipped: [SkippedDocument]
    /// The files read, sorted.
    public var files: [String]

    /// Creates a project.
    public init(resources: [Resource] = [], skipped: [SkippedDocument] = [], files: [String] = []) {
        self.resources = resources
        self.skipped = skipped
        self.files = files
    }
}
