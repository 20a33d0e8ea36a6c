import Dispatch

/// The pipeline's stages and their boundaries:
///
/// ```
/// [SourceFile] ─parse─▶ [YAMLDocument] ─classify, decode─▶ [Resource] ─link, passes─▶ diagnostics
/// ```
///
/// Files are independent until linking, so parsing and decoding run in parallel, one file per task.
/// The core is pure: files come in as bytes, the project and diagnostics go out.
public enum Compiler {
    /// What a compilation produced.
    public struct Result: Sendable {
        /// The decoded workspace.
        public let project: Project
        /// Every declaration in the workspace.
        public let symbols: SymbolTable
        /// Every finding, sorted and de-duplicated.
        public let diagnostics: [Diagnostic]
    }

    /// Parses and decodes every file in parallel, links the workspace, runs the semantic passes, and
    /// returns the project and its diagnostics.
    /// - Parameters:
    ///   - files: the files to compile.
    ///   - options: what the semantic passes check.
    /// - Returns: the project and sorted, de-duplicated diagnostics.
    public static func compile(_ files: [SourceFile], options: CompileOptions = CompileOptions()) -> Result {
        let decoded = decode(files)
        var diagnostics = decoded.diagnostics
        let semantic = SemanticPasses.run(
            decoded.project, frontEndDiagnostics: diagnostics, options: options, sources: decoded.sources)
        diagnostics.append(contentsOf: semantic.diagnostics)
        return Result(
            project: decoded.project, symbols: semantic.context.symbols,
            diagnostics: DiagnosticOrdering.sortedUnique(Redaction.scrub(diagnostics)))
    }
}

extension Compiler {
    /// The front half of the pipeline: parses and decodes every file in parallel, with no linking.
    /// - Parameter files: the files to decode.
    /// - Returns: the project (resources and skipped documents sorted by file and position), the
    ///   parse and decode diagnostics, and the files by display path.
    static func decode(_ files: [SourceFile]) -> (project: Project, diagnostics: [Diagnostic], sources: [String: SourceFile]) {
        let units = ParallelMap.map(files) { FileFrontend.process($0) }
        var project = Project(files: files.map(\.path).sorted())
        var diagnostics: [Diagnostic] = []
        for unit in units {
            project.resources.append(contentsOf: unit.resources)
            project.skipped.append(contentsOf: unit.skipped)
            diagnostics.append(contentsOf: unit.diagnostics)
        }
        project.resources.sort { ($0.file, $0.documentIndex) < ($1.file, $1.documentIndex) }
        project.skipped.sort { ($0.range.file, $0.documentIndex) < ($1.range.file, $1.documentIndex) }
        let sources = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        return (project, diagnostics, sources)
    }
}

/// The per-file front end: parse, classify each document, decode the ones that are ours.
enum FileFrontend {
    struct Unit: Sendable {
        var resources: [Resource] = []
        var skipped: [SkippedDocument] = []
        var diagnostics: [Diagnostic] = []
    }

    static func process(_ file: SourceFile) -> Unit {
        var unit = Unit()
        let parsed = YAMLParser.parse(file)
        unit.diagnostics = parsed.diagnostics
        for document in parsed.documents {
            var sink = DiagnosticSink()
            switch DocumentClassifier.classify(document, into: &sink) {
            case .skipped(let reason):
                unit.skipped.append(SkippedDocument(range: document.range, documentIndex: document.index, reason: reason))
            case .ours(let kind, _):
                guard let root = document.root else { break }
                var decoder = SchemaDecoder(file: file)
                let owner = root.mapping?.first?.key.range ?? root.range
                let value = decoder.decode(root, as: .object(kind.document), path: DataPath(), owner: owner)
                sink.merge(decoder.sink)
                let name = value["metadata"]?.string("name") ?? value.string("name")
                unit.resources.append(Resource(
                    kind: kind, file: file.path, documentIndex: document.index, name: name,
                    document: value, model: kind.model(value)))
            }
            unit.diagnostics.append(contentsOf: sink.diagnostics)
        }
        return unit
    }
}

/// Runs a function over an array on every core, keeping the order of results.
public enum ParallelMap {
    /// Maps `items` through `transform` concurrently.
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        let box = ResultBox<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            box.set(index, transform(items[index]))
        }
        return box.values()
    }
}

/// Slots written once each by concurrent tasks. Raw memory, because distinct indices never race but
/// an array property would trip Swift's exclusivity checks.
private final class ResultBox<R>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<R?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = UnsafeMutablePointer<R?>.allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func set(_ index: Int, _ value: R) { slots[index] = value }

    func values() -> [R] { (0..<count).map { slots[$0]! } }
}

/// Sorting and de-duplication of diagnostics before any reporter sees them.
public enum DiagnosticOrdering {
    /// Sorts by file, position, ID and message, and keeps one diagnostic per ID at a position: an
    /// aliased or merged node is decoded once per use, but its mistake is written once.
    public static func sortedUnique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        struct Key: Hashable {
            let file: String
            let offset: Int
            let id: String
        }
        var seen: Set<Key> = []
        return diagnostics.sorted(by: Diagnostic.outputOrder).filter {
            seen.insert(Key(file: $0.range.file, offset: $0.range.start.offset, id: $0.id)).inserted
        }
    }
}
