/// Decides whether a document is ours and which kind it is, from its envelope
/// (`apiVersion` or `ossa`, and `kind`).
///
/// Documents that are plainly someone else's (a GitHub workflow, a Kubernetes Secret, a Helm chart) are
/// skipped without a word; documents that look like ours but name an unknown API version or kind get a
/// diagnostic with a suggestion.
public enum DocumentClassifier {
    /// The outcome for one document.
    public enum Outcome: Sendable {
        /// One of our kinds; `flat` marks AOF's flat agent form (no envelope, top-level `name` and `model`).
        case ours(KindDefinition, flat: Bool)
        /// Not ours, or ours but not checked; the reason is shown with `--verbose`.
        case skipped(String)
    }

    static let ossaPrefixes = ["openapi-ai-agents/", "open-standards-scalable-agents/", "ossa/", "ossa.ai/"]
    static let aofGroups = ["aof.dev", "aof.sh", "aof.agenticops.org"]
    static let aofVersions = ["v1", "v1alpha1", "v1alpha2"]
    /// Real kinds that oaas does not check yet, by dialect: skipped with a reason, never reported.
    static let uncheckedKinds: [Dialect: [String]] = [
        .aof: ["FlowBinding", "ToolClassification", "Workflow"],
        .ossa: [
            "ComplianceCertificationTemplates", "ConformanceProfile", "DiscoveryEngine", "GovernanceOrchestration",
            "LocalWorkspaceConfiguration", "ProjectContext", "WorkspaceRegistry",
        ],
    ]
    static let knownAPIVersions = [
        "aof.dev/v1", "aof.dev/v1alpha1", "aof.dev/v1alpha2", "aof.sh/v1", "aof.sh/v1alpha1",
        "ossa/v0.1.9", "openapi-ai-agents/v0.1.8", "open-standards-scalable-agents/v0.1.9",
    ]

    /// Classifies a document, reporting envelope problems.
    /// - Parameters:
    ///   - document: the parsed document.
    ///   - sink: where envelope diagnostics go.
    /// - Returns: the kind, or why the document is skipped.
    public static func classify(_ document: YAMLDocument, into sink: inout DiagnosticSink) -> Outcome {
        guard let root = document.root, root.mapping != nil else {
            return .skipped(document.root == nil ? "empty document" : "the document is not a mapping")
        }
        let apiVersionNode = root["apiVersion"]
        let apiVersion = apiVersionNode?.scalar?.text
        let kindNode = root["kind"]
        let kindName = kindNode?.scalar?.text
        let dialect: Dialect
        if root["ossa"] != nil {
            dialect = .ossa
        } else if let apiVersion {
            if ossaPrefixes.contains(where: { apiVersion.hasPrefix($0) }) {
                dialect = .ossa
            } else if let group = aofGroups.first(where: { apiVersion.hasPrefix($0 + "/") }) {
                dialect = .aof
                let version = String(apiVersion.dropFirst(group.count + 1))
                if !aofVersions.contains(version), let node = apiVersionNode {
                    sink.report(
                        .unknownAPIVersion,
                        "unknown API version \"\(apiVersion)\"; AOF documents use \(aofVersions.map { "\(group)/\($0)" }.quotedAlternatives())",
                        at: node.range, path: DataPath([.key("apiVersion")]))
                }
            } else if let kindName, let guess = dialectOwning(kind: kindName), looksLikeOurs(apiVersion) {
                dialect = guess
                reportUnknownAPIVersion(apiVersion, node: apiVersionNode!, into: &sink)
            } else {
                return .skipped("apiVersion \"\(apiVersion)\" is not an OAAS or AOF API version")
            }
        } else if let kindName, let guess = dialectOwning(kind: kindName), isDialectSpecific(kindName) {
            dialect = guess
        } else if kindName == nil, root["name"] != nil, root["model"] != nil {
            return .ours(AOFAgentSchema.flatKind, flat: true)
        } else {
            return .skipped("no apiVersion, ossa or kind of ours")
        }
        guard let kindName, let kindNode else {
            sink.report(
                .missingKind, "missing \"kind\"; \(dialect.rawValue) documents say which kind they are",
                at: root.mapping?.first?.key.range ?? document.range)
            return .skipped("no kind")
        }
        if let kind = KindCatalog.kind(named: kindName, in: dialect) { return .ours(kind, flat: false) }
        let unchecked = uncheckedKinds[dialect] ?? []
        if unchecked.contains(kindName) {
            return .skipped("\(dialect.rawValue) kind \"\(kindName)\" is not checked by oaas yet")
        }
        let known = (KindCatalog.names(in: dialect) + unchecked).sorted()
        var message = "unknown \(dialect.rawValue) kind \"\(kindName)\""
        var fixIts: [FixIt] = []
        let nearest = Suggestion.nearest(to: kindName, in: known)
        if let suggestion = nearest.first ?? containedKind(kindName, in: known) {
            message += "; did you mean \"\(suggestion)\"?"
            // A tie between equally near kinds is a guess; the words still name the first.
            if nearest.count <= 1 { fixIts.append(FixIt(range: kindNode.range, replacement: suggestion)) }
        } else {
            message += "; expected \(known.quotedAlternatives())"
        }
        sink.report(.unknownKind, message, at: kindNode.range, path: DataPath([.key("kind")]), fixIts: fixIts)
        return .skipped("unknown kind \"\(kindName)\"")
    }

