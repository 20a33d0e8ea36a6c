/// The environment variables a workspace needs: every `${VAR}` / `${VAR:-default}` written in its files
/// and every variable a DaemonConfig names in a `*_env` key, with each place it is used.
///
/// `oaas vars` prints the list; with `--env-file`, `MissingVariablePass` reports the required ones that
/// are not provided.
public enum RequiredVariables {
    /// One place a variable is used.
    public struct Use: Sendable {
        /// Where the `${…}` (or the variable's name) is written.
        public let range: SourceRange
        /// Where the value holding it is in its document.
        public let path: DataPath
        /// The default after `:-`, if any.
        public let defaultValue: String?
        /// Whether the platform expands the reference here; false in fields it uses as written, and in
        /// AOF fields that do not understand the name or the default syntax.
        public let expanded: Bool
        /// Why the reference is not expanded here, when it is not.
        public let notExpandedReason: String?
        /// The key of the field that holds the use (`bot_token`, an `env` entry's name).
        public let key: String?
        /// True when the use is a `*_env` key naming the variable rather than a `${…}` reference.
        public let isNamed: Bool

        /// Whether this use needs the variable to be set: expanded and without a default.
        public var requiresValue: Bool { expanded && defaultValue == nil }
    }

    /// One variable and its uses.
    public struct Variable: Sendable {
        /// The name.
        public let name: String
        /// Every use, in file and position order.
        public let uses: [Use]

        /// Whether some use needs a value (expanded, no default).
        public var isRequired: Bool { uses.contains(where: \.requiresValue) }
        /// The defaults written at its uses, in order, without repeats.
        public var defaults: [String] {
            var seen: Set<String> = []
            return uses.compactMap(\.defaultValue).filter { seen.insert($0).inserted }
        }
        /// Whether no use is expanded: the variable is written only where nothing reads it.
        public var isNeverExpanded: Bool { !uses.contains(where: \.expanded) }
        /// Whether its value should be treated as a secret: its name or the key it is used under says so
        /// (`Redaction.isSecretName`: tokens, passwords, `*_KEY`, connection strings …).
        public var isSecret: Bool {
            Redaction.isSecretName(name) || uses.contains { $0.key.map(Redaction.isSecretName) ?? false }
        }
    }

    /// Names every process already has (the shell and the OS set them); they are never required.
    static let processVariables: Set<String> = [
        "HOME", "PATH", "USER", "LOGNAME", "PWD", "OLDPWD", "SHELL", "HOSTNAME", "TMPDIR", "LANG", "TERM", "IFS",
        "RANDOM", "LINENO", "SECONDS", "UID", "EUID", "PPID", "BASH_SOURCE", "BASHPID", "FUNCNAME",
    ]

    /// Every variable of a set of files, sorted by name: the files are parsed and decoded (in parallel,
    /// as `Compiler.compile` does) but no semantic pass runs, since only the variables are wanted.
    public static func collect(_ files: [SourceFile]) -> [Variable] {
        let (project, _, sources) = Compiler.decode(files)
        let context = SemanticContext(project: project, symbols: SymbolTable(project), options: CompileOptions(), sources: sources)
        return collect(context)
    }

    /// Every variable of the workspace, sorted by name.
    public static func collect(_ context: SemanticContext) -> [Variable] {
        var uses: [String: [Use]] = [:]
        let flows = context.flowFactsByResource
        for (resource, sites) in context.templateSites {
            let facts = flows[FlowFacts.key(of: resource)]
            for site in sites {
                for reference in site.template.references where !reference.isPath {
                    guard let use = use(of: reference, at: site, facts: facts, in: resource, context: context) else { continue }
                    uses[reference.path[0], default: []].append(use)
                }
            }
        }
        for (name, use) in namedUses(context.project) {
            uses[name, default: []].append(use)
        }
        var variables: [Variable] = []
        for name in uses.keys.sorted() {
            let sorted = uses[name]!.sorted { ($0.range.file, $0.range.start) < ($1.range.file, $1.range.start) }
            variables.append(Variable(name: name, uses: sorted))
        }
        return variables
    }

    /// The use a plain `${NAME}` makes at a site, or nil when it is not an environment variable (a flow
    /// variable, the trigger payload, a variable the shell command sets itself, a process variable).
    private static func use(
        of reference: TemplateString.Reference, at site: TemplateSite, facts: FlowFacts?, in resource: Resource,
        context: SemanticContext
    ) -> Use? {
        let name = reference.path[0]
        if processVariables.contains(name) { return nil }
        var expanded = site.expansion.expands
        var reason: String?
        switch site.expansion {
        case .flowRunTime(let shell):
            if name == "event" || name == "trigger" || facts?.exports[name] != nil { return nil }
            if shell {
                if ShellScript.assigns(name, in: site.text) || scriptEnvironment(of: site, in: resource).contains(name) { return nil }
            } else if reference.defaultValue != nil {
                expanded = false
                reason = "the AOF runtime does not understand \":-\" defaults"
            } else if !EnvironmentName.isFlowExpandable(name) {
                expanded = false
                reason = "the flow runtime expands only names made of A-Z and _"
            }
            if flowContextNames(resource).contains(name) { return nil }
        case .loadTime:
            if reference.defaultValue != nil {
                expanded = false
                reason = "the AOF runtime does not understand \":-\" defaults"
            }
        case .verbatim(let why):
            reason = why
        case .ignored:
            return nil
        case .external:
            break
        }
        return Use(
            range: context.range(ofCharacters: reference.offset, length: reference.length, in: site.value),
            path: site.value.path, defaultValue: reference.defaultValue, expanded: expanded, notExpandedReason: reason,
            key: site.key, isNamed: false)
    }

