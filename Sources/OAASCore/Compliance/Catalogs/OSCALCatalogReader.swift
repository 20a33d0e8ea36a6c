/// Reads an OSCAL catalog in JSON (`{"catalog": {"metadata": …, "groups": […], "controls": […]}}`) into a
/// `ControlCatalog`: our bundled catalogs, and published ones such as NIST SP 800-53 rev5. Groups and
/// controls nest; every control at any depth is collected. JSON is read with the YAML front end, so
/// errors carry positions.
public enum OSCALCatalogReader {
    /// A catalog that cannot be read: `file:line:col: what is wrong`.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// The positioned message.
        public let description: String

        /// Creates a failure from a `file:line:col: message` text.
        public init(description: String) { self.description = description }
    }

    /// Reads one catalog file.
    public static func read(_ file: SourceFile) -> Result<ControlCatalog, Failure> {
        let parsed = YAMLParser.parse(file)
        if let error = parsed.diagnostics.first(where: { $0.severity == .error }) {
            return .failure(failure(error.range, error.message))
        }
        guard parsed.documents.count == 1, let root = parsed.documents[0].root else {
            return .failure(failure(.fileStart(file.path), "expected one JSON object with a \"catalog\""))
        }
        guard let catalog = root["catalog"], catalog.mapping != nil else {
            return .failure(failure(root.range, "expected an OSCAL catalog: an object with a \"catalog\" key"))
        }
        guard let metadata = catalog["metadata"], let title = metadata["title"]?.scalar?.text else {
            return .failure(failure((catalog["metadata"] ?? catalog).range, "the catalog's \"metadata\" needs a \"title\""))
        }
        var controls: [ControlCatalog.Control] = []
        var seen: [String: SourceRange] = [:]
        // Depth-first in document order (a stack, children pushed in reverse), each control listed when
        // it is reached: a control comes before those nested in it and after its earlier siblings' ones.
        var pending: [(node: SyntaxNode, isControl: Bool)] = [(catalog, false)]
        while let (container, isControl) = pending.popLast() {
            if isControl {
                guard let id = container["id"]?.scalar?.text, !id.isEmpty else {
                    return .failure(failure(container.range, "a control needs an \"id\""))
                }
                if let first = seen[id] {
                    return .failure(failure(container.range, "control \"\(id)\" is declared twice (first at \(first.start.line):\(first.start.column))"))
                }
                seen[id] = container.range
                let props = self.props(container)
                let label = props.first { $0.name == "label" }?.value ?? id
                controls.append(ControlCatalog.Control(
                    id: id, label: label, title: container["title"]?.scalar?.text ?? "",
                    props: props.filter { $0.name != "label" }))
            }
            var children: [(node: SyntaxNode, isControl: Bool)] = []
            for key in ["groups", "controls"] {
                guard let list = container[key] else { continue }
                guard let items = list.sequence else { return .failure(failure(list.range, "\"\(key)\" must be a list")) }
                for item in items { children.append((item, key == "controls")) }
            }
            pending.append(contentsOf: children.reversed())
        }
        let metadataProps = props(metadata)
        let framework = metadataProps.first { $0.name == "framework" }?.value ?? title
        return .success(ControlCatalog(
            framework: framework, title: title, version: metadata["version"]?.scalar?.text ?? "",
            reviewed: metadataProps.first { $0.name == "reviewed" }?.value, controls: controls))
    }

    static func props(_ node: SyntaxNode) -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        for prop in node["props"]?.sequence ?? [] {
            guard let name = prop["name"]?.scalar?.text, let value = prop["value"]?.scalar?.text else { continue }
            result.append((name, value))
        }
        return result
    }

    static func failure(_ range: SourceRange, _ message: String) -> Failure {
        Failure(description: "\(range.file):\(range.start.line):\(range.start.column): \(message)")
    }
}
