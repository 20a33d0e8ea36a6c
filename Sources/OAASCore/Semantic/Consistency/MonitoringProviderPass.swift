/// Checks that the workspace, the context and the observability configuration name the same metrics,
/// logs and traces systems: a provider named in one must be a backend the observability configuration
/// sets up, or, where it declares none, the same in every document.
enum MonitoringProviderPass: SemanticPass {
    private struct Signal {
        let name: String
        /// The context's `configurations.monitoring.providers` key.
        let contextKey: String
        /// The observability section whose backends serve it, if it has any by name.
        let backendSection: String?
    }

    private static let signals = [
        Signal(name: "metrics", contextKey: "metrics", backendSection: "metrics"),
        Signal(name: "logs", contextKey: "logs", backendSection: "logging"),
        Signal(name: "traces", contextKey: "traces", backendSection: nil),
    ]

    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for scope in WorkspaceScope.all(in: context.project) {
            for signal in signals { check(signal, in: scope, into: &sink) }
        }
    }

    private static func check(_ signal: Signal, in scope: WorkspaceScope, into sink: inout DiagnosticSink) {
        var statements: [Statement] = []
        for (resource, _) in scope.observability where signal.name == "traces" {
            if let statement = StatedFacts.name(resource.document["spec"]?["tracing"]?["provider"], origin: "the observability configuration") {
                statements.append(statement)
            }
        }
        for (resource, _) in scope.workspaces {
            let monitoring = resource.document["spec"]?["monitoring"]
            let value = signal.name == "metrics" ? monitoring?["metrics"]?["export"] : signal.name == "traces" ? monitoring?["tracing"]?["provider"] : nil
            if let statement = StatedFacts.name(value, origin: "the workspace's monitoring section") { statements.append(statement) }
        }
        for (resource, _) in scope.contexts {
            let value = resource.document["spec"]?["configurations"]?["monitoring"]?["providers"]?[signal.contextKey]
            if let statement = StatedFacts.name(value, origin: "the context's monitoring providers") { statements.append(statement) }
        }
        var backends: [ObservabilityConfiguration.Backend] = []
        if let section = signal.backendSection {
            for (_, model) in scope.observability { backends += model.backends.filter { $0.section == section } }
        }
        guard !backends.isEmpty else {
            StatedFacts.report(.consistencyMonitoringProvider, fact: "the \(signal.name) provider", statements, into: &sink)
            return
        }
        var names: [String] = []
        for backend in backends { names.append(backend.name.value) }
        let quoted = names.map { "\"\($0)\"" }
        let list = quoted.count > 1 ? quoted.dropLast().joined(separator: ", ") + " and " + quoted[quoted.count - 1] : quoted[0]
        for statement in statements {
            if let backend = backends.first(where: { StatedFacts.fold($0.name.value) == statement.key }) {
                guard let enabled = backend.enabled, !enabled.value else { continue }
                sink.report(
                    .consistencyMonitoringProvider,
                    "the \(signal.name) provider is \(statement.display) in \(statement.origin), but the observability configuration turns that backend off",
                    at: statement.range, notes: [DiagnosticNote("disabled here", at: enabled.range)])
                continue
            }
            sink.report(
                .consistencyMonitoringProvider,
                "the \(signal.name) provider is \(statement.display) in \(statement.origin), but the observability configuration sets up only \(list)",
                at: statement.range,
                notes: [DiagnosticNote("the observability configuration's \(signal.name) backends start here", at: backends[0].name.range)])
        }
    }
}

extension DiagnosticKind {
    static let consistencyMonitoringProvider = DiagnosticKind(
        id: "consistency.monitoring-provider", severity: .warning,
        summary: "documents name different metrics, logs or traces systems",
        explanation: """
            The workspace (`monitoring.metrics.export`, `monitoring.tracing.provider`), the context \
            (`configurations.monitoring.providers`) and the observability configuration each say where \
            metrics, logs and traces go. A metrics or logs provider must be one of the backends the \
            observability configuration sets up (`metrics.infrastructure`, `logging.aggregation`), and \
            must not be one it turns off; for traces, and where the observability configuration names \
            no backends, every document must name the same system. Otherwise dashboards and alerts read \
            from a system nothing writes to.
            """,
        example: """
            # context.yml
            configurations:
              monitoring:
                providers:
                  metrics: datadog
            # monitoring/observability.yml sets up metrics.infrastructure.prometheus only
            """)
}
