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
        /// Whether `# oaas:ignore[ID] reason` comments are honoured (`--no-inline-ignores` turns them off
        /// for audits).
        public var inlineIgnores: Bool
        /// Findings accepted earlier; matching findings are suppressed.
        public var baseline: Baseline?
        /// Maps a display path to the path the baseline stores (relative to the baseline's folder).
        public var baselinePath: @Sendable (String) -> String = { $0 }
        /// Each file's path inside the scanned tree (relative to the folder argument it was found under),
        /// by display path; the secret scan judges documentation paths on it. A file not listed uses its
        /// display path.
        public var treePaths: [String: String] = [:]

        /// Creates options.
        public init(compile: CompileOptions = CompileOptions(), inlineIgnores: Bool = true, baseline: Baseline? = nil) {
            self.compile = compile
            self.inlineIgnores = inlineIgnores
            self.baseline = baseline
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
    ///   - options: suppressions, baseline and provided variables.
    /// - Returns: the project and every finding.
    public static func run(_ files: [SourceFile], options: Options = Options()) -> Result {
        let decoded = Compiler.decode(files.filter { isYAML($0.path) })
        let symbols = SymbolTable(decoded.project, frontEndDiagnostics: decoded.diagnostics)
        let context = SemanticContext(project: decoded.project, symbols: symbols, options: options.compile, sources: decoded.sources)
        // One work item per file for secrets, then one per settings pass, all in parallel.
        let passes = SecuritySettingsPasses.passes
        let items = Array(0..<(files.count + passes.count))
        let found = ParallelMap.map(items) { item -> [Diagnostic] in
            if item < files.count {
                let file = files[item]
                return SecretScanner.scan(file, treePath: options.treePaths[file.path] ?? file.path)
            }
            var sink = DiagnosticSink()
            passes[item - files.count].run(context, into: &sink)
            return sink.diagnostics
        }
        let suppressed = InlineSuppressions.apply(
            to: found.flatMap { $0 }, files: files, enabled: options.inlineIgnores, reportable: Set(kinds.map(\.id)))
        // Scrubbed and sorted once, before the baseline: fingerprints (which may rest on a message) and
        // their occurrence numbers must be those `--write-baseline` sees in the result.
        var diagnostics = DiagnosticOrdering.sortedUnique(Redaction.scrub(suppressed))
        if let baseline = options.baseline { diagnostics = baseline.apply(to: diagnostics, file: options.baselinePath) }
        return Result(project: decoded.project, diagnostics: diagnostics)
    }
}
