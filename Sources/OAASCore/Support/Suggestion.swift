/// Finds the closest known word to a misspelled one, for "did you mean …?" hints.
public enum Suggestion {
    /// The candidate nearest to `word`, if it is near enough to be a plausible typo.
    ///
    /// Words that differ only in case, `_` or `-` always match; otherwise the edit distance must be at most
    /// a quarter of the word's length (and at least 1, at most 3), so that short words are not "corrected"
    /// into different words (`GitLab` is not a typo of `GitHub`). Of several equally near candidates the
    /// first is returned (in the given order for case-and-separator matches, alphabetically otherwise);
    /// `nearest(to:in:)` says whether there was a tie.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        nearest(to: word, in: candidates).first
    }

    /// Every candidate at the best distance from `word`, in `closest(to:in:)`'s order: empty when none is
    /// near enough, one element when the nearest is unique. An edit is only certain when it is unique,
    /// so fix-its that rename are offered only then, while the did-you-mean message still names the first.
    public static func nearest(to word: String, in candidates: [String]) -> [String] {
        let folded = fold(word)
        let exact = candidates.filter { fold($0) == folded }
        if !exact.isEmpty { return unique(exact) }
        let limit = max(1, min(3, word.count / 4))
        var best: [String] = []
        var bestDistance = Int.max
        for candidate in candidates.sorted() {
            let distance = editDistance(Array(folded), Array(fold(candidate)), limit: limit)
            guard distance <= limit, distance <= bestDistance else { continue }
            if distance < bestDistance {
                best = []
                bestDistance = distance
            }
            best.append(candidate)
        }
        return unique(best)
    }

    /// Whether `word` is a typo of `candidate` close enough to correct without asking: they differ only in
    /// case, `_` or `-`, or by at most two edits. A unique nearest match further away is still a different
    /// word often enough (`max_tokens_per_req` is not `max_tokens_per_day`) to stay a suggestion.
    public static func isTypo(_ word: String, of candidate: String) -> Bool {
        let folded = Array(fold(word)), target = Array(fold(candidate))
        return folded == target || editDistance(folded, target, limit: 2) <= 2
    }

    /// The list without repeats, first occurrences kept: a candidate listed twice is not a tie.
    private static func unique(_ words: [String]) -> [String] {
        var seen: Set<String> = []
        return words.filter { seen.insert($0).inserted }
    }

    static func fold(_ word: String) -> String {
        String(word.lowercased().filter { $0 != "_" && $0 != "-" && $0 != " " })
    }

    /// Levenshtein distance with transpositions, giving up early once every path exceeds `limit`.
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
