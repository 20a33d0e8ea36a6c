/// Maps libyaml's character indices to byte offsets, lines and columns.
///
/// libyaml counts marks in characters, not bytes, and its line counting differs from editors' for
/// Unicode line separators. Marks arrive almost in order, so a cursor that steps forward (or, rarely,
/// backward) from the last answer keeps the mapping linear in the file size, even for a file that is
/// one enormous line.
struct OffsetMapper {
    let file: SourceFile
    /// Bytes skipped before the text libyaml saw (a UTF-8 byte order mark).
    let base: Int
    private var charIndex = 0
    private var byteOffset: Int
    /// 1-based line and column of `byteOffset`.
    private var line = 1
    private var column = 1

    init(file: SourceFile, base: Int) {
        self.file = file
        self.base = base
        self.byteOffset = base
        let start = file.position(ofOffset: base)
        self.line = start.line
        self.column = start.column
    }

    mutating func position(forCharIndex target: Int) -> SourcePosition {
        let bytes = file.bytes
        let lineStarts = file.lineStarts
        while charIndex < target, byteOffset < bytes.count {
            byteOffset += 1
            while byteOffset < bytes.count, bytes[byteOffset] & 0xC0 == 0x80 { byteOffset += 1 }
            charIndex += 1
            if line < lineStarts.count, lineStarts[line] <= byteOffset {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        while charIndex > target, byteOffset > base {
            byteOffset -= 1
            while byteOffset > base, bytes[byteOffset] & 0xC0 == 0x80 { byteOffset -= 1 }
            charIndex -= 1
            if byteOffset < lineStarts[line - 1] {
                let previous = file.position(ofOffset: byteOffset)
                line = previous.line
                column = previous.column
            } else {
                column -= 1
            }
        }
        return SourcePosition(line: line, column: column, offset: byteOffset)
    }

    mutating func range(from start: Int, to end: Int) -> SourceRange {
        let startPosition = position(forCharIndex: start)
        let endPosition = position(forCharIndex: end)
        return SourceRange(file: file.path, start: startPosition, end: endPosition)
    }
}
