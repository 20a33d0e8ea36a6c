import OAASCore

/// Writes a `JSON` tree as block-style YAML, deterministically: keys in the order given, two-space
/// indentation, and a string quoted whenever a YAML 1.1 or 1.2 reader could take it for something else
/// (`yes`, `on`, `1e3`, `0o17`, `12:30`, `~`, a leading indicator, `: ` or ` #` inside), so that every
/// reader (kubectl, promtool, Go's yaml.v2 and v3, PyYAML) reads back exactly the strings written.
public enum YAMLWriter {
    /// One YAML document, ending in a newline.
    public static func document(_ value: JSON) -> String {
        var output = ""
        write(value, indent: 0, into: &output)
        if !output.hasSuffix("\n") { output += "\n" }
        return output
    }

    /// Several documents in one stream, each after a `---` line.
    public static func documents(_ values: [JSON]) -> String {
        values.map { "---\n" + document($0) }.joined()
    }

    private static func write(_ value: JSON, indent: Int, into output: inout String) {
        let pad = String(repeating: " ", count: indent)
        switch value {
        case .object(let entries) where !entries.isEmpty:
            for (key, member) in entries {
                output += pad + scalar(key) + ":"
                writeMember(member, indent: indent, into: &output)
            }
        case .array(let items) where !items.isEmpty:
            for item in items {
                output += pad + "-"
                writeItem(item, indent: indent, into: &output)
            }
        default:
            output += pad + inline(value) + "\n"
        }
    }

    /// A mapping member's value, after `key:`.
    private static func writeMember(_ value: JSON, indent: Int, into output: inout String) {
        switch value {
        case .object(let entries) where !entries.isEmpty:
            output += "\n"
            write(value, indent: indent + 2, into: &output)
        case .array(let items) where !items.isEmpty:
            // Sequences under a key are indented, as kubectl and most style guides write them.
            output += "\n"
            write(value, indent: indent + 2, into: &output)
        default:
            output += " " + inline(value) + "\n"
        }
    }

    /// A sequence item's value, after `-`: a mapping starts on the dash's line.
    private static func writeItem(_ value: JSON, indent: Int, into output: inout String) {
        switch value {
        case .object(let entries) where !entries.isEmpty:
            var nested = ""
            write(value, indent: indent + 2, into: &nested)
            output += " " + nested.dropFirst(indent + 2)
        case .array(let items) where !items.isEmpty:
            var nested = ""
            write(value, indent: indent + 2, into: &nested)
            output += " " + nested.dropFirst(indent + 2)
        default:
            output += " " + inline(value) + "\n"
        }
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