    /// Keys of a Script node's `env`: the command sees them as environment variables.
    private static func scriptEnvironment(of site: TemplateSite, in resource: Resource) -> [String] {
        let path = PathKeys(site.value.path)
        guard let index = path.indices.first else { return [] }
        let nodes = resource.document["spec"]?["nodes"]?.items ?? []
        guard index < nodes.count else { return [] }
        var names: [String] = []
        for entry in nodes[index]["config"]?["scriptConfig"]?["env"]?.entries ?? [] { names.append(entry.key) }
        return names
    }

    /// Variables a flow's `context` sets for its nodes.
    private static func flowContextNames(_ resource: Resource) -> Set<String> {
        guard case .agentFlow(let flow) = resource.model, let flowContext = flow.context else { return [] }
        var names = Set(flowContext.env.map(\.key.value))
        if flowContext.kubeconfig != nil { names.insert("KUBECONFIG") }
        if flowContext.namespace != nil { names.insert("K8S_NAMESPACE") }
        if flowContext.cluster != nil { names.insert("K8S_CLUSTER") }
        return names
    }

    /// DaemonConfig `*_env` keys: each names a variable the daemon reads when the direct key is absent.
    private static func namedUses(_ project: Project) -> [(String, Use)] {
        var result: [(String, Use)] = []
        for resource in project.resources {
            guard case .daemonConfig = resource.model, let platforms = resource.document["spec"]?["platforms"] else { continue }
            for platform in platforms.entries {
                if platform.value["enabled"]?.bool == false { continue }
                for entry in platform.value.entries where entry.key.hasSuffix("_env") {
                    let direct = String(entry.key.dropLast(4))
                    guard platform.value[direct] == nil, let name = entry.value.text, !name.isEmpty else { continue }
                    result.append((name, Use(
                        range: entry.value.range, path: entry.value.path, defaultValue: nil, expanded: true,
                        notExpandedReason: nil, key: direct, isNamed: true)))
                }
            }
        }
        return result
    }
}

/// Environment variable names as the AOF flow runtime sees them.
enum EnvironmentName {
    /// Whether the flow executor looks the name up in the environment: only `A-Z` and `_`.
    static func isFlowExpandable(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { ($0.value >= 65 && $0.value <= 90) || $0 == "_" }
    }
}

/// A little knowledge of shell scripts, to tell a command's own variables from the environment's.
enum ShellScript {
    /// The note added when a reference the runtime leaves is parsed by `sh`: outside single quotes, a
    /// dotted `${a.b}` makes the shell stop with "bad substitution".
    static func badSubstitutionNote(at offset: Int, in script: String) -> String {
        isInsideSingleQuotes(offset, in: script) ? "" : "; in a shell command, sh then stops with \"bad substitution\""
    }

    /// Whether a character offset of a script is inside single quotes (which the shell does not expand).
    static func isInsideSingleQuotes(_ offset: Int, in script: String) -> Bool {
        quotes(at: offset, in: script) == "'"
    }

    /// The quote (`'` or `"`) open at a character offset of a script, if any.
    static func quotes(at offset: Int, in script: String) -> Character? {
        var open: Character?
        var escaped = false
        for (index, character) in script.enumerated() {
            if index >= offset { break }
            if escaped { escaped = false; continue }
            if character == "\\", open != "'" { escaped = true; continue }
            if character == "'" || character == "\"" {
                if open == nil { open = character } else if open == character { open = nil }
            }
        }
        return open
    }

    /// Whether the script sets `name` itself: `name=…`, `export name=…`, `local name=…`, `read … name`, or
    /// `for name in`.
    static func assigns(_ name: String, in script: String) -> Bool {
        for line in script.split(whereSeparator: { $0 == "\n" || $0 == ";" }) {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "|" || $0 == "&" || $0 == "(" })
            for (index, word) in words.enumerated() {
                if word.hasPrefix(name + "=") { return true }
                if word == name, index > 0 {
                    let previous = words[index - 1]
                    if previous == "for" || previous == "local" || previous == "export" || words[..<index].contains("read") {
                        return true
                    }
                }
            }
        }
        return false
    }
}
