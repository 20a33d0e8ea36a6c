/// What kind of file the secret scanner is reading, judged by its path and first bytes.
enum SecretFileKind: Equatable {
    /// Binary (a NUL byte in the first 8 KiB): skipped.
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
        /// An unquoted value is a string, and YAML's node syntax applies: tags (`!!str`), anchors
        /// (`&name`), aliases and block scalars (`|`, `>`).
        case yaml
        /// An unquoted value is a string (TOML bare keys aside, INI, properties).
        case plain
        /// An unquoted value is a number, boolean, null, object or array, never a string (JSON).
        case json
        /// An unquoted value is an expression (`var.db_password`), never a literal (Terraform, HCL).
        case expression
    }

    /// Classifies a file.
    /// - Parameter treePath: the file's path relative to the scanned root; documentation is judged on it,
    ///   so the folders above the scanned root (`/home/u/docs/repo`) do not count.
    static func of(_ file: SourceFile, treePath: String) -> SecretFileKind {
        if isBinary(file.bytes) { return .binary }
        if isDocumentation(treePath) { return .documentation }
        let name = fileName(treePath)
        if lockfiles.contains(name) { return .other }
        switch fileExtension(name) {
        case "yaml", "yml": return .configuration(.yaml)
        case "toml", "ini", "cfg", "conf", "properties": return .configuration(.plain)
        case "json", "jsonc", "json5": return .configuration(.json)
        case "tf", "hcl": return .configuration(.expression)
        default: return .other
        }
    }

    /// Whether the file is program source or a script, where an unquoted value holding a call or a
    /// subscript (`os.getenv("X")`, `ENV['X']`) is code, not a literal. In YAML, JSON, `.env`, INI or TOML
    /// the same characters are part of a literal (`password: Zq8(vN2…`).
    static func isCode(_ treePath: String, bytes: [UInt8]) -> Bool {
        let name = fileName(treePath)
        if codeNames.contains(name) || codeExtensions.contains(fileExtension(name)) { return true }
        // A script without an extension announces its interpreter.
        return bytes.count >= 2 && bytes[0] == UInt8(ascii: "#") && bytes[1] == UInt8(ascii: "!")
    }

    /// Extensions of program source and scripts (see `isCode`); HCL's expressions are code too.
    static let codeExtensions: Set<String> = [
        "py", "pyw", "js", "mjs", "cjs", "jsx", "ts", "mts", "cts", "tsx", "vue", "svelte", "go", "rb", "java", "kt", "kts",
        "scala", "groovy", "gradle", "swift", "rs", "php", "cs", "fs", "vb", "c", "h", "cc", "cpp", "hpp", "m", "mm", "sh", "bash",
        "zsh", "ksh", "fish", "ps1", "psm1", "bat", "cmd", "pl", "pm", "lua", "r", "dart", "ex", "exs", "erl", "clj", "hs", "ml",
        "jl", "nim", "zig", "cr", "nix", "tf", "hcl", "tfvars",
    ]

    /// Names of build and container files whose lines are code or shell.
    static let codeNames: Set<String> = [
        "dockerfile", "containerfile", "makefile", "gnumakefile", "jenkinsfile", "vagrantfile", "rakefile", "gemfile", "justfile",
        "brewfile", "podfile", "fastfile", "tiltfile",
    ]

    /// Generated files that pin dependencies: hashes, never configuration.
    static let lockfiles: Set<String> = [
        "package-lock.json", "npm-shrinkwrap.json", "composer.lock", "pipfile.lock", "poetry.lock", "yarn.lock", "pnpm-lock.yaml",
        "cargo.lock", "gemfile.lock", "package.resolved", "go.sum", "flake.lock",
    ]

    /// Extensions that make a file documentation by themselves.
    static let documentationExtensions: Set<String> = ["md", "markdown", "mdx", "rst", "adoc", "asciidoc"]

    /// Stems of conventional documentation files (`README`, `CHANGELOG` …).
    static let documentationStems: Set<String> = ["readme", "changelog", "changes", "history", "contributing", "license", "notice"]

    /// Extensions a conventional documentation file may carry besides the documentation ones
    /// (`LICENSE.txt`, `README.rdoc`); `history.yaml` or `changes.json` are configuration.
    static let documentationStemExtensions: Set<String> = ["", "txt", "text", "rdoc", "org", "textile"]

    /// Documentation, whose values are illustrations: a file with a documentation extension (`.md`,
    /// `.markdown`, `.mdx`, `.rst`, `.adoc`, `.asciidoc`; `.txt` excluded), a file named `README`,
    /// `CHANGELOG`, `CHANGES`, `HISTORY`, `CONTRIBUTING`, `LICENSE` or `NOTICE` with no extension, a
    /// documentation extension or a plain-text one (`LICENSE.txt`), or any file below a folder named
    /// `doc`, `docs` or `documentation` (any case, at any depth of the path given).
    /// - Parameter path: the path relative to the scanned root, so that a root inside a `docs` folder
    ///   is still scanned.
    static func isDocumentation(_ path: String) -> Bool {
        let components = path.split(separator: "/")
        guard let last = components.last else { return false }
        for folder in components.dropLast() where ["doc", "docs", "documentation"].contains(folder.lowercased()) { return true }
        let name = last.lowercased()
        let fileExtension = fileExtension(name)
        if documentationExtensions.contains(fileExtension) { return true }
        let stem = name.split(separator: ".", maxSplits: 1).first.map(String.init) ?? name
        return documentationStems.contains(stem) && documentationStemExtensions.contains(fileExtension)
    }

    /// The last path component, lower-cased.
    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map { $0.lowercased() } ?? ""
    }

    /// The text after the last dot of a lower-cased file name; empty for none or a leading dot alone
    /// (`.env`).
    static func fileExtension(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }

    /// A NUL byte in the first 8 KiB. Bytes that are not UTF-8 do not make a file binary: configuration
    /// written in Latin-1 or Windows-1252 is still configuration, and the scanner reads bytes.
    static func isBinary(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            let head = min(buffer.count, 8192)
            for index in 0..<head where buffer[index] == 0 { return true }
            return false
        }
    }
}
