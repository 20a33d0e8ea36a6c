import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import OAASCore

/// Reads an OSCAL catalog in XML (`<catalog xmlns="http://csrc.nist.gov/ns/oscal/1.0">`, such as NIST SP
/// 800-53 rev5) into a `ControlCatalog`, the same model the JSON reader builds. Parsed with libxml2
/// through FoundationXML's event parser, which reports line numbers for errors. Groups and controls
/// nest; every `control` at any depth is collected with its `@id`, its `title` and its `prop`s (the
/// `label` prop is the display ID).
public enum OSCALXMLCatalogReader {
    /// Reads one catalog file.
    /// - Returns: the catalog, or a `file:line:col: message` failure.
    public static func read(_ file: SourceFile) -> Result<ControlCatalog, OSCALCatalogReader.Failure> {
        let collector = Collector(path: file.path)
        let parser = XMLParser(data: Data(file.bytes))
        parser.delegate = collector
        parser.shouldProcessNamespaces = true
        // No external entities or DTDs: a catalog is data from anywhere.
        parser.shouldResolveExternalEntities = false
        if !parser.parse() {
            let message = collector.failure ?? parser.parserError.map { "not well-formed XML (\(($0 as NSError).code))" } ?? "not well-formed XML"
            let line = collector.failureLine ?? parser.lineNumber
            let column = collector.failureColumn ?? parser.columnNumber
            return .failure(OSCALCatalogReader.Failure(description: "\(file.path):\(max(1, line)):\(max(1, column)): \(message)"))
        }
        // libxml2 through XMLParser can report success on a document cut short; the root must have closed.
        if collector.sawCatalog, !collector.rootClosed {
            let lines = max(1, file.lineStarts.count)
            return .failure(OSCALCatalogReader.Failure(description: "\(file.path):\(lines):1: the document ends before </catalog>"))
        }
        guard collector.sawCatalog else {
            return .failure(OSCALCatalogReader.Failure(description: "\(file.path):1:1: expected an OSCAL <catalog> root element"))
        }
        guard let title = collector.catalogTitle, !title.isEmpty else {
            return .failure(OSCALCatalogReader.Failure(description: "\(file.path):1:1: the catalog's <metadata> needs a <title>"))
        }
        let framework = collector.metadataProps.first { $0.name == "framework" }?.value ?? title
        return .success(ControlCatalog(
            framework: framework, title: title, version: collector.version ?? "",
            reviewed: collector.metadataProps.first { $0.name == "reviewed" }?.value,
            controls: collector.controls.map(\.control)))
    }

    /// Collects controls from parser events. One per parse; not shared across threads.
    final class Collector: NSObject, XMLParserDelegate {
        /// A control being read.
        struct Pending {
            let id: String
            var title = ""
            var props: [(name: String, value: String)] = []

            var control: ControlCatalog.Control {
                let label = props.first { $0.name == "label" }?.value ?? id
                return ControlCatalog.Control(id: id, label: label, title: title, props: props.filter { $0.name != "label" })
            }
        }

        let path: String
        var sawCatalog = false
        var rootClosed = false
        var catalogTitle: String?
        var version: String?
        var metadataProps: [(name: String, value: String)] = []
        /// Finished and open controls, in the order they open; `open` holds indices of the open ones.
        var controls: [Pending] = []
        var open: [Int] = []
        var seen: Set<String> = []
        /// The element names from the root, for context.
        var stack: [String] = []
        var text = ""
        var failure: String?
        var failureLine: Int?
        var failureColumn: Int?

        init(path: String) { self.path = path }

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if stack.isEmpty {
                guard name == "catalog" else { return fail(parser, "expected an OSCAL <catalog> root element, found <\(name)>") }
                sawCatalog = true
            }
            stack.append(name)
            text = ""
            switch name {
            case "control":
                guard let id = attributes["id"], !id.isEmpty else { return fail(parser, "a <control> needs an id attribute") }
                guard seen.insert(id).inserted else { return fail(parser, "control \"\(id)\" is declared twice") }
                controls.append(Pending(id: id))
                open.append(controls.count - 1)
            case "prop":
                guard let propName = attributes["name"], let value = attributes["value"] else { return }
                let parent = stack.count >= 2 ? stack[stack.count - 2] : ""
                if parent == "control", let index = open.last {
                    controls[index].props.append((propName, value))
                } else if parent == "metadata" {
                    metadataProps.append((propName, value))
                }
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text += string
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            let parent = stack.count >= 2 ? stack[stack.count - 2] : ""
            let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
            switch (name, parent) {
            case ("title", "metadata"): catalogTitle = value
            case ("version", "metadata"): version = value
            case ("title", "control"): if let index = open.last { controls[index].title = value }
            case ("control", _): _ = open.popLast()
            default: break
            }
            stack.removeLast()
            if stack.isEmpty { rootClosed = true }
            text = ""
        }

        private func fail(_ parser: XMLParser, _ message: String) {
            guard failure == nil else { return }
            failure = message
            failureLine = parser.lineNumber
            failureColumn = parser.columnNumber
            parser.abortParsing()
        }
    }
}
