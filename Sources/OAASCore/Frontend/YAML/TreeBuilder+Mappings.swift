import CYAML

extension TreeBuilder {
    /// Applies `<<` merge keys and reports duplicate and non-scalar keys.
    ///
    /// Explicit keys win over merged ones, and earlier merge sources over later ones (YAML merge-key
    /// rules). Of two explicit entries with one key the first is kept; the second is reported with a note
    /// pointing at the first.
    mutating func finishMapping(_ pairs: [(key: SyntaxNode, value: SyntaxNode)]) -> [MappingEntry] {
        var entries: [MappingEntry] = []
        entries.reserveCapacity(pairs.count)
        var firstByKey: [String: SyntaxNode] = [:]
        var mergeSources: [SyntaxNode] = []
        for (key, value) in pairs {
            guard let scalar = key.scalar else {
                sink.report(.nonScalarKey, "mapping key is \(key.kindDescription); expected a scalar key", at: key.range)
                continue
            }
            if scalar.isPlain, scalar.text == "<<", scalar.tag == nil || scalar.tag == "tag:yaml.org,2002:merge" {
                collectMergeSources(value, into: &mergeSources)
                continue
            }
            if let first = firstByKey[scalar.text] {
                sink.report(
                    .duplicateKey, "duplicate key \"\(scalar.text)\" in mapping", at: key.range,
                    notes: [DiagnosticNote("\"\(scalar.text)\" first defined here", at: first.range)])
                continue
            }
            firstByKey[scalar.text] = key
            entries.append(MappingEntry(key: key, value: value, isMerged: false))
        }
        for source in mergeSources {
            for entry in source.mapping ?? [] {
                guard let text = entry.keyText, firstByKey[text] == nil else { continue }
                firstByKey[text] = entry.key
                entries.append(MappingEntry(key: entry.key, value: entry.value, isMerged: true))
            }
        }
        return entries
    }

    private mutating func collectMergeSources(_ value: SyntaxNode, into sources: inout [SyntaxNode]) {
        switch value.content {
        case .mapping:
            sources.append(value)
        case .sequence(let items) where items.allSatisfy({ $0.mapping != nil }):
            sources.append(contentsOf: items)
        default:
            sink.report(
                .invalidMerge,
                "merge key \"<<\" expects a mapping or a sequence of mappings, found \(value.kindDescription)",
                at: value.range)
        }
    }

    mutating func reportParserError(_ parser: yaml_parser_t) {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown YAML error"
        if parser.error == YAML_READER_ERROR {
            let offset = base + Int(parser.problem_offset)
            let position = file.position(ofOffset: offset)
            let end = SourcePosition(line: position.line, column: position.column + 1, offset: offset + 1)
            let detail = parser.problem_value >= 0 ? " (#x\(String(parser.problem_value, radix: 16, uppercase: true)))" : ""
            sink.report(.syntax, problem + detail, at: SourceRange(file: file.path, start: position, end: end))
            return
        }
        let mark = Int(parser.problem_mark.index)
        let range = mapper.range(from: mark, to: mark + 1)
        var notes: [DiagnosticNote] = []
        if let context = parser.context.map({ String(cString: $0) }) {
            let contextMark = Int(parser.context_mark.index)
            notes.append(DiagnosticNote(context, at: mapper.range(from: contextMark, to: contextMark + 1)))
        }
        let offset = range.start.offset
        if parser.error == YAML_SCANNER_ERROR, offset < file.bytes.count, file.bytes[offset] == 0x09 {
            sink.report(
                .tabIndentation, "tab character where YAML expects indentation or a token; YAML allows only spaces",
                at: range, notes: notes)
            return
        }
        sink.report(.syntax, problem, at: range, notes: notes)
    }

    static func style(_ style: yaml_scalar_style_t) -> ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    static func isStandardTag(_ tag: String) -> Bool {
        tag == "!" || tag.hasPrefix("tag:yaml.org,2002:")
    }
}

extension DiagnosticKind {
    static let syntax = DiagnosticKind(
        id: "yaml.syntax", severity: .error,
        summary: "the file is not well-formed YAML",
        explanation: """
            libyaml could not parse the file. The message is libyaml's; a note shows the construct it was \
            reading. Documents before the error are checked; the rest of the file is not.
            """,
        example: "key: [unclosed\n")
    static let tabIndentation = DiagnosticKind(
        id: "yaml.tab-indentation", severity: .error,
        summary: "a tab character is used where YAML requires spaces",
        explanation: """
            YAML forbids tabs in indentation. Editors often insert them silently. Replace the tab with \
            spaces; most editors can show whitespace to find it.
            """)
    static let duplicateKey = DiagnosticKind(
        id: "yaml.duplicate-key", severity: .error,
        summary: "a key appears twice in one mapping",
        explanation: """
            YAML requires keys to be unique within a mapping, yet most loaders silently keep one of the two \
            values, and which one differs between tools. oaas keeps the first and reports the second, with a \
            note at the first.
            """,
        example: "metadata:\n  name: a\n  name: b\n")
    static let nonScalarKey = DiagnosticKind(
        id: "yaml.non-scalar-key", severity: .error,
        summary: "a mapping key is a sequence or mapping",
        explanation: "Configuration keys must be plain strings. Complex keys (`? [a, b]`) are not supported.")
    static let invalidMerge = DiagnosticKind(
        id: "yaml.invalid-merge", severity: .error,
        summary: "a `<<` merge key has a value that cannot be merged",
        explanation: "`<<: *anchor` merges a mapping (or a sequence of mappings) into the current mapping.")
    static let undefinedAlias = DiagnosticKind(
        id: "yaml.undefined-alias", severity: .error,
        summary: "an alias names an anchor that is not defined before it",
        explanation: "`*name` must follow the `&name` that defines the anchor, in the same document.")
    static let recursiveAlias = DiagnosticKind(
        id: "yaml.recursive-alias", severity: .error,
        summary: "an alias refers to a node that contains it",
        explanation: "A node cannot contain an alias to itself: the data would be infinitely deep.")
    static let aliasExpansionLimit = DiagnosticKind(
        id: "yaml.alias-expansion-limit", severity: .error,
        summary: "aliases expand the document beyond the allowed size",
        explanation: """
            Aliases let a small file describe an enormous tree (the "billion laughs" attack). oaas allows \
            aliases to expand a document to 100,000 nodes plus ten times its written size, and drops \
            expansions beyond that.
            """)
    static let nestingTooDeep = DiagnosticKind(
        id: "yaml.nesting-too-deep", severity: .error,
        summary: "the document nests deeper than 200 levels",
        explanation: "No configuration needs this depth; the content below the limit is replaced by null.")
    static let unsupportedTag = DiagnosticKind(
        id: "yaml.unsupported-tag", severity: .warning,
        summary: "a value carries a custom YAML tag",
        explanation: """
            Tags such as `!vault` or `!Ref` are extensions of particular tools. oaas checks the value as if \
            it had no tag; the platform reading the file may treat it differently.
            """)
}
