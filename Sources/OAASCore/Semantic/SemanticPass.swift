/// Options that change what the semantic passes check.
public struct CompileOptions: Sendable {
    /// Variables provided by `--env-file` files, or nil when none was given: required variables are then
    /// listed (`oaas vars`) but a missing one is not an error.
    public var providedVariables: ProvidedVariables?

    /// Creates options.
    public init(providedVariables: ProvidedVariables? = nil) {
        self.providedVariables = providedVariables
    }
}

/// Environment variables provided to a run, each with where it was set.
public struct ProvidedVariables: Sendable {
    /// Each variable's value and where it is set; a later file overrides an earlier one.
    public var values: [String: Located<String>]

    /// Creates a set of provided variables.
    public init(values: [String: Located<String>] = [:]) {
        self.values = values
    }
}

/// What every semantic pass reads: the decoded workspace, its symbol table and the run's options.
///
/// Passes never see syntax trees. When a pass needs the exact place of some characters inside a
/// string value (a `${…}` reference), `range(ofCharacters:length:in:)` finds them in the source bytes.
public struct SemanticContext: Sendable {
    /// The decoded workspace.
    public let project: Project
    /// Every declaration, by kind and name.
    public let symbols: SymbolTable
    /// The run's options.
    public let options: CompileOptions
    /// The files, by display path, for sub-ranges of scalars.
    let sources: [String: SourceFile]
    /// Each AgentFlow's graph, in resource order; built once per run and shared by every pass.
    let flowGraphs: [FlowGraph]
    /// Each AgentFlow with what the variable passes know of it, in resource order.
    let flowsWithFacts: [(resource: Resource, facts: FlowFacts)]
    /// The same facts by `FlowFacts.key(of:)` of the flow's resource.
    let flowFactsByResource: [String: FlowFacts]
    /// Every string that holds `${…}` references or foreign templates, per resource that has any, in
    /// resource order; collected once per run for every variable pass.
    let templateSites: [(resource: Resource, sites: [TemplateSite])]
    /// The same sites by `FlowFacts.key(of:)` of their resource.
    let templateSitesByResource: [String: [TemplateSite]]

    /// Creates a context, building each flow's graph and facts once.
    public init(project: Project, symbols: SymbolTable, options: CompileOptions, sources: [String: SourceFile]) {
        self.project = project
        self.symbols = symbols
        self.options = options
        self.sources = sources
        var graphs: [FlowGraph] = []
        var flows: [(resource: Resource, facts: FlowFacts)] = []
        var byResource: [String: FlowFacts] = [:]
        for resource in project.resources {
            guard case .agentFlow(let flow) = resource.model else { continue }
            let graph = FlowGraph(resource: resource, flow: flow)
            let facts = FlowFacts(graph: graph)
            graphs.append(graph)
            flows.append((resource, facts))
            byResource[FlowFacts.key(of: resource)] = facts
        }
        flowGraphs = graphs
        flowsWithFacts = flows
        flowFactsByResource = byResource
        templateSites = TemplateSites.collect(project)
        var sitesByResource: [String: [TemplateSite]] = [:]
        for entry in templateSites { sitesByResource[FlowFacts.key(of: entry.resource)] = entry.sites }
        templateSitesByResource = sitesByResource
    }

    /// The template sites of one resource (see `templateSites`).
    func templateSites(of resource: Resource) -> [TemplateSite] {
        templateSitesByResource[FlowFacts.key(of: resource)] ?? []
    }

    /// The source range of characters `offset..<offset+length` of a string value, found by searching the
    /// value's source text; the whole value's range when the characters cannot be placed exactly (escapes,
    /// folded scalars).
    public func range(ofCharacters offset: Int, length: Int, in value: IRValue) -> SourceRange {
        guard let text = value.text else { return value.range }
        return range(ofCharacters: offset, length: length, in: Located(text, value.range))
    }

    /// The source range of characters `offset..<offset+length` of a located string (see above).
    public func range(ofCharacters offset: Int, length: Int, in value: Located<String>) -> SourceRange {
        guard let file = sources[value.range.file] else { return value.range }
        return SourceSearch.range(ofCharacters: offset, length: length, of: value.value, within: value.range, in: file)
    }
}

/// One semantic check over the linked workspace. Each pass lives in its own file, declares its
/// diagnostic kinds at the bottom of that file, and reports into its own sink; passes run in parallel.
public protocol SemanticPass: SendableMetatype {
    /// Runs the pass.
    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink)
}

/// Finds a piece of a scalar's value in the scalar's source bytes.
enum SourceSearch {
    static func range(ofCharacters offset: Int, length: Int, of text: String, within range: SourceRange, in file: SourceFile) -> SourceRange {
        let characters = Array(text)
        guard offset >= 0, length > 0, offset + length <= characters.count else { return range }
        let needle = Array(String(characters[offset..<(offset + length)]).utf8)
        // Which occurrence of the needle this is, so that `${A} ${A}` places the second one correctly.
        let before = Array(String(characters[0..<offset]).utf8)
        let occurrence = occurrences(of: needle, in: before[...])
        let start = max(0, min(range.start.offset, file.bytes.count))
        let end = max(start, min(range.end.offset, file.bytes.count))
        var found = 0
        var index = start
        while index + needle.count <= end {
            if file.bytes[index] == needle[0], Array(file.bytes[index..<(index + needle.count)]) == needle {
                if found == occurrence {
                    return SourceRange(
                        file: range.file, start: file.position(ofOffset: index),
                        end: file.position(ofOffset: index + needle.count))
                }
                found += 1
                index += needle.count
            } else {
                index += 1
            }
        }
        return range
    }

    private static func occurrences(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int {
        var count = 0
        var index = haystack.startIndex
        while index + needle.count <= haystack.endIndex {
            if Array(haystack[index..<(index + needle.count)]) == needle {
                count += 1
                index += needle.count
            } else {
                index += 1
            }
        }
        return count
    }
}
