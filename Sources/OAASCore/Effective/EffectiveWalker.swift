/// Walks a decoded document alongside its shape and builds the effective tree: written values with
/// their ranges, defaults for absent fields, ignored keys with the reason `oaas validate` gives.
///
/// Plain `for` loops throughout: closures in `map` that capture `IRValue`s miscompile in release builds
/// of Swift 6.3.1.
struct EffectiveWalker {
    /// The compiler's findings, for the reasons of ignored keys and invalid values.
    let diagnostics: DiagnosticIndex

    /// The effective node of a written value.
    /// - Parameters:
    ///   - value: the decoded value.
    ///   - shape: the shape it was decoded under.
    ///   - secret: whether the value sits under a key that names a secret.
    func node(_ value: IRValue, shape: Shape, secret: Bool) -> EffectiveNode {
        let origin = EffectiveNode.Origin.written(value.range)
        switch value.content {
        case .null:
            return EffectiveNode(.null, origin: origin, path: value.path)
        case .bool(let bool):
            return EffectiveNode(.bool(bool), origin: origin, path: value.path)
        case .int(let int):
            // A number under a secret key (`pin: 1234`) is a secret too.
            if secret { return string(String(int), origin: origin, path: value.path, secret: true) }
            return EffectiveNode(.int(int), origin: origin, path: value.path)
        case .number(let number):
            if secret { return string(String(number), origin: origin, path: value.path, secret: true) }
            return EffectiveNode(.number(number), origin: origin, path: value.path)
        case .string(let text):
            return string(text, origin: origin, path: value.path, secret: secret)
        case .typed(_, let text):
            // A grammar value keeps its written form; bare numbers (`ttl: 3600`) stay numbers.
            if !secret, let int = Int(text) { return EffectiveNode(.int(int), origin: origin, path: value.path) }
            return string(text, origin: origin, path: value.path, secret: secret)
        case .invalid(let syntax):
            let plain = SchemaDecoder(file: nil).plain(syntax, path: value.path)
            let converted = node(plain, shape: .any, secret: secret)
            let reason = diagnostics.error(at: value.range) ?? "does not fit the field"
            return EffectiveNode(converted.value, origin: origin, path: value.path, masked: converted.masked, invalid: reason)
        case .list(let items):
            var itemShape = Shape.any
            if case .list(let shape) = resolved(shape, for: value) { itemShape = shape }
            var nodes: [EffectiveNode] = []
            nodes.reserveCapacity(items.count)
            for item in items {
                nodes.append(node(item, shape: itemShape, secret: secret))
            }
            return EffectiveNode(.list(nodes), origin: origin, path: value.path)
        case .object(let entries):
            switch resolved(shape, for: value) {
            case .object(let object):
                let members = members(entries, object: object, path: value.path, secret: secret)
                return EffectiveNode(.object(members), origin: origin, path: value.path)
            case .dictionary(let valueShape):
                return EffectiveNode(.object(freeMembers(entries, shape: valueShape, secret: secret)), origin: origin, path: value.path)
            default:
                return EffectiveNode(.object(freeMembers(entries, shape: .any, secret: secret)), origin: origin, path: value.path)
            }
        }
    }

    /// The members of a mapping with known fields: as written (ignored keys in place), then the absent
    /// fields that have defaults.
    func members(_ entries: [IREntry], object: ObjectShape, path: DataPath, secret: Bool) -> [EffectiveMember] {
        var result: [EffectiveMember] = []
        var present: Set<String> = []
        var firstSpelling: [String: IREntry] = [:]
        for entry in entries {
            let entrySecret = secret || Redaction.isSecretKey(entry.key)
            if let field = object.field(forKey: entry.key), let first = firstSpelling[field.name] {
                // A second spelling of a field already written: the runtime reads one (the decoder keeps the
                // first); listing both would give the effective mapping one key twice.
                let written = node(entry.value, shape: .any, secret: entrySecret)
                let reason = "\"\(entry.writtenKey)\" is another spelling of \"\(first.writtenKey)\" (line \(first.keyRange.start.line)), which is the one read"
                result.append(EffectiveMember(key: entry.writtenKey, node: EffectiveNode(
                    written.value, origin: .ignored(reason: reason, range: entry.keyRange), path: entry.value.path,
                    masked: written.masked)))
            } else if let field = object.field(forKey: entry.key) {
                present.insert(field.name)
                firstSpelling[field.name] = entry
                let value = node(entry.value, shape: field.shape, secret: entrySecret)
                result.append(EffectiveMember(key: field.name, node: value.writtenAt(entry.keyRange)))
            } else if let extra = object.extra {
                let value = node(entry.value, shape: extra, secret: entrySecret)
                result.append(EffectiveMember(key: entry.key, node: value.writtenAt(entry.keyRange)))
            } else {
                let written = node(entry.value, shape: .any, secret: entrySecret)
                let reason = ignoredReason(entry)
                let ignored = EffectiveNode(
                    written.value, origin: .ignored(reason: reason, range: entry.keyRange), path: entry.value.path,
                    masked: written.masked)
                result.append(EffectiveMember(key: entry.writtenKey, node: ignored))
            }
        }
        for field in object.fields where !present.contains(field.name) {
            guard let defaultValue = field.defaultValue else { continue }
            result.append(EffectiveMember(key: field.name, node: Self.defaulted(defaultValue, shape: field.shape, path: path.appending(key: field.name))))
        }
        return result
    }

    /// The members of a mapping with free keys.
    func freeMembers(_ entries: [IREntry], shape: Shape, secret: Bool) -> [EffectiveMember] {
        var result: [EffectiveMember] = []
        for entry in entries {
            let entrySecret = secret || Redaction.isSecretKey(entry.key)
            let value = node(entry.value, shape: shape, secret: entrySecret)
            result.append(EffectiveMember(key: entry.key, node: value.writtenAt(entry.keyRange)))
        }
        return result
    }

