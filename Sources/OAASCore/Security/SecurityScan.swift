/// `oaas security-scan`: secrets in every file, dangerous settings in the linked workspace, then inline
/// suppressions and the baseline.
///
/// ```
/// [SourceFile] ─┬─ every file ─▶ SecretScanner ──────────────────────┐
///               └─ YAML ─▶ decode ─▶ link ─▶ SecuritySettingsPasses ──┴─▶ suppressions ─▶ baseline
/// ```
public enum SecurityScan {
    /// What changes a scan.
    public struct Options: Sendable {
        /// Options of the semantic stage (provided variables).
        public var compile: CompileOptions
        /// Rules, inline suppressions and the baseline (see `FindingPolicy`).
        public var policy: FindingPolicy
        /// Each file's path inside the scanned tree (relative to the folder argument it was found under),
        /// by display path; the secret scan judges documentation paths on it. A file not listed uses its
        /// display path.
        public var treePaths: [String: String] = [:]
        /// The files reported on (a partial run), by display path; nil for all. The other files are read
        /// only so that the workspace links: they are not scanned for secrets.
        public var reported: Set<String>?

        /// Creates options.
        public init(compile: CompileOptions = CompileOptions(), policy: FindingPolicy = FindingPolicy()) {
            self.compile = compile
            self.policy = policy
        }
    }

    /// What a scan produced.
    public struct Result: Sendable {
        /// The decoded workspace (the YAML files that are ours).
        public let project: Project
        /// Every finding, sorted and de-duplicated, suppressed ones included (with `suppression` set).
        public let diagnostics: [Diagnostic]

        /// The findings that count: not suppressed.
        public var active: [Diagnostic] { diagnostics.filter { $0.suppression == nil } }
    }

    /// Every kind a scan can report.
    public static let kinds: [DiagnosticKind] = SecretScanner.kinds + SecuritySettingsPasses.kinds + InlineSuppressions.kinds

    /// Whether a file is read as workspace YAML as well as scanned for secrets.
    public static func isYAML(_ path: String) -> Bool { path.hasSuffix(".yaml") || path.hasSuffix(".yml") }

    /// Scans files: every file for secrets, the YAML ones for dangerous settings.
    /// - Parameters:
    ///   - files: every file under the scanned paths (binary files are skipped by the secret scanner).
    ///   - options: the finding policy, the files reported on, and provided variables.
    /// - Returns: the project and every finding.
    public static func run(_ files: [SourceFile], options: Options = Options()) -> Result {
        let decoded = Compiler.decode(files.filter { isYAML($0.path) })
        let symbols = SymbolTable(decoded.project, frontEndDiagnostics: decoded.diagnostics)
        let context = SemanticContext(project: decoded.project, symbols: symbols, options: options.compile, sources: decoded.sources)
        // One work item per file for secrets, then one per settings pass, all in parallel.
        let passes = SecuritySettingsPasses.passes
        let scanned = options.reported.map { reported in files.filter { reported.contains($0.path) } } ?? files
        let items = Array(0..<(scanned.count + passes.count))
        let found = ParallelMap.map(items) { item -> [Diagnostic] in
            if item < scanned.count {
                let file = scanned[item]
                return SecretScanner.scan(file, treePath: options.treePaths[file.path] ?? file.path)
            }
            var sink = DiagnosticSink()
            passes[item - scanned.count].run(context, into: &sink)
            return sink.diagnostics
        }
        let diagnostics = options.policy.apply(
            found.flatMap { $0 }, files: scanned, reportable: Set(kinds.map(\.id)), reported: options.reported)
        return Result(project: decoded.project, diagnostics: diagnostics)
    }
}
