/// Finds `key <separator> value` pairs on a line, in the forms configuration, `.env` files and scripts
/// use: `key: value` (YAML), `"key": "value"` (JSON, Python dicts, several per line), `KEY=value` and
/// `export KEY=value` (env, shell), `key = "value"` (TOML, INI, Terraform, Python), `key := value`,
/// `"key" => "value"`, `--password=value`, `?access_token=value&`.
struct SecretAssignment {
    /// The key, unquoted.
    let key: String
    /// Byte offset of the key (of its opening quote when quoted).
    let keyStart: Int
    /// The value, unquoted, inline comment removed.
    let value: String
    /// Byte offsets of the value (inside its quotes).
    let valueStart: Int
    let valueEnd: Int
    /// Whether the value was quoted.
    let quoted: Bool
    /// Whether the key starts the line's content (after indentation, `- `, `export `, a comment marker):
    /// a field of the file rather than a pair inside some other text.
    let leading: Bool
    /// `:` or `=`.
    let separator: UInt8
    /// `|` or `>` when the value is a YAML block scalar whose lines follow (`password: |`); the value is
    /// then empty and `SecretBlockScalar` collects it.
    var block: UInt8? = nil

    /// The pairs around the given separator positions whose key may name a secret (`SecretKeys.mayName`),
    /// and leading `name`/`value` keys (for `- name: DB_PASSWORD` / `value: …` pairs).
    /// - Parameters:
    ///   - contentStart: where the line's content starts (see `leading`).
    ///   - yaml: whether YAML node syntax applies: tags and anchors before a value, block scalars.
    static func find(
        _ bytes: UnsafeBufferPointer<UInt8>, separators: [Int], lineStart: Int, contentStart: Int, lineEnd: Int, yaml: Bool
    ) -> [SecretAssignment] {
        var result: [SecretAssignment] = []
        for separator in separators {
            guard let found = assignment(
                bytes, separator: separator, lineStart: lineStart, contentStart: contentStart, lineEnd: lineEnd, yaml: yaml)
            else {
                continue
            }
            result.append(found)
        }
        return result
    }

    /// Values longer than this are not judged: no credential is that long (private keys have their own
    /// rule), and the bound keeps lines full of separators linear.
    static let maximumValueLength = 4096

    /// The same bound for an unquoted value inside other text (`?token=…`, `f(api_key=…)`).
    static let maximumInlineLength = 512

