/// Decodes a syntax tree under a `Shape` into an `IRValue`, reporting everything that does not fit:
/// unknown, missing and doubly spelled keys, wrong kinds of node, words outside a set, numbers out of
/// range, values that break their grammar, malformed `${…}` references, and YAML 1.1 pitfalls.
///
/// It reports every problem it sees and keeps going, so one run shows all of a file's mistakes; values
/// that do not fit are kept as `.invalid` so nothing is lost.
public struct SchemaDecoder {
    /// What the decoder found.
    public internal(set) var sink = DiagnosticSink()
    /// The file being decoded, for placing positions inside multi-line strings.
    let file: SourceFile?

    /// Creates a decoder.
    /// - Parameter file: the file the nodes come from, if known.
    public init(file: SourceFile?) { self.file = file }

    /// Decodes one node.
    /// - Parameters:
    ///   - node: the value to decode.
    ///   - shape: the shape it must have.
    ///   - path: where the value is in the document.
    ///   - owner: where a missing key is reported (the key above the value, or the value itself).
    /// - Returns: the decoded value.
    public mutating func decode(_ node: SyntaxNode, as shape: Shape, path: DataPath, owner: SourceRange) -> IRValue {
        if node.isDropped { return IRValue(.invalid(node), range: node.range, path: path) }
        if let scalar = node.scalar, scalar.type == .string, TemplateString.mayContainTemplates(scalar.text) {
            let template = TemplateString(scalar.text)
            reportTemplateProblems(template, in: node, path: path)
            if template.isSingleReference, shape.acceptsScalar {
                return IRValue(.string(scalar.text), range: node.range, path: path)
            }
        }
        switch shape {
        case .any:
            checkTemplatesBelow(node, path: path)
            return plain(node, path: path)
        case .string:
            guard let scalar = node.scalar else { return mismatch(node, shape, path) }
            switch scalar.type {
            case .bool, .null:
                return mismatch(node, shape, path, hint: scalar.type == .null ? nil : "quote it to make it text")
            default:
                reportHazard(scalar, node: node, path: path, textField: true)
                return IRValue(.string(scalar.text), range: node.range, path: path)
            }
        case .bool:
            guard case .scalar(let scalar) = node.content, case .bool(let value) = scalar.type else {
                return checkBool(node, path: path)
            }
            return IRValue(.bool(value), range: node.range, path: path)
        case .int(let min, let max):
            guard case .scalar(let scalar) = node.content, case .int(let value) = scalar.type else {
                return mismatch(node, shape, path, hint: quotedNumberHint(node))
            }
            if scalar.hazard == .octalLooking { reportHazard(scalar, node: node, path: path, textField: false) }
            checkRange(Double(value), min: min.map(Double.init), max: max.map(Double.init), node: node, path: path)
            return IRValue(.int(value), range: node.range, path: path)
        case .number(let min, let max):
            guard let scalar = node.scalar, let value = DecimalText.number(scalar) else {
                return mismatch(node, shape, path, hint: quotedNumberHint(node))
            }
            checkRange(value, min: min, max: max, node: node, path: path)
            if case .int(let int) = scalar.type { return IRValue(.int(int), range: node.range, path: path) }
            return IRValue(.number(value), range: node.range, path: path)
        case .oneOfWords(let words):
            return checkWord(node, words: words, path: path)
        case .grammar(let grammar):
            return checkGrammar(node, grammar: grammar, path: path)
        case .list(let itemShape):
            guard let items = node.sequence else { return mismatch(node, shape, path) }
            let values = items.enumerated().map { index, item in
                decode(item, as: itemShape, path: path.appending(index: index), owner: item.range)
            }
            return IRValue(.list(values), range: node.range, path: path)
        case .object(let object):
            guard let entries = node.mapping else { return mismatch(node, shape, path) }
            return decodeObject(entries, object: object, path: path, owner: owner, node: node)
        case .dictionary(let valueShape):
            guard let entries = node.mapping else { return mismatch(node, shape, path) }
            let decoded = entries.compactMap { entry -> IREntry? in
                guard let key = entry.keyText else { return nil }
                checkKeyHazard(entry, path: path.appending(key: key))
                let value = decode(entry.value, as: valueShape, path: path.appending(key: key), owner: entry.key.range)
                return IREntry(key: key, writtenKey: key, keyRange: entry.key.range, value: value)
            }
            return IRValue(.object(decoded), range: node.range, path: path)
        case .either(let shapes):
            return decodeEither(node, shapes: shapes, path: path, owner: owner)
        }
    }

