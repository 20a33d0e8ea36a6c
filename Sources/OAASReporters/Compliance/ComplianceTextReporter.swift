import OAASCore

/// Renders a compliance report as text: per framework the claim and the score, the declaration rules,
/// then each control with its result, its evidence (or the failures, located, and a one-line fix).
public enum ComplianceTextReporter {
    /// Renders a report.
    public static func render(_ report: ComplianceReport) -> String {
        var out = "compliance-check as of \(report.asOf.text)\n"
        if !report.frontEnd.isEmpty {
            out += "\nthe workspace has errors; the evidence below may be incomplete:\n"
            for diagnostic in report.frontEnd { out += "  \(diagnostic.canonicalLine)\n" }
        }
        for framework in report.frameworks {
            let catalog = framework.catalog
            out += "\n\(catalog.title) (\(framework.key); catalog version \(catalog.version), reviewed \(catalog.reviewed ?? "never"))\n"
            if let claim = framework.claimedStatus {
                out += "  claimed: \(claim.text)\(at(claim.range))\n"
            }
            if let reason = framework.notApplicable {
                out += "  not applicable: \(reason.text)\(at(reason.range))\n"
            }
            out += "  score: \(ComplianceWording.score(framework))\n"
            if !framework.declarations.isEmpty {
                out += "\n  declarations\n"
                for result in framework.declarations {
                    out += "    \(pad(ComplianceWording.label(result.outcome.status), 7))\(ComplianceWording.shortName(result.rule))\n"
                    out += details(result, indent: "           ", named: false)
                }
            }
            if !framework.controls.isEmpty {
                out += "\n  controls\n"
                let width = min(24, (framework.controls.map(\.label.count).max() ?? 0) + 2)
                // A rule that covers several controls is shown in full under the first and referred to after.
                var shownUnder: [String: String] = [:]
                for control in framework.controls {
                    out += "    \(pad(ComplianceWording.label(control.status), 7))\(pad(control.label, width))\(control.title)\n"
                    if let claim = control.claim { out += "           \(claim.text)\(at(claim.range))\n" }
                    for result in control.rules {
                        if let first = shownUnder[result.rule.id] {
                            let word = result.outcome.status == .notApplicable ? "n/a" : result.outcome.status.rawValue
                            out += "           \(pad(word, 6))\(ComplianceWording.shortName(result.rule)): as under \(first)\n"
                        } else {
                            shownUnder[result.rule.id] = control.label
                            out += details(result, indent: "           ", named: true)
                        }
                    }
                    if control.rules.isEmpty, control.status == .manual {
                        out += "           no rule reads the configuration for this control: a person must check the evidence\n"
                    }
                }
            }
        }
        return out
    }

    /// The lines under a rule result: its evidence or reason, or its failures with the fix.
    private static func details(_ result: RuleResult, indent: String, named: Bool) -> String {
        var out = ""
        let name = named ? "\(ComplianceWording.shortName(result.rule)): " : ""
        switch result.outcome {
        case .fail:
            for diagnostic in result.diagnostics {
                out += "\(indent)\(named ? "fail  " : "")\(diagnostic.canonicalLine)\n"
            }
            out += "\(indent)\(named ? "      " : "")fix: \(result.rule.remediation)\n"
        case .pass(let evidence):
            for item in evidence { out += "\(indent)\(named ? "pass  " : "")\(name)\(item.text)\(at(item.range))\n" }
        case .notApplicable(let reason):
            out += "\(indent)\(named ? "n/a   " : "")\(name)not applicable: \(reason.text)\(at(reason.range))\n"
        case .manual(let reason):
            out += "\(indent)\(named ? "manual " : "")\(name)\(reason.text)\(at(reason.range))\n"
        }
        return out
    }

    private static func at(_ range: SourceRange?) -> String {
        ComplianceWording.place(range).map { " (\($0))" } ?? ""
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
