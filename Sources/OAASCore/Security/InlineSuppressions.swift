/// `# oaas:ignore[ID] reason` and `# oaas:ignore-file[ID] reason` comments (`//` works too, for files
/// whose comments start so).
///
/// A comment on a line of its own suppresses the findings on the next line; a comment after other text
/// suppresses the findings on its own line; `ignore-file` suppresses the findings anywhere in its file.
/// Several IDs are separated by commas. The reason is required: a suppression without one is an error
/// and suppresses nothing. A suppression that matches no finding is reported, so that stale ones do not
/// pile up, but only for IDs the running command can report (a `validate` ID is not "unused" in a
/// security scan).
public enum InlineSuppressions {
    /// One parsed comment.
    struct Comment {
        let ids: [String]
        let reason: String
        let wholeFile: Bool
        /// The line whose findings it suppresses (unused for `ignore-file`).
        let targetLine: Int
        /// Where the comment is.
        let range: SourceRange
    }

    static let marker = Array("oaas:ignore".utf8)

    /// Marks suppressed findings and reports malformed, unknown and unused suppressions.
    /// - Parameters:
    ///   - diagnostics: the findings, sorted.
    ///   - files: the scanned files.
    ///   - enabled: false for `--no-inline-ignores`: comments are then neither honoured nor checked.
    ///   - reportable: the IDs the running command can report; only these can be "unused".
    /// - Returns: the findings, suppressed ones marked, plus the suppression diagnostics.
    public static func apply(
        to diagnostics: [Diagnostic], files: [SourceFile], enabled: Bool, reportable: Set<String>
    ) -> [Diagnostic] {
        guard enabled else { return diagnostics }
        var result = diagnostics
        var indicesByFile: [String: [Int]] = [:]
        for (index, diagnostic) in diagnostics.enumerated() { indicesByFile[diagnostic.range.file, default: []].append(index) }
        for file in files where acceptsComments(file.path) && contains(file.bytes, marker) {
            var sink = DiagnosticSink()
            let comments = parse(file, into: &sink)
            guard !comments.isEmpty else {
                result.append(contentsOf: sink.diagnostics)
                continue
            }
            // Findings by line, so that each comment looks only at its own line.
            var byLine: [Int: [Int]] = [:]
            for index in indicesByFile[file.path] ?? [] { byLine[result[index].range.start.line, default: []].append(index) }
            var fileWide: Set<String> = []
            for comment in comments {
                var used = false
                let candidates = comment.wholeFile ? (indicesByFile[file.path] ?? []) : (byLine[comment.targetLine] ?? [])
                if comment.wholeFile {
                    // The same ID suppressed file-wide twice: the second comment is the unused one.
                    let fresh = comment.ids.filter { fileWide.insert($0).inserted }
                    guard !fresh.isEmpty else {
                        reportUnused(comment, reportable: reportable, into: &sink)
                        continue
                    }
                }
                for index in candidates where result[index].suppression == nil && comment.ids.contains(result[index].id) {
                    result[index].suppression = Suppression(kind: .inSource, justification: comment.reason, range: comment.range)
                    used = true
                }
                if !used { reportUnused(comment, reportable: reportable, into: &sink) }
            }
            result.append(contentsOf: sink.diagnostics)
        }
        return result
    }

