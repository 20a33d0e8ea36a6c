extension SchemaDecoder {
    /// The source range of characters `offset..<offset+length` of a scalar's value.
    ///
    /// Exact for single-line plain and quoted scalars without escapes and for literal block scalars;
    /// otherwise the whole scalar's range, which is never wrong, only less precise.
    func rangeInScalar(_ node: SyntaxNode, offset: Int, length: Int) -> SourceRange {
        ScalarPositions.range(in: node, offset: offset, length: length, file: file)
    }
}

/// Places characters of a scalar's value in the source.
public enum ScalarPositions {
    /// See `SchemaDecoder.rangeInScalar`.
    public static func range(in node: SyntaxNode, offset: Int, length: Int, file: SourceFile?) -> SourceRange {
        guard let scalar = node.scalar else { return node.range }
        let start = node.range.start
        switch scalar.style {
        case .plain, .singleQuoted, .doubleQuoted:
            guard node.range.start.line == node.range.end.line, !scalar.text.contains("\\"), !scalar.text.contains("'") else {
                return node.range
            }
            let column = start.column + (scalar.style == .plain ? 0 : 1) + offset
            let byteOffset = start.offset + (scalar.style == .plain ? 0 : 1)
                + scalar.text.prefix(offset).utf8.count
            let endByte = byteOffset + scalar.text.dropFirst(offset).prefix(length).utf8.count
            return SourceRange(
                file: node.range.file,
                start: SourcePosition(line: start.line, column: column, offset: byteOffset),
                end: SourcePosition(line: start.line, column: column + length, offset: endByte))
        case .literal:
            guard let file else { return node.range }
            let before = scalar.text.prefix(offset)
            let lineIndex = before.reduce(0) { $0 + ($1 == "\n" ? 1 : 0) }
            let lineStartInText = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
            let columnInText = before.distance(from: lineStartInText, to: before.endIndex)
            let sourceLine = start.line + 1 + lineIndex
            guard sourceLine <= file.lineStarts.count else { return node.range }
            let lineText = String(decoding: file.lineBytes(sourceLine), as: UTF8.self)
            let textLine = scalar.text[lineStartInText...].prefix { $0 != "\n" }
            guard lineText.hasSuffix(textLine) else { return node.range }
            let indent = lineText.count - textLine.count
            let column = 1 + indent + columnInText
            let lineStart = file.lineStarts[sourceLine - 1]
            let byteOffset = lineStart + String(lineText.prefix(indent + columnInText)).utf8.count
            let byteLength = String(scalar.text.dropFirst(offset).prefix(length)).utf8.count
            return SourceRange(
                file: node.range.file,
                start: SourcePosition(line: sourceLine, column: column, offset: byteOffset),
                end: SourcePosition(line: sourceLine, column: column + length, offset: byteOffset + byteLength))
        case .folded:
            return node.range
        }
    }
}
