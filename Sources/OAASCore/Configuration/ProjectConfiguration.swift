/// The project configuration file, `.oaas.yml`: which paths form the workspace, how findings are
/// weighed, and the defaults of the checking commands.
///
/// ```yaml
/// include: [platform/]            # the workspace (relative to this file); default: this file's folder
/// exclude: ["**/testdata/**"]     # path patterns left out of every run
/// fail-on: warning                # error (default), warning or note
/// rules:                          # per ID, or `area.*`: error, warning, note, or off
///   schema.unknown-key: error
///   "secret.*": error
/// frameworks: [iso-42001, soc2]   # compliance-check without --framework
/// env-files: [deploy/prod.env]
/// baseline: .oaas-baseline.json
/// inline-ignores: true
/// ```
///
/// Command-line flags win over the file. The file is checked like a workspace document, and strictly:
/// every problem in it is an error, since a misspelled `exlude:` would otherwise quietly check the
/// wrong files.
public struct ProjectConfiguration: Sendable {
    /// One `rules:` entry: an ID or an `area.*` prefix, and the severity it gets (nil: off).
    public struct RuleSetting: Sendable {
        /// The diagnostic ID, or a prefix ending in `.*`.
        public let pattern: Located<String>
        /// The severity findings get; nil turns them off.
        public let severity: Severity?
    }

    /// The configuration file's display path.
    public let path: String
    /// Paths that form the workspace, relative to the file's folder; empty means the folder itself.
    public var include: [Located<String>] = []
    /// Path patterns left out of every run (see `PathPattern`).
    public var exclude: [Located<String>] = []
    /// The lowest severity that fails a run.
    public var failOn: Located<Severity>?
    /// Severity overrides and disabled IDs, in file order.
    public var rules: [RuleSetting] = []
    /// Frameworks `compliance-check` checks when no `--framework` is given.
    public var frameworks: [Located<String>] = []
    /// Dotenv files of provided variables, relative to the file's folder.
    public var envFiles: [Located<String>] = []
    /// A baseline file, relative to the file's folder.
    public var baseline: Located<String>?
    /// Whether `# oaas:ignore[…]` comments are honoured (false: audit mode, as `--no-inline-ignores`).
    public var inlineIgnores: Bool?

    /// An empty configuration (every default), as if the file were absent.
    public init(path: String) { self.path = path }

    /// Reads a configuration file.
    /// - Parameters:
    ///   - file: the file's bytes and display path.
    ///   - frameworks: the framework keys `frameworks:` may name.
    /// - Returns: the configuration and the problems found in it, all errors.
    public static func parse(_ file: SourceFile, frameworks: [String]) -> (ProjectConfiguration, [Diagnostic]) {
        var configuration = ProjectConfiguration(path: file.path)
        let parsed = YAMLParser.parse(file)
        var sink = DiagnosticSink()
        for diagnostic in parsed.diagnostics { sink.report(diagnostic) }
        let roots = parsed.documents.compactMap(\.root)
        if roots.count > 1 {
            sink.report(.invalidConfiguration, "the configuration file holds \(roots.count) documents; expected one", at: roots[1].range)
        }
        // An empty file is a valid configuration: every default.
        guard let root = roots.first, !(root.scalar?.type == .null) else { return (configuration, errors(sink.diagnostics)) }
        var decoder = SchemaDecoder(file: file)
        let value = decoder.decode(root, as: .object(ConfigurationShape.file), path: DataPath(), owner: root.range)
        for diagnostic in decoder.sink.diagnostics { sink.report(diagnostic) }
        configuration.read(value, frameworks: frameworks, into: &sink)
        return (configuration, errors(sink.diagnostics))
    }

    /// Every problem of a configuration file stops the run: warnings become errors.
    static func errors(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var result = diagnostics
        for index in result.indices { result[index].severity = .error }
        return DiagnosticOrdering.sortedUnique(result)
    }

    private mutating func read(_ value: IRValue, frameworks known: [String], into sink: inout DiagnosticSink) {
        include = strings(value["include"])
        exclude = strings(value["exclude"])
        for pattern in exclude where !PathPattern.isValid(pattern.value) {
            sink.report(.invalidConfiguration, "\"\(pattern.value)\" is not a path pattern: \(PathPattern.problem(pattern.value) ?? "")", at: pattern.range)
        }
        envFiles = strings(value["env-files"])
        baseline = value["baseline"]?.located
        inlineIgnores = value["inline-ignores"]?.bool
        if let word = value["fail-on"]?.located, let severity = Severity(rawValue: word.value) {
            failOn = Located(severity, word.range)
        }
        for entry in value["rules"]?.entries ?? [] {
            let pattern = Located(entry.writtenKey, entry.keyRange)
            guard let word = entry.value.text else { continue }
            if !ProjectConfiguration.knowsRule(pattern.value) {
                let candidates = pattern.value.hasSuffix(".*") ? ProjectConfiguration.areaPatterns : DiagnosticCatalog.all.map(\.id)
                let hint = Suggestion.closest(to: pattern.value, in: candidates).map { "; did you mean \"\($0)\"?" } ?? ""
                sink.report(.unknownRule, "\"\(pattern.value)\" is not a diagnostic ID or an `area.*` prefix of one\(hint)", at: pattern.range)
                continue
            }
            rules.append(RuleSetting(pattern: pattern, severity: word == "off" ? nil : Severity(rawValue: word)))
        }
        for framework in strings(value["frameworks"]) {
            if framework.value == "all" || known.contains(framework.value) {
                frameworks.append(framework)
            } else {
                let hint = Suggestion.closest(to: framework.value, in: known).map { "did you mean \"\($0)\"? " } ?? ""
                sink.report(.unknownFramework, "unknown framework \"\(framework.value)\"; \(hint)expected one of \((known + ["all"]).quotedAlternatives())", at: framework.range)
            }
        }
    }

