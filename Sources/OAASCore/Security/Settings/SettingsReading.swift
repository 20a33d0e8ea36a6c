/// Reads the settings passes share: key words, switches written in many ways, and walks over whole
/// documents for settings whose keys differ from one dialect (or one author) to the next.
enum SettingsReading {
    /// The lowercase words of a key: `allowSelfApproval` and `allow_self_approval` → allow, self, approval.
    static func words(_ key: String) -> [String] { Redaction.splitWords(key) }

    /// Words that, written as a setting's value, turn it off.
    static let offWords: Set<String> = ["none", "disabled", "disable", "off", "false", "no"]

    /// Whether a value turns a setting off: `false`, or a word such as `none` or `disabled`.
    static func isOff(_ value: IRValue) -> Bool {
        if let bool = value.bool { return !bool }
        if case .string(let text) = value.content { return offWords.contains(text.trimmingWhitespace().lowercased()) }
        return false
    }

    /// Whether a value is `true`.
    static func isOn(_ value: IRValue) -> Bool { value.bool == true }

    /// How a scalar is quoted in a message: `"key: value"` as written.
    static func setting(_ entry: IREntry) -> String {
        "\"\(entry.writtenKey): \(entry.value.text ?? "…")\""
    }

    /// Visits every entry of every mapping below a value, depth first in document order, with the
    /// mapping that holds it.
    ///
    /// A plain recursive loop on purpose: Swift 6.3.1's optimiser crashes on closures over entries
    /// nested in `map`/`compactMap`.
    static func forEachEntry(in value: IRValue, _ body: (_ entry: IREntry, _ parent: IRValue) -> Void) {
        switch value.content {
        case .object(let entries):
            for entry in entries {
                body(entry, value)
                forEachEntry(in: entry.value, body)
            }
        case .list(let items):
            for item in items { forEachEntry(in: item, body) }
        default:
            break
        }
    }

    /// The last key of a path, if it ends with one.
    static func lastKey(_ path: DataPath) -> String? {
        if case .key(let key)? = path.components.last { return key }
        return nil
    }

    /// The keys of a path, lowercased, without indices.
    static func keys(_ path: DataPath) -> [String] {
        var keys: [String] = []
        for component in path.components {
            if case .key(let key) = component { keys.append(key.lowercased()) }
        }
        return keys
    }

    /// How a resource is named in messages: `Context "prod"`, or the kind alone when it has no name.
    static func title(_ resource: Resource) -> String {
        guard let name = resource.name?.value, !name.isEmpty else { return resource.kind.name }
        return "\(resource.kind.name) \"\(name)\""
    }

    /// A list of quoted names for a message: `"a"`, `"a" and "b"`, `"a", "b" and "c"`.
    static func quotedList(_ names: [String]) -> String {
        let quoted = names.map { "\"\($0)\"" }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " and " + quoted[quoted.count - 1]
    }
}