    /// Reports a suppression that matched nothing, for the IDs the running command can report. Its
    /// fingerprint rests on the comment's text, not on the line it names, so a baseline keeps it
    /// accepted when lines move.
    static func reportUnused(_ comment: Comment, reportable: Set<String>, into sink: inout DiagnosticSink) {
        let unused = comment.ids.filter { reportable.contains($0) }
        guard !unused.isEmpty else { return }
        let scope = comment.wholeFile ? "in this file" : "on line \(comment.targetLine)"
        var diagnostic = Diagnostic(
            .unusedSuppression, "suppression of \(unused.map { "\"\($0)\"" }.joined(separator: ", ")) matches no finding \(scope)",
            at: comment.range)
        diagnostic.contentKey = "suppression:\(comment.wholeFile ? "file" : "line"):\(comment.ids.joined(separator: ",")):\(comment.reason)"
        sink.report(diagnostic)
    }

    /// The suppression comments of one file; malformed ones are reported instead.
    static func parse(_ file: SourceFile, into sink: inout DiagnosticSink) -> [Comment] {
        var comments: [Comment] = []
        for line in 1...file.lineStarts.count {
            let bytes = file.lineBytes(line)
            guard let markerStart = firstIndex(of: marker, in: bytes) else { continue }
            let text = String(decoding: bytes[markerStart...], as: UTF8.self)
            let before = String(decoding: bytes[bytes.startIndex..<markerStart], as: UTF8.self)
            // Only in a comment: `#` or `//`, then optional spaces, right before the marker.
            let lead = before.reversed().drop { $0 == " " }
            let commentStart: String.Index
            if lead.first == "#" {
                commentStart = before.index(before.startIndex, offsetBy: lead.count - 1)
            } else if lead.starts(with: "//") {
                commentStart = before.index(before.startIndex, offsetBy: lead.count - 2)
            } else {
                continue
            }
            let ownLine = before[..<commentStart].allSatisfy { $0 == " " || $0 == "\t" }
            let column = before[..<commentStart].unicodeScalars.count + 1
            let start = SourcePosition(line: line, column: column, offset: file.lineStarts[line - 1] + before[..<commentStart].utf8.count)
            let endOffset = file.lineStarts[line - 1] + bytes.count
            let end = SourcePosition(line: line, column: String(decoding: bytes, as: UTF8.self).unicodeScalars.count + 1, offset: endOffset)
            let range = SourceRange(file: file.path, start: start, end: end)
            guard let comment = parseComment(text, ownLine: ownLine, line: line, range: range, into: &sink) else { continue }
            comments.append(comment)
        }
        return comments
    }

    /// `oaas:ignore[ID, ID] reason` or `oaas:ignore-file[ID] reason`.
    static func parseComment(_ text: String, ownLine: Bool, line: Int, range: SourceRange, into sink: inout DiagnosticSink) -> Comment? {
        var rest = Substring(text.dropFirst(marker.count))
        var wholeFile = false
        if rest.hasPrefix("-file") {
            wholeFile = true
            rest = rest.dropFirst(5)
        }
        guard rest.first == "[", let close = rest.firstIndex(of: "]") else {
            sink.report(.malformedSuppression, "expected \"oaas:ignore[ID] reason\" or \"oaas:ignore-file[ID] reason\"", at: range)
            return nil
        }
        let ids = rest[rest.index(after: rest.startIndex)..<close].split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        let reason = rest[rest.index(after: close)...].trimmingWhitespace()
        guard !ids.isEmpty else {
            sink.report(.malformedSuppression, "the suppression names no diagnostic ID; expected \"oaas:ignore[ID] reason\"", at: range)
            return nil
        }
        var known: [String] = []
        for id in ids {
            if DiagnosticCatalog.kind(id: id) != nil {
                known.append(id)
            } else {
                let hint = Suggestion.closest(to: id, in: DiagnosticCatalog.all.map(\.id)).map { "; did you mean \"\($0)\"?" } ?? ""
                sink.report(.unknownSuppressionID, "\"\(id)\" is not a diagnostic ID\(hint)", at: range)
            }
        }
        guard !reason.isEmpty else {
            sink.report(.suppressionWithoutReason, "suppression of \(ids.map { "\"\($0)\"" }.joined(separator: ", ")) gives no reason; write why after the brackets", at: range)
            return nil
        }
        guard !known.isEmpty else { return nil }
        return Comment(ids: known, reason: reason, wholeFile: wholeFile, targetLine: ownLine ? line + 1 : line, range: range)
    }

    /// Files without `#` or `//` comments (JSON, SARIF) or where `#` is not one (Markdown and other
    /// documentation, which may show the syntax itself, and which the secret scan skips anyway) never
    /// carry suppressions.
    static func acceptsComments(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return true }
        let suffix = name[name.index(after: dot)...].lowercased()
        return !["json", "sarif", "md", "markdown", "mdx", "rst", "adoc", "html"].contains(suffix)
    }

    static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        firstIndex(of: needle, in: bytes[...]) != nil
    }

    static func firstIndex(of needle: [UInt8], in bytes: ArraySlice<UInt8>) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var index = bytes.startIndex
        let last = bytes.endIndex - needle.count
        while index <= last {
            if bytes[index] == first {
                var matched = true
                for offset in 1..<needle.count where bytes[index + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }

    /// The kinds this stage reports.
    public static let kinds: [DiagnosticKind] = [.suppressionWithoutReason, .unusedSuppression, .malformedSuppression, .unknownSuppressionID]
}

extension DiagnosticKind {
    static let suppressionWithoutReason = DiagnosticKind(
        id: "suppression.missing-reason", severity: .error,
        summary: "an inline suppression gives no reason",
        explanation: """
            `# oaas:ignore[ID] reason` needs a reason after the brackets: a suppression is a decision, and the \
            next reader (or auditor) needs to know why it was made. A suppression without a reason suppresses \
            nothing.
            """,
        example: "bot_token: xoxb-… # oaas:ignore[secret.slack-token]\n",
        remediation: "write why the finding is accepted after the brackets")

    static let unusedSuppression = DiagnosticKind(
        id: "suppression.unused", severity: .warning,
        summary: "an inline suppression matches no finding",
        explanation: """
            The comment suppresses an ID that is not reported on its line (the line itself for a trailing \
            comment, the next line for a comment on its own line, the whole file for `oaas:ignore-file`). The \
            problem was fixed or moved; a stale suppression would silently hide the next one. Only IDs the \
            running command can report are checked.
            """,
        example: "# oaas:ignore[secret.slack-token] rotated in 2026\nchannel: ops\n",
        remediation: "remove the comment, or move it next to the finding it is meant for")

    static let malformedSuppression = DiagnosticKind(
        id: "suppression.malformed", severity: .warning,
        summary: "an `oaas:ignore` comment is not in the expected form",
        explanation: """
            Suppressions are written `# oaas:ignore[ID] reason`, `# oaas:ignore[ID1, ID2] reason` or \
            `# oaas:ignore-file[ID] reason`. A comment that mentions `oaas:ignore` in another form suppresses \
            nothing.
            """,
        example: "# oaas:ignore secret.slack-token\n",
        remediation: "write the IDs in brackets right after oaas:ignore, then the reason")

    static let unknownSuppressionID = DiagnosticKind(
        id: "suppression.unknown-id", severity: .warning,
        summary: "an inline suppression names an ID oaas does not have",
        explanation: "The ID in brackets is not a diagnostic ID (see `oaas explain`), so it suppresses nothing.",
        example: "# oaas:ignore[secret.slack] test fixture\n",
        remediation: "use the ID printed in brackets at the end of the finding")
}
