import CYAML

/// The documents of one file and the problems found while parsing it.
public struct YAMLParseResult: Sendable {
    /// Every document parsed completely, in file order.
    public var documents: [YAMLDocument]
    /// Syntax and structure problems.
    public var diagnostics: [Diagnostic]
}

/// Parses YAML into positioned syntax trees on libyaml's event API.
///
/// Any byte sequence gives documents and diagnostics: encoding problems are found before libyaml runs,
/// nesting and alias expansion are bounded while the tree is built, and libyaml's own errors become
/// `yaml.syntax` diagnostics at the position it reports.
public enum YAMLParser {
    /// The deepest nesting kept; deeper content is replaced by null and reported.
    public static let maxDepth = 200
    /// Alias expansion allowed in a document beyond ten times its real node count.
    public static let aliasExpansionAllowance = 100_000

    /// Parses every document of a file.
    /// - Parameter file: the file to parse.
    /// - Returns: the documents and diagnostics.
    public static func parse(_ file: SourceFile) -> YAMLParseResult {
        var sink = DiagnosticSink()
        guard let base = checkEncoding(file, into: &sink) else {
            return YAMLParseResult(documents: [], diagnostics: sink.diagnostics)
        }
        var builder = TreeBuilder(file: file, base: base)
        builder.run()
        sink.merge(builder.sink)
        return YAMLParseResult(documents: builder.documents, diagnostics: sink.diagnostics)
    }

    /// Returns the number of bytes to skip (a UTF-8 BOM), or nil when the file cannot be YAML text.
    static func checkEncoding(_ file: SourceFile, into sink: inout DiagnosticSink) -> Int? {
        let bytes = file.bytes
        let start = SourceRange.fileStart(file.path)
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) {
            sink.report(.unsupportedEncoding, "file is UTF-16 encoded; expected UTF-8", at: start)
            return nil
        }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            sink.report(.unsupportedEncoding, "file is UTF-32 encoded; expected UTF-8", at: start)
            return nil
        }
        let base = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if let bad = firstInvalidUTF8(bytes, from: base) {
            let position = file.position(ofOffset: bad)
            let end = SourcePosition(line: position.line, column: position.column + 1, offset: bad + 1)
            let byte = String(bytes[bad], radix: 16, uppercase: true)
            sink.report(
                .invalidUTF8,
                "invalid UTF-8 byte 0x\(byte.count == 1 ? "0" + byte : byte); the file must be UTF-8 encoded",
                at: SourceRange(file: file.path, start: position, end: end)
            )
            return nil
        }
        return base
    }

    /// The offset of the first byte that does not start or continue a well-formed UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            let length: Int
            let minimum: UInt32
            var scalar: UInt32
            switch byte {
            case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(byte & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(byte & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(byte & 0x07)
            default: return index
            }
            guard index + length <= count else { return index }
            for offset in 1..<length {
                let next = bytes[index + offset]
                guard next & 0xC0 == 0x80 else { return index }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
            index += length
        }
        return nil
    }
}

extension DiagnosticKind {
    static let unsupportedEncoding = DiagnosticKind(
        id: "yaml.unsupported-encoding", severity: .error,
        summary: "the file is not UTF-8",
        explanation: """
            oaas reads UTF-8 only. The file starts with a UTF-16 or UTF-32 byte order mark. \
            Convert it, for example with `iconv -f UTF-16 -t UTF-8`.
            """)
    static let invalidUTF8 = DiagnosticKind(
        id: "yaml.invalid-utf8", severity: .error,
        summary: "the file contains bytes that are not valid UTF-8",
        explanation: """
            YAML files must be valid UTF-8. The byte shown does not start or continue a well-formed UTF-8 \
            sequence; the file is probably binary, or was saved in a legacy encoding such as Latin-1. \
            Nothing after the byte is checked.
            """)
}
