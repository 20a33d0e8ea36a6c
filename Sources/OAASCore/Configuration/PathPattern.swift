/// Path patterns of `exclude:`, matched against paths relative to the configuration file's folder.
///
/// `*` matches within one path segment, `?` one character, `**` any number of whole segments. A pattern
/// without `/` matches a single segment at any depth (`testdata` leaves out every folder of that name),
/// as in `.gitignore`; a pattern that matches a folder leaves out everything under it. A trailing `/` is
/// ignored.
public enum PathPattern {
    /// Whether `path` (segments joined by `/`, no leading `./`) or one of its folders matches `pattern`.
    public static func matches(_ pattern: String, path: String) -> Bool {
        let patternSegments = segments(pattern)
        let pathSegments = segments(path)
        guard !patternSegments.isEmpty else { return false }
        if patternSegments.count == 1, !pattern.contains("/") {
            return pathSegments.contains { segmentMatches(Array(patternSegments[0]), Array($0)) }
        }
        // A folder that matches takes everything under it.
        for length in 1...max(1, pathSegments.count) where length <= pathSegments.count {
            if matchSegments(patternSegments[...], pathSegments[..<length]) { return true }
        }
        return false
    }

    /// Whether a pattern can be used; see `problem(_:)`.
    public static func isValid(_ pattern: String) -> Bool { problem(pattern) == nil }

    /// What is wrong with a pattern, or nil.
    public static func problem(_ pattern: String) -> String? {
        if segments(pattern).isEmpty { return "it names no path" }
        if pattern.hasPrefix("/") { return "patterns are relative to the configuration file's folder; drop the leading \"/\"" }
        for segment in segments(pattern) where segment.contains("**") && segment != "**" {
            return "\"**\" must be a whole segment, as in \"a/**/b\""
        }
        if pattern.contains("[") || pattern.contains("]") { return "character classes are not supported; use \"?\" or \"*\"" }
        return nil
    }

    static func segments(_ path: String) -> [Substring] {
        var result = path.split(separator: "/", omittingEmptySubsequences: true)
        while result.first == "." { result.removeFirst() }
        return result
    }

    static func matchSegments(_ pattern: ArraySlice<Substring>, _ path: ArraySlice<Substring>) -> Bool {
        guard let head = pattern.first else { return path.isEmpty }
        if head == "**" {
            let rest = pattern.dropFirst()
            // Linear in the path's depth per `**`: patterns are short and few.
            for skip in 0...path.count where matchSegments(rest, path.dropFirst(skip)) { return true }
            return false
        }
        guard let segment = path.first, segmentMatches(Array(head), Array(segment)) else { return false }
        return matchSegments(pattern.dropFirst(), path.dropFirst())
    }

    /// `*` and `?` within one segment, by backtracking over the last `*` only (linear in practice).
    static func segmentMatches(_ pattern: [Character], _ text: [Character]) -> Bool {
        var p = 0, t = 0
        var star: Int?, resume = 0
        while t < text.count {
            if p < pattern.count, pattern[p] == "?" || pattern[p] == text[t] {
                p += 1
                t += 1
            } else if p < pattern.count, pattern[p] == "*" {
                star = p
                resume = t
                p += 1
            } else if let star {
                p = star + 1
                resume += 1
                t = resume
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }
}
