/// A dashboard with every decision made: its uid, variables, panels, queries, units and layout. The
/// Grafana backend only writes it out as JSON.
public struct LoweredDashboard: Sendable {
    /// The stable Grafana uid (at most 40 characters of `[A-Za-z0-9_-]`); also the file name.
    public let uid: String
    /// The title.
    public let title: String
    /// What the dashboard is for, when the workspace says.
    public let description: String?
    /// Tags, in order: `oaas`, then the workspace's name.
    public let tags: [String]
    /// Grafana's auto-refresh interval (`30s`, `5m`), or empty for none.
    public let refresh: String
    /// The start of the default time range (`now-6h`); the range always ends at `now`.
    public let timeFrom: String
    /// The template variables, in display order; the data source variable comes first.
    public let variables: [DashboardVariable]
    /// The panels, with ids and positions, in reading order.
    public let panels: [DashboardPanel]
}

/// A template variable of a dashboard.
public struct DashboardVariable: Sendable, Equatable {
    /// What the variable lists.
    public enum Kind: Sendable, Equatable {
        /// The data sources of a plugin type (`prometheus`).
        case datasource(pluginType: String)
        /// The values of a label, through the `label_values(…)` query of the data source variable.
        case labelValues(query: String)
    }

    /// The name queries use (`datasource`, `team`).
    public let name: String
    /// The label shown above the picker.
    public let label: String
    /// What it lists.
    public let kind: Kind
}

/// One PromQL query of a panel.
public struct DashboardQuery: Sendable, Equatable {
    /// How Grafana shapes the result.
    public enum Format: String, Sendable {
        /// One series per label set, over time.
        case timeSeries = "time_series"
        /// One row per label set (instant queries for tables).
        case table
        /// Histogram buckets, one series per `le`, for heatmaps.
        case heatmap
    }

    /// `A`, `B` … in panel order.
    public let refID: String
    /// The expression.
    public let expression: String
    /// The legend (`{{team}}`, `p95`).
    public let legend: String
    /// The result's shape.
    public let format: Format
    /// Whether only the latest value is asked for (tables and pie charts).
    public let instant: Bool
}

/// A threshold step: from `value` up (nil for the base step), the panel shows `color`.
public struct ThresholdStep: Sendable, Equatable {
    /// Where the step starts; nil for the base.
    public let value: Double?
    /// A Grafana color name (`green`, `red`).
    public let color: String
}

/// A panel's place on Grafana's 24-column grid.
public struct GridPosition: Sendable, Equatable {
    /// Column, 0–23.
    public let x: Int
    /// Row, in grid units from the top.
    public let y: Int
    /// Width in columns.
    public let w: Int
    /// Height in grid units.
    public let h: Int
}

/// One panel, or a row that heads a group of panels.
public struct DashboardPanel: Sendable {
    /// The Grafana panel plugin.
    public enum Visualization: String, Sendable {
        case row, timeseries, stat, gauge, table, heatmap, piechart, text
    }

    /// Unique within the dashboard, from 1 in reading order.
    public internal(set) var id: Int
    /// The panel plugin.
    public let visualization: Visualization
    /// The title.
    public let title: String
    /// What the panel shows; every panel but a row has one.
    public let description: String
    /// Where it is.
    public internal(set) var grid: GridPosition
    /// The queries, `A` first.
    public let targets: [DashboardQuery]
    /// The Grafana unit id (`s`, `currencyUSD`, `percentunit`).
    public let unit: String
    /// The lower end of the value axis or gauge, when fixed.
    public let min: Double?
    /// The upper end, when fixed.
    public let max: Double?
    /// The threshold steps, base first; from the workspace's alert rules on the metric shown, else one
    /// green base step.
    public let thresholds: [ThresholdStep]
    /// Whether the thresholds come from alert rules (a time series then draws them as lines).
    public let thresholdsFromAlerts: Bool
    /// Whether a time series draws bars rather than lines (the workspace's `bar` panels).
    public let bars: Bool
    /// Whether the heatmap's data are histogram buckets already (else Grafana buckets the series).
    public let bucketed: Bool
    /// The Markdown of a text panel.
    public let content: String?
}
