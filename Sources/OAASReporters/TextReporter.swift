import OAASCore

/// Renders diagnostics as text: one canonical line each (`path:line:col: severity: message [id]`),
/// notes indented below, and, for a terminal, a source snippet with a caret underline.
public struct TextReporter: Sendable {
    /// Whether to show source snippets (on a terminal).
    public var snippets: Bool
    /// Whether to colour severities (on a terminal, unless `NO_COLOR` or `--no-color`).
    public var color: Bool

    /// Creates a reporter.
    public init(snippets: Bool, color: Bool) {
        self.snippets = snippets
        self.color = color
    }

    /// Renders every diagnostic.
    /// - Parameters:
    ///   - diagnostics: sorted diagnostics.
    ///   - sources: the files, by display path, for snippets.
    ///   - secrets: findings whose ranges hold a secret (`secret.*`, suppressed ones included); every
    ///     snippet masks them, whichever diagnostic it belongs to. The `secret.*` findings among
    ///     `diagnostics` are always masked.
    /// - Returns: the text, ending in a newline when not empty.
    public func render(_ diagnostics: [Diagnostic], sources: [String: SourceFile], secrets: [Diagnostic] = []) -> String {
        var masks: [String: [SourceRange]] = [:]
        if snippets {
            for finding in secrets + diagnostics where finding.id.hasPrefix("secret.") {
                masks[finding.range.file, default: []].append(finding.range)
            }
        }
        var output = ""
        for diagnostic in diagnostics {
            let location = "\(diagnostic.range.file):\(diagnostic.range.start.line):\(diagnostic.range.start.column)"
            output += paint(location, .bold) + ": " + paint(diagnostic.severity.rawValue + ":", style(diagnostic.severity))
                + " " + Diagnostic.oneLine(diagnostic.message) + " " + paint("[\(diagnostic.id)]", .dim) + "\n"
            if snippets, let source = sources[diagnostic.range.file] {
                output += snippet(diagnostic.range, in: source, underline: style(diagnostic.severity), masking: masks[source.path] ?? [])
            }
            for note in diagnostic.notes {
                if let range = note.range {
                    output += "  \(range.file):\(range.start.line):\(range.start.column): "
                        + paint("note:", .note) + " \(Diagnostic.oneLine(note.message))\n"
                    if snippets, let source = sources[range.file] {
                        output += snippet(range, in: source, underline: .note, masking: masks[source.path] ?? [])
                    }
                } else {
                    output += "  " + paint("note:", .note) + " \(Diagnostic.oneLine(note.message))\n"
                }
            }
            for fixIt in diagnostic.fixIts where snippets {
                output += "  " + paint("fix:", .note) + " replace with \"\(Redaction.redact(fixIt.replacement))\"\n"
            }
        }
        return output
    }

    enum Style: String {
        case bold = "1", dim = "2", error = "1;31", warning = "1;33", note = "1;36"
    }

    func style(_ severity: Severity) -> Style {
        switch severity {
        case .error: .error
        case .warning: .warning
        case .note: .note
        }
    }

    func paint(_ text: String, _ style: Style) -> String {
        color ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// The line of `range` with a gutter and a `^~~~` underline below the range's first line.
    /// - Parameter masking: ranges holding secrets; their characters on the shown line become `****`,
    ///   and the underline moves with the text.
    func snippet(_ range: SourceRange, in source: SourceFile, underline: Style, masking: [SourceRange] = []) -> String {
        let line = range.start.line
        guard line >= 1, line <= source.lineStarts.count else { return "" }
        let raw = String(decoding: source.lineBytes(line), as: UTF8.self)
        let (masked, column) = Self.mask(raw, line: line, ranges: masking)
        let text = Redaction.redactLine(masked).map { $0 == "\t" ? " " : $0 }
        let startColumn = max(1, column(range.start.column))
        let endColumn = range.end.line == line ? max(column(range.end.column), startColumn + 1) : text.count + 1
        let gutter = String(line)
        let pad = String(repeating: " ", count: gutter.count)
        let width = max(1, min(endColumn, text.count + 1) - startColumn)
        let marker = "^" + String(repeating: "~", count: max(0, width - 1))
        return "\(pad) |\n\(gutter) | \(String(text))\n\(pad) | "
            + String(repeating: " ", count: startColumn - 1) + paint(marker, underline) + "\n"
    }

    /// A line with the parts of `ranges` on it replaced by `****`, and the map from a column of the
    /// line to the column of the same character in the masked text.
    static func mask(_ raw: String, line: Int, ranges: [SourceRange]) -> (String, (Int) -> Int) {
        let scalars = Array(raw.unicodeScalars)
        var spans: [(start: Int, end: Int)] = []
        for range in ranges where range.start.line <= line && range.end.line >= line {
            let start = range.start.line == line ? max(0, range.start.column - 1) : 0
            let end = range.end.line == line ? range.end.column - 1 : scalars.count
            if start < min(end, scalars.count) { spans.append((start, min(end, scalars.count))) }
        }
        guard !spans.isEmpty else { return (raw, { $0 }) }
        spans.sort { $0.start < $1.start }
        var merged: [(start: Int, end: Int)] = []
        for span in spans {
            if let last = merged.last, span.start <= last.end {
                merged[merged.count - 1].end = max(last.end, span.end)
            } else {
                merged.append(span)
            }
        }
        var view = String.UnicodeScalarView()
        var cursor = 0
        for span in merged {
            view.append(contentsOf: scalars[cursor..<span.start])
            view.append(contentsOf: Redaction.fixedMask.unicodeScalars)
            cursor = span.end
        }
        view.append(contentsOf: scalars[cursor...])
        let mask = Redaction.fixedMask.count
        let column: (Int) -> Int = { original in
            var shift = 0
            for span in merged {
                if original - 1 >= span.end {
                    shift += mask - (span.end - span.start)
                } else if original - 1 > span.start {
                    // Inside a masked span: the end of the mask.
                    return span.start + 1 + mask + shift
                }
            }
            return original + shift
        }
        return (String(view), column)
    }
}
