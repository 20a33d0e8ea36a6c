/// Where the `user:password@` part of a URL ends. A password may hold `/`, `?` or `#`
/// (`redis://default:Kx9/mQ2@host`), so the part cannot end at the first of those; it ends at the first
/// `@` after a `:`, as long as the user name before that `:` has none of them and what follows the `:`
/// is not a port (digits, then `/`).
public enum URLUserInfo {
    /// The index just past the user-info (`user:password@` or `user@`) that starts at `start` (right after
    /// `scheme://`), or `start` when there is none.
    public static func end(in characters: [Character], from start: Int) -> Int {
        var index = start
        var colon: Int?
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace || "\"'`<>,;()|\\".contains(character) { return start }
            if character == "@" { return index + 1 }
            if character == "/" || character == "?" || character == "#" {
                // Before a `:` these end the host; after one, only digits in between make it a port
                // (`host:8443/path@v2`), anything else is a password that holds them.
                guard let colon else { return start }
                if index > colon + 1, characters[(colon + 1)..<index].allSatisfy({ $0.isASCII && $0.isNumber }) { return start }
            } else if character == ":", colon == nil {
                colon = index
            }
            index += 1
        }
        return start
    }
}
