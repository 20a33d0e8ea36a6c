import OAASCore

/// Renders a compliance report as a Markdown audit report a person can attach to an audit ticket: a
/// summary table, then per framework the claim, the declarations and every control with its evidence or
/// findings and remediation.
public enum ComplianceMarkdownReporter {
    /// Renders a report.
    /// - Parameters:
    ///   - report: the report.
    ///   - version: oaas's version, recorded in the header.
    ///   - files: how many files were read.
    public static func render(_ report: ComplianceReport, version: String, files: Int) -> String {
        var out = "# Compliance report as of \(report.asOf.text)\n\n"
        out += "Produced by `oaas compliance-check` \(version) from \(files) file\(files == 1 ? "" : "s"). "
        out += "Results come from the configuration as committed; **manual** controls need a person's review and are never counted as passed.\n\n"
        if !report.frontEnd.isEmpty {
            out += "> **The workspace has errors**; the evidence below may be incomplete:\n"
            for diagnostic in report.frontEnd { out += "> - `\(cell(diagnostic.canonicalLine))`\n" }
            out += "\n"
        }
        out += "| Framework | Claimed | Score | Pass | Fail | Manual | N/A |\n|---|---|---|---|---|---|---|\n"
        for framework in report.frameworks {
            let claim = framework.claimedStatus.map { cell($0.text) } ?? "—"
            let score = framework.score.map { "\($0)%" } ?? "—"
            out += "| \(cell(framework.catalog.title)) | \(claim) | \(score) | \(framework.count(.pass)) | \(framework.count(.fail)) | \(framework.count(.manual)) | \(framework.count(.notApplicable)) |\n"
        }
        for framework in report.frameworks {
            out += "\n## \(cell(framework.catalog.title))\n\n"
            out += "Catalog `\(framework.key)`, version \(cell(framework.catalog.version)), reviewed \(framework.catalog.reviewed ?? "never"). "
            out += "Score: \(cell(ComplianceWording.score(framework))).\n"
            if let claim = framework.claimedStatus { out += "\nClaimed: **\(cell(claim.text))**\(place(claim.range)).\n" }
            if let reason = framework.notApplicable { out += "\nNot applicable: \(cell(reason.text))\(place(reason.range)).\n" }
            if !framework.declarations.isEmpty {
                out += "\n### Declarations\n\n| Result | Rule | Evidence or finding | Remediation |\n|---|---|---|---|\n"
                for result in framework.declarations {
                    out += "| \(ComplianceWording.label(result.outcome.status)) | `\(result.rule.id)` | \(findings(result)) | \(result.outcome.status == .fail ? cell(result.rule.remediation) : "") |\n"
                }
            }
            if !framework.controls.isEmpty {
                out += "\n### Controls\n\n| Result | Control | Title | Evidence or finding | Remediation |\n|---|---|---|---|---|\n"
                for control in framework.controls {
                    var lines: [String] = []
                    if let claim = control.claim { lines.append(cell(claim.text) + place(claim.range)) }
                    for result in control.rules { lines.append("`\(ComplianceWording.shortName(result.rule))`: " + findings(result)) }
                    if control.rules.isEmpty { lines.append("no rule reads the configuration for this control; review the evidence") }
                    var fixes: [String] = []
                    for result in control.rules where result.outcome.status == .fail { fixes.append(cell(result.rule.remediation)) }
                    out += "| \(ComplianceWording.label(control.status)) | \(cell(control.label)) | \(cell(control.title)) | \(lines.joined(separator: "<br>")) | \(fixes.joined(separator: "<br>")) |\n"
                }
            }
        }
        return out
    }

    /// A rule result in one cell: its failures with places, or its evidence.
    private static func findings(_ result: RuleResult) -> String {
        if case .fail = result.outcome {
            return result.diagnostics.map { "\($0.severity.rawValue): \(cell($0.message))\(place($0.range))" }.joined(separator: "<br>")
        }
        let prefix = result.outcome.status == .notApplicable ? "not applicable: " : ""
        return ComplianceWording.evidence(result.outcome).map { prefix + cell($0.text) + place($0.range) }.joined(separator: "<br>")
    }

    private static func place(_ range: SourceRange?) -> String {
        ComplianceWording.place(range).map { " (`\($0)`)" } ?? ""
    }

    /// Text safe inside a table cell: no line breaks, pipes escaped, HTML's `<` and `>` as entities.
    static func cell(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "|": out += "\\|"
            case "\n", "\r": out += " "
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(character)
            }
        }
        return out
    }
}
