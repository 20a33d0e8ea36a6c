/// Line-independent fingerprints of findings, for baselines and SARIF `partialFingerprints`.
///
/// A fingerprint hashes the rule, the file and what the finding is about — the finding's `contentKey`
/// (a secret's hash), else its data path, else its message — never a line or column, so edits above a
/// finding do not change it. Identical findings in one file (the same secret pasted twice) get an
/// occurrence suffix in file order, so each keeps its own fingerprint.
public enum DiagnosticFingerprint {
    /// The version tag, part of the SARIF key (`oaasFindingHash/v1`); bump it when the recipe changes.
    public static let version = "v1"

    /// The base fingerprint of one finding (32 hex digits), without the occurrence suffix.
    /// - Parameter file: the path to hash instead of the display path (a baseline hashes paths relative to
    ///   its own folder, so that it matches however the scan was started).
    public static func base(of diagnostic: Diagnostic, file: String? = nil) -> String {
        let subject = diagnostic.contentKey ?? diagnostic.path.map { "path:\($0)" } ?? "message:\(diagnostic.message)"
        let recipe = [version, diagnostic.id, file ?? diagnostic.range.file, subject].joined(separator: "\u{0}")
        return String(SHA256.hex(recipe).prefix(32))
    }

    /// The fingerprints of findings, in their order: the base fingerprint, with `:2`, `:3` … appended to
    /// the second and later findings that share one.
    /// - Parameter file: maps a display path to the path to hash (see `base(of:file:)`).
    public static func fingerprints(of diagnostics: [Diagnostic], file: (String) -> String = { $0 }) -> [String] {
        var seen: [String: Int] = [:]
        var result: [String] = []
        result.reserveCapacity(diagnostics.count)
        for diagnostic in diagnostics {
            let base = base(of: diagnostic, file: file(diagnostic.range.file))
            let count = (seen[base] ?? 0) + 1
            seen[base] = count
            result.append(count == 1 ? base : "\(base):\(count)")
        }
        return result
    }
}
