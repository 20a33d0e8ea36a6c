/// Alerting, dashboards, health checks, performance monitoring, retention and cost sections of
/// `ObservabilityConfiguration`.
extension ObservabilitySchema {
    static let alertRule = ObjectShape(
        "oaas-observability-alert-rule", doc: "An alert raised when an expression over metrics holds.",
        hints: ["duration": "for", "expression": "expr", "query": "expr", "level": "severity", "channel": "channels"],
        fields: [
            Field("alert", .string, required: true, aliases: ["name"], "The alert's name (`alert` in Prometheus style, `name` in the OAAS monitoring schema)."),
            Field("expr", .string, required: true, aliases: ["condition"], "The expression, such as \"cpu_usage_percent > 80\"."),
            Field("metric", .string, "The metric the expression reads, when it is not the expression's first word."),
            Field("threshold", .number(), "The value the metric is compared with, when not written in the expression."),
            Field("for", .grammar(.duration(bareUnit: .seconds)), "How long the expression must hold before the alert fires; a bare number is seconds."),
            Field("severity", .oneOfWords(severities), "How serious the alert is."),
            Field("channels", .list(.string), "Where the alert is sent."),
            Field("description", .string, "What the alert means."),
            Field("summary", .string, "A one-line summary."),
            Field("runbook_url", .grammar(.url), "The runbook for responders."),
            Field("labels", .dictionary(.string), "Labels attached to the alert."),
            Field("annotations", .dictionary(.string), "Annotations attached to the alert."),
        ])

    /// Alert rules, as one list or grouped by category (`infrastructure`, `business` …).
    static let alertRules = Shape.either([.list(.object(alertRule)), .dictionary(.list(.object(alertRule)))])

    /// A service-level objective: a condition that should hold, from which `oaas build --target prometheus`
    /// derives alerts (error-budget burn for an error ratio, a breach alert otherwise).
    static let objective = ObjectShape(
        "oaas-observability-objective", doc: "A service-level objective on a declared metric.",
        hints: ["slo": "objective", "target": "objective", "condition": "objective", "duration": "for"],
        fields: [
            Field("name", .string, required: true, "The objective's name (\"orchestration-latency\")."),
            Field("objective", .string, required: true, "What should hold, in the alert condition language, such as \"p95_orchestration_latency_seconds < 5s\" or \"orchestration_error_rate < 0.5%\"."),
            Field("window", .grammar(.duration(bareUnit: .days)), "The period the objective is measured over, for error-budget burn (default 30d; a bare number is days)."),
            Field("for", .grammar(.duration(bareUnit: .seconds)), "How long a breach must last before it alerts (default 5m; a bare number is seconds)."),
            Field("severity", .oneOfWords(severities), "How serious a breach is (default high)."),
            Field("channels", .list(.string), "Where breaches are sent."),
            Field("description", .string, "What the objective protects."),
            Field("runbook_url", .grammar(.url), "The runbook for responders."),
        ])

    static let alerting = ObjectShape(
        "oaas-observability-alerting", doc: "Alert channels and rules.",
        hints: ["alerts": "rules", "managers": "infrastructure"],
        fields: [
            Field("enabled", .bool, "Whether alerting is on."),
            Field("channels", .list(.string), "Channels alerts may be sent to."),
            Field("infrastructure", .dictionary(.object(backend)), "Alert managers and notification services, by name (\"alertmanager\", \"pagerduty\", \"slack\")."),
            Field("rules", alertRules, "Alert rules, as one list or grouped by category."),
        ])

    static let panel = ObjectShape(
        "oaas-observability-panel", doc: "One dashboard panel.",
        fields: [
            Field("title", .string, required: true, "The panel's title."),
            Field("type", .oneOfWords(["stat", "graph", "table", "heatmap", "gauge", "timeseries", "bar", "pie", "text"]), "How the panel draws its data."),
            Field("metrics", .list(.string), "The metrics shown."),
            Field("frameworks", .list(.string), "The compliance frameworks shown."),
            Field("query", .string, "The query behind the panel."),
            Field("description", .string, "What the panel shows."),
        ])

    static let dashboard = ObjectShape(
        "oaas-observability-dashboard", doc: "A dashboard and its panels.",
        hints: ["title": "name"],
        fields: [
            Field("name", .string, "The dashboard's name."),
            Field("description", .string, "What the dashboard is for."),
            Field("url", .grammar(.url), "Where the dashboard is published."),
            Field("refresh", .grammar(.duration(bareUnit: .seconds)), "How often it refreshes; a bare number is seconds."),
            Field("panels", .list(.object(panel)), "The panels."),
        ])

    static let serviceCheck = ObjectShape(
        "oaas-observability-service-check", doc: "A health check of one service.",
        fields: [
            Field("name", .string, required: true, "The service."),
            Field("endpoint", .string, "The health endpoint (\"/health\" or a URL)."),
            Field("interval", .grammar(.duration(bareUnit: .seconds)), "How often it is checked; a bare number is seconds."),
            Field("timeout", .grammar(.duration(bareUnit: .seconds)), "How long a check may take; a bare number is seconds."),
        ])

