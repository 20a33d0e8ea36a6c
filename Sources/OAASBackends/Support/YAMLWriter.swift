import OAASCore

/// Writes a `JSON` tree as block-style YAML, deterministically: keys in the order given, two-space
/// indentation, and a string quoted whenever a YAML 1.1 or 1.2 reader could take it for something else
/// (`yes`, `on`, `1e3`, `0o17`, `12:30`, `~`, a leading indicator, `: ` or ` #` inside), so that every
/// reader (kubectl, promtool, Go's yaml.v2 and v3, PyYAML) reads back exactly the strings written.
public enum YAMLWriter {
    /// One YAML document, ending in a newline.
    /// - Parameters:
    ///   - value: the document.
    ///   - literalBlocks: whether multi-line strings are written as literal block scalars (`|`), line by
    ///     line, instead of one double-quoted line with `\n` escapes: easier to review where strings hold
    ///     whole files (a ConfigMap's data). Strings a block scalar cannot hold exactly stay quoted.
    public static func document(_ value: JSON, literalBlocks: Bool = false) -> String {
        var output = ""
        write(value, indent: 0, literalBlocks: literalBlocks, into: &output)
        if !output.hasSuffix("\n") { output += "\n" }
        return output
    }

    /// Several documents in one stream, each after a `---` line.
    public static func documents(_ values: [JSON], literalBlocks: Bool = false) -> String {
        values.map { "---\n" + document($0, literalBlocks: literalBlocks) }.joined()
    }

    private static func write(_ value: JSON, indent: Int, literalBlocks: Bool, into output: inout String) {
        let pad = String(repeating: " ", count: indent)
        switch value {
        case .object(let entries) where !entries.isEmpty:
            for (key, member) in entries {
                output += pad + scalar(key) + ":"
                writeMember(member, indent: indent, literalBlocks: literalBlocks, into: &output)
            }
        case .array(let items) where !items.isEmpty:
            for item in items {
                output += pad + "-"
                writeItem(item, indent: indent, literalBlocks: literalBlocks, into: &output)
            }
        default:
            output += pad + inline(value) + "\n"
        }
    }

    /// A mapping member's value, after `key:`.
    private static func writeMember(_ value: JSON, indent: Int, literalBlocks: Bool, into output: inout String) {
        switch value {
        case .object(let entries) where !entries.isEmpty:
            output += "\n"
            write(value, indent: indent + 2, literalBlocks: literalBlocks, into: &output)
        case .array(let items) where !items.isEmpty:
            // Sequences under a key are indented, as kubectl and most style guides write them.
            output += "\n"
            write(value, indent: indent + 2, literalBlocks: literalBlocks, into: &output)
        case .string(let text) where literalBlocks && fitsLiteralBlock(text):
            output += " " + literalBlock(text, indent: indent + 2)
        default:
            output += " " + inline(value) + "\n"
        }
    }

    /// A sequence item's value, after `-`: a mapping starts on the dash's line.
    private static func writeItem(_ value: JSON, indent: Int, literalBlocks: Bool, into output: inout String) {
        switch value {
        case .object(let entries) where !entries.isEmpty:
            var nested = ""
            write(value, indent: indent + 2, literalBlocks: literalBlocks, into: &nested)
            output += " " + nested.dropFirst(indent + 2)
        case .array(let items) where !items.isEmpty:
            var nested = ""
            write(value, indent: indent + 2, literalBlocks: literalBlocks, into: &nested)
            output += " " + nested.dropFirst(indent + 2)
        case .string(let text) where literalBlocks && fitsLiteralBlock(text):
            output += " " + literalBlock(text, indent: indent + 2)
        default:
            output += " " + inline(value) + "\n"
        }
    }

    /// Whether a literal block scalar reads back as exactly `text`: it has a line break, only printable
    /// characters besides `\n` and tabs (no `\r`, no YAML 1.1 line breaks such as U+0085), and its first
    /// line with text does not start with a space (which would need an indentation indicator).
    static func fitsLiteralBlock(_ text: String) -> Bool {
        guard text.contains("\n"), text.contains(where: { $0 != "\n" }) else { return false }
        for scalar in text.unicodeScalars where scalar != "\n" && scalar != "\t" {
            if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x85 || scalar.value == 0xFEFF
                || scalar.value == 0x2028 || scalar.value == 0x2029 { return false }
        }
        let firstLine = text.split(separator: "\n", omittingEmptySubsequences: true).first ?? ""
        return !(firstLine.hasPrefix(" ") || firstLine.hasPrefix("\t"))
    }

    /// `|` and the lines of `text`, each indented by `indent` (empty lines stay empty); the chomping
    /// indicator keeps the trailing line breaks exactly: `|-` for none, `|` for one, `|+` for more.
    private static func literalBlock(_ text: String, indent: Int) -> String {
        var body = Substring(text)
        var trailing = 0
        while body.hasSuffix("\n") {
            body = body.dropLast()
            trailing += 1
        }
        let pad = String(repeating: " ", count: indent)
        var output = trailing == 0 ? "|-\n" : trailing == 1 ? "|\n" : "|+\n"
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            output += line.isEmpty ? "\n" : pad + line + "\n"
        }
        output += String(repeating: "\n", count: max(0, trailing - 1))
        return output
    }

    /// A scalar or an empty collection on one line.
    private static func inline(_ value: JSON) -> String {
        switch value {
        case .null: "null"
        case .bool(let value): value ? "true" : "false"
        case .int(let value): String(value)
        case .number: value.rendered().dropLast().description
        case .string(let text): scalar(text)
        case .array: "[]"
        case .object: "{}"
        }
    }

    /// A string as a plain scalar when that reads back as the same string, else double-quoted.
    public static func scalar(_ text: String) -> String {
        needsQuotes(text) ? quoted(text) : text
    }

    /// A JSON string literal is a valid YAML double-quoted scalar.
    private static func quoted(_ text: String) -> String { JSON.quoted(text) }

    private static let reservedWords: Set<String> = [
        "", "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n",
    ]

    static func needsQuotes(_ text: String) -> Bool {
        if reservedWords.contains(text.lowercased()) { return true }
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return true }
        if first == " " || last == " " || "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) {
            // `-` alone or `- x` is a sequence; `-1` is a number (caught below); `-foo` is safe plain, but
            // quoting every leading indicator is simpler and never wrong.
            return true
        }
        if text.contains(": ") || text.hasSuffix(":") || text.contains(" #") || text.contains("\t") { return true }
        for scalar in text.unicodeScalars where scalar.value < 0x20 || scalar.value == 0x7F || scalar.value >= 0x80 {
            return true
        }
        return looksNumeric(text)
    }

    /// Whether YAML 1.1 or 1.2 could read the text as a number, a date or a time (`12:30`, `1_000`,
    /// `0x1F`, `.5`, `1e3`, `.inf`, `2026-11-22`).
    private static func looksNumeric(_ text: String) -> Bool {
        let lowered = text.lowercased()
        if [".inf", "-.inf", "+.inf", ".nan"].contains(lowered) { return true }
        guard let first = lowered.unicodeScalars.first else { return false }
        let startsNumeric = ("0"..."9").contains(first) || first == "+" || first == "." || first == "-"
        guard startsNumeric else { return false }
        let allowed = Set("0123456789abcdefxo_.:+-e".unicodeScalars)
        return lowered.unicodeScalars.allSatisfy { allowed.contains($0) }
    }
}
