/// `oaas compliance-check`: the workspace's compliance claims checked against its configuration.
///
/// ```
/// [SourceFile] ─▶ decode ─▶ link ─▶ ComplianceFacts ─▶ each distinct check once ─▶ rules per framework
///                                                                              ─▶ controls ─▶ report
/// ```
public enum ComplianceRun {
    /// What changes a run.
    public struct Options: Sendable {
        /// The framework keys to check, in report order; nil for those the governance files have
        /// sections for (none when they have none: the report is then empty).
        public var frameworks: [String]?
        /// The date the date rules take as today.
        public var asOf: DateValue
        /// Catalogs imported with `--catalog`, by framework key; they replace a bundled catalog of the
        /// same key.
        public var importedCatalogs: [String: ControlCatalog]
        /// Options of the semantic stage.
        public var compile: CompileOptions

        /// Creates options.
        public init(frameworks: [String]?, asOf: DateValue, importedCatalogs: [String: ControlCatalog] = [:], compile: CompileOptions = CompileOptions()) {
            self.frameworks = frameworks
            self.asOf = asOf
            self.importedCatalogs = importedCatalogs
            self.compile = compile
        }
    }

    /// Every rule of every bundled framework, in framework then table order.
    public static let rules: [ComplianceRule] =
        ISO42001Rules.rules + NISTAIRMFRules.rules + EUAIActRules.rules + SOXRules.rules + HIPAARules.rules + GDPRRules.rules + SOC2Rules.rules

    /// Every rule as a documented diagnostic kind.
    public static var kinds: [DiagnosticKind] { rules.map(\.kind) }

    /// The documented kinds, and the rules of the given frameworks that only an imported catalog knows:
    /// every kind a run over them can report (SARIF's rules).
    public static func kinds(including frameworks: [String]) -> [DiagnosticKind] {
        var result = kinds
        for key in frameworks where !rules.contains(where: { $0.framework == key }) {
            result += rules(for: key).map(\.kind)
        }
        return result
    }

    /// The rules of a framework key; a framework known only from an imported catalog gets the two
    /// rules every framework has, with IDs of the form `compliance.<key>.…` that are not documented kinds.
    static func rules(for key: String) -> [ComplianceRule] {
        let own = rules.filter { $0.framework == key }
        if !own.isEmpty { return own }
        return [
            ComplianceRule(
                id: "compliance.\(key).controls-known", controls: [], severity: .error,
                summary: "cited controls exist in the imported catalog", reads: "compliance.\(key).controls[].control_id",
                check: .controlsKnown(framework: key), remediation: "cite controls by their catalog label"),
            ComplianceRule(
                id: "compliance.\(key).claimed-status", controls: [], severity: .error,
                summary: "a claimed status is not contradicted", reads: "compliance.\(key).status",
                check: .claimedStatus(framework: key), remediation: "fix the failing controls or change the claimed status"),
        ]
    }

    /// The frameworks the governance files have sections for and a catalog exists for, in catalog-key
    /// order.
    static func claimed(_ facts: ComplianceFacts) -> [String] {
        var keys: Set<String> = []
        for (resource, _) in facts.governance {
            for entry in resource.document["spec"]?["compliance"]?.entries ?? [] {
                let key = ComplianceFacts.catalogKey(entry.key)
                if facts.catalogs[key] != nil { keys.insert(key) }
            }
        }
        return keys.sorted()
    }

    /// Checks a workspace against the frameworks asked for.
    public static func run(_ files: [SourceFile], options: Options) -> ComplianceReport {
        let decoded = Compiler.decode(files)
        let semantic = SemanticPasses.run(
            decoded.project, frontEndDiagnostics: decoded.diagnostics, options: options.compile, sources: decoded.sources)
        var catalogs = BuiltinCatalogs.all
        for (key, catalog) in options.importedCatalogs { catalogs[key] = catalog }
        let facts = ComplianceFacts(context: semantic.context, semanticFindings: semantic.diagnostics, asOf: options.asOf, catalogs: catalogs)

        let frameworks = options.frameworks ?? claimed(facts)
        // Each distinct check runs once, in parallel, whichever frameworks share it.
        var checks: [ComplianceCheck] = []
        var seen: Set<ComplianceCheck> = []
        for key in frameworks {
            // The claimed status is decided from the other results, not run.
            for rule in rules(for: key) where seen.insert(rule.check).inserted {
                if case .claimedStatus = rule.check { continue }
                checks.append(rule.check)
            }
        }
        let outcomes = ParallelMap.map(checks) { $0.run(facts) }
        var outcomeOf: [ComplianceCheck: CheckOutcome] = [:]
        for (check, outcome) in zip(checks, outcomes) { outcomeOf[check] = outcome }

        var reports: [FrameworkReport] = []
        for key in frameworks {
            guard let catalog = catalogs[key] else { continue }
            reports.append(FrameworkReporting.report(key: key, catalog: catalog, rules: rules(for: key), outcomes: outcomeOf, facts: facts))
        }
        // Files that do not parse or decode make the evidence unreliable, so their errors are reported
        // alongside; semantic findings are `oaas validate`'s business (or already compliance results).
        var frontEnd: [Diagnostic] = []
        for diagnostic in decoded.diagnostics where diagnostic.severity == .error {
            frontEnd.append(diagnostic)
        }
        return ComplianceReport(asOf: options.asOf, frameworks: reports, frontEnd: DiagnosticOrdering.sortedUnique(Redaction.scrub(frontEnd)))
    }
}