    static let deepCheck = ObjectShape(
        "oaas-observability-deep-check", doc: "One end-to-end check.",
        fields: [
            Field("name", .string, required: true, "The check's name."),
            Field("type", .oneOfWords(["synthetic", "functional", "security", "integration"]), "What the check exercises."),
            Field("timeout", .grammar(.duration(bareUnit: .seconds)), "How long it may take; a bare number is seconds."),
        ])

    static let healthChecks = ObjectShape(
        "oaas-observability-health-checks", doc: "Service and deep health checks.",
        fields: [
            Field("services", .list(.object(serviceCheck)), "Per-service health checks."),
            Field("deep_checks", .object(ObjectShape(
                "oaas-observability-deep-checks", doc: "End-to-end checks.",
                fields: [
                    Field("enabled", .bool, "Whether deep checks run."),
                    Field("interval", .grammar(.duration(bareUnit: .seconds)), "How often they run; a bare number is seconds."),
                    Field("checks", .list(.object(deepCheck)), "The checks."),
                ])), "End-to-end checks."),
        ])

    static let syntheticTest = ObjectShape(
        "oaas-observability-synthetic-test", doc: "One synthetic test.",
        fields: [
            Field("name", .string, required: true, "The test's name."),
            Field("type", .oneOfWords(["api", "workflow", "browser"]), "What the test drives."),
            Field("interval", .grammar(.duration(bareUnit: .seconds)), "How often it runs; a bare number is seconds."),
            Field("timeout", .grammar(.duration(bareUnit: .seconds)), "How long it may take; a bare number is seconds."),
            Field("endpoint", .string, "The endpoint an API test calls."),
            Field("scenario", .string, "The scenario a workflow test runs."),
        ])

    static let performance = ObjectShape(
        "oaas-observability-performance", doc: "Application, real-user and synthetic monitoring.",
        fields: [
            Field("apm", .object(ObjectShape(
                "oaas-observability-apm", doc: "Application performance monitoring.",
                fields: [
                    Field("enabled", .bool, "Whether APM is on."),
                    Field("agent", .string, "The APM agent (\"elastic-apm\")."),
                    Field("transaction_sampling", .number(min: 0, max: 1), "Share of transactions sampled, from 0 to 1."),
                    Field("error_sampling", .number(min: 0, max: 1), "Share of errors sampled, from 0 to 1."),
                    Field("span_frames_min_duration", .grammar(.duration(bareUnit: .milliseconds)), "Shortest span whose stack frames are kept; a bare number is milliseconds."),
                ])), "Application performance monitoring."),
            Field("rum", .object(ObjectShape(
                "oaas-observability-rum", doc: "Real-user monitoring.",
                fields: [
                    Field("enabled", .bool, "Whether real-user monitoring is on."),
                    Field("session_replay", .bool, "Whether sessions are recorded."),
                    Field("error_tracking", .bool, "Whether client errors are tracked."),
                    Field("performance_tracking", .bool, "Whether client performance is tracked."),
                ])), "Real-user monitoring."),
            Field("synthetic", .object(ObjectShape(
                "oaas-observability-synthetic", doc: "Synthetic monitoring.",
                fields: [
                    Field("enabled", .bool, "Whether synthetic tests run."),
                    Field("tests", .list(.object(syntheticTest)), "The tests."),
                ])), "Synthetic monitoring."),
        ])

    static let retention = ObjectShape(
        "oaas-observability-retention", doc: "How long each kind of data is kept; bare numbers are days.",
        fields: [
            Field("metrics", .grammar(.duration(bareUnit: .days)), "How long metrics are kept."),
            Field("traces", .grammar(.duration(bareUnit: .days)), "How long traces are kept."),
            Field("logs", .either([.grammar(.duration(bareUnit: .days)), .dictionary(.grammar(.duration(bareUnit: .days)))]), "How long logs are kept, overall or by log class."),
        ])

    static let costOptimization = ObjectShape(
        "oaas-observability-cost-optimization", doc: "Sampling and storage savings.",
        fields: [
            Field("sampling", .object(ObjectShape(
                "oaas-observability-cost-sampling", doc: "Sampling that reduces volume.",
                fields: [
                    Field("metrics_downsampling", .bool, "Whether old metrics are downsampled."),
                    Field("log_sampling_by_level", .bool, "Whether logs are sampled by level."),
                    Field("trace_tail_sampling", .bool, "Whether traces are tail-sampled."),
                ])), "Sampling that reduces volume."),
            Field("storage", .object(ObjectShape(
                "oaas-observability-cost-storage", doc: "Storage tiers.",
                fields: [
                    Field("compression", .bool, "Whether data is compressed."),
                    Field("cold_storage_threshold", .grammar(.duration(bareUnit: .days)), "Age at which data moves to cold storage; a bare number is days."),
                    Field("archival_threshold", .grammar(.duration(bareUnit: .days)), "Age at which data is archived; a bare number is days."),
                ])), "Storage tiers."),
        ])
}
