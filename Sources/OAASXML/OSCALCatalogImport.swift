import OAASCore

/// Reads an OSCAL catalog given with `--catalog [KEY=]FILE`, in whichever format it is written: XML
/// (by extension or a leading `<`) through `OSCALXMLCatalogReader`, else JSON through `OSCALCatalogReader`.
public enum OSCALCatalogImport {
    /// Splits a `--catalog` argument into its optional key and its path: `nist-800-53=rev5.xml`, or a path
    /// alone (an `=` after a `/` belongs to the path).
    public static func argument(_ text: String) -> (key: String?, path: String) {
        guard let equals = text.firstIndex(of: "="), !text[..<equals].contains("/") else { return (nil, text) }
        return (String(text[..<equals]).lowercased(), String(text[text.index(after: equals)...]))
    }

    /// Reads a catalog file.
    public static func read(_ file: SourceFile) -> Result<ControlCatalog, OSCALCatalogReader.Failure> {
        let firstByte = file.bytes.first { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") && $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\n") }
        let isXML = file.path.lowercased().hasSuffix(".xml") || firstByte == UInt8(ascii: "<")
        return isXML ? OSCALXMLCatalogReader.read(file) : OSCALCatalogReader.read(file)
    }

    /// The key a catalog is imported under: the one given, else the catalog's `framework` property, else
    /// the file's name without its extension (NIST's catalogs have no such property).
    public static func key(given: String?, catalog: ControlCatalog, path: String) -> String {
        if let given { return given }
        if catalog.framework != catalog.title { return catalog.framework }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let stem = name.split(separator: ".", omittingEmptySubsequences: false).dropLast().joined(separator: ".")
        return (stem.isEmpty ? name : stem).lowercased()
    }
}
