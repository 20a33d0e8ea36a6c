/// Every declaration in the workspace, by kind and name: agents, fleets, flows, triggers, contexts,
/// projects, teams, capabilities, models, channels and metrics. Flow nodes are scoped to their flow and
/// fleet members to their fleet; the passes that check those look them up in the flow or fleet itself.
public struct SymbolTable: Sendable {
    private var table: [SymbolKind: [String: [Symbol]]] = [:]
    /// The workspace scope of each resource, by index.
    private let resourceScopes: [String]
    /// Every declared name per kind, sorted.
    private var sortedNames: [SymbolKind: [String]] = [:]
    /// The names of workspace-scoped kinds per scope, sorted.
    private var scopedNames: [String: [SymbolKind: [String]]] = [:]

    /// Builds the table from a decoded project.
    /// - Parameters:
    ///   - project: the workspace.
    ///   - frontEndDiagnostics: what parsing and decoding found; a declaration in a document with an
    ///     error is marked invalid, so that references to it can say so.
    public init(_ project: Project, frontEndDiagnostics: [Diagnostic] = []) {
        var errorOffsets: [String: [Int]] = [:]
        for diagnostic in frontEndDiagnostics where diagnostic.severity == .error {
            errorOffsets[diagnostic.range.file, default: []].append(diagnostic.range.start.offset)
        }
        for file in errorOffsets.keys { errorOffsets[file]?.sort() }
        let scopes = WorkspaceScope.keys(in: project)
        resourceScopes = scopes
        var scoped: [String: [SymbolKind: Set<String>]] = [:]
        for (index, resource) in project.resources.enumerated() {
            let range = resource.document.range
            let invalid = errorOffsets[resource.file].map { Self.contains($0, from: range.start.offset, to: range.end.offset) } ?? false
            for declaration in Declarations.of(resource) {
                let symbol = Symbol(
                    kind: declaration.kind, name: declaration.name.value, range: declaration.name.range,
                    origin: declaration.origin, group: declaration.group, resource: index, isInvalid: invalid,
                    scope: scopes[index])
                table[declaration.kind, default: [:]][declaration.name.value, default: []].append(symbol)
                if declaration.kind.isScopedToWorkspace {
                    scoped[scopes[index], default: [:]][declaration.kind, default: []].insert(declaration.name.value)
                }
            }
        }
        for (kind, names) in table { sortedNames[kind] = names.keys.sorted() }
        for (scope, kinds) in scoped {
            var sorted: [SymbolKind: [String]] = [:]
            for (kind, names) in kinds { sorted[kind] = names.sorted() }
            scopedNames[scope] = sorted
        }
    }

    /// Whether a sorted list holds a value in `start..<end`.
    private static func contains(_ sorted: [Int], from start: Int, to end: Int) -> Bool {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < start { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] < end
    }

    /// The declarations of a name, in file order.
    public func lookup(_ kind: SymbolKind, _ name: String) -> [Symbol] { table[kind]?[name] ?? [] }

    /// The declarations of a name visible from a resource: for kinds scoped to a workspace, only those
    /// of the resource's own workspace.
    public func lookup(_ kind: SymbolKind, _ name: String, from resource: Int) -> [Symbol] {
        let all = lookup(kind, name)
        guard kind.isScopedToWorkspace, resource < resourceScopes.count else { return all }
        return all.filter { $0.scope == resourceScopes[resource] }
    }

    /// Whether the workspace declares anything of a kind. References of a kind the workspace never
    /// declares point outside it and are not checked.
    public func declaresAny(_ kind: SymbolKind) -> Bool { !(table[kind]?.isEmpty ?? true) }

    /// Whether anything of a kind is visible from a resource (see `lookup(_:_:from:)`).
    public func declaresAny(_ kind: SymbolKind, from resource: Int) -> Bool { !names(kind, from: resource).isEmpty }

    /// Every declared name of a kind, sorted.
    public func names(_ kind: SymbolKind) -> [String] { sortedNames[kind] ?? [] }

    /// Every name of a kind visible from a resource, sorted.
    public func names(_ kind: SymbolKind, from resource: Int) -> [String] {
        guard kind.isScopedToWorkspace, resource < resourceScopes.count else { return names(kind) }
        return scopedNames[resourceScopes[resource]]?[kind] ?? []
    }

    /// Every declaration of a kind, grouped by name, in name order.
    public func declarations(_ kind: SymbolKind) -> [(name: String, symbols: [Symbol])] {
        names(kind).map { ($0, table[kind]?[$0] ?? []) }
    }
}

/// A name a document declares.
struct Declaration {
    let kind: SymbolKind
    let name: Located<String>
    let origin: String
    let group: String
}
