/// The control catalogs that ship with oaas (`catalogs/*.json`, embedded by `scripts/embed_catalogs.py`),
/// parsed on first use: a run that checks no compliance never pays for them.
public enum BuiltinCatalogs {
    /// Our framework keys, sorted: `eu-ai-act`, `gdpr`, `hipaa`, `iso-42001`, `nist-ai-rmf`, `soc2`, `sox`.
    public static var frameworks: [String] { sources.map(\.name) }

    /// Every bundled catalog, parsed once, by framework key.
    public static let all: [String: ControlCatalog] = {
        var result: [String: ControlCatalog] = [:]
        for source in sources {
            // A bundled catalog that does not parse is a build defect, caught by ControlCatalogTests.
            if case .success(let catalog) = OSCALCatalogReader.read(SourceFile(path: "catalogs/\(source.name).json", text: source.json)) {
                result[source.name] = catalog
            }
        }
        return result
    }()

    /// The bundled catalog of a framework.
    public static func catalog(_ framework: String) -> ControlCatalog? { all[framework] }
}
