import OAASCore

/// Renders findings as GitHub Actions workflow commands (`::error file=…,line=…::message`), which the
/// runner turns into annotations on the pull request, followed by the full plain-text report.
///
/// GitHub keeps at most 10 error, 10 warning and 10 notice annotations per step and drops the rest
/// silently (actions/toolkit#734; yamllint#573 shows users reading a truncated log as a clean run). So
/// the first ones of each level are annotated in output order, a `::notice::` says how many were not,
/// and the text report of every active finding always follows, so that nothing is lost.
///
/// Suppressed findings are not annotated: they do not count. Messages are those of the diagnostics,
/// which never hold a secret in full, and no source snippet is ever printed.
public enum GitHubAnnotationsReporter {
    /// The annotations GitHub keeps per level and step.
    public static let limitPerLevel = 10

    /// Renders a report.
    /// - Parameter text: the report to print after the annotations (compliance-check's audit report);
    ///   nil for the findings' text report.
    /// - Returns: the workflow commands and the text report, each line ending in a newline; empty when
    ///   there is no active finding and no other text.
    public static func render(_ report: FindingsReport, followedBy text: String? = nil) -> String {
        let active = report.active
        var totals: [Severity: Int] = [:]
        for diagnostic in active { totals[diagnostic.severity, default: 0] += 1 }
        let overflowing = totals.values.contains { $0 > limitPerLevel }
        var output = ""
        var shown: [Severity: Int] = [:]
        var omitted = 0
        for diagnostic in active {
            // The overflow notice is itself a notice: it takes the tenth notice slot, or GitHub would
            // drop exactly the line that explains what is missing.
            let limit = overflowing && diagnostic.severity == .note ? limitPerLevel - 1 : limitPerLevel
            guard shown[diagnostic.severity, default: 0] < limit else {
                omitted += 1
                continue
            }
            shown[diagnostic.severity, default: 0] += 1
            output += annotation(diagnostic, sources: report.sources)
        }
        if omitted > 0 { output += overflowNotice(omitted) }
        output += fenced(text ?? TextReporter(snippets: false, color: false).render(active, sources: report.sources))
        return output
    }

    /// The `::notice::` that says how many findings have no annotation.
    static func overflowNotice(_ omitted: Int) -> String {
        let findings = omitted == 1 ? "1 more finding was" : "\(omitted) more findings were"
        let text = "\(findings) not annotated: GitHub shows at most \(limitPerLevel) error, \(limitPerLevel) warning "
            + "and \(limitPerLevel) notice annotations per step; the full report follows in the log"
        return "::notice::\(escapeData(text))\n"
    }

    /// One workflow command. Columns are counted in UTF-16 code units when the file is at hand, as
    /// GitHub's web UI counts them (the same columns as the SARIF report).
    static func annotation(_ diagnostic: Diagnostic, sources: [String: SourceFile]) -> String {
        let range = diagnostic.range
        let source = sources[range.file]
        let line = max(1, range.start.line)
        var properties: [(String, String)] = [("file", range.file), ("line", String(line))]
        // The runner drops `col` and `endColumn` unless the range starts and ends on one line
        // (ActionCommandManager.ValidateLinesAndColumns), so a multi-line range gives lines only.
        if range.end.line > line {
            properties.append(("endLine", String(range.end.line)))
        } else {
            let column = max(1, SARIFReporter.column(range.start, in: source))
            properties.append(("endLine", String(line)))
            properties.append(("col", String(column)))
            if range.end.line == line, range.end.offset > range.start.offset {
                properties.append(("endColumn", String(max(column, SARIFReporter.column(range.end, in: source)))))
            }
        }
        properties.append(("title", diagnostic.id))
        var message = diagnostic.message
        for note in diagnostic.notes {
            message += "\n" + noteLine(note)
        }
        let listed = properties.map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(command(diagnostic.severity)) \(listed)::\(escapeData(message))\n"
    }

    /// A note as the text report shows it, without the indentation.
    static func noteLine(_ note: DiagnosticNote) -> String {
        guard let range = note.range else { return "note: \(note.message)" }
        return "\(range.file):\(range.start.line):\(range.start.column): note: \(note.message)"
    }

    /// The command of a severity: GitHub calls a note a notice.
    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
    }

    /// The plain-text report, fenced by `::stop-commands::` so that the runner does not read a file name
    /// or a quoted value in it as a workflow command: a line that starts with `::` after trimming, or
    /// holds `##[error]` anywhere, would otherwise become an annotation or worse. The token is a hash
    /// of the report itself, so the output stays deterministic and the report cannot contain the line
    /// that ends the fence; it is neither empty nor a command name, which the runner refuses as tokens.
    static func fenced(_ text: String) -> String {
        guard !text.isEmpty else { return "" }
        let token = "oaas-" + SHA256.hex(text).prefix(32)
        return "::stop-commands::\(token)\n" + text + (text.hasSuffix("\n") ? "" : "\n") + "::\(token)::\n"
    }

    /// Escapes a command's data (its message) as actions/toolkit does: `%`, CR and LF.
    public static func escapeData(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Escapes a property value as actions/toolkit does: the data escapes plus `:` and `,`, which
    /// would otherwise end the value or the property list.
    public static func escapeProperty(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            case ":": result += "%3A"
            case ",": result += "%2C"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
