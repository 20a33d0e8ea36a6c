/// Applies the fix-its oaas is certain of to files in memory, for `oaas validate --fix`.
///
/// Edits are made by byte offset, back to front, and every byte outside them is kept: comments, blank
/// lines, indentation, CRLF line endings, other documents of the file. Before an edit is made, its range
/// is checked against the file: it must lie where the diagnostic says, and cover exactly the text the
/// diagnostic is about (the misspelled key, the unquoted word), so a diagnostic from another version of
/// the file is refused instead of corrupting it.
public enum FixItApplication {
    /// The diagnostic IDs whose fix-its `--fix` applies:
    ///
    /// - `schema.unknown-key`: the platforms drop an unknown key, so the setting it holds has no effect
    ///   today; its fix-it is offered only when one field is nearest (or the schema lists the misspelling),
    ///   the value fits that field, and the mapping does not already hold it, so renaming turns the dead
    ///   key into the setting it was evidently meant to be.
    /// - `yaml.ambiguous-boolean`, `yaml.ambiguous-octal`, `yaml.ambiguous-sexagesimal`: quoting is offered
    ///   only where the key or field takes text, which oaas already reads as written, so quoting changes
    ///   nothing for oaas and makes YAML 1.1 readers agree.
    ///
    /// Left out, although they carry did-you-mean fix-its:
    ///
    /// - `schema.unknown-value`: unlike a key, a value is read by the platform, which may accept words that
    ///   oaas's lists lack (a newer mode or provider), and neighbouring words of a set often mean different
    ///   things; the nearest word is a guess about intent, not a spelling correction.
    /// - `envelope.unknown-kind`, `envelope.unknown-api-version`: they decide which schema and dialect
    ///   apply to the whole document, and the nearest known version is a different version
    ///   (`v1alpha3` is not a typo of `v1alpha2`); a person should make that choice.
    public static let certainKinds: Set<String> = quotingKinds.union([DiagnosticKind.unknownKey.id])

    /// The YAML 1.1 hazards, whose fix-it quotes the scalar.
    static let quotingKinds = SchemaDecoder.quotingKinds

    /// Why a diagnostic's fix-its were not applied.
    public enum SkipReason: Hashable, Sendable, CustomStringConvertible {
        /// Its kind is not one whose fix-its are certain (see `certainKinds`).
        case notCertain
        /// An inline comment or a baseline suppresses the finding: accepted findings are never fixed.
        case suppressed
        /// Its edit overlaps an edit applied for the diagnostic given (earlier in output order); it may
        /// still apply on the next run.
        case overlaps(Diagnostic)
        /// The fix-it's range does not cover the text the diagnostic is about in this file.
        case stale(String)

        /// A short phrase for logs and tests.
        public var description: String {
            switch self {
            case .notCertain: "not a certain fix"
            case .suppressed: "suppressed"
            case .overlaps(let other): "overlaps the fix of \(other.id) at \(other.range.start.line):\(other.range.start.column)"
            case .stale(let reason): "stale: \(reason)"
            }
        }
    }

    /// A diagnostic whose fix-its were not applied, and why.
    public struct Skipped: Hashable, Sendable {
        /// The diagnostic.
        public let diagnostic: Diagnostic
        /// Why it was skipped.
        public let reason: SkipReason

        /// Pairs a diagnostic with the reason it was skipped.
        public init(diagnostic: Diagnostic, reason: SkipReason) {
            self.diagnostic = diagnostic
            self.reason = reason
        }
    }

    /// The outcome of fixing one file.
    public struct Result: Sendable {
        /// The file's bytes after the edits (the original bytes when none applied).
        public let bytes: [UInt8]
        /// The diagnostics whose fix-its were applied, in output order.
        public let applied: [Diagnostic]
        /// The diagnostics with fix-its that were not applied, in output order.
        public let skipped: [Skipped]
    }

