/// Judges every connection `when` and Conditional `condition` by the runtime's condition language: a
/// construct the language does not have (`>=`, `&&`, `||`, parentheses, single quotes, `not` …) makes
/// the condition false or compares the wrong text, and a comparison without `${…}` (`approved == true`)
/// compares two fixed texts, so its result never changes.
enum FlowConditionPass: SemanticPass {
    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for graph in context.flowGraphs {
            for (index, connection) in graph.flow.connections.enumerated() {
                guard let when = connection.when else { continue }
                check(when, path: graph.connectionPaths[index]?.appending(key: "when"), context, into: &sink)
            }
            for (index, node) in graph.flow.nodes.enumerated() where node.type?.value == "Conditional" {
                guard let condition = node.condition else { continue }
                check(condition, path: graph.nodePaths[index]?.appending(key: "config").appending(key: "condition"), context, into: &sink)
            }
        }
    }

    private static let grammarNote = DiagnosticNote(
        "the runtime understands \"true\", \"false\" and one comparison: a == b, a != b, a > b or a < b", at: nil)

    private static func check(_ condition: Located<String>, path: DataPath?, _ context: SemanticContext, into sink: inout DiagnosticSink) {
        func range(_ offset: Int, _ length: Int) -> SourceRange {
            context.range(ofCharacters: offset, length: length, in: condition)
        }
        switch FlowConditionLanguage.verdict(of: condition.value) {
        case .literal, .dynamic:
            return
        case .unsupported(let construct, let offset, let length, let comparison):
            guard !construct.isEmpty else {
                sink.report(
                    .flowConditionUnsupported, "the runtime cannot evaluate this condition: it is always false",
                    at: condition.range, path: path, notes: [grammarNote])
                return
            }
            let uses = "condition uses \"\(construct)\", which the runtime's condition language does not have"
            if let comparison {
                let compared = "it compares \(shown(comparison.left.text)) with \(shown(comparison.right.text))"
                let message = construct == "'"
                    ? "the runtime does not strip single quotes: \(compared), quotes included"
                    : "\(uses): \(compared) as text"
                sink.report(.flowConditionUnsupported, message, at: range(offset, length), path: path, notes: [grammarNote])
            } else {
                sink.report(
                    .flowConditionUnsupported, "\(uses): the condition is always false", at: range(offset, length),
                    path: path, notes: [grammarNote])
            }
        case .constant(let value, let comparison):
            // `{{ … }}` templates are reported as not expanded by the variable passes.
            if comparison.left.text.contains("{{") || comparison.right.text.contains("{{") { return }
            let message: String
            if comparison.op == ">" || comparison.op == "<" {
                message = "condition compares the fixed numbers \(shown(comparison.left.text)) and \(shown(comparison.right.text)): it is always \(value)"
            } else {
                message = "condition compares the fixed text \(shown(comparison.left.text)) with \(shown(comparison.right.text)): it is always \(value)"
            }
            sink.report(.flowConditionConstant, message, at: condition.range, path: path, notes: variableNotes(comparison, range))
        case .notNumeric(let comparison, let side):
            if side.text.contains("{{") { return }
            sink.report(
                .flowConditionConstant,
                "condition compares \(shown(comparison.left.text)) with \(shown(comparison.right.text)) as numbers, but \(shown(side.text)) is not a number: it is always false",
                at: condition.range, path: path, notes: variableNotes(comparison, range, anyWord: true))
        }
    }

    /// A note at a bare name (`requires_approval`) that was probably meant as a variable.
    private static func variableNotes(
        _ comparison: FlowConditionLanguage.Comparison, _ range: (Int, Int) -> SourceRange, anyWord: Bool = false
    ) -> [DiagnosticNote] {
        let sides = [comparison.left, comparison.right]
        for (index, side) in sides.enumerated() where !side.isDynamic {
            // Compared with true or false, a bare word is a flag's name.
            let other = sides[1 - index].text
            guard looksLikeName(side.text, anyWord: anyWord || other == "true" || other == "false") else { continue }
            return [DiagnosticNote(
                "\(shown(side.text)) is plain text here; a variable is written \"${…}\"", at: range(side.offset, side.length))]
        }
        return []
    }

    /// Whether fixed text looks like a variable's name rather than a value: letters, digits, `_`, `.` and
    /// `-`, with an `_` or `.` in it (`requires_approval`, `approval.status`), or any such word where a
    /// number is expected.
    private static func looksLikeName(_ text: String, anyWord: Bool) -> Bool {
        guard let first = text.first, first.isLetter, text != "true", text != "false" else { return false }
        let allowed = text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "-" }
        return allowed && (anyWord || text.contains("_") || text.contains("."))
    }

    private static func shown(_ text: String) -> String { FlowGraph.conditionText(text) }
}

extension DiagnosticKind {
    static let flowConditionUnsupported = DiagnosticKind(
        id: "flow.condition-unsupported", severity: .error,
        summary: "a flow condition uses a construct the runtime's condition language does not have",
        explanation: """
            After expanding `${…}`, the AOF runtime evaluates a connection's `when` and a Conditional \
            node's `condition` with a very small language: `true`, `false`, or exactly one comparison \
            `a == b`, `a != b` (text, after trimming and removing `"`), `a > b` or `a < b` (both sides \
            numbers). `>=`, `<=`, `&&`, `||`, `AND`/`OR`, `not`, `!`, parentheses, function calls and \
            single quotes are not part of it. A condition it cannot parse is false (the runtime only logs \
            a warning), so the connection is never followed; a construct inside one side of a comparison \
            becomes part of the text compared. Split the condition over several connections or \
            Conditional nodes, and compare with `"…"` or bare text.
            """,
        example: "connections:\n  - from: assess\n    to: remediate\n    when: ${assess.output} >= 80    # always false\n")

    static let flowConditionConstant = DiagnosticKind(
        id: "flow.condition-constant", severity: .error, summary: "a flow condition compares fixed values, so it never changes",
        explanation: """
            The runtime only replaces `${name}`; a bare name such as `requires_approval` is compared as the \
            text "requires_approval". A condition whose two sides contain no `${…}` therefore has the same \
            result on every run: `requires_approval == true` is always false (the connection is never \
            followed), `status != done` always true. In a `>` or `<` comparison a side that is not a number \
            makes the condition false. Write the variable as `${…}`, for example `${check.result} == true` \
            after a Conditional node `check`. A node condition whose `value` is a string or a number can \
            never equal the boolean a Conditional node records, so the node is always skipped.
            """,
        example: "connections:\n  - from: check\n    to: approve\n    when: requires_approval == true   # write ${check.result} == true\n")
}