    /// Why a key is ignored: "not a field of approval", with the decoder's did-you-mean when it made one
    /// (its list of expected keys is left to `oaas validate`).
    func ignoredReason(_ entry: IREntry) -> String {
        let parent = Self.parent(of: entry.value.path)
        var reason = "not a field of \(Self.label(parent))"
        if let message = diagnostics.unknownKeyMessage(at: entry.keyRange) {
            // `unknown key "x" in spec.approval; did you mean "required"?`: keep what follows the location.
            let prefix = "unknown key \"\(entry.writtenKey)\" "
            let rest = message.hasPrefix(prefix) ? message.dropFirst(prefix.count) : Substring(message)
            if let separator = rest.range(of: "; did you mean ") {
                reason += "; " + rest[rest.index(separator.lowerBound, offsetBy: 2)...]
            }
        }
        return reason
    }

    /// A string value, masked when it is a secret.
    ///
    /// Under a secret key, a value that is one `${VAR}` reference is shown (it names a variable, not a
    /// secret) with its default masked; any other non-empty value is masked (`Redaction.maskSecret`:
    /// `****` up to 8 characters). Elsewhere the defaults of secret-named variables
    /// (`${DB_PASSWORD:-…}`) are masked, and tokens and URL passwords anywhere.
    func string(_ text: String, origin: EffectiveNode.Origin, path: DataPath, secret: Bool) -> EffectiveNode {
        if secret, !text.isEmpty {
            let isReference = TemplateString.mayContainTemplates(text) && TemplateString(text).isSingleReference
            let shown = isReference ? Redaction.maskingDefaults(in: text, where: { _ in true }) : Redaction.maskSecret(text)
            return EffectiveNode(.string(shown), origin: origin, path: path, masked: shown != text)
        }
        let redacted = Redaction.redact(text)
        return EffectiveNode(.string(redacted), origin: origin, path: path, masked: redacted != text)
    }

    /// The shape a value was decoded under, with `either` resolved as the decoder resolved it: by the
    /// node's kind first; among mapping forms, the one under which exactly the keys the decoder reported
    /// as unknown are unknown, then the first form whose required keys are all present.
    func resolved(_ shape: Shape, for value: IRValue) -> Shape {
        guard case .either(let shapes) = shape else { return shape }
        switch value.content {
        case .list:
            for candidate in shapes {
                if case .list = resolved(candidate, for: value) { return candidate }
            }
            return .any
        case .object(let entries):
            var keys: Set<String> = []
            var reported: Set<String> = []
            for entry in entries {
                keys.insert(entry.writtenKey)
                if diagnostics.unknownKeyMessage(at: entry.keyRange) != nil { reported.insert(entry.writtenKey) }
            }
            var agreeing: (shape: Shape, missing: Int)?
            var best: (shape: Shape, missing: Int)?
            for candidate in shapes {
                var missing = 0
                var unknown: Set<String> = []
                switch candidate {
                case .object(let object):
                    missing = object.fields.filter { $0.required && !$0.spellings.contains(where: keys.contains) }.count
                    if object.extra == nil { unknown = keys.filter { object.field(forKey: $0) == nil } }
                case .dictionary, .any:
                    break
                default:
                    continue
                }
                if unknown == reported, missing < agreeing?.missing ?? Int.max { agreeing = (candidate, missing) }
                if missing < best?.missing ?? Int.max { best = (candidate, missing) }
            }
            return agreeing?.shape ?? best?.shape ?? .any
        default:
            return .any
        }
    }

    /// The node of an absent field's default; a section built from defaults holds its fields' defaults.
    static func defaulted(_ value: DefaultValue, shape: Shape, path: DataPath) -> EffectiveNode {
        switch value {
        case .bool(let bool): return EffectiveNode(.bool(bool), origin: .defaulted, path: path)
        case .int(let int): return EffectiveNode(.int(int), origin: .defaulted, path: path)
        case .number(let number): return EffectiveNode(.number(number), origin: .defaulted, path: path)
        case .string(let text): return EffectiveNode(.string(text), origin: .defaulted, path: path)
        case .emptyList: return EffectiveNode(.list([]), origin: .defaulted, path: path)
        case .emptyMap: return EffectiveNode(.object([]), origin: .defaulted, path: path)
        case .object:
            var members: [EffectiveMember] = []
            if case .object(let object) = shape {
                for field in object.fields {
                    guard let fieldDefault = field.defaultValue else { continue }
                    members.append(EffectiveMember(
                        key: field.name, node: defaulted(fieldDefault, shape: field.shape, path: path.appending(key: field.name))))
                }
            }
            return EffectiveNode(.object(members), origin: .defaulted, path: path)
        }
    }

    /// The path of the mapping that holds a value.
    static func parent(of path: DataPath) -> DataPath {
        DataPath(Array(path.components.dropLast()))
    }

    /// How a mapping is named in reasons: its key (`approval`), or its list and index (`nodes[2]`).
    static func label(_ path: DataPath) -> String {
        var suffix = ""
        for component in path.components.reversed() {
            switch component {
            case .index(let index):
                suffix = "[\(index)]" + suffix
            case .key(let key):
                return DataPath([.key(key)]).description + suffix
            }
        }
        return suffix.isEmpty ? "the document" : suffix
    }
}

extension EffectiveNode {
    /// The same value, placed at its key: a member's line is the line its key is written on.
    func writtenAt(_ keyRange: SourceRange) -> EffectiveNode {
        EffectiveNode(value, origin: .written(keyRange), path: path, masked: masked, invalid: invalid)
    }
}