    /// A file with at least one applied fix, ready to be written.
    public struct FileFix: Sendable {
        /// The file's display path, as in its diagnostics.
        public let path: String
        /// The bytes the fixes were applied to: a writer can check the file has not changed since.
        public let original: [UInt8]
        /// The new contents.
        public let bytes: [UInt8]
        /// The diagnostics whose fix-its were applied, in output order.
        public let applied: [Diagnostic]
        /// The diagnostics with fix-its that were not applied, in output order.
        public let skipped: [Skipped]
    }

    /// Applies the certain fix-its among `diagnostics` to `file`.
    /// - Parameters:
    ///   - diagnostics: findings of any files; only those located in `file` are considered.
    ///   - file: the file as the diagnostics were computed from it.
    /// - Returns: the new bytes, the applied diagnostics, and the skipped ones with reasons.
    public static func apply(_ diagnostics: [Diagnostic], to file: SourceFile) -> Result {
        let candidates = diagnostics.filter { $0.range.file == file.path && !$0.fixIts.isEmpty }.sorted(by: Diagnostic.outputOrder)
        var applied: [Diagnostic] = []
        var skipped: [Skipped] = []
        var accepted: [(edit: Edit, owner: Diagnostic)] = []
        for diagnostic in candidates {
            guard certainKinds.contains(diagnostic.id) else {
                skipped.append(Skipped(diagnostic: diagnostic, reason: .notCertain))
                continue
            }
            guard diagnostic.suppression == nil else {
                skipped.append(Skipped(diagnostic: diagnostic, reason: .suppressed))
                continue
            }
            let edits: [Edit]
            switch verifiedEdits(of: diagnostic, in: file) {
            case .success(let verified): edits = verified
            case .failure(let refusal):
                skipped.append(Skipped(diagnostic: diagnostic, reason: .stale(refusal.reason)))
                continue
            }
            // The same edit made for another diagnostic already resolves this one.
            let duplicates = edits.allSatisfy { edit in accepted.contains { $0.edit == edit } }
            if !duplicates, let clash = accepted.first(where: { entry in edits.contains { $0.conflicts(with: entry.edit) } }) {
                skipped.append(Skipped(diagnostic: diagnostic, reason: .overlaps(clash.owner)))
                continue
            }
            if !duplicates { accepted += edits.map { ($0, diagnostic) } }
            applied.append(diagnostic)
        }
        var bytes = file.bytes
        for edit in accepted.map(\.edit).sorted(by: { $0.start > $1.start }) {
            bytes.replaceSubrange(edit.start..<edit.end, with: edit.replacement)
        }
        return Result(bytes: bytes, applied: applied, skipped: skipped)
    }

    /// Applies the certain fix-its of `diagnostics` to each of `files`.
    /// - Returns: one entry per file that at least one fix changed, sorted by path.
    public static func applyAll(_ diagnostics: [Diagnostic], files: [SourceFile]) -> [FileFix] {
        var byFile: [String: [Diagnostic]] = [:]
        for diagnostic in diagnostics where !diagnostic.fixIts.isEmpty {
            byFile[diagnostic.range.file, default: []].append(diagnostic)
        }
        var seen: Set<String> = []
        var fixes: [FileFix] = []
        for file in files.sorted(by: { $0.path < $1.path }) where seen.insert(file.path).inserted {
            guard let own = byFile[file.path] else { continue }
            let result = apply(own, to: file)
            guard !result.applied.isEmpty else { continue }
            fixes.append(FileFix(
                path: file.path, original: file.bytes, bytes: result.bytes, applied: result.applied, skipped: result.skipped))
        }
        return fixes
    }
}

extension FixItApplication {
    /// One replacement of a byte range.
    struct Edit: Equatable {
        let start: Int
        let end: Int
        let replacement: [UInt8]

        /// Whether two edits touch the same bytes, or insert at the same place (their order would be
        /// arbitrary).
        func conflicts(with other: Edit) -> Bool {
            (start < other.end && other.start < end) || start == other.start
        }
    }

