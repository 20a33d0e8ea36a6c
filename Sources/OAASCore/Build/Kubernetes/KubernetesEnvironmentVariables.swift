/// The environment variables of an environment's pods: the context's `env` (non-secret values in a
/// ConfigMap, the rest from Secrets) and `secrets:` list, and every variable a workload's configuration
/// leaves for the runtime.
///
/// No value of a secret variable is ever written: a variable the context's `secrets:` list names comes
/// from that Secret and key; any other secret variable, and any variable no `--env-file` provides (its
/// value has not been seen, so it may be a credential), comes from the Secret `oaas-secrets`, under the
/// variable's name. A context `env` value that mixes text and secret variables
/// (`postgres://app:${DB_PASSWORD}@db`) uses Kubernetes' `$(VAR)` expansion of earlier variables.
struct KubernetesEnvironmentVariables {
    /// The Secret that holds every variable nothing else provides.
    static let defaultSecret = "oaas-secrets"

    /// The context's non-secret `env`, resolved, sorted by name: the environment's ConfigMap.
    private(set) var plain: [KubernetesPair] = []
    /// Variables from Secrets that every pod of the environment gets, by name.
    private var fromSecrets: [String: KubernetesEnvVar.Source] = [:]
    /// Context `env` entries that expand secret variables (`$(VAR)`), by name.
    private var composed: [String: String] = [:]
    /// Secrets exposed whole (a `secrets:` entry with neither `key` nor `envVar`), sorted.
    private(set) var wholeSecrets: [String] = []
    /// The `env` values that are URLs with a literal host (`DATABASE_URL`), for every workload's egress.
    private(set) var urls: [URLValue] = []

    /// Reads an environment's context.
    init(_ environment: BuildEnvironment, variables: ProvidedVariables, sink: inout DiagnosticSink) {
        guard let context = environment.context, let spec = environment.resource?.document["spec"] else { return }
        readSecrets(spec, sink: &sink)
        var plainValues: [String: String] = [:]
        for entry in context.env {
            let name = entry.key.value
            let path = DataPath([.key("spec"), .key("env"), .key(name)])
            guard KubernetesNames.isEnvironmentName(name) else {
                sink.report(
                    .kubernetesUnmappableName,
                    "environment variable name \"\(name)\" is not a valid variable name ([A-Za-z_][A-Za-z0-9_]*)",
                    at: entry.key.range, path: path)
                continue
            }
            let resolved = KubernetesConfigRendering.resolve(entry.value, key: name, path: path, variables: variables, sink: &sink)
            let runtime = resolved.secrets + resolved.unresolved
            let trimmed = resolved.text.trimmingWhitespace()
            if trimmed.contains("://"), case .success(let url) = URLValue.parse(trimmed), !url.host.isEmpty, !url.host.contains("$") {
                urls.append(url)
            }
            if runtime.isEmpty {
                plainValues[name] = resolved.text
            } else if fromSecrets[name] == nil {
                compose(name, text: resolved.text, runtime: runtime)
            }
        }
        for (name, value) in plainValues where fromSecrets[name] == nil && composed[name] == nil {
            plain.append(KubernetesPair(name, value))
        }
        plain.sort { $0.key < $1.key }
    }

    /// A workload's environment: the environment's variables from Secrets, its composed values, and a
    /// Secret reference for each variable in `needed` that nothing else provides. Secret references come
    /// first (sorted by name), then composed values, which may refer to them.
    func variables(needing needed: [String]) -> [KubernetesEnvVar] {
        var sources = fromSecrets
        let provided = Set(plain.map(\.key)).union(composed.keys)
        for name in needed where sources[name] == nil && !provided.contains(name) && KubernetesNames.isEnvironmentName(name) {
            sources[name] = .secret(name: Self.defaultSecret, key: name)
        }
        var result: [KubernetesEnvVar] = []
        for name in sources.keys.sorted() { result.append(KubernetesEnvVar(name: name, source: sources[name]!)) }
        for name in composed.keys.sorted() { result.append(KubernetesEnvVar(name: name, source: .value(composed[name]!))) }
        return result
    }

    /// `secrets: [{name, key, envVar}]`: `envVar` from key `key` of Secret `name`. Without `key`, the key is
    /// the variable's name; without `envVar`, the variable is the key in upper case with `_` for other
    /// characters; without either, every key of the Secret becomes a variable.
    private mutating func readSecrets(_ spec: IRValue, sink: inout DiagnosticSink) {
        var whole: Set<String> = []
        for item in spec.objects("secrets") {
            guard let name = item.string("name") else { continue }
            guard KubernetesNames.isSubdomain(name.value) else {
                sink.report(
                    .kubernetesUnmappableName,
                    "secret name \"\(name.value)\" is not a Kubernetes object name (lowercase letters, digits, \"-\" and \".\")",
                    at: name.range, path: item["name"]?.path)
                continue
            }
            let key = item.string("key")
            let envVar = item.string("envVar")
            if key == nil, envVar == nil {
                whole.insert(name.value)
                continue
            }
            if let key, !KubernetesNames.isDataKey(key.value) {
                sink.report(
                    .kubernetesUnmappableName,
                    "secret key \"\(key.value)\" is not a valid key (letters, digits, \"-\", \"_\" and \".\")",
                    at: key.range, path: item["key"]?.path)
                continue
            }
            let variable = envVar?.value ?? Self.variableName(forKey: key?.value ?? "")
            guard KubernetesNames.isEnvironmentName(variable) else {
                if let envVar {
                    sink.report(
                        .kubernetesUnmappableName,
                        "environment variable name \"\(envVar.value)\" is not a valid variable name ([A-Za-z_][A-Za-z0-9_]*)",
                        at: envVar.range, path: item["envVar"]?.path)
                }
                continue
            }
            // The first entry for a variable wins, as the runtime reads the list in order.
            if fromSecrets[variable] == nil {
                fromSecrets[variable] = .secret(name: name.value, key: key?.value ?? variable)
            }
        }
        wholeSecrets = whole.sorted()
    }

    /// A context `env` value that needs variables from Secrets: exactly one reference is read directly;
    /// anything else becomes `$(VAR)` expansion of variables defined before it.
    private mutating func compose(_ name: String, text: String, runtime: [String]) {
        if runtime.count == 1, text == "${\(runtime[0])}" {
            fromSecrets[name] = fromSecrets[runtime[0]] ?? .secret(name: Self.defaultSecret, key: runtime[0])
            return
        }
        // A literal `$(` would be expanded by Kubernetes; `$$(` keeps it.
        var value = text.components(separatedByString: "$(").joined(separator: "$$(")
        for variable in runtime {
            value = value.components(separatedByString: "${\(variable)}").joined(separator: "$(\(variable))")
            if fromSecrets[variable] == nil { fromSecrets[variable] = .secret(name: Self.defaultSecret, key: variable) }
        }
        composed[name] = value
    }

    /// `google-api-key` → `GOOGLE_API_KEY`.
    static func variableName(forKey key: String) -> String {
        var result = ""
        for scalar in key.unicodeScalars {
            let keep = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
            result += keep ? String(scalar).uppercased() : "_"
        }
        return result
    }
}
