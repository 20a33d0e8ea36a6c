/// With `--env-file`, reports each variable the workspace requires (used where it is expanded, without a
/// default) that no env file provides: an error at its first use, with notes at the others.
enum MissingVariablePass: SemanticPass {
    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        guard let provided = context.options.providedVariables else { return }
        let names = provided.values.keys.sorted()
        for variable in RequiredVariables.collect(context) where provided.values[variable.name] == nil {
            let required = variable.uses.filter(\.requiresValue)
            guard let first = required.first else { continue }
            var message = first.isNamed
                ? "environment variable \"\(variable.name)\" (named by \"\(first.key ?? "")_env\") is not set by the env files"
                : "environment variable \"\(variable.name)\" is required here but not set by the env files"
            if let suggestion = Suggestion.closest(to: variable.name, in: names) {
                message += "; did you mean \"\(suggestion)\"?"
            }
            var notes: [DiagnosticNote] = []
            if let suggestion = Suggestion.closest(to: variable.name, in: names), let place = provided.values[suggestion] {
                notes.append(DiagnosticNote("\"\(suggestion)\" is set here", at: place.range))
            }
            for use in required.dropFirst() {
                notes.append(DiagnosticNote("also required here", at: use.range))
            }
            sink.report(.missingVariable, message, at: first.range, path: first.path, notes: notes)
        }
    }
}

extension DiagnosticKind {
    static let missingVariable = DiagnosticKind(
        id: "var.missing", severity: .error,
        summary: "a required environment variable that no `--env-file` provides",
        explanation: """
            With one or more `--env-file FILE` options, `oaas validate` checks that every variable the \
            workspace requires is set by one of the files. A variable is required when it is used, \
            without a `:-` default, in a field that is expanded: `${VAR}` in OAAS workspace files, in an \
            AOF Context's or Trigger's expanded fields and in an AgentFlow's expanded fields, and the \
            variables a DaemonConfig names in `*_env` keys. A missing one would reach the platform as \
            literal text (or, in a DaemonConfig, disable the platform).

            The error is at the first use, with notes at the others; `oaas vars` lists every variable \
            with its uses. Add the variable to an env file, or give the reference a default \
            (`${VAR:-value}`) where the platform understands one.
            """,
        example: """
            # oaas validate --env-file prod.env
            spec:
              resources:
                databases:
                  - name: shipments
                    connection_string: ${SHIPMENT_DB_URL}
            """)
}
