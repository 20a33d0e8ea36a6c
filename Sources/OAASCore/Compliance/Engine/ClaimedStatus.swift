/// Decides the `claimed-status` rule of each framework from the others: a framework the governance file
/// declares compliant, certified or implemented must not have a failing control.
enum ClaimedStatus {
    /// Statuses that claim the framework is met.
    static let claims: Set<String> = ["compliant", "certified", "implemented", "attested", "conformant", "met"]

    static let explanation = """
        A governance file that declares a framework `compliant`, `certified`, `implemented`, `attested`, \
        `conformant` or `met` makes a claim the rest of the configuration must bear out: when any other \
        rule of the framework fails, or a control the file cites is itself marked `non_compliant`, \
        `not_implemented` or `implemented: false`, the claim is contradicted and this rule fails too, at \
        the `status` line, listing what fails (rules of note severity do not count). Its severity is that \
        of the worst failure (error for a self-declared gap). When nothing fails but no rule passes either \
        (every control manual or not applicable), the claim is left to a person. Statuses that claim nothing yet (`in_progress`, `planned`) make the rule not applicable.
        """
    static let example = """
        compliance:
          hipaa:
            status: compliant
        # while audit records are kept 90 days (HIPAA requires six years)
        """

    /// The outcome for a framework, given the claim and the other rules' results.
    static func outcome(claim: Located<String>?, others: [RuleResult], declaredGaps: [String] = []) -> CheckOutcome {
        guard let claim else {
            return .notApplicable(ComplianceEvidence("the governance file claims no status for the framework", at: nil))
        }
        guard claims.contains(claim.value.lowercased()) else {
            return .notApplicable(ComplianceEvidence("\"status: \(claim.value)\" claims nothing yet", at: claim.range))
        }
        // Controls the governance file itself marks as not met contradict a claim of the whole.
        var failing: [String] = declaredGaps
        var weight = declaredGaps.isEmpty ? Severity.warning : Severity.error
        // A note-level finding (an ISO "level" label) is hygiene, not a contradiction of the claim.
        for result in others where result.outcome.status == .fail && result.rule.severity >= .warning {
            weight = max(weight, result.rule.severity)
            let names = result.rule.controls.isEmpty ? [String(result.rule.id.split(separator: ".").last ?? "")] : result.rule.controls
            for name in names where !failing.contains(name) { failing.append(name) }
        }
        if failing.isEmpty {
            guard others.contains(where: { $0.outcome.status == .pass }) else {
                return .manual(ComplianceEvidence(
                    "\"status: \(claim.value)\" is contradicted by nothing, but no rule shows positive evidence either: a person must judge it",
                    at: claim.range))
            }
            return .pass([ComplianceEvidence("\"status: \(claim.value)\" is borne out: no rule of the framework fails", at: claim.range)])
        }
        let listed = failing.count > 6 ? failing.prefix(6).joined(separator: ", ") + " and \(failing.count - 6) more" : failing.joined(separator: ", ")
        // The contradiction weighs as much as the worst failure: overdue paperwork alone does not make
        // a `--fail-on error` run fail.
        return .fail([ComplianceFinding("\"status: \(claim.value)\" is contradicted by what fails: \(listed)", at: claim.range, severity: weight)])
    }
}
