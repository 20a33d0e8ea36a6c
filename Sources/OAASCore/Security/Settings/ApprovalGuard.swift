/// An AOF approval section (a Context's `approval`, or a flow's seed-000 `approval`) read the way the
/// runtime reads it: nothing needs approval unless `required` is `true`; then every command does when
/// `require_for` is empty, else only commands matching one of its patterns.
struct ApprovalGuard {
    /// The typed section, when present.
    let approval: AOFContext.Approval?
    /// The decoded section, when present, for keys the runtime ignores (`enabled`).
    let value: IRValue?
    /// Where the section's `approval` key is written.
    let keyRange: SourceRange?
    /// The `require_for` patterns, each compiled once.
    let patterns: [ApprovalPattern]

    /// Reads the `approval` section of a spec.
    init(approval: AOFContext.Approval?, spec: IRValue?) {
        self.approval = approval
        var value: IRValue?
        var keyRange: SourceRange?
        for entry in spec?.entries ?? [] where entry.key == "approval" {
            value = entry.value
            keyRange = entry.keyRange
        }
        self.value = value
        self.keyRange = keyRange
        var patterns: [ApprovalPattern] = []
        for pattern in approval?.requireFor ?? [] { patterns.append(ApprovalPattern(pattern.value)) }
        self.patterns = patterns
    }

    /// Whether approval is switched on.
    var isRequired: Bool { approval?.required?.value == true }

    /// Whether a destructive command needs approval; `line` is the command line when one is known.
    func covers(_ command: DestructiveCommand, line: String? = nil) -> Bool {
        guard let approval, isRequired else { return false }
        if approval.requireFor.isEmpty { return true }
        for pattern in patterns {
            if command.isMatched(by: pattern) { return true }
            if let line, pattern.matches(line) { return true }
        }
        return false
    }

    /// The note that says why the section does not cover the commands reported, if it exists.
    func note(for commands: String) -> DiagnosticNote? {
        guard let approval, let value else { return nil }
        if !isRequired {
            for entry in value.entries where entry.key == "enabled" || entry.key == "enable" {
                return DiagnosticNote(
                    "\"\(entry.writtenKey)\" is not read by the runtime; approval is on only with \"required: true\"",
                    at: entry.keyRange)
            }
            if let required = approval.required {
                return DiagnosticNote("approval is switched off here", at: required.range)
            }
            return DiagnosticNote("this approval section has no \"required: true\", so it asks for nothing", at: keyRange ?? value.range)
        }
        let patterns = value["require_for"]
        return DiagnosticNote("no \"require_for\" pattern matches \(commands)", at: patterns?.range ?? value.range)
    }
}

/// A `require_for` pattern: a regular expression, or plain text when it does not compile (the runtime
/// falls back the same way). Compiled once per approval section, not once per command checked.
struct ApprovalPattern {
    /// The pattern as written.
    let text: String
    /// The compiled expression, when the pattern is one.
    let regex: Regex<AnyRegexOutput>?

    init(_ text: String) {
        self.text = text
        self.regex = try? Regex(text)
    }

    /// Whether the pattern matches a command line.
    func matches(_ command: String) -> Bool {
        if let regex { return (try? regex.firstMatch(in: command)) != nil }
        return command.contains(text)
    }
}
