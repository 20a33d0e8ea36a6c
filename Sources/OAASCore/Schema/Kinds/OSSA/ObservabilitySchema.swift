/// The OAAS `ObservabilityConfiguration` kind: metrics, tracing, logging, alerting, dashboards, health
/// checks and retention. There is no published schema for this kind; keys follow seed `003_…` and the
/// OAAS example `06-workspace-enterprise/monitoring/observability.yml`, with alert-rule and log-level
/// words from the OAAS monitoring schema (`ossa-specification/schemas/v1.0/monitoring.schema.json`).
enum ObservabilitySchema {
    /// Log levels.
    static let logLevels = ["trace", "debug", "info", "warn", "warning", "error", "fatal", "critical"]

    /// Alert severities (Prometheus-style `warning` and the monitoring schema's four levels).
    static let severities = ["info", "low", "medium", "warning", "high", "critical"]

    /// A metrics, tracing, logging or alerting backend that can be switched on.
    static let backend = ObjectShape(
        "oaas-observability-backend", doc: "One observability backend.",
        fields: [
            Field("enabled", .bool, "Whether the backend is used."),
            Field("endpoint", .grammar(.url), "Where the backend is reached."),
            Field("scrape_interval", .grammar(.duration(bareUnit: .seconds)), "How often metrics are scraped; a bare number is seconds."),
            Field("retention", .grammar(.duration(bareUnit: .days)), "How long data is kept; a bare number is days."),
            Field("storage", .string, "Where or how much data is stored (\"100GB\", \"elasticsearch\")."),
            Field("sampling_rate", .number(min: 0, max: 1), "Share of traces kept, from 0 to 1."),
            Field("processors", .list(.string), "Collector processors (\"batch\", \"memory_limiter\")."),
            Field("dashboards_as_code", .bool, "Whether dashboards are kept in version control."),
            Field("alerting", .bool, "Whether the backend raises alerts."),
            Field("high_availability", .bool, "Whether the backend runs redundantly."),
            Field("service_key", .string, "The PagerDuty service key."),
            Field("routing_key", .string, "The PagerDuty routing key."),
            Field("webhook_url", .grammar(.url), "The webhook notifications are posted to."),
            Field("channels", .list(.object(notificationChannel)), "Channels and the severities each receives."),
            Field("recipients", .list(.string), "Who receives notifications."),
        ])

    static let notificationChannel = ObjectShape(
        "oaas-observability-notification-channel", doc: "A channel and the severities it receives.",
        hints: ["severities": "severity"],
        fields: [
            Field("name", .string, required: true, "The channel (\"#alerts-critical\")."),
            Field("severity", .list(.oneOfWords(severities)), "The severities sent to the channel."),
        ])

    static let metricDefinition = ObjectShape(
        "oaas-observability-metric", doc: "A metric with its type.",
        hints: ["metric": "name", "kind": "type"],
        fields: [
            Field("name", .string, required: true, "The metric's name."),
            Field("type", .oneOfWords(["counter", "gauge", "histogram", "summary"]), "The metric's type."),
            Field("description", .string, "What the metric measures."),
            Field("unit", .string, "The unit (\"seconds\", \"usd\")."),
            Field("labels", .list(.string), "The metric's label names."),
        ])

    /// Metric names grouped under a category, each a name or a `{name, type}` mapping.
    static let metricGroups = Shape.dictionary(.list(.either([.string, .object(metricDefinition)])))

    static let customMetrics = ObjectShape(
        "oaas-observability-custom-metrics", doc: "Custom metrics.",
        fields: [
            Field("enabled", .bool, "Whether custom metrics are accepted."),
            Field("namespaces", .list(.string), "The namespaces custom metrics live in."),
            Field("metrics", .list(.either([.string, .object(metricDefinition)])), "Custom metrics."),
        ])

    static let metrics = ObjectShape(
        "oaas-observability-metrics", doc: "Metric backends and the metrics collected.",
        fields: [
            Field("infrastructure", .dictionary(.object(backend)), "Metric backends, by name (\"prometheus\", \"grafana\")."),
            Field("application_metrics", metricGroups, "Application metrics, by category."),
            Field("business_metrics", metricGroups, "Business metrics (cost, KPIs), by category."),
            Field("custom_metrics", .object(customMetrics), "Custom metrics."),
        ])

    static let samplingStrategy = ObjectShape(
        "oaas-observability-sampling-strategy", doc: "The sampling rate of one service.",
        fields: [
            Field("service", .string, required: true, "The service; \"default\" applies to the others."),
            Field("sampling_rate", .number(min: 0, max: 1), required: true, "Share of traces kept, from 0 to 1."),
        ])

    static let traceConfiguration = ObjectShape(
        "oaas-observability-trace-configuration", doc: "How traces are propagated and sampled.",
        fields: [
            Field("context_propagation", .oneOfWords(["w3c", "tracecontext", "baggage", "b3", "b3multi", "jaeger", "xray"]), "How trace context is passed on."),
            Field("max_span_attributes", .int(min: 1), "Most attributes per span."),
            Field("max_events_per_span", .int(min: 1), "Most events per span."),
            Field("sampling_strategies", .list(.object(samplingStrategy)), "Per-service sampling rates."),
        ])

    static let customSpan = ObjectShape(
        "oaas-observability-custom-span", doc: "A span emitted by custom instrumentation.",
        hints: ["name": "span_name"],
        fields: [
            Field("span_name", .string, required: true, "The span's name."),
            Field("attributes", .list(.string), "The attributes recorded."),
        ])

