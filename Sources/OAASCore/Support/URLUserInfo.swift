/// Where the `user:password@` part of a URL ends. A password may hold `/`, `?` or `#`
/// (`redis://default:Kx9/mQ2@host`), so the part cannot end at the first of those; it ends at the first
/// `@` after a `:`, as long as the user name before that `:` has none of them.
public enum URLUserInfo {
    /// The index just past the user-info (`user:password@` or `user@`) that starts at `start` (right after
    /// `scheme://`), or `start` when there is none.
    public static func end(in characters: [Character], from start: Int) -> Int {
        var index = start
        var sawColon = false
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace || "\"'`<>,;()|\\".contains(character) { return start }
            if character == "@" { return index + 1 }
            if !sawColon {
                if character == ":" {
                    sawColon = true
                } else if character == "/" || character == "?" || character == "#" {
                    return start
                }
            }
            index += 1
        }
        return start
    }
}
