/// What kind of file the secret scanner is reading, judged by its path and first bytes.
enum SecretFileKind: Equatable {
    /// Binary or not UTF-8: skipped.
    case binary
    /// Documentation: skipped (see `isDocumentation`).
    case documentation
    /// Structured configuration (YAML, JSON, TOML, INI, properties, Terraform/HCL): every rule, including
    /// `secret.literal-in-secret-field`.
    case configuration(ConfigurationSyntax)
    /// Everything else (`.env*`, `.tfvars`, scripts, source, text): the value rules only. A literal in a
    /// `.env` file or a script is how values are supplied, not a configuration that should reference one.
    case other

    /// How unquoted values are read in a configuration format.
    enum ConfigurationSyntax: Equatable {
        /// An unquoted value is a string (YAML, TOML bare keys aside, INI, properties).
        case plain
        /// An unquoted value is a number, boolean, null, object or array, never a string (JSON).
        case json
        /// An unquoted value is an expression (`var.db_password`), never a literal (Terraform, HCL).
        case expression
    }

    /// Classifies a file.
    static func of(_ file: SourceFile) -> SecretFileKind {
        if isBinary(file.bytes) { return .binary }
        if isDocumentation(file.path) { return .documentation }
        let name = file.path.split(separator: "/").last.map(String.init)?.lowercased() ?? ""
        if lockfiles.contains(name) { return .other }
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return .other }
        switch name[name.index(after: dot)...] {
        case "yaml", "yml", "toml", "ini", "cfg", "conf", "properties": return .configuration(.plain)
        case "json", "jsonc", "json5": return .configuration(.json)
        case "tf", "hcl": return .configuration(.expression)
        default: return .other
        }
    }

    /// Generated files that pin dependencies: hashes, never configuration.
    static let lockfiles: Set<String> = [
        "package-lock.json", "npm-shrinkwrap.json", "composer.lock", "pipfile.lock", "poetry.lock", "yarn.lock", "pnpm-lock.yaml",
        "cargo.lock", "gemfile.lock", "package.resolved", "go.sum", "flake.lock",
    ]

    /// Documentation, whose values are illustrations: a file with a documentation extension (`.md`,
    /// `.markdown`, `.mdx`, `.rst`, `.adoc`, `.asciidoc`, `.txt` excluded), a file named `README`,
    /// `CHANGELOG`, `CHANGES`, `HISTORY`, `CONTRIBUTING`, `LICENSE` or `NOTICE` (any extension), or any file
    /// below a folder named `doc`, `docs` or `documentation` (any case, at any depth of the scanned path).
    static func isDocumentation(_ path: String) -> Bool {
        let components = path.split(separator: "/")
        guard let name = components.last?.lowercased() else { return false }
        for folder in components.dropLast() where ["doc", "docs", "documentation"].contains(folder.lowercased()) { return true }
        let stem = name.split(separator: ".", maxSplits: 1).first.map(String.init) ?? name
        if ["readme", "changelog", "changes", "history", "contributing", "license", "notice"].contains(stem) { return true }
        guard let dot = name.lastIndex(of: ".") else { return false }
        return ["md", "markdown", "mdx", "rst", "adoc", "asciidoc"].contains(String(name[name.index(after: dot)...]))
    }

    /// A NUL byte in the first 8 KiB, or bytes that are not valid UTF-8.
    static func isBinary(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            let head = min(buffer.count, 8192)
            for index in 0..<head where buffer[index] == 0 { return true }
            return !isValidUTF8(buffer)
        }
    }

    /// Validates UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF), ASCII fast.
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var lowest: UInt8 = 0x80, highest: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lowest = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; highest = 0x9F
            case 0xF0: length = 4; lowest = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; highest = 0x8F
            default: return false
            }
            guard index + length <= count else { return false }
            let second = bytes[index + 1]
            guard second >= lowest, second <= highest else { return false }
            for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }
}
