/// Turns a decoded document into the configuration a ConfigMap carries: keys as written, values with the
/// `--env-file` variables substituted (`VariableResolver`), and never a secret.
///
/// A ConfigMap is readable by anyone who may read the namespace's configuration, so a credential must
/// stay a `${VAR}` reference that the pod's environment fills from a Secret. A secret field that holds a
/// literal (`bot_token: xoxb-…`, even a placeholder) and any value carrying a credential (a provider
/// token, a Slack webhook, a URL with a password) is `kubernetes.inline-secret`, an error: the build
/// writes nothing rather than publish it or silently leave it out.
///
/// Plain `for` loops throughout: closures in `map` that capture `IRValue`s miscompile in release builds
/// of Swift 6.3.1.
enum KubernetesConfigRendering {
    /// A rendered document and what the pod must provide for it.
    struct Rendered: Sendable {
        /// The document, ready for `YAMLWriter`.
        var json: JSON
        /// The variables left as `${VAR}`: secret ones and those no env file provides. Sorted.
        var runtimeVariables: [String]
        /// Every value that is a whole URL with a literal host, for the egress policy.
        var urls: [URLValue]
    }

    /// Renders a decoded document.
    /// - Parameters:
    ///   - value: the document (or part of one).
    ///   - variables: what `--env-file` provides.
    ///   - sink: receives `kubernetes.inline-secret`.
    static func render(_ value: IRValue, variables: ProvidedVariables, sink: inout DiagnosticSink) -> Rendered {
        var renderer = Renderer(variables: variables)
        let json = renderer.render(value, key: nil)
        sink.merge(renderer.sink)
        return Rendered(json: json, runtimeVariables: renderer.runtime.sorted(), urls: renderer.urls)
    }

    /// Resolves one string the way `render` does (for values outside a document, such as a context's
    /// `env`), reporting an inline secret under `key`.
    /// - Returns: the text after substitution and the variables it leaves for the runtime.
    static func resolve(
        _ text: Located<String>, key: String, path: DataPath?, variables: ProvidedVariables, sink: inout DiagnosticSink
    ) -> VariableResolver.Resolved {
        var renderer = Renderer(variables: variables)
        renderer.checkSecret(text.value, key: key, range: text.range, path: path)
        sink.merge(renderer.sink)
        return VariableResolver.resolve(text.value, variables: variables)
    }

    /// The text with each `${…}` reference replaced by a mask, so that a reference standing where a
    /// password goes (`postgres://app:${DB_PASSWORD}@db`) does not look like a written password.
    static func maskingReferences(_ text: String) -> String {
        guard TemplateString.mayContainTemplates(text) else { return text }
        let characters = Array(text)
        var output = ""
        var cursor = 0
        for reference in TemplateString(text).references {
            output += String(characters[cursor..<reference.offset]) + Redaction.fixedMask
            cursor = reference.offset + reference.length
        }
        return output + String(characters[cursor...])
    }

    private struct Renderer {
        let variables: ProvidedVariables
        var sink = DiagnosticSink()
        var runtime: Set<String> = []
        var urls: [URLValue] = []

        init(variables: ProvidedVariables) { self.variables = variables }

        mutating func render(_ value: IRValue, key: String?) -> JSON {
            switch value.content {
            case .null: return .null
            case .bool(let bool): return .bool(bool)
            case .int(let int): return .int(int)
            case .number(let number): return .number(number)
            case .string(let text): return string(text, key: key, value: value)
            case .typed(_, let text):
                // A grammar value keeps its written form and its YAML type: `target_cpu: 70` stays a number.
                if let int = Int(text) { return .int(int) }
                if let number = DecimalText.parse(text), !text.hasPrefix("+") { return .number(number) }
                return string(text, key: key, value: value)
            case .invalid(let syntax):
                return render(SchemaDecoder(file: nil).plain(syntax, path: value.path), key: key)
            case .list(let items):
                var rendered: [JSON] = []
                for item in items { rendered.append(render(item, key: key)) }
                return .array(rendered)
            case .object(let entries):
                var rendered: [(String, JSON)] = []
                for entry in entries { rendered.append((entry.writtenKey, render(entry.value, key: entry.writtenKey))) }
                return .object(rendered)
            }
        }

        private mutating func string(_ text: String, key: String?, value: IRValue) -> JSON {
            checkSecret(text, key: key ?? "", range: value.range, path: value.path)
            let resolved = VariableResolver.resolve(text, variables: variables)
            runtime.formUnion(resolved.unresolved)
            runtime.formUnion(resolved.secrets)
            let trimmed = resolved.text.trimmingWhitespace()
            if trimmed.contains("://"), !trimmed.contains(" "), case .success(let url) = URLValue.parse(trimmed),
               !url.host.isEmpty, !url.host.contains("$") {
                urls.append(url)
            }
            return .string(resolved.text)
        }

        mutating func checkSecret(_ text: String, key: String, range: SourceRange, path: DataPath?) {
            if !key.isEmpty, SecretKeys.isSecretField(key), SecretValues.classify(text, quoted: false) == .literal {
                sink.report(
                    .kubernetesInlineSecret,
                    "secret field \"\(key)\" holds a literal value, which a ConfigMap would publish; reference a variable such as ${\(variableName(for: key))} instead",
                    at: range, path: path)
            } else if VariableResolver.looksSecret(KubernetesConfigRendering.maskingReferences(text)) {
                sink.report(
                    .kubernetesInlineSecret,
                    "\(key.isEmpty ? "this value" : "\"\(key)\"") carries a credential (a token, a webhook or a URL password), which a ConfigMap would publish; move it into a variable",
                    at: range, path: path)
            }
        }

        /// `bot_token` → `BOT_TOKEN`: the variable name a fix would use.
        private func variableName(for key: String) -> String {
            Redaction.splitWords(key).joined(separator: "_").uppercased()
        }
    }
}

extension DiagnosticKind {
    static let kubernetesInlineSecret = DiagnosticKind(
        id: "kubernetes.inline-secret", severity: .error,
        summary: "a credential written into configuration that the kubernetes target would put in a ConfigMap",
        explanation: """
            The `kubernetes` target ships each deployed document (the daemon's configuration, every AOF \
            agent, fleet, flow and trigger, every OAAS agent) to its pods in a ConfigMap, after \
            substituting the `--env-file` variables that are not secrets. ConfigMaps are not secret: \
            anyone who may read the namespace's configuration reads them, and they end up in git and in \
            `kubectl describe` output. A secret field (`bot_token`, `signing_secret`, `api_key`, \
            `password` …) that holds a literal, even a placeholder, and any value that carries a \
            credential (a provider token, a Slack webhook URL, a URL with a password) would be published.

            The build stops instead of leaving the value out, since a configuration with a hole fails at \
            run time. Replace the literal with a `${VAR}` reference: the generated Deployment reads every \
            secret variable from a Secret through `secretKeyRef` (the context's `secrets:` list, or the \
            Secret `oaas-secrets`), and the runtime expands the reference.
            """,
        example: "platforms:\n  slack:\n    bot_token: xoxb-your-token-here   # a literal, not ${SLACK_BOT_TOKEN}\n",
        remediation: "replace the literal with a ${VAR} reference and put the value in a Kubernetes Secret",
        securitySeverity: 7.0)
}

extension KubernetesConfigRendering {
    /// The diagnostics of the rendering.
    static let kinds: [DiagnosticKind] = [.kubernetesInlineSecret]
}
