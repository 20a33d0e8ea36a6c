/// The regions a workspace runs in and keeps backups in, and the cloud regions known to be in the
/// European Economic Area.
enum DeploymentRegions {
    /// Every deployment and backup region the workspace declares, with what declares it: the
    /// Workspace's `deployment.regions`, `deployment.multi_region.regions`, `recovery.backup_regions` and
    /// `context.region`, and a WorkspaceContext's `cloud_platforms.regions`.
    static func declared(_ facts: ComplianceFacts) -> [(region: Located<String>, role: String)] {
        var result: [(region: Located<String>, role: String)] = []
        for (resource, model) in facts.workspaces {
            for region in model.deployment?.regions ?? [] { result.append((region, "deployment region")) }
            for region in model.deployment?.backupRegions ?? [] { result.append((region, "backup region")) }
            if let region = ComplianceReading.value(resource.document["spec"], ["context", "region"])?.located {
                result.append((region, "workspace region"))
            }
        }
        for resource in facts.project.resources {
            guard case .workspaceContext = resource.model else { continue }
            SettingsReading.forEachEntry(in: resource.document) { entry, parent in
                guard entry.key == "regions", SettingsReading.lastKey(parent.path) == "cloud_platforms" else { return }
                for item in entry.value.items {
                    if let region = item.located { result.append((region, "cloud region")) }
                }
            }
        }
        return result
    }

    /// Cloud regions in the EEA (EU member states, Iceland, Liechtenstein, Norway), by provider code.
    /// Not inferred from an `eu-` prefix: AWS `eu-west-2` is London and `eu-central-2` Zurich, both
    /// outside the EEA. Reviewed 2026-11-21 against AWS's and Google Cloud's published region lists (AWS
    /// `eu-south-2` Spain, Google `europe-north2` Stockholm, `europe-west10` Berlin, `europe-west12`
    /// Turin) and Azure's region names; regions open often, so a region missing here is reported as not
    /// known to be in the EEA rather than as outside it.
    static let eea: Set<String> = [
        // AWS
        "eu-central-1", "eu-west-1", "eu-west-3", "eu-north-1", "eu-south-1", "eu-south-2",
        // Google Cloud
        "europe-central2", "europe-north1", "europe-north2", "europe-southwest1", "europe-west1", "europe-west3",
        "europe-west4", "europe-west8", "europe-west9", "europe-west10", "europe-west12",
        // Azure
        "westeurope", "northeurope", "francecentral", "francesouth", "germanywestcentral", "germanynorth",
        "swedencentral", "swedensouth", "italynorth", "polandcentral", "spaincentral", "norwayeast", "norwaywest",
    ]

    /// Whether a region is known to be in the EEA.
    static func isInEEA(_ region: String) -> Bool { eea.contains(region.lowercased().trimmingWhitespace()) }
}