    private static func assignment(
        _ bytes: UnsafeBufferPointer<UInt8>, separator: Int, lineStart: Int, contentStart: Int, lineEnd: Int, yaml: Bool
    ) -> SecretAssignment? {
        let symbol = bytes[separator]
        // The key, walking back from the separator.
        var cursor = separator - 1
        while cursor >= lineStart, SecretBytes.isBlank(bytes[cursor]) { cursor -= 1 }
        guard cursor >= lineStart else { return nil }
        let keyStart: Int, keyEnd: Int
        var quotedKey = false
        if bytes[cursor] == UInt8(ascii: "\"") || bytes[cursor] == UInt8(ascii: "'") {
            let quote = bytes[cursor]
            var open = cursor - 1
            let floor = max(lineStart, cursor - 130)
            while open >= floor, bytes[open] != quote { open -= 1 }
            guard open >= floor else { return nil }
            keyStart = open
            keyEnd = cursor + 1
            quotedKey = true
        } else {
            // Keys are short; walking back further would make a long run of letters quadratic.
            var start = cursor
            let floor = max(lineStart, cursor - 130)
            while start >= floor, isKeyByte(bytes[start]) { start -= 1 }
            if start < floor, floor > lineStart { return nil }
            keyStart = start + 1
            keyEnd = cursor + 1
        }
        let nameStart = quotedKey ? keyStart + 1 : keyStart
        let nameEnd = quotedKey ? keyEnd - 1 : keyEnd
        guard nameEnd > nameStart, nameEnd - nameStart <= 128 else { return nil }
        let leading = keyStart == contentStart
        let pairKey = leading && (SecretBytes.hasPrefix(bytes, nameStart, nameEnd, "name") || SecretBytes.hasPrefix(bytes, nameStart, nameEnd, "value"))
        guard SecretKeys.mayName(bytes, nameStart, nameEnd) || pairKey else { return nil }
        let key = SecretBytes.string(bytes, nameStart, nameEnd)
        // The separator must be one: `key: v`, `"key":"v"`, `key := v`, `key = v`, `k => v`; not `a::b`,
        // `http://`, `a == b`, `a != b`, `a <= b`.
        var valueCursor = separator + 1
        if symbol == UInt8(ascii: ":") {
            if valueCursor < lineEnd, bytes[valueCursor] == UInt8(ascii: "=") {
                valueCursor += 1
            } else if valueCursor < lineEnd, !SecretBytes.isBlank(bytes[valueCursor]) {
                guard quotedKey, bytes[valueCursor] != UInt8(ascii: ":"), bytes[valueCursor] != UInt8(ascii: "/") else { return nil }
            }
            if separator > lineStart, bytes[separator - 1] == UInt8(ascii: ":") { return nil }
        } else {
            if separator > lineStart, "=!<>:+-*/%&|^~".utf8.contains(bytes[separator - 1]) { return nil }
            if valueCursor < lineEnd, bytes[valueCursor] == UInt8(ascii: "=") || bytes[valueCursor] == UInt8(ascii: "~") { return nil }
            if valueCursor < lineEnd, bytes[valueCursor] == UInt8(ascii: ">") { valueCursor += 1 }
        }
        while valueCursor < lineEnd, SecretBytes.isBlank(bytes[valueCursor]) { valueCursor += 1 }
        guard valueCursor < lineEnd else { return nil }
        if yaml {
            guard let afterProperties = skipProperties(bytes, from: valueCursor, lineEnd: lineEnd) else { return nil }
            valueCursor = afterProperties
            let first = bytes[valueCursor]
            if first == UInt8(ascii: "|") || first == UInt8(ascii: ">") {
                guard leading, isBlockHeader(bytes, valueCursor, lineEnd) else { return nil }
                return SecretAssignment(
                    key: key, keyStart: keyStart, value: "", valueStart: valueCursor, valueEnd: valueCursor, quoted: true,
                    leading: leading, separator: symbol, block: first)
            }
        }
        let first = bytes[valueCursor]
        var valueStart = valueCursor, valueEnd: Int
        var quoted = false
        let valueLimit = min(lineEnd, valueCursor + maximumValueLength)
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") || first == UInt8(ascii: "`") {
            var close = valueCursor + 1
            while close < valueLimit, bytes[close] != first {
                if bytes[close] == UInt8(ascii: "\\"), first != UInt8(ascii: "'") { close += 1 }
                close += 1
            }
            // A quoted value that continues on the next line (or is too long) is not judged.
            guard close < valueLimit else { return nil }
            valueStart = valueCursor + 1
            valueEnd = close
            quoted = true
        } else {
            // Flow collections, block scalars, anchors, aliases and tags are not plain values (in YAML,
            // tags, anchors and block scalars were read above).
            if "{[|>&*!".utf8.contains(first) { return nil }
            if leading {
                guard lineEnd - valueCursor <= maximumValueLength else { return nil }
                valueEnd = lineEnd
                var scan = valueCursor
                while scan < lineEnd {
                    if bytes[scan] == UInt8(ascii: "#"), SecretBytes.isBlank(bytes[scan - 1]) { valueEnd = scan; break }
                    scan += 1
                }
                while valueEnd > valueStart, SecretBytes.isBlank(bytes[valueEnd - 1]) { valueEnd -= 1 }
                while valueEnd > valueStart, bytes[valueEnd - 1] == UInt8(ascii: ",") || bytes[valueEnd - 1] == UInt8(ascii: ";") { valueEnd -= 1 }
            } else {
                // An inline value is one token: it ends at a blank, a quote, a delimiter, or an `=` that
                // starts the next pair (`a=b=c`); `==` padding stays part of it.
                let inlineLimit = min(lineEnd, valueCursor + maximumInlineLength)
                var end = valueCursor
                while end < inlineLimit {
                    let byte = bytes[end]
                    if SecretBytes.isBlank(byte) || SecretBytes.isQuote(byte) || ",;&)]}<>".utf8.contains(byte) { break }
                    if byte == UInt8(ascii: "="), end + 1 < lineEnd, SecretBytes.isAlnum(bytes[end + 1]) { break }
                    end += 1
                }
                guard end < inlineLimit || inlineLimit == lineEnd else { return nil }
                valueEnd = end
            }
        }
        return SecretAssignment(
            key: key, keyStart: keyStart, value: SecretBytes.string(bytes, valueStart, valueEnd), valueStart: valueStart,
            valueEnd: valueEnd, quoted: quoted, leading: leading, separator: symbol)
    }

    /// Skips YAML node properties before a value: an anchor (`&name`) and a tag, in either order. Returns
    /// where the value starts, or nil when nothing follows or a tag hands the value to an application
    /// (`!Ref`, `!vault`, `!secret`, `!env`: resolved elsewhere, not a literal). The standard string tags
    /// `!!str` and `!!binary` are looked through.
    static func skipProperties(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, lineEnd: Int) -> Int? {
        var cursor = start
        for _ in 0..<2 {
            guard cursor < lineEnd, bytes[cursor] == UInt8(ascii: "&") || bytes[cursor] == UInt8(ascii: "!") else { break }
            let propertyEnd = SecretBytes.run(bytes, from: cursor, to: lineEnd) { !SecretBytes.isBlank($0) }
            if bytes[cursor] == UInt8(ascii: "!") {
                let tag = SecretBytes.string(bytes, cursor, propertyEnd)
                guard ["!!str", "!!binary", "!<tag:yaml.org,2002:str>", "!<tag:yaml.org,2002:binary>"].contains(tag) else { return nil }
            }
            cursor = SecretBytes.run(bytes, from: propertyEnd, to: lineEnd, SecretBytes.isBlank)
        }
        return cursor < lineEnd && bytes[cursor] != UInt8(ascii: "#") ? cursor : nil
    }

    /// `|` or `>`, up to two indicators (`-`, `+`, a digit), then nothing but blanks or a comment.
    static func isBlockHeader(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ lineEnd: Int) -> Bool {
        var cursor = start + 1
        while cursor < lineEnd, cursor - start <= 2, bytes[cursor] == UInt8(ascii: "-") || bytes[cursor] == UInt8(ascii: "+")
                || (SecretBytes.isDigit(bytes[cursor]) && bytes[cursor] != UInt8(ascii: "0")) {
            cursor += 1
        }
        cursor = SecretBytes.run(bytes, from: cursor, to: lineEnd, SecretBytes.isBlank)
        return cursor == lineEnd || (bytes[cursor] == UInt8(ascii: "#") && SecretBytes.isBlank(bytes[cursor - 1]))
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        SecretBytes.isAlnum(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }
}