    private func strings(_ value: IRValue?) -> [Located<String>] {
        guard let value else { return [] }
        if let single = value.located { return [single] }
        return value.items.compactMap(\.located)
    }

    /// `area.*` for every area of documented IDs (`secret.*`, `compliance.soc2.*` …).
    static let areaPatterns: [String] = {
        var areas: Set<String> = []
        for kind in DiagnosticCatalog.all {
            let parts = kind.id.split(separator: ".")
            for length in 1..<max(1, parts.count) { areas.insert(parts[..<length].joined(separator: ".") + ".*") }
        }
        return areas.sorted()
    }()

    /// Whether `pattern` names a documented ID, or is `area.*` for an area some ID is in.
    static func knowsRule(_ pattern: String) -> Bool {
        if pattern.hasSuffix(".*") {
            let prefix = String(pattern.dropLast())
            return DiagnosticCatalog.all.contains { $0.id.hasPrefix(prefix) }
        }
        return DiagnosticCatalog.kind(id: pattern) != nil
    }

    /// The `include`, `env-files` and `baseline` entries that do not exist.
    /// - Parameters:
    ///   - exists: whether a path, relative to the configuration file's folder, exists (the core reads no
    ///     files; the caller asks the file system).
    ///   - baselineWritten: true when the run writes the baseline (`--write-baseline`): it need not exist yet.
    public func missingPaths(baselineWritten: Bool = false, exists: (String) -> Bool) -> [Diagnostic] {
        var result: [Diagnostic] = []
        let baselines = baselineWritten ? [] : (baseline.map { [($0, "baseline")] } ?? [])
        let entries = include.map { ($0, "include") } + envFiles.map { ($0, "env-files") } + baselines
        for (entry, key) in entries where !exists(entry.value) {
            let advice = key == "baseline" ? "; write one with --write-baseline" : ""
            result.append(Diagnostic(
                .missingConfiguredPath, "\(key): \"\(entry.value)\" does not exist (paths are relative to the configuration file's folder)\(advice)",
                at: entry.range))
        }
        return result
    }

    /// The file names searched for, in order of preference.
    public static let fileNames = [".oaas.yml", ".oaas.yaml"]

    /// The kinds this file's checks report.
    public static let kinds: [DiagnosticKind] = [.invalidConfiguration, .unknownRule, .unknownFramework, .missingConfiguredPath]
}

extension DiagnosticKind {
    static let invalidConfiguration = DiagnosticKind(
        id: "config.invalid", severity: .error,
        summary: "the configuration file is not valid",
        explanation: """
            The configuration file (`.oaas.yml`, or the file `--config` names) must be one YAML mapping with \
            the documented keys: include, exclude, fail-on, rules, frameworks, env-files, baseline, \
            inline-ignores. Every problem in it stops the run with exit status 2, before anything is checked: \
            a misspelled key would otherwise change what is checked without anyone noticing.
            """,
        example: "exclude:\n  - \"fixtures/[\"\n",
        remediation: "fix the file as the message says; `oaas init` writes a commented example")

    static let unknownRule = DiagnosticKind(
        id: "config.unknown-rule", severity: .error,
        summary: "the configuration names a diagnostic ID that does not exist",
        explanation: """
            The keys of `rules:` are diagnostic IDs (`schema.unknown-key`) or an area followed by `.*` \
            (`secret.*`). A key that matches no ID would change nothing, which is never what was meant: it \
            is usually a misspelling or an ID from another tool.
            """,
        example: "rules:\n  schema.unknown-keys: error\n",
        remediation: "use an ID `oaas explain` knows; the message suggests the nearest one")

    static let unknownFramework = DiagnosticKind(
        id: "config.unknown-framework", severity: .error,
        summary: "the configuration names a compliance framework oaas has no catalog for",
        explanation: """
            `frameworks:` lists the frameworks `oaas compliance-check` checks when no `--framework` is \
            given: the bundled catalogs' keys, or `all`.
            """,
        example: "frameworks: [iso42001]\n",
        remediation: "use a framework key such as iso-42001, soc2 or gdpr")

    static let missingConfiguredPath = DiagnosticKind(
        id: "config.missing-path", severity: .error,
        summary: "a path in the configuration does not exist",
        explanation: """
            `include`, `env-files` and `baseline` name files and folders relative to the configuration \
            file's folder. One that does not exist would silently check less than intended (or accept no \
            baseline), so it stops the run. Write a new baseline with `--write-baseline FILE`.
            """,
        example: "include: [platfrom/]\n",
        remediation: "correct the path, or remove the entry")
}