    struct Refusal: Error {
        let reason: String
    }

    /// The diagnostic's edits, after checking each against the file; a refusal says what did not match.
    static func verifiedEdits(of diagnostic: Diagnostic, in file: SourceFile) -> Swift.Result<[Edit], Refusal> {
        var edits: [Edit] = []
        for fixIt in diagnostic.fixIts {
            let range = fixIt.range
            guard range.file == file.path else { return .failure(Refusal(reason: "the fix-it is in another file")) }
            guard range == diagnostic.range else {
                return .failure(Refusal(reason: "the fix-it does not cover the diagnostic's text"))
            }
            guard range.start.offset >= 0, range.start.offset <= range.end.offset, range.end.offset <= file.bytes.count,
                  file.position(ofOffset: range.start.offset) == range.start,
                  file.position(ofOffset: range.end.offset) == range.end else {
                return .failure(Refusal(reason: "the range is not at its line and column in this file"))
            }
            let text = file.bytes[range.start.offset..<range.end.offset]
            if let problem = checkSubject(Array(text), replacement: fixIt.replacement, of: diagnostic) {
                return .failure(Refusal(reason: problem))
            }
            let edit = Edit(start: range.start.offset, end: range.end.offset, replacement: Array(fixIt.replacement.utf8))
            if edits.contains(where: { $0.conflicts(with: edit) }) {
                return .failure(Refusal(reason: "the fix-its overlap one another"))
            }
            edits.append(edit)
        }
        return .success(edits)
    }

    /// Checks that `text` (the bytes a fix-it replaces) is what the diagnostic is about and that the
    /// replacement cannot change the YAML's structure; returns what is wrong, or nil.
    static func checkSubject(_ text: [UInt8], replacement: String, of diagnostic: Diagnostic) -> String? {
        switch diagnostic.id {
        case DiagnosticKind.unknownKey.id:
            guard case .key(let key)? = diagnostic.path?.components.last else { return "the diagnostic names no key" }
            guard spells(text, key) else { return "the range does not hold the key \"\(key)\"" }
            guard isPlainKey(replacement) else { return "the new key \"\(replacement)\" would need quoting" }
            return nil
        case let id where quotingKinds.contains(id):
            let word = String(decoding: text, as: UTF8.self)
            guard !text.isEmpty, text.allSatisfy(isHazardByte), ScalarResolver.hazard(of: word) != nil else {
                return "the range does not hold an unquoted YAML 1.1 hazard"
            }
            guard replacement == "\"\(word)\"" else { return "the fix-it does not quote the text" }
            return nil
        default:
            return "no check is known for \(diagnostic.id)"
        }
    }

    /// Whether the bytes spell `key` as a plain scalar, or quoted without escapes.
    static func spells(_ text: [UInt8], _ key: String) -> Bool {
        let word = Array(key.utf8)
        if text == word { return true }
        for quote in [UInt8(ascii: "\""), UInt8(ascii: "'")] where !word.contains(quote) && !word.contains(UInt8(ascii: "\\")) {
            if text == [quote] + word + [quote] { return true }
        }
        return false
    }

    /// A key that reads as the same text in every YAML version when written plain: a word of ASCII
    /// letters, digits, `_`, `-` and `.`, starting with a letter or `_`, and not a YAML 1.1 special word.
    static func isPlainKey(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first, first.isASCIILetter || first == "_" else { return false }
        let allowed = key.unicodeScalars.allSatisfy { $0.isASCIILetter || ("0"..."9").contains($0) || "_-.".unicodeScalars.contains($0) }
        return allowed && ScalarResolver.resolvePlain(key) == .string && ScalarResolver.hazard(of: key) == nil
    }

    /// The bytes a YAML 1.1 hazard is written with (`on`, `010`, `-1:30`).
    static func isHazardByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: ":"), UInt8(ascii: "+"), UInt8(ascii: "-"):
            true
        default:
            false
        }
    }
}

extension Unicode.Scalar {
    fileprivate var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
