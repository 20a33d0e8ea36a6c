/// What happens to findings after the passes, the same for every checking command: severity overrides
/// and disabled IDs (the configuration's `rules:`), inline `# oaas:ignore[ID] reason` comments, the
/// baseline, and, for partial runs, keeping only the findings in the files asked about.
///
/// ```
/// findings ─▶ rules: (severity, off) ─▶ inline suppressions ─▶ scrub, sort ─▶ baseline ─▶ reported files
/// ```
///
/// Suppressed findings are kept, marked, so that JSON and SARIF can show them; they never fail a run.
public struct FindingPolicy: Sendable {
    /// Severity per ID or `area.*` prefix; nil turns the findings off. The most specific pattern wins:
    /// an exact ID over a prefix, a longer prefix over a shorter one.
    public var rules: [(pattern: String, severity: Severity?)] = []
    /// Whether inline suppressions are honoured (`--no-inline-ignores` turns them off for audits).
    public var inlineIgnores = true
    /// Findings accepted earlier.
    public var baseline: Baseline?
    /// Maps a display path to the path the baseline stores (relative to the baseline's folder).
    public var baselinePath: @Sendable (String) -> String = { $0 }

    /// A policy that changes nothing but honours inline suppressions.
    public init() {}

    /// The severity a rule setting gives an ID: `.some(nil)` when it is off, nil when no rule names it.
    public func setting(for id: String) -> Severity?? {
        var best: (length: Int, severity: Severity?)?
        for rule in rules {
            let length: Int
            if rule.pattern == id {
                length = Int.max
            } else if rule.pattern.hasSuffix(".*"), id.hasPrefix(rule.pattern.dropLast()) {
                length = rule.pattern.count
            } else {
                continue
            }
            // Later entries win among equally specific ones, as later keys do in the file.
            if length >= (best?.length ?? -1) { best = (length, rule.severity) }
        }
        return best.map { $0.severity }
    }

    /// Applies the policy.
    /// - Parameters:
    ///   - diagnostics: the command's findings.
    ///   - files: the files whose suppression comments count (those reported on).
    ///   - reportable: the IDs the command can report; a suppression of one that matches nothing is
    ///     reported as unused.
    ///   - reported: the display paths reported on, or nil for all.
    /// - Returns: the findings, sorted and de-duplicated, suppressed ones marked.
    public func apply(
        _ diagnostics: [Diagnostic], files: [SourceFile], reportable: Set<String>, reported: Set<String>? = nil
    ) -> [Diagnostic] {
        var weighed: [Diagnostic] = []
        weighed.reserveCapacity(diagnostics.count)
        var enabled = reportable
        if !rules.isEmpty {
            for id in reportable where setting(for: id) == .some(nil) { enabled.remove(id) }
        }
        for diagnostic in diagnostics {
            guard !rules.isEmpty, let setting = setting(for: diagnostic.id) else {
                weighed.append(diagnostic)
                continue
            }
            guard let severity = setting else { continue }
            var changed = diagnostic
            changed.severity = severity
            weighed.append(changed)
        }
        let commented = files.filter { reported?.contains($0.path) ?? true }
        var result = InlineSuppressions.apply(to: weighed, files: commented, enabled: inlineIgnores, reportable: enabled)
        // The suppression diagnostics themselves obey the rules too (`suppression.unused: off`).
        if !rules.isEmpty {
            result = result.compactMap { diagnostic in
                guard InlineSuppressions.kinds.contains(where: { $0.id == diagnostic.id }), let setting = setting(for: diagnostic.id) else {
                    return diagnostic
                }
                guard let severity = setting else { return nil }
                var changed = diagnostic
                changed.severity = severity
                return changed
            }
        }
        if let reported { result = result.filter { reported.contains($0.range.file) } }
        // Scrubbed and sorted before the baseline: fingerprints (which may rest on a message) and their
        // occurrence numbers must be those `--write-baseline` sees.
        result = DiagnosticOrdering.sortedUnique(Redaction.scrub(result))
        if let baseline { result = baseline.apply(to: result, file: baselinePath) }
        return result
    }
}
