#if canImport(FoundationXML)
import FoundationXML
#else
import Foundation
#endif
import OAASCore
import OAASReporters

/// Renders findings as Checkstyle XML (version 4.3, the shape SwiftLint, hadolint and tflint write), for
/// Jenkins warnings-ng, reviewdog and Sonar: one `<file>` per file reported on, passing files included
/// so that consumers see them as checked, each holding an `<error line column severity message
/// source="oaas.<id>"/>` per active finding.
///
/// Suppressed findings are left out: Checkstyle has no notion of a dismissed finding. Columns are
/// oaas's own (Unicode scalars), those of the canonical lines.
public enum CheckstyleReporter {
    /// Renders a report, written with libxml2 through FoundationXML.
    /// - Returns: the XML document with a trailing newline.
    public static func render(_ report: FindingsReport) -> String {
        let root = XMLElement(name: "checkstyle")
        FindingsXML.attribute(root, "version", "4.3")
        var byFile: [String: [Diagnostic]] = [:]
        for diagnostic in report.active { byFile[diagnostic.range.file, default: []].append(diagnostic) }
        for path in FindingsXML.files(report) {
            let file = XMLElement(name: "file")
            FindingsXML.attribute(file, "name", path)
            for diagnostic in byFile[path] ?? [] {
                let error = XMLElement(name: "error")
                FindingsXML.attribute(error, "line", String(max(1, diagnostic.range.start.line)))
                FindingsXML.attribute(error, "column", String(max(1, diagnostic.range.start.column)))
                FindingsXML.attribute(error, "severity", severity(diagnostic.severity))
                FindingsXML.attribute(error, "message", diagnostic.message)
                FindingsXML.attribute(error, "source", "oaas.\(diagnostic.id)")
                file.addChild(error)
            }
            root.addChild(file)
        }
        return FindingsXML.document(root)
    }

    /// Checkstyle's severity of a finding: Checkstyle calls a note `info`.
    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "info"
        }
    }
}

/// What the XML findings reports (Checkstyle, JUnit) share.
enum FindingsXML {
    /// The files the report covers, sorted: every file reported on (a file without findings passed),
    /// plus any other file a finding is located in.
    static func files(_ report: FindingsReport) -> [String] {
        var files = Set(report.files)
        for diagnostic in report.diagnostics { files.insert(diagnostic.range.file) }
        return files.sorted()
    }

    /// The document, with the declaration CI tools expect and empty elements written `<file …/>`.
    /// The document is serialised as UTF-8 (an element alone would have its attributes' non-ASCII
    /// characters written as character references), and FoundationXML's declaration, which adds
    /// `standalone="no"` and spells the encoding in lowercase, is replaced.
    static func document(_ root: XMLElement) -> String {
        let document = XMLDocument(rootElement: root)
        document.version = "1.0"
        document.characterEncoding = "UTF-8"
        var text = document.xmlString(options: [.nodePrettyPrint, .nodeCompactEmptyElement])
        if text.hasPrefix("<?xml"), let end = text.range(of: "?>") { text.removeSubrange(text.startIndex..<end.upperBound) }
        while text.first == "\n" { text.removeFirst() }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + text + (text.hasSuffix("\n") ? "" : "\n")
    }

    /// Adds an attribute. libxml2 escapes `<`, `&`, quotes and line breaks in it.
    static func attribute(_ element: XMLElement, _ name: String, _ value: String) {
        if let node = XMLNode.attribute(withName: name, stringValue: xmlSafe(value)) as? XMLNode { element.addAttribute(node) }
    }

    /// An element holding text.
    static func element(_ name: String, text: String) -> XMLElement {
        XMLElement(name: name, stringValue: xmlSafe(text))
    }

    /// The text with every character XML 1.0 cannot hold (control characters other than tab, LF and
    /// CR; U+FFFE, U+FFFF) replaced by U+FFFD: libxml2 writes them as they are, and the document
    /// would then not parse. A YAML file may quote such a character, and messages quote values.
    static func xmlSafe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !allowed($0) }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { result.append(allowed(scalar) ? scalar : "\u{FFFD}") }
        return String(result)
    }

    private static func allowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xFFFD: true
        case 0x10000...0x10FFFF: true
        default: false
        }
    }
}
