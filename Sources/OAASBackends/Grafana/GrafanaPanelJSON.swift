import OAASCore

/// A lowered panel as Grafana panel JSON: the panel model's keys (`datasource`, `description`,
/// `fieldConfig`, `gridPos`, `id`, `options`, `targets`, `title`, `type`) and each plugin's options, in
/// alphabetical order as Grafana exports them.
enum GrafanaPanelJSON {
    /// The panel's JSON.
    static func render(_ panel: DashboardPanel) -> JSON {
        switch panel.visualization {
        case .row:
            return .object([
                ("collapsed", .bool(false)), ("gridPos", grid(panel.grid)), ("id", .int(panel.id)), ("panels", .array([])),
                ("title", .string(panel.title)), ("type", .string("row")),
            ])
        case .text:
            return .object([
                ("description", .string(panel.description)), ("gridPos", grid(panel.grid)), ("id", .int(panel.id)),
                ("options", .object([("content", .string(panel.content ?? panel.title)), ("mode", .string("markdown"))])),
                ("title", .string(panel.title)), ("type", .string("text")),
            ])
        default:
            return .object([
                ("datasource", GrafanaDashboardJSON.datasource),
                ("description", .string(panel.description)),
                ("fieldConfig", .object([("defaults", defaults(panel)), ("overrides", .array([]))])),
                ("gridPos", grid(panel.grid)),
                ("id", .int(panel.id)),
                ("options", options(panel)),
                ("targets", .array(panel.targets.map(target))),
                ("title", .string(panel.title)),
                ("type", .string(panel.visualization.rawValue)),
            ])
        }
    }

    private static func grid(_ grid: GridPosition) -> JSON {
        .object([("h", .int(grid.h)), ("w", .int(grid.w)), ("x", .int(grid.x)), ("y", .int(grid.y))])
    }

    private static func target(_ query: DashboardQuery) -> JSON {
        .object([
            ("datasource", GrafanaDashboardJSON.datasource),
            ("editorMode", .string("code")),
            ("expr", .string(query.expression)),
            ("format", .string(query.format.rawValue)),
            ("instant", .bool(query.instant)),
            // Grafana's automatic legend for queries written by hand.
            ("legendFormat", .string(query.legend.isEmpty ? "__auto" : query.legend)),
            ("range", .bool(!query.instant)),
            ("refId", .string(query.refID)),
        ])
    }

    /// `fieldConfig.defaults`: colour, the time series' drawing style, min and max, thresholds and unit.
    private static func defaults(_ panel: DashboardPanel) -> JSON {
        var entries: [(String, JSON)] = []
        switch panel.visualization {
        case .stat, .gauge, .table:
            entries.append(("color", .object([("mode", .string("thresholds"))])))
        default:
            entries.append(("color", .object([("mode", .string("palette-classic"))])))
        }
        if panel.visualization == .timeseries {
            entries.append(("custom", .object([
                ("drawStyle", .string(panel.bars ? "bars" : "line")),
                ("fillOpacity", .int(panel.bars ? 80 : 10)),
                ("lineWidth", .int(1)),
                ("showPoints", .string("never")),
                ("spanNulls", .bool(false)),
                // Thresholds that come from alert rules are drawn where the alert fires.
                ("thresholdsStyle", .object([("mode", .string(panel.thresholdsFromAlerts ? "line" : "off"))])),
            ])))
        }
        entries.append(("mappings", .array([])))
        if let max = panel.max { entries.append(("max", .number(max))) }
        if let min = panel.min { entries.append(("min", .number(min))) }
        let steps: [JSON] = panel.thresholds.map { step in
            .object([("color", .string(step.color)), ("value", step.value.map(JSON.number) ?? .null)])
        }
        entries.append(("thresholds", .object([("mode", .string("absolute")), ("steps", .array(steps))])))
        entries.append(("unit", .string(panel.unit)))
        return .object(entries)
    }

    /// Each plugin's options, with the values Grafana sets for a new panel of that plugin.
    private static func options(_ panel: DashboardPanel) -> JSON {
        let reduce = JSON.object([
            ("calcs", .array([.string("lastNotNull")])), ("fields", .string("")), ("values", .bool(false)),
        ])
        switch panel.visualization {
        case .stat:
            return .object([
                ("colorMode", .string("value")), ("graphMode", .string("area")), ("justifyMode", .string("auto")),
                ("orientation", .string("auto")), ("reduceOptions", reduce), ("textMode", .string("auto")),
            ])
        case .gauge:
            return .object([
                ("orientation", .string("auto")), ("reduceOptions", reduce), ("showThresholdLabels", .bool(false)),
                ("showThresholdMarkers", .bool(true)),
            ])
        case .table:
            return .object([("cellHeight", .string("sm")), ("showHeader", .bool(true))])
        case .piechart:
            return .object([
                ("legend", .object([
                    ("displayMode", .string("list")), ("placement", .string("right")), ("showLegend", .bool(true)),
                ])),
                ("pieType", .string("pie")), ("reduceOptions", reduce),
                ("tooltip", .object([("mode", .string("single")), ("sort", .string("none"))])),
            ])
        case .heatmap:
            return .object([
                // Buckets from a histogram are drawn as they are; other series are bucketed by Grafana.
                ("calculate", .bool(!panel.bucketed)),
                ("cellGap", .int(1)),
                ("color", .object([
                    ("exponent", .number(0.5)), ("mode", .string("scheme")), ("scale", .string("exponential")),
                    ("scheme", .string("Oranges")), ("steps", .int(64)),
                ])),
                ("legend", .object([("show", .bool(true))])),
                ("yAxis", .object([("axisPlacement", .string("left")), ("unit", .string(panel.unit))])),
            ])
        default:
            return .object([
                ("legend", .object([
                    ("calcs", .array([])), ("displayMode", .string("list")), ("placement", .string("bottom")),
                    ("showLegend", .bool(true)),
                ])),
                ("tooltip", .object([("mode", .string("multi")), ("sort", .string("desc"))])),
            ])
        }
    }
}
