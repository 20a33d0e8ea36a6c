/// The destructive commands `security.unguarded-destructive-command` looks for, how to spot them in a
/// command line, which tools can run them, and whether an approval pattern or a command rule covers them.
///
/// Approval patterns (`require_for`) and command rules (`blocked_commands`, `allowed_commands`) are matched
/// against a few realistic spellings of each command; a command counts as covered when any spelling is
/// matched, so an author's pattern is never second-guessed over argument order.
struct DestructiveCommand: Sendable, Hashable {
    /// How the command is named in messages, such as `kubectl delete`.
    let name: String
    /// The tool that runs it (`kubectl`, `helm`, `terraform`, `shell` for `rm`, `sql` for `DROP`).
    let tool: String
    /// Realistic spellings, for matching approval patterns and command rules.
    let samples: [String]

    /// Every command looked for.
    static let all: [DestructiveCommand] = [
        DestructiveCommand(name: "kubectl delete", tool: "kubectl", samples: ["kubectl delete deployment web", "kubectl delete pod web-0"]),
        DestructiveCommand(
            name: "kubectl scale --replicas=0", tool: "kubectl",
            samples: ["kubectl scale deployment web --replicas=0", "kubectl scale --replicas=0 deployment/web"]),
        DestructiveCommand(name: "kubectl drain", tool: "kubectl", samples: ["kubectl drain node-1", "kubectl drain node-1 --ignore-daemonsets"]),
        DestructiveCommand(name: "helm uninstall", tool: "helm", samples: ["helm uninstall web", "helm uninstall web --namespace production"]),
        DestructiveCommand(name: "terraform destroy", tool: "terraform", samples: ["terraform destroy", "terraform destroy -auto-approve"]),
        DestructiveCommand(name: "rm -rf", tool: "shell", samples: ["rm -rf /var/lib/app", "rm -rf ./build"]),
        DestructiveCommand(
            name: "DROP TABLE/DATABASE", tool: "sql",
            samples: ["DROP TABLE orders", "DROP DATABASE production", "psql -c \"DROP TABLE orders\""]),
    ]

    /// The Kubernetes commands, which anything with access to a cluster can run.
    static let kubernetes = all.filter { $0.tool == "kubectl" || $0.tool == "helm" }

    /// The destructive commands a command line runs.
    static func found(in command: String) -> [DestructiveCommand] {
        var result: [DestructiveCommand] = []
        for segment in segments(of: command) {
            let words = segment.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { word in word.filter { $0 != "\"" && $0 != "'" } }
            let lowered = words.map { $0.lowercased() }
            for candidate in all where !result.contains(candidate) && candidate.matches(words: lowered) {
                result.append(candidate)
            }
        }
        return result
    }

    /// Whether the words of one simple command run this command.
    private func matches(words: [String]) -> Bool {
        func after(_ program: String) -> ArraySlice<String>? {
            guard let index = words.firstIndex(of: program) else { return nil }
            return words[(index + 1)...]
        }
        switch name {
        case "kubectl delete": return after("kubectl")?.contains("delete") ?? false
        case "kubectl drain": return after("kubectl")?.contains("drain") ?? false
        case "kubectl scale --replicas=0":
            guard let rest = after("kubectl"), rest.contains("scale") else { return false }
            let flags = Array(rest)
            for (index, word) in flags.enumerated() {
                if word == "--replicas=0" { return true }
                if word == "--replicas", index + 1 < flags.count, flags[index + 1] == "0" { return true }
            }
            return false
        case "helm uninstall":
            guard let rest = after("helm") else { return false }
            return rest.contains("uninstall") || rest.contains("delete") || rest.contains("del")
        case "terraform destroy":
            guard let rest = after("terraform") else { return false }
            return rest.contains("destroy") || (rest.contains("apply") && rest.contains("-destroy"))
        case "rm -rf":
            guard let rest = after("rm") else { return false }
            var recursive = false
            var force = false
            for word in rest {
                guard word.hasPrefix("-") else { break }
                if word == "--recursive" { recursive = true } else if word == "--force" { force = true } else if !word.hasPrefix("--") {
                    recursive = recursive || word.contains("r")
                    force = force || word.contains("f")
                }
            }
            return recursive && force
        default:
            // SQL: `DROP TABLE`, `DROP DATABASE` or `DROP SCHEMA`, anywhere (inside `psql -c "…"` too).
            for (index, word) in words.enumerated() where word == "drop" && index + 1 < words.count {
                if ["table", "database", "schema"].contains(words[index + 1]) { return true }
            }
            return false
        }
    }

