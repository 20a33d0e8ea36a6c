import OAASCore

/// Renders effective configurations (`oaas plan`) as YAML-like text with a provenance column, or as
/// canonical JSON (`schemaVersion` 1). Both are deterministic: resources in file order, mapping keys as
/// written in text and sorted in JSON.
public enum EffectiveConfigurationReporter {
    /// The text form: per resource a header comment, then the configuration with `# file:line`,
    /// `# default` or `# file:line  ignored: …` at the right of every line.
    /// - Parameter configurations: the resources' configurations, in output order.
    /// - Returns: the text, ending in a newline when not empty.
    public static func text(_ configurations: [EffectiveConfiguration]) -> String {
        var output = ""
        for (index, configuration) in configurations.enumerated() {
            if index > 0 { output += "\n" }
            output += header(configuration) + "\n"
            var lines: [TextLine] = []
            if case .object(let members) = configuration.root.value {
                appendMembers(members, indent: 0, into: &lines)
            }
            output += TextLine.aligned(lines)
        }
        return output
    }

    /// The JSON form: `{schemaVersion, tool, resources: [{file, index, line, dialect, kind, name, errors,
    /// warnings, effective, origins, ignored, invalid}], summary}`.
    /// - Parameters:
    ///   - configurations: the resources' configurations, in output order.
    ///   - summary: the counts of the whole run.
    /// - Returns: pretty-printed JSON with a trailing newline.
    public static func json(_ configurations: [EffectiveConfiguration], summary: Summary) -> String {
        var resources: [JSON] = []
        for configuration in configurations {
            resources.append(json(configuration))
        }
        return JSON.object([
            ("schemaVersion", .int(1)),
            ("tool", .string("oaas")),
            ("resources", .array(resources)),
            ("summary", summary.json),
        ]).rendered()
    }

    // MARK: - Text

    /// `# ctx.yaml:1  AOF Context "prod"  (1 error, 1 warning)`.
    static func header(_ configuration: EffectiveConfiguration) -> String {
        var text = "# \(configuration.file):\(configuration.range.start.line)  \(configuration.kind.label)"
        if let name = configuration.name { text += " \"\(name)\"" }
        var counts: [String] = []
        if configuration.errors > 0 { counts.append(plural(configuration.errors, "error")) }
        if configuration.warnings > 0 { counts.append(plural(configuration.warnings, "warning")) }
        if !counts.isEmpty { text += "  (" + counts.joined(separator: ", ") + ")" }
        return text
    }

    static func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

    static func appendMembers(_ members: [EffectiveMember], indent: Int, into lines: inout [TextLine]) {
        for member in members {
            appendNode(member.node, prefix: String(repeating: "  ", count: indent) + TextValue.key(member.key) + ":",
                       indent: indent, into: &lines)
        }
    }

    /// One node: `prefix value` for scalars and empty containers, `prefix` and the children below otherwise.
    /// `prefix` is `key:` or `-` with its indentation.
    static func appendNode(_ node: EffectiveNode, prefix: String, indent: Int, into lines: inout [TextLine]) {
        let comment = provenance(node)
        if node.isIgnored {
            // The platform never reads it: show it on one line and go no deeper.
            lines.append(TextLine(prefix + " " + TextValue.compact(node.value), comment))
            return
        }
        switch node.value {
        case .object(let members) where !members.isEmpty:
            lines.append(TextLine(prefix, comment))
            appendMembers(members, indent: indent + 1, into: &lines)
        case .list(let items) where !items.isEmpty:
            lines.append(TextLine(prefix, comment))
            let dash = String(repeating: "  ", count: indent + 1) + "-"
            for item in items {
                appendItem(item, dash: dash, indent: indent + 1, into: &lines)
            }
        default:
            lines.append(TextLine(prefix + " " + TextValue.compact(node.value), comment))
        }
    }

    /// A list item: scalars after the dash; a mapping's first member on the dash line, YAML style.
    static func appendItem(_ item: EffectiveNode, dash: String, indent: Int, into lines: inout [TextLine]) {
        guard case .object(let members) = item.value, let first = members.first, item.invalid == nil else {
            appendNode(item, prefix: dash, indent: indent, into: &lines)
            return
        }
        appendNode(first.node, prefix: dash + " " + TextValue.key(first.key) + ":", indent: indent + 1, into: &lines)
        appendMembers(Array(members.dropFirst()), indent: indent + 1, into: &lines)
    }

    /// `ctx.yaml:7`, `default` or `ctx.yaml:8  ignored: …`, with `invalid: …` added for values that do
    /// not fit.
    static func provenance(_ node: EffectiveNode) -> String {
        switch node.origin {
        case .defaulted:
            return "default"
        case .ignored(let reason, let range):
            return "\(range.file):\(range.start.line)  ignored: " + reason
        case .written(let range):
            var text = "\(range.file):\(range.start.line)"
            if let invalid = node.invalid { text += "  invalid: " + invalid }
            return text
        }
    }

    // MARK: - JSON

    static func json(_ configuration: EffectiveConfiguration) -> JSON {
        var origins: [(String, JSON)] = []
        var ignored: [JSON] = []
        var invalid: [JSON] = []
        collect(configuration.root, origins: &origins, ignored: &ignored, invalid: &invalid)
        origins.sort { $0.0 < $1.0 }
        return .object([
            ("file", .string(configuration.file)),
            ("index", .int(configuration.documentIndex)),
            ("line", .int(configuration.range.start.line)),
            ("dialect", .string(configuration.kind.dialect.rawValue)),
            ("kind", .string(configuration.kind.name)),
            ("name", configuration.name.map(JSON.string) ?? .null),
            ("errors", .int(configuration.errors)),
            ("warnings", .int(configuration.warnings)),
            ("effective", effective(configuration.root)),
            ("origins", .object(origins)),
            ("ignored", .array(ignored)),
            ("invalid", .array(invalid)),
        ])
    }

