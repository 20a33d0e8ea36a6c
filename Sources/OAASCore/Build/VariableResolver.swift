/// Substitutes `${VAR}` references with the values `--env-file` provides, for the artifacts `oaas build`
/// writes. A secret never lands in an artifact: a variable whose name says it holds a secret
/// (`Redaction.isSecretName`), that is used under a key that names one (`bot_token: ${SLACK}`), or whose
/// provided value looks like one (a token, a webhook, a URL with a password) stays symbolic whatever the
/// env files say. So do variables no env file provides and that have no default, and flow data paths
/// (`${event.text}`, `${node.output}`), which only the runtime knows.
public enum VariableResolver {
    /// How the platform that reads a field expands references in it (`ExpansionRules`).
    public enum Mode: Sendable {
        /// Shell style, by the tooling that deploys OAAS workspace files: any name, `${VAR:-default}`.
        case shell
        /// An AOF Context or Trigger at load: any name; a `:-` default is not understood and the whole
        /// reference stays literal text.
        case loadTime
        /// An AOF flow at run time: only names of `A-Z` and `_` are looked up in the environment; no
        /// defaults.
        case flowRunTime
    }

    /// A string after substitution.
    public struct Resolved: Sendable, Equatable {
        /// The text, with every substitutable reference replaced.
        public let text: String
        /// The variables left symbolic because nothing provides them, by name, in order of first use.
        public let unresolved: [String]
        /// The secret variables left symbolic on purpose, by name, in order of first use.
        public let secrets: [String]
        /// Whether anything was substituted.
        public let substituted: Bool
    }

    /// Resolves the `${…}` references of one string.
    /// - Parameters:
    ///   - text: the string as written.
    ///   - variables: what the env files provide.
    ///   - key: the key the string is the value of; under a key that names a secret (`bot_token`,
    ///     `password`) every variable stays symbolic.
    ///   - mode: how the field is expanded; references the platform would leave as text are left alone.
    public static func resolve(_ text: String, variables: ProvidedVariables, key: String? = nil, mode: Mode = .shell) -> Resolved {
        guard TemplateString.mayContainTemplates(text) else {
            return Resolved(text: text, unresolved: [], secrets: [], substituted: false)
        }
        let template = TemplateString(text)
        guard !template.references.isEmpty else {
            return Resolved(text: text, unresolved: [], secrets: [], substituted: false)
        }
        let characters = Array(text)
        var output = ""
        var unresolved: [String] = []
        var secrets: [String] = []
        var substituted = false
        var cursor = 0
        for reference in template.references {
            output += String(characters[cursor..<reference.offset])
            let written = String(characters[reference.offset..<(reference.offset + reference.length)])
            cursor = reference.offset + reference.length
            guard !reference.isPath, let name = reference.path.first, expands(name, reference, mode) else {
                output += written
                continue
            }
            let provided = variables.values[name]?.value
            if Redaction.isSecretName(name) || provided.map(looksSecret) == true || key.map(Redaction.isSecretKey) == true {
                if !secrets.contains(name) { secrets.append(name) }
                // The reference stays, without a default that might itself be a credential.
                output += "${\(name)}"
            } else if let value = provided {
                output += value
                substituted = true
            } else if let fallback = reference.defaultValue {
                output += fallback
                substituted = true
            } else {
                if !unresolved.contains(name) { unresolved.append(name) }
                output += written
            }
        }
        output += String(characters[cursor...])
        return Resolved(text: output, unresolved: unresolved, secrets: secrets, substituted: substituted)
    }

    /// Whether the platform replaces a reference at all in this mode.
    static func expands(_ name: String, _ reference: TemplateString.Reference, _ mode: Mode) -> Bool {
        switch mode {
        case .shell: true
        case .loadTime: reference.defaultValue == nil
        case .flowRunTime: reference.defaultValue == nil && EnvironmentName.isFlowExpandable(name)
        }
    }

    /// Whether a value would be masked in a report: a provider token, a webhook URL, a URL with a password.
    static func looksSecret(_ value: String) -> Bool {
        Redaction.maskTokens(Redaction.maskWebhooks(Redaction.maskURLPasswords(value))) != value
    }
}
