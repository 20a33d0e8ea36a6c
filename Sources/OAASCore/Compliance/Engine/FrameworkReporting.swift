/// Turns the shared checks' outcomes into one framework's report: applicability, the high-risk gate of
/// EU AI Act rules, located failures, the claimed-status rule, and one result per control.
enum FrameworkReporting {
    static func report(
        key: String, catalog: ControlCatalog, rules: [ComplianceRule], outcomes: [ComplianceCheck: CheckOutcome], facts: ComplianceFacts
    ) -> FrameworkReport {
        let anchor = facts.anchor(for: key)
        let section = governanceSection(key, facts)
        let claim = section?.string("status")
        var notApplicable: ComplianceEvidence?
        if let applicable = section?["applicable"], applicable.bool == false {
            notApplicable = ComplianceEvidence("the governance file declares \(key) not applicable (\"applicable: false\")", at: applicable.range)
        } else if let claim, ["not_applicable", "n/a", "excluded"].contains(claim.value.lowercased()) {
            notApplicable = ComplianceEvidence("the governance file declares \(key) not applicable (\"status: \(claim.value)\")", at: claim.range)
        }
        let highRisk = highRiskGate(facts)

        var results: [RuleResult] = []
        var claimRules: [ComplianceRule] = []
        for rule in rules {
            if case .claimedStatus = rule.check {
                claimRules.append(rule)
                continue
            }
            var outcome = outcomes[rule.check] ?? .manual(ComplianceEvidence("not evaluated", at: nil))
            if let notApplicable {
                outcome = .notApplicable(notApplicable)
            } else if rule.highRiskOnly, let reason = highRisk {
                outcome = .notApplicable(reason)
            }
            results.append(result(rule, outcome, anchor: anchor))
        }
        var claims: [String: Claim] = [:]
        if let section { claims = Self.claims(in: section, catalog: catalog) }
        var declaredGaps: [String] = []
        for control in catalog.controls where claims[ControlCatalog.normalised(control.label)]?.gap == true {
            declaredGaps.append(control.label)
        }
        for rule in claimRules {
            var outcome = ClaimedStatus.outcome(claim: claim, others: results, declaredGaps: declaredGaps)
            if let notApplicable { outcome = .notApplicable(notApplicable) }
            results.append(result(rule, outcome, anchor: anchor))
        }

        // Controls: those the rules cover and those the governance file cites, in catalog order.
        var byControl: [String: [RuleResult]] = [:]
        var declarations: [RuleResult] = []
        for result in results {
            if result.rule.controls.isEmpty { declarations.append(result) }
            for label in result.rule.controls { byControl[ControlCatalog.normalised(label), default: []].append(result) }
        }
        var controls: [ControlResult] = []
        for control in catalog.controls {
            let key = ControlCatalog.normalised(control.label)
            let covering = byControl[key] ?? []
            let claimed = claims[key]
            guard !covering.isEmpty || claimed != nil else { continue }
            var status = ControlStatus.notApplicable
            for result in covering where result.outcome.status.weight > status.weight { status = result.outcome.status }
            if notApplicable != nil {
                status = .notApplicable
            } else if claimed?.gap == true {
                // The organisation itself says the control is not met.
                status = .fail
            } else if covering.isEmpty {
                // Cited, but no rule reads the configuration for it: a person must look at the evidence,
                // unless the organisation excludes the control (with its justification).
                status = claimed?.notApplicable == true ? .notApplicable : .manual
            }
            controls.append(ControlResult(label: control.label, title: control.title, status: status, rules: covering, claim: claimed?.evidence))
        }
        var claimed: ComplianceEvidence?
        if let claim { claimed = ComplianceEvidence(Redaction.redact("status: \(claim.value)"), at: claim.range) }
        return FrameworkReport(
            key: key, catalog: catalog, claimedStatus: claimed, notApplicable: notApplicable, declarations: declarations, controls: controls)
    }

    /// What the governance file claims for one control it cites.
    private struct Claim {
        let evidence: ComplianceEvidence
        /// Whether the organisation excludes the control (`status: not_applicable`).
        let notApplicable: Bool
        /// Whether the organisation says the control is not met (`non_compliant`, `implemented: false`).
        let gap: Bool
    }

    /// Statuses by which a governance file says a control is not met.
    static let gapStatuses: Set<String> = ["non_compliant", "noncompliant", "not_compliant", "not_implemented", "failed", "failing"]

