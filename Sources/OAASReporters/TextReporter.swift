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
    /// - Returns: the text, ending in a newline when not empty.
    public func render(_ diagnostics: [Diagnostic], sources: [String: SourceFile]) -> String {
        var output = ""
        for diagnostic in diagnostics {
            let location = "\(diagnostic.range.file):\(diagnostic.range.start.line):\(diagnostic.range.start.column)"
            output += paint(location, .bold) + ": " + paint(diagnostic.severity.rawValue + ":", style(diagnostic.severity))
                + " " + diagnostic.message + " " + paint("[\(diagnostic.id)]", .dim) + "\n"
            if snippets, let source = sources[diagnostic.range.file] {
                // A finding about a secret (it carries a content key) masks the secret's own characters,
                // whatever the key rules of `redactLine` think of the line.
                let masked = diagnostic.contentKey == nil ? nil : diagnostic.range
                output += snippet(diagnostic.range, in: source, underline: style(diagnostic.severity), masking: masked)
            }
            for note in diagnostic.notes {
                if let range = note.range {
                    output += "  \(range.file):\(range.start.line):\(range.start.column): "
                        + paint("note:", .note) + " \(note.message)\n"
                    if snippets, let source = sources[range.file] {
                        output += snippet(range, in: source, underline: .note)
                    }
                } else {
                    output += "  " + paint("note:", .note) + " \(note.message)\n"
                }
            }
            for fixIt in diagnostic.fixIts where snippets {
                output += "  " + paint("fix:", .note) + " replace with \"\(fixIt.replacement)\"\n"
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
    /// - Parameter masking: a range whose characters on the shown line are replaced by `****`.
    func snippet(_ range: SourceRange, in source: SourceFile, underline: Style, masking: SourceRange? = nil) -> String {
        let line = range.start.line
        guard line >= 1, line <= source.lineStarts.count else { return "" }
        var raw = String(decoding: source.lineBytes(line), as: UTF8.self)
        var range = range
        if let masking, masking.start.line == line {
            let scalars = Array(raw.unicodeScalars)
            let start = min(max(0, masking.start.column - 1), scalars.count)
            let end = masking.end.line == line ? min(max(start, masking.end.column - 1), scalars.count) : scalars.count
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[..<start])
            view.append(contentsOf: Redaction.fixedMask.unicodeScalars)
            view.append(contentsOf: scalars[end...])
            raw = String(view)
            range.end = SourcePosition(line: line, column: start + 1 + Redaction.fixedMask.count, offset: range.end.offset)
        }
        let text = Redaction.redactLine(raw).map { $0 == "\t" ? " " : $0 }
        let gutter = String(line)
        let pad = String(repeating: " ", count: gutter.count)
        let startColumn = max(1, range.start.column)
        let endColumn = range.end.line == line ? max(range.end.column, startColumn + 1) : text.count + 1
        let width = max(1, min(endColumn, text.count + 1) - startColumn)
        let marker = "^" + String(repeating: "~", count: max(0, width - 1))
        return "\(pad) |\n\(gutter) | \(String(text))\n\(pad) | "
            + String(repeating: " ", count: startColumn - 1) + paint(marker, underline) + "\n"
    }
}
