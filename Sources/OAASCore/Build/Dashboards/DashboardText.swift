/// Text from the workspace as it may appear on a dashboard: `${VAR}` references resolved from
/// `--env-file` (secrets stay symbolic), and whatever looks like a credential masked, so that no
/// dashboard ever shows one.
struct DashboardText {
    /// The variables `--env-file` provides.
    let variables: ProvidedVariables

    /// The text with variables resolved and secrets masked.
    func clean(_ text: String) -> String {
        Self.redacted(VariableResolver.resolve(text, variables: variables).text)
    }

    /// The text with secrets masked: URL passwords, webhook paths, well-known token prefixes, and the
    /// defaults of secret variables.
    static func redacted(_ text: String) -> String {
        Redaction.redact(text)
    }

    /// A Grafana uid made from a title: lowercase ASCII letters and digits, runs of anything else as one
    /// `-`, at most 40 characters; nil when nothing is left.
    static func slug(_ title: String) -> String? {
        var slug = ""
        for scalar in title.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        slug = String(slug.prefix(GrafanaUID.maximumLength))
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? nil : slug
    }
}

/// Grafana's rule for dashboard uids (`util.IsValidShortUID`, `util.IsShortUIDTooLong`): letters, digits,
/// `-` and `_`, at most 40 characters.
enum GrafanaUID {
    /// The longest uid Grafana accepts.
    static let maximumLength = 40

    /// Whether Grafana accepts the uid.
    static func isValid(_ uid: String) -> Bool {
        guard !uid.isEmpty, uid.count <= maximumLength else { return false }
        return uid.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || scalar == "-" || scalar == "_"
        }
    }

    /// The uid in a dashboard URL: the path segment after `/d/` (`https://grafana.example/d/ops/slug` →
    /// `ops`); nil when the URL has no such segment or is only known at run time.
    static func fromURL(_ url: String) -> String? {
        guard !url.contains("${") else { return nil }
        let segments = url.split(separator: "/", omittingEmptySubsequences: false)
        // `https:`, ``, host, path…: the `d` route comes after the host (or first, in a path alone).
        let pathStart = url.contains("://") ? 3 : 0
        guard segments.count > pathStart, let route = segments[pathStart...].firstIndex(of: "d"),
              route + 1 < segments.count else { return nil }
        let uid = segments[route + 1].prefix { $0 != "?" && $0 != "#" }
        return uid.isEmpty ? nil : String(uid)
    }
}
