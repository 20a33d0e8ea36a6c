/// What a compliance check concluded about a control: the four results an auditor distinguishes.
public enum ControlStatus: String, Sendable, Hashable, CaseIterable {
    /// The configuration shows the control is met.
    case pass
    /// The configuration contradicts the control, or the evidence it needs is missing.
    case fail
    /// The control does not apply, for a stated reason.
    case notApplicable = "not-applicable"
    /// Only a person can judge it (a document, a process): listed, never counted as passed.
    case manual

    /// How results combine when several rules cover one control: a failure outweighs everything, a pass
    /// outweighs manual work, and a control is not applicable only when nothing applies.
    var weight: Int {
        switch self {
        case .fail: 3
        case .pass: 2
        case .manual: 1
        case .notApplicable: 0
        }
    }
}

/// A piece of evidence: what the configuration says, and where.
public struct ComplianceEvidence: Sendable, Hashable {
    /// What was found, in a sentence without the trailing period (`audit retention is 7y`).
    public let text: String
    /// Where it was found, when it is in a file.
    public let range: SourceRange?

    /// Creates evidence.
    public init(_ text: String, at range: SourceRange?) {
        self.text = text
        self.range = range
    }
}

/// One reason a check failed: a setting that contradicts the control, or evidence that is missing.
public struct ComplianceFinding: Sendable, Hashable {
    /// What is wrong, in a sentence without the trailing period.
    public let message: String
    /// Where; nil when the evidence is missing altogether (reported at the framework's section).
    public let range: SourceRange?
    /// The severity, when it is not the rule's own (a contradicted claim weighs what contradicts it).
    public let severity: Severity?

    /// Creates a finding.
    public init(_ message: String, at range: SourceRange?, severity: Severity? = nil) {
        self.message = message
        self.range = range
        self.severity = severity
    }
}

/// What one shared check concluded. A check that serves several frameworks runs once and its outcome is
/// reported under each.
public enum CheckOutcome: Sendable {
    /// Met, with the evidence that shows it.
    case pass([ComplianceEvidence])
    /// Not met, with every reason.
    case fail([ComplianceFinding])
    /// Does not apply, with the reason and the setting that says so.
    case notApplicable(ComplianceEvidence)
    /// Needs a person, with what they should look at.
    case manual(ComplianceEvidence)

    /// The usual decision of a check that gathers both: fail on any finding, fail with `missing` when
    /// there is no evidence either, pass otherwise.
    static func decided(findings: [ComplianceFinding], evidence: [ComplianceEvidence], missing: String) -> CheckOutcome {
        if !findings.isEmpty { return .fail(findings) }
        if evidence.isEmpty { return .fail([ComplianceFinding(missing, at: nil)]) }
        return .pass(evidence)
    }

    /// The status this outcome gives a control.
    public var status: ControlStatus {
        switch self {
        case .pass: .pass
        case .fail: .fail
        case .notApplicable: .notApplicable
        case .manual: .manual
        }
    }
}

/// The result of one evidence rule in one framework.
public struct RuleResult: Sendable {
    /// The rule.
    public let rule: ComplianceRule
    /// What it concluded.
    public let outcome: CheckOutcome
    /// The failures as diagnostics with the rule's ID, located (missing evidence at the framework's section).
    public let diagnostics: [Diagnostic]
}

/// The result for one control of a framework: every rule that covers it, combined.
public struct ControlResult: Sendable {
    /// The control's label as the catalog writes it (`A.6.2.8`, `CC6.1`).
    public let label: String
    /// The catalog's short title.
    public let title: String
    /// The combined status.
    public let status: ControlStatus
    /// The rules that cover the control, in rule order.
    public let rules: [RuleResult]
    /// What the governance file claims for the control (`status: compliant`), when it cites it.
    public let claim: ComplianceEvidence?
}

/// A whole framework's report.
public struct FrameworkReport: Sendable {
    /// The catalog key (`iso-42001`).
    public let key: String
    /// The catalog it was checked against.
    public let catalog: ControlCatalog
    /// What the governance file claims (`status: certified`), when it says.
    public let claimedStatus: ComplianceEvidence?
    /// Why the whole framework does not apply (`sox.applicable: false`), when it does not.
    public let notApplicable: ComplianceEvidence?
    /// Rules about the framework's declarations rather than one control (cited IDs, claimed status,
    /// certificate validity, risk vocabulary), in rule order.
    public let declarations: [RuleResult]
    /// Every control evaluated or cited, in catalog order.
    public let controls: [ControlResult]

    /// How many controls have a status.
    public func count(_ status: ControlStatus) -> Int { controls.filter { $0.status == status }.count }

    /// Passed controls out of those that passed or failed (manual and not-applicable ones do not count),
    /// as a whole percentage rounded down; nil when nothing was decided.
    public var score: Int? {
        let decided = count(.pass) + count(.fail)
        return decided == 0 ? nil : count(.pass) * 100 / decided
    }

    /// Every failure, declarations first, sorted by position.
    public var diagnostics: [Diagnostic] {
        DiagnosticOrdering.sortedUnique((declarations + controls.flatMap(\.rules)).flatMap(\.diagnostics))
    }
}

/// The report of one `oaas compliance-check` run.
public struct ComplianceReport: Sendable {
    /// The date the date rules took as today.
    public let asOf: DateValue
    /// One report per framework checked, in the order asked for.
    public let frameworks: [FrameworkReport]
    /// Problems found while reading the workspace that are not compliance results (syntax errors, an
    /// unreadable catalog); reported alongside.
    public let frontEnd: [Diagnostic]

    /// Every failure of every framework, sorted, each once.
    public var diagnostics: [Diagnostic] { DiagnosticOrdering.sortedUnique(frameworks.flatMap(\.diagnostics)) }
}
