/// What a name in the workspace names.
public enum SymbolKind: String, Sendable, CaseIterable, Comparable {
    case agent, fleet, flow, trigger, context, project, team, capability, model, channel, metric

    /// The noun used in messages (`agent`, `fleet` …).
    public var noun: String { rawValue }

    public static func < (lhs: SymbolKind, rhs: SymbolKind) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Whether names of this kind belong to one OAAS workspace. A directory tree may hold several
    /// workspaces, each with its own projects and teams; agents, fleets and flows are loaded by name
    /// from anywhere the platform is pointed at, so they are workspace-wide.
    public var isScopedToWorkspace: Bool {
        switch self {
        case .project, .team, .capability, .model, .channel, .metric: true
        case .agent, .fleet, .flow, .trigger, .context: false
        }
    }
}

/// One declaration of a name.
public struct Symbol: Sendable {
    /// What it names.
    public let kind: SymbolKind
    /// The name.
    public let name: String
    /// Where the name is written.
    public let range: SourceRange
    /// What declares it, for messages: `AOF Agent`, `workspace agent registry` …
    public let origin: String
    /// The group within which two declarations of the same name clash. An agent registered in the
    /// workspace's inventory and the agent file it points to are one agent, not two.
    public let group: String
    /// The index of the declaring resource in `Project.resources`.
    public let resource: Int
    /// Whether the declaring document has errors of its own.
    public let isInvalid: Bool
    /// The workspace the declaring document belongs to (see `WorkspaceScope`).
    public let scope: String
}
