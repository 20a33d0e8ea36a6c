extension SchemaDecoder {
    mutating func mismatch(_ node: SyntaxNode, _ shape: Shape, _ path: DataPath, hint: String? = nil) -> IRValue {
        var message = "expected \(shape.expectation)\(subject(path)), found \(describe(node))"
        if let hint { message += "; \(hint)" }
        report(.typeMismatch, message, node: node, path: path)
        return IRValue(.invalid(node), range: node.range, path: path)
    }

    /// ` for "agents"`, ` for an item of "tools"`: what the value is, since text output has no data path.
    func subject(_ path: DataPath) -> String {
        var index = path.components.count - 1
        var item = false
        while index >= 0 {
            switch path.components[index] {
            case .key(let key): return item ? " for an item of \"\(key)\"" : " for \"\(key)\""
            case .index: item = true
            }
            index -= 1
        }
        return ""
    }

    func describe(_ node: SyntaxNode) -> String {
        guard let scalar = node.scalar, scalar.type != .null else { return node.kindDescription }
        let text = scalar.text.count > 40 ? String(scalar.text.prefix(37)) + "..." : scalar.text
        return "\(node.kindDescription) \"\(text)\""
    }

    func quotedNumberHint(_ node: SyntaxNode) -> String? {
        guard let scalar = node.scalar, scalar.type == .string, !scalar.isPlain,
              ScalarResolver.resolvePlain(scalar.text) != .string else { return nil }
        return "remove the quotes"
    }

    mutating func checkBool(_ node: SyntaxNode, path: DataPath) -> IRValue {
        guard let scalar = node.scalar else { return mismatch(node, .bool, path) }
        if scalar.isPlain, scalar.hazard == .booleanWord {
            let meaning = ["yes", "on"].contains(scalar.text.lowercased()) ? "true" : "false"
            return mismatch(
                node, .bool, path,
                hint: "YAML 1.2 readers take it as text, YAML 1.1 readers as \(meaning); write \(meaning)")
        }
        if !scalar.isPlain, ScalarResolver.resolveBool(scalar.text) != nil {
            return mismatch(node, .bool, path, hint: "remove the quotes")
        }
        return mismatch(node, .bool, path)
    }

    mutating func checkRange(_ value: Double, min: Double?, max: Double?, node: SyntaxNode, path: DataPath) {
        // The number as written: a Double would show -9223372036854775808 as -9.223372036854776e+18.
        let shown = node.scalar?.text.trimmingWhitespace() ?? value.formattedCompactly
        if let min, value < min {
            report(.outOfRange, "\(shown) is below the minimum \(min.formattedCompactly)", node: node, path: path)
        } else if let max, value > max {
            report(.outOfRange, "\(shown) is above the maximum \(max.formattedCompactly)", node: node, path: path)
        }
    }

    mutating func checkWord(_ node: SyntaxNode, words: [String], path: DataPath) -> IRValue {
        guard let scalar = node.scalar, scalar.type != .null else { return mismatch(node, .oneOfWords(words), path) }
        let value = IRValue(.string(scalar.text), range: node.range, path: path)
        if words.contains(scalar.text) || scalar.text.contains("${") { return value }
        var message = "unknown value \"\(scalar.text)\""
        var fixIts: [FixIt] = []
        let nearest = Suggestion.nearest(to: scalar.text, in: words)
        if let suggestion = nearest.first {
            message += "; did you mean \"\(suggestion)\"?"
            if nearest.count == 1 { fixIts.append(FixIt(range: node.range, replacement: suggestion)) }
        } else {
            message += "; expected \(words.quotedAlternatives())"
        }
        report(.unknownValue, message, node: node, path: path, fixIts: fixIts)
        return IRValue(.invalid(node), range: node.range, path: path)
    }

    mutating func checkGrammar(_ node: SyntaxNode, grammar: ValueGrammar, path: DataPath) -> IRValue {
        guard let scalar = node.scalar, scalar.type != .null, scalar.type != .bool(true), scalar.type != .bool(false) else {
            return mismatch(node, .grammar(grammar), path)
        }
        if scalar.text.contains("${") { return IRValue(.string(scalar.text), range: node.range, path: path) }
        switch grammar.parse(scalar) {
        case .success(let value):
            return IRValue(.typed(value, text: scalar.text), range: node.range, path: path)
        case .failure(let error):
            report(grammar.invalidKind, "\(grammar.invalidKind.summary) \"\(scalar.text)\": \(error.reason)", node: node, path: path)
            return IRValue(.invalid(node), range: node.range, path: path)
        }
    }

    mutating func decodeEither(_ node: SyntaxNode, shapes: [Shape], path: DataPath, owner: SourceRange) -> IRValue {
        let candidates = shapes.filter { shape in
            switch node.content {
            case .scalar: shape.acceptsScalar
            case .sequence: shape.acceptsSequence
            case .mapping: shape.acceptsMapping
            }
        }
        guard let first = candidates.first else { return mismatch(node, .either(shapes), path) }
        guard candidates.count > 1 else { return decode(node, as: first, path: path, owner: owner) }
        // A form that fits without a word wins. Otherwise the first form without errors wins, as with
        // the platforms' untagged decoding, where ignored keys do not stop a form from matching. Failing
        // that, the form with the fewest errors is reported: the one the user most likely meant.
        var firstWithoutErrors: (value: IRValue, sink: DiagnosticSink)?
        var best: (value: IRValue, sink: DiagnosticSink, errors: Int)?
        for candidate in candidates {
            var trial = SchemaDecoder(file: file)
            let value = trial.decode(node, as: candidate, path: path, owner: owner)
            let errors = trial.sink.diagnostics.filter { $0.severity == .error }.count
            if trial.sink.diagnostics.isEmpty { return value }
            if errors == 0, firstWithoutErrors == nil { firstWithoutErrors = (value, trial.sink) }
            if errors < best?.errors ?? Int.max { best = (value, trial.sink, errors) }
        }
        // With several scalar forms it is not certain that the text form was meant (`on` for a boolean
        // or a string), so quoting is only suggested in words.
        if let firstWithoutErrors {
            sink.merge(Self.withoutQuotingFixIts(firstWithoutErrors.sink))
            return firstWithoutErrors.value
        }
        if let scalar = node.scalar, scalar.type != .null {
            // Every scalar form failed: one message naming them all reads better than the first form's.
            let words = candidates.flatMap { shape -> [String] in
                if case .oneOfWords(let words) = shape { return words }
                return []
            }
            let nearest = scalar.type == .string ? Suggestion.nearest(to: scalar.text, in: words) : []
            if let suggestion = nearest.first {
                report(
                    .unknownValue, "unknown value \"\(scalar.text)\"; did you mean \"\(suggestion)\"?", node: node, path: path,
                    fixIts: nearest.count == 1 ? [FixIt(range: node.range, replacement: suggestion)] : [])
                return IRValue(.invalid(node), range: node.range, path: path)
            }
            let plainMismatch = best!.sink.diagnostics.allSatisfy { [DiagnosticKind.typeMismatch.id, DiagnosticKind.unknownValue.id].contains($0.id) }
            if plainMismatch { return mismatch(node, .either(candidates), path) }
        }
        sink.merge(Self.withoutQuotingFixIts(best!.sink))
        return best!.value
    }

    /// The YAML 1.1 hazards whose fix-it is quoting the scalar.
    static let quotingKinds: Set<String> = [
        DiagnosticKind.ambiguousBoolean.id, DiagnosticKind.ambiguousOctal.id, DiagnosticKind.ambiguousSexagesimal.id,
    ]

    /// The sink's diagnostics with the quoting fix-its of YAML 1.1 hazards removed (messages kept).
    static func withoutQuotingFixIts(_ sink: DiagnosticSink) -> DiagnosticSink {
        var result = DiagnosticSink()
        for var diagnostic in sink.diagnostics {
            if quotingKinds.contains(diagnostic.id) { diagnostic.fixIts = [] }
            result.report(diagnostic)
        }
        return result
    }

    /// Reports a plain scalar that YAML 1.1 and 1.2 readers type differently. Where the field takes a
    /// string, oaas reads the text as written, so quoting it changes nothing for oaas and makes every
    /// other reader agree: the fix-it is certain. Where it takes a number, dropping the zero is as likely
    /// as quoting, so there is none.
    mutating func reportHazard(_ scalar: Scalar, node: SyntaxNode, path: DataPath, textField: Bool) {
        guard scalar.isPlain, let hazard = scalar.hazard else { return }
        // An anchor or tag is part of the node's range and would be lost; an anchored node is also
        // shared with every alias, which may sit in a field of another type.
        let quote = textField && node.anchor == nil && scalar.tag == nil ? [FixIt(range: node.range, replacement: "\"\(scalar.text)\"")] : []
        switch hazard {
        case .booleanWord:
            report(.ambiguousBoolean, "\"\(scalar.text)\" is a boolean to YAML 1.1 tools but a string to YAML 1.2 tools; quote it", node: node, path: path, fixIts: quote)
        case .octalLooking:
            report(.ambiguousOctal, "\"\(scalar.text)\" is an octal number to YAML 1.1 tools and a decimal one to YAML 1.2 tools; quote it or drop the leading zero", node: node, path: path, fixIts: quote)
        case .sexagesimal:
            report(.ambiguousSexagesimal, "\"\(scalar.text)\" is a base-60 number to YAML 1.1 tools; quote it", node: node, path: path, fixIts: quote)
        }
    }

    mutating func reportTemplateProblems(_ template: TemplateString, in node: SyntaxNode, path: DataPath) {
        for problem in template.problems {
            let range = rangeInScalar(node, offset: problem.offset, length: problem.length)
            sink.report(.malformedReference, "malformed reference: \(problem.reason)", at: range, path: path)
        }
    }

    /// Looks for malformed references in free-form data.
    mutating func checkTemplatesBelow(_ node: SyntaxNode, path: DataPath) {
        switch node.content {
        case .scalar(let scalar):
            if scalar.type == .string, TemplateString.mayContainTemplates(scalar.text) {
                reportTemplateProblems(TemplateString(scalar.text), in: node, path: path)
            }
        case .sequence(let items):
            for (index, item) in items.enumerated() { checkTemplatesBelow(item, path: path.appending(index: index)) }
        case .mapping(let entries):
            for entry in entries { checkTemplatesBelow(entry.value, path: path.appending(key: entry.keyText ?? "?")) }
        }
    }

    /// Reports a problem with a value; the message may quote the value, so secrets are masked first.
    mutating func report(_ kind: DiagnosticKind, _ message: String, node: SyntaxNode, path: DataPath, fixIts: [FixIt] = []) {
        let text = Redaction.redact(message, value: node.scalar?.text, path: path)
        sink.report(kind, text, at: node.range, path: path, fixIts: fixIts)
    }
}

