/// A point in a source file.
public struct SourcePosition: Hashable, Comparable, Sendable, Codable {
    /// 1-based line number.
    public var line: Int
    /// 1-based column, counted in Unicode scalars.
    public var column: Int
    /// 0-based byte offset into the file.
    public var offset: Int

    /// Creates a position.
    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column, lhs.offset) < (rhs.line, rhs.column, rhs.offset)
    }
}

/// A half-open range in one source file: `start` is the first character, `end` the one after the last.
public struct SourceRange: Hashable, Sendable, Codable {
    /// The display path of the file.
    public var file: String
    /// The first position of the range.
    public var start: SourcePosition
    /// The position just past the range.
    public var end: SourcePosition

    /// Creates a range.
    public init(file: String, start: SourcePosition, end: SourcePosition) {
        self.file = file
        self.start = start
        self.end = end
    }

    /// A zero-width range at the start of a file, for problems that concern a whole file.
    public static func fileStart(_ file: String) -> SourceRange {
        let origin = SourcePosition(line: 1, column: 1, offset: 0)
        return SourceRange(file: file, start: origin, end: origin)
    }
}