    /// The simple commands of a command line: split at newlines, `;`, `&&`, `||` and `|`.
    private static func segments(of command: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in command {
            if character == "\n" || character == ";" || character == "&" || character == "|" {
                result.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        result.append(current)
        return result
    }

    /// Whether an approval pattern (`require_for`) matches one of this command's spellings.
    func isMatched(by pattern: ApprovalPattern) -> Bool {
        samples.contains { pattern.matches($0) }
    }

    /// Whether a `blocked_commands` entry blocks this command: the entry is part of a spelling.
    func isBlocked(by entry: String) -> Bool {
        let needle = entry.trimmingWhitespace().lowercased()
        guard !needle.isEmpty else { return false }
        return samples.contains { $0.lowercased().contains(needle) }
    }

    /// Whether an allow-list entry lets this command run: the entry starts a spelling, with or without
    /// the tool's name (`kubectl`, `delete`, `kubectl delete`), or is `*`.
    func isAllowed(by entry: String) -> Bool {
        let prefix = entry.trimmingWhitespace().lowercased()
        if prefix == "*" { return true }
        guard !prefix.isEmpty else { return false }
        for sample in samples.map({ $0.lowercased() }) {
            if sample == prefix || sample.hasPrefix(prefix + " ") { return true }
            let program = sample.prefix { $0 != " " }
            let rest = sample.dropFirst(program.count).trimmingWhitespace()
            if rest == prefix || rest.hasPrefix(prefix + " ") { return true }
        }
        return false
    }
}

/// What one tool lets an agent run, as far as its configuration says.
struct ToolReach {
    /// The tool's name as written, for messages.
    let name: String
    /// The destructive commands it can run.
    let commands: [DestructiveCommand]
    /// Where the tool is written.
    let range: SourceRange

    /// The reach of a tool entry of an agent (`tools[]`): a name, a typed tool, or a named tool. Built-in
    /// names follow the AOF runtime (`kubectl`, `helm`, `terraform`, `shell`/`bash`/`sh` and the legacy
    /// `kubectl_delete`, `terraform_destroy`); a typed Shell tool runs what its `allowed_commands` allow, and
    /// anything when it lists none. MCP and HTTP tools say nothing about commands and are not counted.
    static func of(_ tool: IRValue) -> ToolReach? {
        if let name = tool.text {
            return named(name, range: tool.range)
        }
        if tool["type"]?.text == "Shell" {
            var allowed: [String] = []
            for item in tool["config"]?["allowed_commands"]?.items ?? [] {
                if let text = item.text { allowed.append(text) }
            }
            let commands = allowed.isEmpty
                ? DestructiveCommand.all
                : DestructiveCommand.all.filter { command in allowed.contains { command.isAllowed(by: $0) } }
            return commands.isEmpty ? nil : ToolReach(name: "Shell", commands: commands, range: tool.range)
        }
        if let name = tool["name"]?.text, tool["source"]?.text != "mcp", tool["enabled"]?.bool != false {
            return named(name, range: tool.range)
        }
        return nil
    }

    private static func named(_ name: String, range: SourceRange) -> ToolReach? {
        let commands: [DestructiveCommand]
        switch name.lowercased() {
        case "shell", "bash", "sh": commands = DestructiveCommand.all
        case "kubectl": commands = DestructiveCommand.all.filter { $0.tool == "kubectl" }
        case "kubectl_delete": commands = DestructiveCommand.all.filter { $0.name == "kubectl delete" }
        case "helm": commands = DestructiveCommand.all.filter { $0.tool == "helm" }
        case "terraform", "terraform_destroy": commands = DestructiveCommand.all.filter { $0.tool == "terraform" }
        default: return nil
        }
        return ToolReach(name: name, commands: commands, range: range)
    }
}