    private mutating func decodeObject(
        _ entries: [MappingEntry], object: ObjectShape, path: DataPath, owner: SourceRange, node: SyntaxNode
    ) -> IRValue {
        var seen: [String: SyntaxNode] = [:]
        var decoded: [IREntry] = []
        decoded.reserveCapacity(entries.count)
        for entry in entries {
            guard let key = entry.keyText else { continue }
            let keyPath = path.appending(key: key)
            checkKeyHazard(entry, path: keyPath)
            guard let field = object.field(forKey: key) else {
                // A hinted key is a known misspelling, even where other keys are free.
                if let extra = object.extra, object.hints[key] == nil {
                    let value = decode(entry.value, as: extra, path: keyPath, owner: entry.key.range)
                    decoded.append(IREntry(key: key, writtenKey: key, keyRange: entry.key.range, value: value))
                } else {
                    reportUnknownKey(entry, object: object, path: path, siblings: entries)
                    decoded.append(IREntry(key: key, writtenKey: key, keyRange: entry.key.range, value: plain(entry.value, path: keyPath)))
                }
                continue
            }
            let fieldPath = path.appending(key: field.name)
            if let first = seen[field.name] {
                sink.report(
                    .duplicateField,
                    "\"\(key)\" and \"\(first.scalar?.text ?? field.name)\" are two spellings of one key; keep one",
                    at: entry.key.range, path: fieldPath,
                    notes: [DiagnosticNote("the other spelling is here", at: first.range)])
                continue
            }
            seen[field.name] = entry.key
            if entry.value.isNull, !entry.value.isDropped {
                if field.required {
                    sink.report(.missingKey, "required key \"\(field.name)\" has no value", at: entry.key.range, path: fieldPath)
                }
                decoded.append(IREntry(key: field.name, writtenKey: key, keyRange: entry.key.range,
                                       value: IRValue(.null, range: entry.value.range, path: fieldPath)))
                continue
            }
            let value = decode(entry.value, as: field.shape, path: fieldPath, owner: entry.key.range)
            decoded.append(IREntry(key: field.name, writtenKey: key, keyRange: entry.key.range, value: value))
        }
        for field in object.fields where field.required && seen[field.name] == nil {
            let location = path.components.isEmpty ? "at the top level" : "in \(path)"
            sink.report(.missingKey, "missing required key \"\(field.name)\" \(location)", at: owner, path: path)
        }
        return IRValue(.object(decoded), range: node.range, path: path)
    }

    private mutating func checkKeyHazard(_ entry: MappingEntry, path: DataPath) {
        guard let scalar = entry.key.scalar, scalar.isPlain, scalar.hazard == .booleanWord, !entry.isMerged else { return }
        // A key is text to every reader once quoted, and oaas already reads it as text: quoting is certain
        // (unless an anchor or tag shares the key's range).
        let quote = entry.key.anchor == nil && scalar.tag == nil ? [FixIt(range: entry.key.range, replacement: "\"\(scalar.text)\"")] : []
        sink.report(
            .ambiguousBoolean, "key \"\(scalar.text)\" is read as a boolean by YAML 1.1 tools; quote it",
            at: entry.key.range, path: path, fixIts: quote)
    }

    private mutating func reportUnknownKey(_ entry: MappingEntry, object: ObjectShape, path: DataPath, siblings: [MappingEntry]) {
        guard let key = entry.keyText else { return }
        let location = path.components.isEmpty ? "at the top level" : "in \(path)"
        let names = object.fields.map(\.name)
        var message = "unknown key \"\(key)\" \(location)"
        var fixIts: [FixIt] = []
        if let target = Self.renameTarget(for: key, in: object) {
            if fits(entry.value, target.field) {
                message += "; did you mean \"\(target.spelling)\"?"
                if target.certain, !entry.isMerged, entry.key.anchor == nil, entry.key.scalar?.tag == nil,
                   !renameCollides(entry, into: target.field, object: object, siblings: siblings) {
                    fixIts.append(FixIt(range: entry.key.range, replacement: target.spelling))
                }
            } else {
                // Renaming alone would not do: say what the intended key takes instead of offering a fix.
                message += "; did you mean \"\(target.spelling)\", which takes \(target.field.shape.expectation)?"
            }
        } else if !names.isEmpty, names.count <= 8 {
            message += "; expected \(names.quotedAlternatives())"
        }
        sink.report(.unknownKey, message, at: entry.key.range, path: path.appending(key: key), fixIts: fixIts)
    }