extension Shape {
    var acceptsSequence: Bool {
        switch self {
        case .list, .any: true
        case .either(let shapes): shapes.contains { $0.acceptsSequence }
        default: false
        }
    }

    var acceptsMapping: Bool {
        switch self {
        case .object, .dictionary, .any: true
        case .either(let shapes): shapes.contains { $0.acceptsMapping }
        default: false
        }
    }
}

extension DiagnosticKind {
    static let unknownKey = DiagnosticKind(
        id: "schema.unknown-key", severity: .warning,
        summary: "a key that the schema does not know",
        explanation: """
            The platforms that read these files silently drop keys they do not know, so a misspelt key \
            quietly turns a setting off (an `approval: {enabled: true}` read as "approval not required"). \
            oaas warns about every unknown key and suggests the nearest known one. `oaas validate --fix` \
            renames the key when one known key is nearest, its value fits that key, and the mapping does \
            not hold that key already.
            """,
        example: "spec:\n  modle: gpt-4o\n")
    static let typeMismatch = DiagnosticKind(
        id: "schema.type-mismatch", severity: .error,
        summary: "a value of the wrong kind (string, number, boolean, sequence or mapping)",
        explanation: """
            The message says what the field expects and what was found. Quoted numbers and booleans are \
            strings in YAML: `"true"` is not a boolean. `yes`, `no`, `on` and `off` are strings to YAML 1.2 \
            readers and booleans to YAML 1.1 readers: write `true` or `false`.
            """,
        example: "spec:\n  max_tokens: \"4096\"\n")
    static let missingKey = DiagnosticKind(
        id: "schema.missing-key", severity: .error,
        summary: "a required key is absent or empty",
        explanation: "The platform cannot use the document without this key.",
        example: "kind: Agent\nmetadata: {}\n")
    static let unknownValue = DiagnosticKind(
        id: "schema.unknown-value", severity: .error,
        summary: "a value outside the field's fixed set of words",
        explanation: "The field takes one of a fixed set of words; the message lists them or the nearest one.",
        example: "spec:\n  coordination:\n    mode: hierachical\n")
    static let duplicateField = DiagnosticKind(
        id: "schema.duplicate-field", severity: .error,
        summary: "one key is given in two spellings",
        explanation: """
            Real files mix `snake_case` and `camelCase` (`default_agent`, `defaultAgent`). oaas accepts \
            both, but when both are present one of them silently wins at run time. Keep one.
            """)
    static let outOfRange = DiagnosticKind(
        id: "schema.out-of-range", severity: .error,
        summary: "a number outside the field's allowed range",
        explanation: "The message gives the bound that was crossed.")
    static let ambiguousBoolean = DiagnosticKind(
        id: "yaml.ambiguous-boolean", severity: .warning,
        summary: "`yes`, `no`, `on` or `off` unquoted where a string is expected",
        explanation: """
            YAML 1.1 tools (PyYAML, many CI systems) read these words as booleans; YAML 1.2 tools read \
            them as strings. Quote the value so that every tool reads the same thing; `oaas validate --fix` \
            quotes keys, and values of fields that take text.
            """,
        example: "metadata:\n  labels:\n    enabled: on\n")
    static let ambiguousOctal = DiagnosticKind(
        id: "yaml.ambiguous-octal", severity: .warning,
        summary: "a number with a leading zero, such as `010`",
        explanation: """
            YAML 1.1 reads `010` as octal (8) and YAML 1.2 as decimal (10). Quote it or drop the zero. Where \
            the field takes text, `oaas validate --fix` quotes it; in a number field the choice is yours.
            """)
    static let ambiguousSexagesimal = DiagnosticKind(
        id: "yaml.ambiguous-sexagesimal", severity: .warning,
        summary: "a value such as `1:30` that YAML 1.1 reads as a base-60 number",
        explanation: """
            YAML 1.1 reads `1:30` as 90. Quote it to keep it text; `oaas validate --fix` does so where the \
            field takes text.
            """)
    static let malformedReference = DiagnosticKind(
        id: "value.malformed-reference", severity: .error,
        summary: "a `${…}` reference that is not closed or not well-formed",
        explanation: """
            References are `${VAR}`, `${VAR:-default}` or a dotted path such as `${agent.output}`. An \
            unclosed `${` or an empty `${}` reaches the platform as literal text.
            """,
        example: "spec:\n  instructions: \"hello ${USER\"\n")
}