    private static func reportUnknownAPIVersion(_ apiVersion: String, node: SyntaxNode, into sink: inout DiagnosticSink) {
        var message = "unknown API version \"\(apiVersion)\""
        var fixIts: [FixIt] = []
        let nearest = Suggestion.nearest(to: apiVersion, in: knownAPIVersions)
        if let suggestion = nearest.first {
            message += "; did you mean \"\(suggestion)\"?"
            if nearest.count == 1 { fixIts.append(FixIt(range: node.range, replacement: suggestion)) }
        } else {
            message += "; expected an AOF (\"aof.dev/v1\") or OAAS (\"ossa/v0.1.9\") API version"
        }
        sink.report(.unknownAPIVersion, message, at: node.range, path: DataPath([.key("apiVersion")]), fixIts: fixIts)
    }

    /// The dialect a kind name belongs to (AOF for `Agent`, which both have).
    static func dialectOwning(kind: String) -> Dialect? {
        if KindCatalog.kind(named: kind, in: .aof) != nil { return .aof }
        if KindCatalog.kind(named: kind, in: .ossa) != nil { return .ossa }
        return nil
    }

    /// Whether a kind name exists in only one dialect, so that it identifies the dialect on its own.
    static func isDialectSpecific(_ kind: String) -> Bool {
        (KindCatalog.kind(named: kind, in: .aof) == nil) != (KindCatalog.kind(named: kind, in: .ossa) == nil)
    }

    static func looksLikeOurs(_ apiVersion: String) -> Bool {
        let lowered = apiVersion.lowercased()
        return ["aof", "ossa", "agent", "oaas"].contains { lowered.contains($0) }
    }

    /// A known kind the unknown one ends with (`AgentWorkflow` → `Workflow`), else the longest known kind
    /// whose letters appear in order in it (`AgentFlw` → `AgentFlow`), when spelling distance is no help.
    static func containedKind(_ name: String, in known: [String]) -> String? {
        if let suffix = known.filter({ name.count > $0.count && name.hasSuffix($0) }).max(by: { $0.count < $1.count }) {
            return suffix
        }
        let letters = Array(name.lowercased())
        func isSubsequence(_ candidate: String) -> Bool {
            var index = 0
            for letter in letters where index < candidate.count && letter == Array(candidate.lowercased())[index] {
                index += 1
            }
            return index == candidate.count
        }
        return known.filter { $0.count >= 5 && isSubsequence($0) }.max { ($0.count, $1) < ($1.count, $0) }
    }
}

extension DiagnosticKind {
    static let unknownAPIVersion = DiagnosticKind(
        id: "envelope.unknown-api-version", severity: .warning,
        summary: "an API version that neither OAAS nor AOF defines",
        explanation: """
            AOF documents use `aof.dev/v1` (also `v1alpha1`, `v1alpha2`, and the `aof.sh` and \
            `aof.agenticops.org` groups); OAAS documents use `ossa: "0.1.x"` or an `ossa/v…`, \
            `openapi-ai-agents/v…` or `open-standards-scalable-agents/v…` apiVersion. The AOF runtime \
            does not check the version, so this is a warning; other tools that route on it will not \
            recognise the document.
            """,
        example: "apiVersion: aof.dev/v2\nkind: Agent\n")
    static let unknownKind = DiagnosticKind(
        id: "envelope.unknown-kind", severity: .error,
        summary: "a kind that the document's dialect does not define",
        explanation: """
            The AOF runtime skips directory files whose kind it does not know, silently. The message \
            suggests the nearest kind. AOF kinds: Agent, AgentFlow, AgentFleet (or Fleet), Context, \
            Trigger, DaemonConfig. OAAS kinds: Workspace, GovernanceConfiguration, OrchestrationRules, \
            WorkspaceContext, Agent, SecurityPolicy, ObservabilityConfiguration.
            """,
        example: "apiVersion: aof.dev/v1\nkind: AgentFlo\n")
    static let missingKind = DiagnosticKind(
        id: "envelope.missing-kind", severity: .error,
        summary: "a document with an OAAS or AOF API version but no kind",
        explanation: "Without `kind`, no platform knows what the document configures.",
        example: "apiVersion: aof.dev/v1\nmetadata:\n  name: x\n")
}