    /// The field an unknown key most likely means: its hint, or the nearest spelling. `certain` when the
    /// nearest spellings all belong to one field (`default_agent` and `defaultAgent` are one choice,
    /// `mode` and `model` two).
    static func renameTarget(for key: String, in object: ObjectShape) -> (spelling: String, field: Field, certain: Bool)? {
        if let hint = object.hints[key] {
            guard hint != "", let field = object.field(forKey: hint) else { return nil }
            // A hint is a different word people use (`enabled` for `required`), not a misspelling: it is
            // suggested, and only fixed when it is also a near spelling.
            return (hint, field, Suggestion.isTypo(key, of: hint))
        }
        let nearest = Suggestion.nearest(to: key, in: object.fields.flatMap(\.spellings))
        guard let first = nearest.first, let field = object.field(forKey: first) else { return nil }
        let certain = nearest.allSatisfy { object.field(forKey: $0)?.name == field.name } && Suggestion.isTypo(key, of: first)
        return (first, field, certain)
    }

    /// Whether renaming `entry` to `field` would give the mapping that key twice: the field is already
    /// present, or another unknown key of the mapping would be renamed to it as well.
    private func renameCollides(_ entry: MappingEntry, into field: Field, object: ObjectShape, siblings: [MappingEntry]) -> Bool {
        siblings.contains { sibling in
            guard let key = sibling.keyText, sibling.key.range.start.offset != entry.key.range.start.offset else { return false }
            if let known = object.field(forKey: key) { return known.name == field.name }
            guard object.extra == nil || object.hints[key] != nil else { return false }
            return Self.renameTarget(for: key, in: object)?.field.name == field.name
        }
    }

    /// Whether a value would decode under a field but for near-miss words: a renaming fix-it is only
    /// offered when it would work (`event: app_mention` is not an `events` sequence).
    private func fits(_ value: SyntaxNode, _ field: Field) -> Bool {
        var trial = SchemaDecoder(file: file)
        _ = trial.decode(value, as: field.shape, path: DataPath(), owner: value.range)
        return !trial.sink.diagnostics.contains { $0.severity == .error && $0.id != DiagnosticKind.unknownValue.id }
    }

    /// Converts a node without a shape: YAML 1.2 types, keys as written.
    func plain(_ node: SyntaxNode, path: DataPath) -> IRValue {
        switch node.content {
        case .scalar(let scalar):
            let content: IRValue.Content
            switch scalar.type {
            case .null: content = .null
            case .bool(let value): content = .bool(value)
            case .int(let value): content = .int(value)
            case .float(let value): content = .number(value)
            case .bigInt, .string: content = .string(scalar.text)
            }
            return IRValue(content, range: node.range, path: path)
        case .sequence(let items):
            return IRValue(.list(items.enumerated().map { plain($1, path: path.appending(index: $0)) }), range: node.range, path: path)
        case .mapping(let entries):
            let decoded = entries.compactMap { entry -> IREntry? in
                guard let key = entry.keyText else { return nil }
                return IREntry(key: key, writtenKey: key, keyRange: entry.key.range, value: plain(entry.value, path: path.appending(key: key)))
            }
            return IRValue(.object(decoded), range: node.range, path: path)
        }
    }
}

extension Shape {
    /// Whether a scalar node can satisfy this shape (so a `${VAR}` placeholder stands in for it).
    var acceptsScalar: Bool {
        switch self {
        case .string, .bool, .int, .number, .oneOfWords, .grammar, .any: true
        case .list, .object, .dictionary: false
        case .either(let shapes): shapes.contains { $0.acceptsScalar }
        }
    }
}