    static let tracing = ObjectShape(
        "oaas-observability-tracing", doc: "Distributed tracing.",
        fields: [
            Field("enabled", .bool, "Whether tracing is on."),
            Field("provider", .string, "The tracing backend (\"jaeger\")."),
            Field("endpoint", .grammar(.url), "Where traces are sent."),
            Field("sampling_rate", .number(min: 0, max: 1), "Share of traces kept, from 0 to 1."),
            Field("infrastructure", .dictionary(.object(backend)), "Tracing backends, by name (\"jaeger\", \"otel_collector\")."),
            Field("configuration", .object(traceConfiguration), "How traces are propagated and sampled."),
            Field("custom_spans", .list(.object(customSpan)), "Spans emitted by custom instrumentation."),
        ])

    static let logIndex = ObjectShape(
        "oaas-observability-log-index", doc: "One log index and how long it is kept.",
        fields: [
            Field("pattern", .string, required: true, "The index name pattern (\"agents-*\")."),
            Field("retention", .grammar(.duration(bareUnit: .days)), "How long the index is kept; a bare number is days."),
        ])

    static let logBackend = ObjectShape(
        "oaas-observability-log-backend", doc: "One log aggregation backend.",
        fields: [
            Field("enabled", .bool, "Whether the backend is used."),
            Field("cluster", .string, "The cluster logs go to."),
            Field("endpoint", .grammar(.url), "Where the backend is reached."),
            Field("indices", .list(.object(logIndex)), "Indices and their retention."),
            Field("buffer_type", .string, "How logs are buffered (\"file\")."),
            Field("flush_interval", .grammar(.duration(bareUnit: .seconds)), "How often buffers are flushed; a bare number is seconds."),
        ])

    static let logConfiguration = ObjectShape(
        "oaas-observability-log-configuration", doc: "Log levels and format.",
        hints: ["level": "default_level"],
        fields: [
            Field("default_level", .oneOfWords(logLevels), "The default log level."),
            Field("format", .oneOfWords(["json", "jsonl", "text", "structured", "logfmt"]), "The log format."),
            Field("level_overrides", .dictionary(.oneOfWords(logLevels)), "Log levels by area."),
        ])

    static let structuredLogging = ObjectShape(
        "oaas-observability-structured-logging", doc: "Structured log fields and redaction.",
        fields: [
            Field("enabled", .bool, "Whether logs are structured."),
            Field("fields", .list(.string), "The fields every record carries."),
            Field("sensitive_data_redaction", .list(.dictionary(.list(.string))), "Fields redacted, by class, each a one-key mapping such as `pii_fields: [email]`."),
        ])

    static let logAlert = ObjectShape(
        "oaas-observability-log-alert", doc: "An alert on log lines matching a pattern.",
        fields: [
            Field("pattern", .grammar(.regex), required: true, "The regular expression log lines are matched against."),
            Field("threshold", .int(min: 1), "Matches that raise the alert."),
            Field("window", .grammar(.duration(bareUnit: .seconds)), "The window matches are counted over; a bare number is seconds."),
            Field("severity", .oneOfWords(severities), "How serious the alert is."),
        ])

    static let logAnalysis = ObjectShape(
        "oaas-observability-log-analysis", doc: "Log analysis and log-pattern alerts.",
        fields: [
            Field("ml_anomaly_detection", .bool, "Whether anomalies are detected."),
            Field("pattern_recognition", .bool, "Whether recurring patterns are recognised."),
            Field("correlation_analysis", .bool, "Whether events are correlated."),
            Field("alerts", .list(.object(logAlert)), "Alerts on log patterns."),
        ])

    static let logging = ObjectShape(
        "oaas-observability-logging", doc: "Log aggregation, levels, structure and analysis.",
        fields: [
            Field("level", .oneOfWords(logLevels), "The log level."),
            Field("format", .oneOfWords(["json", "jsonl", "text", "structured", "logfmt"]), "The log format."),
            Field("aggregation", .dictionary(.object(logBackend)), "Log backends, by name (\"elasticsearch\", \"fluentd\")."),
            Field("configuration", .object(logConfiguration), "Log levels and format."),
            Field("structured_logging", .object(structuredLogging), "Structured log fields and redaction."),
            Field("analysis", .object(logAnalysis), "Log analysis and log-pattern alerts."),
        ])

    static let spec = ObjectShape(
        "oaas-observabilityconfiguration-spec", doc: "Observability: metrics, tracing, logging, alert rules and dashboards.",
        hints: ["alerts": "alerting", "health": "health_checks", "slos": "objectives", "slo": "objectives"],
        fields: [
            Field("metrics", .object(metrics), "Metric backends and the metrics collected."),
            Field("tracing", .object(tracing), "Distributed tracing."),
            Field("logging", .object(logging), "Logging."),
            Field("alerting", .object(alerting), "Alert channels and rules."),
            Field("objectives", .list(.object(objective)), "Service-level objectives, from which alerts are derived."),
            Field("dashboards", .either([.list(.object(dashboard)), .dictionary(.object(dashboard))]), "Dashboards, as a list or keyed by name."),
            Field("health_checks", .object(healthChecks), "Service and deep health checks."),
            Field("performance", .object(performance), "Application, real-user and synthetic monitoring."),
            Field("retention", .object(retention), "How long each kind of data is kept."),
            Field("cost_optimization", .object(costOptimization), "Sampling and storage savings."),
        ])

    static let kind = KindDefinition(
        dialect: .ossa, name: "ObservabilityConfiguration",
        doc: "Observability: metrics, tracing, logging, alert rules and dashboards.",
        document: Envelope.ossaDocument("oaas-observabilityconfiguration", kind: "ObservabilityConfiguration", spec: spec),
        model: { .observability(ObservabilityConfiguration(decoding: $0)) })
}
