/// The workspace's alerting as Prometheus alert rules: the rules documents write (conditions translated
/// into PromQL, PromQL expressions carried over verbatim) and the rules the workspace's objectives,
/// budgets and approvals imply, with their labels and annotations. The `prometheus` backend renders them.
public enum AlertTranslation {
    /// One alert rule.
    public struct Rule: Sendable {
        /// How the rule came about, for the test files' comments.
        public enum Origin: Sendable, Equatable {
            /// A condition translated into PromQL.
            case translated
            /// A PromQL expression carried over as written.
            case carriedOver
            /// Implied by the workspace's objectives, budgets or approvals.
            case derived
        }

        /// The alert's name.
        public let alert: String
        /// The expression, parsed.
        public let expression: PromQLExpr
        /// The expression as the rules file writes it.
        public let expressionText: String
        /// How long the expression must hold; nil fires at once.
        public let forDuration: Duration?
        /// Labels, sorted by name.
        public let labels: [(String, String)]
        /// Annotations, sorted by name.
        public let annotations: [(String, String)]
        /// How the rule came about.
        public let origin: Origin
    }

    /// Rules that Prometheus evaluates together.
    public struct Group: Sendable {
        /// The group's name: the document's name and the rules' category (`northwind-observability/business`).
        public let name: String
        /// The rules, in the order the document writes them.
        public let rules: [Rule]
    }

    /// What the translation produced.
    public struct Output: Sendable {
        /// The groups, sorted by name.
        public let groups: [Group]
        /// Conditions that could not be translated and labels that could not be carried.
        public let diagnostics: [Diagnostic]
    }

    /// Translates every alert of the workspace.
    public static func translate(_ context: BuildContext) -> Output {
        let project = context.result.project
        let catalog = MetricCatalog(project: project)
        let translator = ConditionTranslator(catalog: catalog)
        let teams = Set(context.result.symbols.names(.team))
        let common = CommonLabels(organization: AlertSources.organization(in: project), variables: context.variables)
        var grouped: [String: [Rule]] = [:]
        var diagnostics: [Diagnostic] = []
        for definition in AlertSources.definitions(in: project, teams: teams) {
            var sink: [Diagnostic] = []
            guard let (expression, text, origin) = AlertExpressions.expression(
                for: definition, translator: translator, variables: context.variables, into: &sink)
            else {
                diagnostics += sink
                continue
            }
            diagnostics += sink
            let rule = Rule(
                alert: definition.name.value, expression: expression, expressionText: text,
                forDuration: definition.forDuration,
                labels: common.labels(for: definition, into: &diagnostics),
                annotations: common.annotations(for: definition, condition: text), origin: origin)
            let existing = grouped[definition.group] ?? []
            // The same alert written twice in one group would fire twice; keep the first.
            if existing.contains(where: { $0.alert == rule.alert && $0.expressionText == rule.expressionText }) { continue }
            grouped[definition.group] = existing + [rule]
        }
        let derived = DerivedAlerts.groups(context, catalog: catalog, organization: common.organization)
        for group in derived.groups { grouped[group.name, default: []] += group.rules }
        diagnostics += derived.diagnostics
        let groups = grouped.keys.sorted().map { Group(name: $0, rules: grouped[$0]!) }
        return Output(groups: groups, diagnostics: diagnostics)
    }

    /// The source range of characters `offset..<offset+length` of a string value: exact for single-line
    /// plain and quoted scalars without escapes, else the whole value.
    static func range(ofCharacters offset: Int, length: Int, in value: IRValue) -> SourceRange {
        guard let text = value.text, value.range.start.line == value.range.end.line else { return value.range }
        let span = value.range.end.offset - value.range.start.offset
        let bytes = text.utf8.count
        let lead: Int
        if span == bytes {
            lead = 0
        } else if span == bytes + 2 {
            lead = 1
        } else {
            return value.range
        }
        let characters = Array(text)
        guard offset >= 0, length >= 0, offset + length <= characters.count else { return value.range }
        let before = String(characters[0..<offset])
        let piece = String(characters[offset..<(offset + length)])
        let start = SourcePosition(
            line: value.range.start.line, column: value.range.start.column + lead + before.unicodeScalars.count,
            offset: value.range.start.offset + lead + before.utf8.count)
        let end = SourcePosition(
            line: start.line, column: start.column + piece.unicodeScalars.count, offset: start.offset + piece.utf8.count)
        return SourceRange(file: value.range.file, start: start, end: end)
    }

    /// The diagnostics of this lowering.
    public static let kinds: [DiagnosticKind] = [AlertExpressions.untranslatableCondition, CommonLabels.invalidLabel]
}
