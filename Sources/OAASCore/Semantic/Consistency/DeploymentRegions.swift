/// The regions a workspace runs in and keeps backups in, and the cloud regions known to be in the
/// European Economic Area.
enum DeploymentRegions {
    /// A region the workspace declares, and how.
    struct Declared {
        /// The region as written.
        let region: Located<String>
        /// What kind of region it is, as a noun: `deployment region`.
        let role: String
        /// How a message says it: `the workspace is deployed to`.
        let phrase: String
    }

    /// Every deployment, backup and cloud region some workspaces and contexts declare: the Workspace's
    /// `deployment.regions` (with `multi_region.regions`), `deployment.disaster_recovery.backup_regions`
    /// and `context.region`, and a WorkspaceContext's `cloud_platforms.regions`. Shared by the
    /// data-residency consistency pass and the compliance transfer check, so both read the same places.
    static func declared(
        workspaces: [(resource: Resource, model: Workspace)], contexts: [(resource: Resource, model: WorkspaceContext)]
    ) -> [Declared] {
        var result: [Declared] = []
        for (resource, model) in workspaces {
            for region in model.deployment?.regions ?? [] {
                result.append(Declared(region: region, role: "deployment region", phrase: "the workspace is deployed to"))
            }
            for region in model.deployment?.backupRegions ?? [] {
                result.append(Declared(region: region, role: "backup region", phrase: "the workspace backs up to"))
            }
            if let region = resource.document["spec"]?["context"]?["region"]?.located {
                result.append(Declared(region: region, role: "workspace region", phrase: "the workspace runs in"))
            }
        }
        for (resource, _) in contexts {
            SettingsReading.forEachEntry(in: resource.document) { entry, parent in
                guard entry.key == "regions", SettingsReading.lastKey(parent.path) == "cloud_platforms" else { return }
                for item in entry.value.items {
                    if let region = item.located {
                        result.append(Declared(region: region, role: "cloud region", phrase: "the context's cloud platforms include"))
                    }
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
