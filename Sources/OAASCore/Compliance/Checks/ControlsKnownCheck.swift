/// Cited control IDs exist in the framework's catalog: `controls[].control_id` of the framework's
/// governance section and, for the AI RMF, the subcategory IDs under `functions`.
enum ControlsKnownCheck {
    static let explanation = """
        Every control a governance file cites must exist in the framework's catalog (the bundled one, or \
        one imported with `--catalog`): a control that does not exist cannot have been implemented.
        """
    static let example = """
        compliance:
          iso_42001:
            controls:
              - control_id: A.5.1   # an objective, not a control
        """

    /// The controls a framework section cites, each with the entry that cites it: `controls[]` items'
    /// `control_id`, named controls' `control_id` (SOX's `controls.change_management`), and the AI RMF's
    /// `functions.*.subcategories[].id`.
    static func citations(in section: IRValue) -> [(id: Located<String>, entry: IRValue)] {
        var result: [(id: Located<String>, entry: IRValue)] = []
        var entries = section.objects("controls")
        for named in section["controls"]?.entries ?? [] { entries.append(named.value) }
        for function in section["functions"]?.entries ?? [] { entries += function.value.objects("subcategories") }
        for entry in entries {
            if let id = entry.string("control_id") ?? entry.string("id"), !id.value.isEmpty { result.append((id, entry)) }
        }
        return result
    }

    /// The controls a governance file cites for a framework, with where.
    static func cited(_ facts: ComplianceFacts, framework key: String) -> [Located<String>] {
        var result: [Located<String>] = []
        for (resource, _) in facts.governance {
            for entry in resource.document["spec"]?["compliance"]?.entries ?? [] where ComplianceFacts.catalogKey(entry.key) == key {
                for citation in citations(in: entry.value) { result.append(citation.id) }
            }
        }
        return result
    }

    static func run(_ facts: ComplianceFacts, framework key: String) -> CheckOutcome {
        guard let catalog = facts.catalogs[key] else {
            return .manual(ComplianceEvidence("no catalog for \(key): import one with --catalog", at: nil))
        }
        let cited = cited(facts, framework: key)
        guard let first = cited.first else {
            return .notApplicable(ComplianceEvidence("the governance file cites no control of \(catalog.title)", at: nil))
        }
        var findings: [ComplianceFinding] = []
        let name = ComplianceFrameworkID(spelling: key).map(UndefinedControlPass.displayName) ?? catalog.title
        for control in cited where !control.value.contains("${") && catalog.control(cited: control.value) == nil {
            findings.append(ComplianceFinding(
                UndefinedControlPass.message(cited: control.value, catalog: catalog, name: name) + " (catalog version \(catalog.version))",
                at: control.range))
        }
        if !findings.isEmpty { return .fail(findings) }
        let count = cited.count == 1 ? "the 1 cited control is" : "all \(cited.count) cited controls are"
        return .pass([ComplianceEvidence("\(count) in the \(key) catalog, version \(catalog.version)", at: first.range)])
    }
}
