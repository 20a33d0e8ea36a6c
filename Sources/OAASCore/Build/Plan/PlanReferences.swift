/// The references a document makes, each with the declaration it resolves to.
enum PlanReferences {
    /// One entry per reference: where it is written, the name, and the declaration (kind, source) it
    /// resolves to; `external` when the workspace declares nothing of that kind (the name points outside
    /// it), and the matching declarations for a pattern (`"*"`, `team-*`).
    static func resolved(_ resource: Resource, index: Int, symbols: SymbolTable) -> [JSON] {
        var entries: [(key: String, value: JSON)] = []
        for reference in References.of(resource) {
            let name = reference.name.value
            var targets: [JSON] = []
            for kind in reference.kinds {
                var matches: [Symbol] = []
                if reference.allowsPatterns, name.contains("*") {
                    for candidate in symbols.names(kind, from: index) where Glob.matches(name, candidate) {
                        matches += symbols.lookup(kind, candidate, from: index)
                    }
                } else {
                    matches = symbols.lookup(kind, name, from: index)
                }
                for symbol in matches {
                    targets.append(.object([
                        ("kind", .string(symbol.kind.rawValue)),
                        ("name", .string(symbol.name)),
                        ("source", .string(PlanLowering.source(symbol.range))),
                    ]))
                }
                if !matches.isEmpty { break }
            }
            let external = targets.isEmpty && !reference.kinds.contains { symbols.declaresAny($0, from: index) }
            let range = reference.name.range
            let location = "\(range.file):\(range.start.line):\(range.start.column)"
            entries.append((location + "\u{0}" + name, .object([
                ("name", .string(name)),
                ("role", .string(reference.role)),
                ("at", .string(location)),
                ("kinds", .array(reference.kinds.map { .string($0.rawValue) })),
                ("resolved", .array(targets)),
                ("external", .bool(external)),
            ])))
        }
        entries.sort { $0.key < $1.key }
        return entries.map(\.value)
    }
}
