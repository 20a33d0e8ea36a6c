/// A string value with its `${…}` references and foreign template markers picked out.
///
/// `${VAR}` and `${VAR:-default}` name environment variables; `${node.output}` and `${event.text}` are
/// dotted paths into a flow's data. `{{ … }}` and `{trigger.x}` are other templating styles seen in real
/// files: they are recognised, so later passes can report that nothing expands them.
public struct TemplateString: Sendable, Hashable {
    /// A `${…}` reference.
    public struct Reference: Sendable, Hashable {
        /// What is between the braces.
        public let body: String
        /// The variable name or the dotted path's segments (`["agent", "output"]`).
        public let path: [String]
        /// The text after `:-` or `-`, if any.
        public let defaultValue: String?
        /// Offset of `$` in the value, in characters.
        public let offset: Int
        /// Length of the whole `${…}` in characters.
        public let length: Int

        /// True for a dotted path (`${event.text}`), false for a plain variable (`${VAR}`).
        public var isPath: Bool { path.count > 1 }
    }

    /// A template marker of another templating language.
    public struct ForeignMarker: Sendable, Hashable {
        /// `{{ … }}` or `{name.path}`.
        public enum Style: String, Sendable { case doubleBrace = "{{ }}", singleBrace = "{ }" }
        /// Which style.
        public let style: Style
        /// The whole marker as written.
        public let text: String
        /// Offset in the value, in characters.
        public let offset: Int
    }

    /// A problem in a `${…}` reference.
    public struct Problem: Sendable, Hashable {
        /// What is wrong, lowercase.
        public let reason: String
        /// Offset in the value, in characters.
        public let offset: Int
        /// Length of the offending text, in characters.
        public let length: Int
    }

    /// The `${…}` references in order.
    public let references: [Reference]
    /// Foreign template markers in order.
    public let foreign: [ForeignMarker]
    /// Malformed references.
    public let problems: [Problem]

    /// True when the value is exactly one `${…}` reference, as in `max_tokens: ${MAX_TOKENS}`.
    public let isSingleReference: Bool

    /// Whether a string may hold anything this type picks out; a cheap test that skips most strings.
    public static func mayContainTemplates(_ text: String) -> Bool {
        text.utf8.contains(UInt8(ascii: "$")) || text.utf8.contains(UInt8(ascii: "{"))
    }

    /// Scans a string value.
    public init(_ text: String) {
        var references: [Reference] = []
        var foreign: [ForeignMarker] = []
        var problems: [Problem] = []
        let chars = Array(text)
        var index = 0
        while index < chars.count {
            let char = chars[index]
            if char == "$", index + 1 < chars.count, chars[index + 1] == "{" {
                var depth = 0
                var end = index + 1
                while end < chars.count {
                    if chars[end] == "{" { depth += 1 }
                    if chars[end] == "}" {
                        depth -= 1
                        if depth == 0 { break }
                    }
                    end += 1
                }
                guard end < chars.count else {
                    problems.append(Problem(reason: "\"${\" is not closed by \"}\"", offset: index, length: chars.count - index))
                    break
                }
                let body = String(chars[(index + 2)..<end])
                if let reference = Self.reference(body, offset: index, length: end - index + 1) {
                    references.append(reference)
                } else {
                    problems.append(Problem(
                        reason: body.isEmpty ? "empty reference \"${}\"" : "\"${\(Self.quotable(body))}\" is not a variable name or a dotted path",
                        offset: index, length: end - index + 1))
                }
                index = end + 1
                continue
            }
            if char == "{", index + 1 < chars.count, chars[index + 1] == "{" {
                if let close = Self.find("}}", in: chars, from: index + 2) {
                    foreign.append(ForeignMarker(style: .doubleBrace, text: String(chars[index..<(close + 2)]), offset: index))
                    index = close + 2
                    continue
                }
            } else if char == "{", index == 0 || chars[index - 1] != "$",
                      let close = chars[(index + 1)...].firstIndex(of: "}"),
                      Self.isDottedPath(chars[(index + 1)..<close]) {
                foreign.append(ForeignMarker(style: .singleBrace, text: String(chars[index...close]), offset: index))
                index = close + 1
                continue
            }
            index += 1
        }
        self.references = references
        self.foreign = foreign
        self.problems = problems
        self.isSingleReference = references.count == 1 && problems.isEmpty && references[0].offset == 0
            && references[0].length == chars.count
    }

    private static func reference(_ body: String, offset: Int, length: Int) -> Reference? {
        var name = Substring(body)
        var defaultValue: String?
        if let separator = body.firstIndex(of: ":") {
            let after = body[body.index(after: separator)...]
            guard after.hasPrefix("-") || after.hasPrefix("=") || after.hasPrefix("?") else { return nil }
            defaultValue = String(after.dropFirst())
            name = body[..<separator]
        } else if let dash = body.firstIndex(of: "-"), !body[..<dash].contains("."),
                  body[..<dash].allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "_" }) {
            // `${VAR-default}`: only for upper-case shell-style names, since node ids contain hyphens.
            defaultValue = String(body[body.index(after: dash)...])
            name = body[..<dash]
        }
        let segments = name.split(separator: ".", omittingEmptySubsequences: false)
        guard !name.isEmpty, segments.allSatisfy({ segment in
            !segment.isEmpty && segment.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "[" || $0 == "]" }
        }), let first = segments.first?.first, first.isLetter || first == "_" else { return nil }
        return Reference(body: body, path: segments.map(String.init), defaultValue: defaultValue, offset: offset, length: length)
    }

    /// A malformed reference's body as it may be quoted in a message: cut at the first `:` or `=`,
    /// since what follows is often a default value, and defaults may be credentials.
    private static func quotable(_ body: String) -> String {
        guard let cut = body.firstIndex(where: { $0 == ":" || $0 == "=" }) else { return body }
        return body[..<cut] + "…"
    }

    private static func find(_ needle: String, in chars: [Character], from start: Int) -> Int? {
        let pattern = Array(needle)
        var index = start
        while index + pattern.count <= chars.count {
            if Array(chars[index..<(index + pattern.count)]) == pattern { return index }
            index += 1
        }
        return nil
    }

    /// `trigger.x`-style contents of a single-brace marker: at least one dot, identifier segments.
    private static func isDottedPath(_ chars: ArraySlice<Character>) -> Bool {
        let segments = chars.split(separator: ".", omittingEmptySubsequences: false)
        return segments.count >= 2 && segments.allSatisfy { segment in
            guard let first = segment.first, first.isLetter || first == "_" else { return false }
            return segment.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
        }
    }
}