    /// The claims of a framework section, by normalised catalog label. Plain loops without closures on
    /// purpose: Swift 6.3.1's optimiser crashes (CopyPropagation) on closures over decoded values here.
    private static func claims(in section: IRValue, catalog: ControlCatalog) -> [String: Claim] {
        var claims: [String: Claim] = [:]
        for citation in ControlsKnownCheck.citations(in: section) {
            guard let known = catalog.control(cited: citation.id.value) else { continue }
            let control = citation.entry
            var stated = "without a status"
            var excluded = false
            var gap = false
            if let status = control.string("status") {
                stated = status.value
                excluded = ["not_applicable", "n/a", "excluded"].contains(status.value.lowercased())
                gap = gapStatuses.contains(status.value.lowercased())
            } else if let implemented = control["implemented"]?.bool {
                stated = implemented ? "implemented" : "not implemented"
                gap = !implemented
            }
            var text = "claimed \(stated)"
            if let evidence = control.string("evidence") { text += "; evidence: \(evidence.value)" }
            if let justification = control.string("justification") { text += "; justification: \(justification.value)" }
            claims[ControlCatalog.normalised(known.label)] = Claim(
                evidence: ComplianceEvidence(Redaction.redact(text), at: citation.id.range), notApplicable: excluded, gap: gap)
        }
        return claims
    }

    /// A rule's result, with its failures as located diagnostics of the rule's kind.
    private static func result(_ rule: ComplianceRule, _ outcome: CheckOutcome, anchor: SourceRange) -> RuleResult {
        var diagnostics: [Diagnostic] = []
        var scrubbed = outcome
        switch outcome {
        case .fail(let found):
            var cleaned: [ComplianceFinding] = []
            for finding in mergedByPlace(found) {
                let message = Redaction.redact(finding.message)
                cleaned.append(ComplianceFinding(message, at: finding.range, severity: finding.severity))
                var diagnostic = Diagnostic(rule.kind, message, at: finding.range ?? anchor)
                diagnostic.severity = finding.severity ?? rule.severity
                if finding.range == nil { diagnostic.notes = [DiagnosticNote("the evidence is missing; reported at the framework's section", at: nil)] }
                diagnostics.append(diagnostic)
            }
            scrubbed = .fail(cleaned)
        case .pass(let evidence):
            scrubbed = .pass(evidence.map { ComplianceEvidence(Redaction.redact($0.text), at: $0.range) })
        case .notApplicable(let reason):
            scrubbed = .notApplicable(ComplianceEvidence(Redaction.redact(reason.text), at: reason.range))
        case .manual(let reason):
            scrubbed = .manual(ComplianceEvidence(Redaction.redact(reason.text), at: reason.range))
        }
        return RuleResult(rule: rule, outcome: scrubbed, diagnostics: diagnostics)
    }

    /// Findings at the same place joined into one: a report has one diagnostic per place and rule.
    private static func mergedByPlace(_ findings: [ComplianceFinding]) -> [ComplianceFinding] {
        var result: [ComplianceFinding] = []
        for finding in findings {
            if let index = result.firstIndex(where: { $0.range == finding.range }) {
                let severity = max(result[index].severity ?? .note, finding.severity ?? .note)
                result[index] = ComplianceFinding(
                    result[index].message + "; " + finding.message, at: finding.range,
                    severity: result[index].severity == nil && finding.severity == nil ? nil : severity)
            } else {
                result.append(finding)
            }
        }
        return result
    }

    /// The governance section of a framework key (`compliance.iso_42001` for `iso-42001`).
    private static func governanceSection(_ key: String, _ facts: ComplianceFacts) -> IRValue? {
        for (resource, _) in facts.governance {
            for entry in resource.document["spec"]?["compliance"]?.entries ?? [] where ComplianceFacts.catalogKey(entry.key) == key {
                return entry.value
            }
        }
        return nil
    }

    /// Why the rules for high-risk systems do not apply, or nil when the system is high-risk (or its
    /// category is unknown, which the risk-category rule reports).
    private static func highRiskGate(_ facts: ComplianceFacts) -> ComplianceEvidence? {
        guard let (governance, _) = facts.section(.euAIAct), let category = governance.euAIAct?.riskCategory else { return nil }
        let word = category.value.lowercased()
        if word == "high_risk" || word == "high" || RiskVocabularyCheck.euCategories[word] == nil { return nil }
        return ComplianceEvidence("only for high-risk systems; \"risk_category: \(category.value)\"", at: category.range)
    }
}
