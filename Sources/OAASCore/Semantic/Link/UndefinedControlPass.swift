/// Resolves the controls a governance file cites (`compliance.<framework>.controls[].control_id`, SOX's
/// named controls' `control_id`, the AI RMF's `functions.*.subcategories[].id`) against
/// the framework's bundled catalog (`catalogs/`): a control the catalog does not have is an error with a
/// did-you-mean. Frameworks without a bundled catalog (PCI DSS, ISO/IEC 27001 …) are not checked.
enum UndefinedControlPass: SemanticPass {
    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for resource in context.project.resources {
            guard case .governance(let governance) = resource.model else { continue }
            for framework in governance.frameworks {
                guard let key = catalogKey(framework.id), let catalog = BuiltinCatalogs.catalog(key) else { continue }
                for citation in ControlsKnownCheck.citations(in: framework.section) {
                    let cited = citation.id
                    guard !cited.value.contains("${"), catalog.control(cited: cited.value) == nil else { continue }
                    sink.report(
                        .undefinedControl,
                        message(cited: cited.value, catalog: catalog, name: displayName(framework.id)),
                        at: cited.range,
                        notes: [DiagnosticNote(
                            "checked against the bundled \(key) catalog, version \(catalog.version), reviewed \(catalog.reviewed ?? "never")",
                            at: nil)])
                }
            }
        }
    }

    /// Why a cited control is not in a catalog: a group of controls (`A.6.2` groups `A.6.2.2` …
    /// `A.6.2.8`: say so rather than guess), or no such control, with a did-you-mean. Shared with the
    /// compliance check of cited controls.
    static func message(cited: String, catalog: ControlCatalog, name: String) -> String {
        let prefix = ControlCatalog.normalised(cited) + "."
        let members = catalog.controls.map(\.label).filter { ControlCatalog.normalised($0).hasPrefix(prefix) }
        if let first = members.first, let last = members.last {
            let span = members.count == 1 ? "\"\(first)\"" : "\"\(first)\" … \"\(last)\""
            return "\"\(cited)\" is not a control of \(name) but a group of them (\(span)); cite the controls"
        }
        let hint = Suggestion.closest(to: cited, in: catalog.controls.map(\.label)).map { "; did you mean \"\($0)\"?" } ?? ""
        return "\(name) has no control \"\(cited)\"\(hint)"
    }

    /// How messages name a framework.
    static func displayName(_ framework: ComplianceFrameworkID) -> String {
        switch framework {
        case .iso42001: "ISO/IEC 42001"
        case .nistAIRMF: "the NIST AI RMF"
        case .euAIAct: "the EU AI Act"
        case .sox: "SOX"
        case .hipaa: "HIPAA"
        case .gdpr: "the GDPR"
        case .soc2: "SOC 2"
        case .ccpa: "the CCPA"
        case .pciDSS: "PCI DSS"
        case .iso27001: "ISO/IEC 27001"
        case .fedRAMP: "FedRAMP"
        }
    }

    /// The bundled catalog of a framework a governance file names, if there is one.
    static func catalogKey(_ framework: ComplianceFrameworkID) -> String? {
        switch framework {
        case .iso42001: "iso-42001"
        case .nistAIRMF: "nist-ai-rmf"
        case .euAIAct: "eu-ai-act"
        case .sox: "sox"
        case .hipaa: "hipaa"
        case .gdpr: "gdpr"
        case .soc2: "soc2"
        case .ccpa, .pciDSS, .iso27001, .fedRAMP: nil
        }
    }
}

extension DiagnosticKind {
    static let undefinedControl = DiagnosticKind(
        id: "ref.undefined-control", severity: .error,
        summary: "a governance file cites a control its framework's catalog does not have",
        explanation: """
            Each `control_id` (and AI RMF subcategory `id`) under a framework of `spec.compliance` must name a control of that framework: \
            an ISO/IEC 42001 Annex A control (`A.6.2.4`; the objectives such as `A.6.2` are not controls), a \
            NIST AI RMF subcategory (`GOVERN 1.1`), an EU AI Act article (`Art. 14`), a HIPAA section \
            (`§164.312(a)(1)`), a SOC 2 criterion (`CC6.1`), a GDPR article or a SOX section. A control that \
            does not exist cannot have been implemented, and an auditor reading the claim will stop there. \
            IDs are compared ignoring case, spaces and `§`.

            The catalogs ship with oaas (`catalogs/` in its repository; each states its version and the date \
            it was last reviewed). Frameworks without a bundled catalog (PCI DSS, ISO/IEC 27001, FedRAMP, \
            CCPA) are not checked.
            """,
        example: "compliance:\n  iso_42001:\n    controls:\n      - control_id: A.11.1   # Annex A ends at A.10\n",
        remediation: "cite the control as the framework numbers it, or remove the claim")
}
