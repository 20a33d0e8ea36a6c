/// An OAAS `ObservabilityConfiguration` document: the metrics a workspace declares, alert rules on them,
/// notification channels, dashboards, tracing, logging and retention.
public struct ObservabilityConfiguration: Sendable {
    /// A declared metric.
    public struct Metric: Sendable {
        /// The metric's name.
        public let name: Located<String>
        /// Its type (`counter`, `gauge` …), when declared.
        public let type: Located<String>?
        /// Where it is declared, such as `application_metrics.agent_metrics` or `custom_metrics`.
        public let category: String
        /// Its unit (`seconds`, `usd`, `ratio` …), when declared.
        public let unit: Located<String>?
        /// Its label names, in declared order.
        public let labels: [Located<String>]
        /// What it measures, when described.
        public let description: Located<String>?
    }

    /// A backend (Prometheus, Jaeger, Elasticsearch, PagerDuty …).
    public struct Backend: Sendable {
        /// The backend's name (the key).
        public let name: Located<String>
        /// The section it is configured in: `metrics`, `tracing`, `logging` or `alerting`.
        public let section: String
        /// Whether it is on.
        public let enabled: Located<Bool>?
        /// Where it is reached.
        public let endpoint: Located<String>?
    }

    /// A notification channel and the severities it receives.
    public struct Channel: Sendable {
        /// The channel (`#alerts-critical`, or a service name from `alerting.channels`).
        public let name: Located<String>
        /// The service that delivers to it (`slack`), when known.
        public let service: String?
        /// The severities sent to it; empty means all.
        public let severities: [Located<String>]
    }

    /// An alert rule.
    public struct AlertRule: Sendable {
        /// The rule's name (`alert` or `name`).
        public let name: Located<String>?
        /// The category it is grouped under (`infrastructure`, `business` …), if any.
        public let category: Located<String>?
        /// The expression as written (`expr` or `condition`).
        public let expression: Located<String>?
        /// The metric: the `metric` field, or else the expression's first identifier.
        public let metric: Located<String>?
        /// Whether `metric` is written in a `metric` key rather than read out of the condition (a name
        /// read out of an expression may be a built-in such as `up`, which no one declares).
        public let metricIsWritten: Bool
        /// The comparison operator of a simple `metric > value` expression.
        public let comparator: String?
        /// The value compared with: the `threshold` field, or else a plain number in the expression.
        public let threshold: Located<Double>?
        /// How long the expression must hold.
        public let forDuration: Located<Duration>?
        /// The severity.
        public let severity: Located<String>?
        /// Where it is sent.
        public let channels: [Located<String>]
    }

    /// An alert on log lines matching a pattern.
    public struct LogAlert: Sendable {
        /// The regular expression.
        public let pattern: Located<String>?
        /// Matches that raise the alert.
        public let threshold: Located<Int>?
        /// The window matches are counted over.
        public let window: Located<Duration>?
    }

    /// One dashboard panel.
    public struct Panel: Sendable {
        /// The panel's title.
        public let title: Located<String>?
        /// How it draws its data.
        public let type: Located<String>?
        /// The metrics it shows.
        public let metrics: [Located<String>]
        /// A PromQL query written for the panel, when given.
        public let query: Located<String>?
        /// What the panel shows, when described.
        public let description: Located<String>?
        /// The compliance frameworks the panel is limited to (`frameworks`), in written order.
        public let frameworks: [Located<String>]
    }

    /// A dashboard.
    public struct Dashboard: Sendable {
        /// The key it is listed under, when dashboards are a mapping.
        public let key: Located<String>?
        /// Its display name.
        public let name: Located<String>?
        /// Where it is published.
        public let url: Located<String>?
        /// What it is for, when described.
        public let description: Located<String>?
        /// How often it refreshes, when set.
        public let refresh: Located<Duration>?
        /// Its panels.
        public let panels: [Panel]
    }

    /// Distributed tracing.
    public struct Tracing: Sendable {
        /// Whether tracing is on.
        public let enabled: Located<Bool>?
        /// The overall sampling rate.
        public let samplingRate: Located<Double>?
        /// How trace context is propagated.
        public let propagation: Located<String>?
        /// Per-service sampling rates.
        public let samplingStrategies: [(service: Located<String>, rate: Located<Double>)]
    }

    /// Logging.
    public struct Logging: Sendable {
        /// The default level (`configuration.default_level` or `level`).
        public let defaultLevel: Located<String>?
        /// The format.
        public let format: Located<String>?
        /// Log indices and their retention.
        public let indices: [(pattern: Located<String>, retention: Located<Duration>?)]
        /// Field names redacted as sensitive.
        public let redactedFields: [Located<String>]
    }

    /// A service health check.
    public struct HealthCheck: Sendable {
        /// The service.
        public let name: Located<String>?
        /// The endpoint.
        public let endpoint: Located<String>?
        /// How often it is checked.
        public let interval: Located<Duration>?
        /// How long a check may take.
        public let timeout: Located<Duration>?
    }

    /// How long each kind of data is kept.
    public struct Retention: Sendable {
        /// Metrics.
        public let metrics: Located<Duration>?
        /// Traces.
        public let traces: Located<Duration>?
        /// Logs, by log class; the class is `logs` when one duration covers all.
        public let logs: [(logClass: Located<String>, duration: Located<Duration>)]
    }

    /// Every metric declared, in document order.
    public let metrics: [Metric]
    /// Every backend configured.
    public let backends: [Backend]
    /// Notification channels.
    public let channels: [Channel]
    /// Alert rules.
    public let alertRules: [AlertRule]
    /// Alerts on log patterns.
    public let logAlerts: [LogAlert]
    /// Dashboards.
    public let dashboards: [Dashboard]
    /// Tracing, if configured.
    public let tracing: Tracing?
    /// Logging, if configured.
    public let logging: Logging?
    /// Service health checks.
    public let healthChecks: [HealthCheck]
    /// Retention, if configured.
    public let retention: Retention?
}
