import OAASCore

/// Grafana's dashboard provisioning file (`provisioning/dashboards/*.yaml`, `apiVersion: 1`): one file
/// provider that loads every dashboard JSON from the directory the `grafana/dashboards/` output is
/// mounted at, into one folder named after the workspace.
enum GrafanaProvisioning {
    /// Where Grafana reads the dashboards: mount (or copy) `grafana/dashboards/` here.
    static let dashboardsPath = "/var/lib/grafana/dashboards/oaas"

    /// The provisioning YAML.
    static func render(workspaceName: String?) -> String {
        YAMLWriter.document(.object([
            ("apiVersion", .int(1)),
            ("providers", .array([.object([
                ("name", .string("oaas")),
                ("orgId", .int(1)),
                ("folder", .string(workspaceName ?? "oaas")),
                ("type", .string("file")),
                // Removing a dashboard from the workspace removes it from Grafana.
                ("disableDeletion", .bool(false)),
                ("updateIntervalSeconds", .int(60)),
                // The workspace is the source of truth; edits made in Grafana would be overwritten.
                ("allowUiUpdates", .bool(false)),
                ("options", .object([
                    ("path", .string(dashboardsPath)),
                    ("foldersFromFilesStructure", .bool(false)),
                ])),
            ])])),
        ]))
    }
}
