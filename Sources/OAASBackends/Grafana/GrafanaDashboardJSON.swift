import OAASCore

/// A lowered dashboard as Grafana dashboard JSON (the model Grafana documents under "JSON model" and the
/// foundation SDK's `dashboard.Dashboard` decodes), keys in alphabetical order as Grafana exports them.
enum GrafanaDashboardJSON {
    /// The dashboard schema version written: 39, the version Grafana 10.4 writes, so that 10.4 loads the
    /// dashboards without migrating them. Later Grafana versions migrate forward on load, and their
    /// migrations (40: `refresh` must be a string; 41: `timepicker.time_options` is dropped; 42: how hidden
    /// series are recorded in `hideFrom`) touch nothing oaas writes, so the dashboards load the same in
    /// Grafana 11 and 12.
    static let schemaVersion = 39

    /// Every panel reads the data source the dashboard's `datasource` variable picks.
    static let datasource = JSON.object([("type", .string("prometheus")), ("uid", .string("${datasource}"))])

    /// The dashboard's JSON.
    static func render(_ dashboard: LoweredDashboard) -> JSON {
        var entries: [(String, JSON)] = [("annotations", annotations)]
        if let description = dashboard.description { entries.append(("description", .string(description))) }
        entries += [
            // Provisioned from files: edits in the UI would be lost on the next provisioning run.
            ("editable", .bool(false)),
            ("fiscalYearStartMonth", .int(0)),
            // Shared crosshair: hovering one panel marks the same moment on the others.
            ("graphTooltip", .int(1)),
            // Provisioned dashboards have no database id; Grafana assigns one.
            ("id", .null),
            ("links", .array([])),
            ("panels", .array(dashboard.panels.map(GrafanaPanelJSON.render))),
            ("refresh", .string(dashboard.refresh)),
            ("schemaVersion", .int(schemaVersion)),
            ("tags", .array(dashboard.tags.map(JSON.string))),
            ("templating", .object([("list", .array(dashboard.variables.map(variable)))])),
            ("time", .object([("from", .string(dashboard.timeFrom)), ("to", .string("now"))])),
            ("timepicker", .object([])),
            ("timezone", .string("browser")),
            ("title", .string(dashboard.title)),
            ("uid", .string(dashboard.uid)),
            ("version", .int(1)),
            ("weekStart", .string("")),
        ]
        return .object(entries)
    }

    /// No annotation queries of its own: Grafana adds its built-in "Annotations & Alerts" on load. (Writing
    /// it out needs `builtIn`, a key the foundation SDK's Grafana 10.1 dashboard model does not know.)
    private static let annotations = JSON.object([("list", .array([]))])

    /// A template variable: the data source picker, or a multi-value label filter defaulting to all values.
    private static func variable(_ variable: DashboardVariable) -> JSON {
        switch variable.kind {
        case .datasource(let pluginType):
            return .object([
                ("current", .object([])),
                ("hide", .int(0)),
                ("includeAll", .bool(false)),
                ("label", .string(variable.label)),
                ("multi", .bool(false)),
                ("name", .string(variable.name)),
                ("options", .array([])),
                ("query", .string(pluginType)),
                ("refresh", .int(1)),
                ("regex", .string("")),
                ("skipUrlSync", .bool(false)),
                ("type", .string("datasource")),
            ])
        case .labelValues(let query):
            return .object([
                // `.*` rather than Grafana's default list of every value: it also matches values that
                // appear after the list was loaded.
                ("allValue", .string(".*")),
                ("current", .object([
                    ("selected", .bool(true)), ("text", .array([.string("All")])), ("value", .array([.string("$__all")])),
                ])),
                ("datasource", datasource),
                ("hide", .int(0)),
                ("includeAll", .bool(true)),
                ("label", .string(variable.label)),
                ("multi", .bool(true)),
                ("name", .string(variable.name)),
                ("options", .array([])),
                ("query", .string(query)),
                // 2: reload the values whenever the time range changes.
                ("refresh", .int(2)),
                ("regex", .string("")),
                ("skipUrlSync", .bool(false)),
                // 1: alphabetical.
                ("sort", .int(1)),
                ("type", .string("query")),
            ])
        }
    }
}
