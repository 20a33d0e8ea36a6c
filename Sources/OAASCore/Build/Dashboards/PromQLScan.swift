/// A light scan of a PromQL query written in the workspace: whether its brackets and strings are closed,
/// and which names it selects series by. Not a parser: it only reports what it can be sure of, so that a
/// valid query is never flagged.
///
/// A name counts as a series when it is not a function (followed by `(`) or an aggregation, not a keyword
/// (`by`, `offset`, `bool` …), not inside a label matcher `{…}`, a range `[…]` or a grouping list
/// (`by (…)`, `on (…)`), and not a Grafana variable (`$team`, `${team}`, `$__rate_interval`).
struct PromQLScan {
    /// The first structural problem (an unclosed bracket or string), in words.
    private(set) var problem: String?
    /// Names used to select series, in order of first use.
    private(set) var series: [String] = []
    /// Grafana variables used (`$team`, `${team}`, `${team:regex}` → `team`), in order of first use.
    private(set) var variables: [String] = []

    private static let keywords: Set<String> = [
        "by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and", "or", "unless", "offset",
        "atan2", "inf", "nan",
    ]
    private static let groupingKeywords: Set<String> = ["by", "without", "on", "ignoring", "group_left", "group_right"]
    /// Aggregation operators, which may be followed by `by (…)` rather than `(` (`sum by (le) (…)`).
    private static let aggregations: Set<String> = [
        "sum", "min", "max", "avg", "group", "stddev", "stdvar", "count", "count_values", "bottomk", "topk", "quantile",
        "limitk", "limit_ratio",
    ]

    /// Scans a query.
    init(_ query: String) {
        let characters = Array(query.unicodeScalars)
        var stack: [Unicode.Scalar] = []
        // The depth of `(` at which a grouping list (`by (team, le)`) was opened, while inside one.
        var groupingDepth: Int?
        var index = 0
        func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_" || scalar == ":"
        }
        func isNamePart(_ scalar: Unicode.Scalar) -> Bool {
            isNameStart(scalar) || ("0"..."9").contains(scalar)
        }
        /// Records the Grafana variable at `start` (`${name}`, `${name:format}` or `$name`); returns the
        /// index after it.
        func variable(at start: Int) -> Int {
            var end = start + 1
            let braced = end < characters.count && characters[end] == "{"
            if braced { end += 1 }
            let nameStart = end
            while end < characters.count, isNamePart(characters[end]), characters[end] != ":" { end += 1 }
            let name = String(String.UnicodeScalarView(characters[nameStart..<end]))
            // `$1` is a regex group in `label_replace`, not a variable.
            if let first = name.unicodeScalars.first, isNameStart(first), !variables.contains(name) { variables.append(name) }
            if braced {
                while end < characters.count, characters[end] != "}" { end += 1 }
                end += 1
            }
            return end
        }
        while index < characters.count {
            let scalar = characters[index]
            switch scalar {
            case "\"", "'", "`":
                var end = index + 1
                while end < characters.count, characters[end] != scalar {
                    end += scalar != "`" && characters[end] == "\\" ? 2 : 1
                }
                guard end < characters.count else {
                    problem = problem ?? "a string is not closed"
                    return
                }
                // Label values are where variables usually are: `team=~"$team"`.
                var inner = index + 1
                while inner < end {
                    inner = characters[inner] == "$" ? variable(at: inner) : inner + 1
                }
                index = end + 1
                continue
            case "$":
                index = variable(at: index)
                continue
            case "(", "[", "{":
                stack.append(scalar)
            case ")", "]", "}":
                let opening: Unicode.Scalar = scalar == ")" ? "(" : scalar == "]" ? "[" : "{"
                guard stack.last == opening else {
                    problem = problem ?? stack.last.map { "\"\($0)\" is closed by \"\(scalar)\"" }
                        ?? "\"\(scalar)\" closes nothing that is open"
                    return
                }
                stack.removeLast()
                if scalar == ")", groupingDepth == stack.count { groupingDepth = nil }
            case "#":
                // A comment runs to the end of the line.
                while index < characters.count, characters[index] != "\n" { index += 1 }
                continue
            default:
                if ("0"..."9").contains(scalar) || (scalar == "." && index + 1 < characters.count && ("0"..."9").contains(characters[index + 1])) {
                    // A number or a duration (`5m`, `1e3`, `0x1F`).
                    while index < characters.count, isNamePart(characters[index]) || characters[index] == "." { index += 1 }
                    continue
                }
                if isNameStart(scalar) {
                    var end = index
                    while end < characters.count, isNamePart(characters[end]) { end += 1 }
                    let name = String(String.UnicodeScalarView(characters[index..<end]))
                    var next = end
                    while next < characters.count, characters[next] == " " || characters[next] == "\t" || characters[next] == "\n" { next += 1 }
                    let followedByCall = next < characters.count && characters[next] == "("
                    let lowered = name.lowercased()
                    if Self.groupingKeywords.contains(lowered), followedByCall {
                        groupingDepth = stack.count
                    } else if !followedByCall, !Self.keywords.contains(lowered), !Self.aggregations.contains(lowered), groupingDepth == nil,
                              stack.last != "{", stack.last != "[", !series.contains(name) {
                        series.append(name)
                    }
                    index = end
                    continue
                }
            }
            index += 1
        }
        if let open = stack.last {
            problem = problem ?? "\"\(open)\" is not closed"
        }
    }
}