    /// The configuration as the platform holds it: ignored keys left out, each key once, mapping keys sorted.
    static func effective(_ node: EffectiveNode) -> JSON {
        switch node.value {
        case .null: return .null
        case .bool(let value): return .bool(value)
        case .int(let value): return .int(value)
        case .number(let value): return .number(value)
        case .string(let value): return .string(value)
        case .list(let items):
            var values: [JSON] = []
            for item in items { values.append(effective(item)) }
            return .array(values)
        case .object(let members):
            // One entry per key (the first; the walker marks later spellings of a field ignored), so that
            // the sort below has no ties to order unstably.
            var entries: [(String, JSON)] = []
            var keys: Set<String> = []
            for member in members where !member.node.isIgnored && keys.insert(member.key).inserted {
                entries.append((member.key, effective(member.node)))
            }
            entries.sort { $0.0 < $1.0 }
            return .object(entries)
        }
    }

    /// Every node's origin by path (`"ctx.yaml:7:5"` or `"default"`), and the ignored and invalid values.
    static func collect(_ node: EffectiveNode, origins: inout [(String, JSON)], ignored: inout [JSON], invalid: inout [JSON]) {
        let path = node.path.description
        switch node.origin {
        case .ignored(let reason, let range):
            ignored.append(.object([
                ("path", .string(path)),
                ("file", .string(range.file)), ("line", .int(range.start.line)), ("column", .int(range.start.column)),
                ("reason", .string(reason)),
                ("value", effective(node)),
            ]))
            return
        case .defaulted:
            if !path.isEmpty { origins.append((path, .string("default"))) }
        case .written(let range):
            if !path.isEmpty { origins.append((path, .string("\(range.file):\(range.start.line):\(range.start.column)"))) }
            if let reason = node.invalid {
                invalid.append(.object([
                    ("path", .string(path)),
                    ("file", .string(range.file)), ("line", .int(range.start.line)), ("column", .int(range.start.column)),
                    ("reason", .string(reason)),
                ]))
            }
        }
        switch node.value {
        case .list(let items):
            for item in items { collect(item, origins: &origins, ignored: &ignored, invalid: &invalid) }
        case .object(let members):
            for member in members { collect(member.node, origins: &origins, ignored: &ignored, invalid: &invalid) }
        default:
            break
        }
    }
}

/// One line of the text form: the YAML-like text and its provenance comment.
struct TextLine {
    let text: String
    let comment: String

    init(_ text: String, _ comment: String) {
        self.text = text
        self.comment = comment
    }

    /// The widest text that still aligns the comment column; longer lines put their comment two spaces on.
    static let maximumColumn = 56

    /// The lines with their comments in one column.
    static func aligned(_ lines: [TextLine]) -> String {
        var width = 0
        for line in lines where line.text.count <= maximumColumn {
            width = max(width, line.text.count)
        }
        var output = ""
        for line in lines {
            let padding = max(2, width + 2 - line.text.count)
            output += line.text + String(repeating: " ", count: padding) + "# " + line.comment + "\n"
        }
        return output
    }
}

/// How keys and values are written in the text form.
enum TextValue {
    /// The longest string shown in full; longer ones (prompts, scripts) are cut, with an ellipsis.
    static let maximumLength = 60

    /// A scalar, or `{}` / `[]` / `{…}` / `[…]` for a container.
    static func compact(_ value: EffectiveNode.Value) -> String {
        switch value {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .int(let value): return String(value)
        case .number(let value): return JSON.number(value).rendered().trimmingTrailingNewline()
        case .string(let value): return string(value)
        case .list(let items): return items.isEmpty ? "[]" : "[…]"
        case .object(let members): return members.isEmpty ? "{}" : "{…}"
        }
    }

    /// A key, quoted when it is not a plain word.
    static func key(_ key: String) -> String { isPlain(key) ? key : quoted(key) }

    /// A string: plain when YAML would read it back as the same string, quoted otherwise; the first line
    /// only, cut to `maximumLength` characters.
    static func string(_ value: String) -> String {
        var text = value
        var cut = false
        if let newline = text.firstIndex(where: { $0 == "\n" || $0 == "\r" }) {
            text = String(text[..<newline])
            cut = true
        }
        if text.count > maximumLength {
            text = String(text.prefix(maximumLength - 1))
            cut = true
        }
        if cut { return quoted(text + "…") }
        return isPlain(text) ? text : quoted(text)
    }

    static func quoted(_ text: String) -> String {
        JSON.string(text).rendered().trimmingTrailingNewline()
    }

    /// Words YAML reads as something other than a string.
    static let specialWords: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"]

    /// Whether a string can be written without quotes and read back unchanged.
    static func isPlain(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last else { return false }
        if first == " " || last == " " || last == ":" { return false }
        if "-?:,[]{}#&*!|>'\"%@`".contains(first) { return false }
        if specialWords.contains(text.lowercased()) { return false }
        if Double(text) != nil || Int(text) != nil { return false }
        if text.contains(": ") || text.contains(" #") { return false }
        return text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F }
    }
}

extension String {
    func trimmingTrailingNewline() -> String {
        hasSuffix("\n") ? String(dropLast()) : self
    }
}
