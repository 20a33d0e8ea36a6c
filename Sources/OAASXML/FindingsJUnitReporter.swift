#if canImport(FoundationXML)
import FoundationXML
#else
import Foundation
#endif
import OAASCore
import OAASReporters

/// Renders findings as JUnit XML, written with libxml2 through FoundationXML, in the subset GitLab,
/// Jenkins and Buildkite parse: one `<testsuite>`, and one `<testcase classname="oaas.<command>"
/// name="<path>" file="<path>">` per file, so that a CI dashboard lists every checked file, passing
/// ones included. Test cases are keyed on classname and name (GitLab keeps only the first of a
/// duplicate), and a path is unique in a report.
///
/// A file fails when it has an active finding at or above `report.failOn`, as the exit status does:
/// `<failure type="<highest severity>" message="2 errors, 1 warning">` holds those findings' canonical
/// lines and notes. The findings below the failing severity, and the suppressed ones with their
/// justification, go to the test case's `<system-out>`, so that a passing file still shows them.
///
/// The output is deterministic: every `time` is 0, and there are no timestamps or host names.
public enum FindingsJUnitReporter {
    /// Renders a report.
    /// - Returns: the XML document with a trailing newline.
    public static func render(_ report: FindingsReport) -> String {
        let name = "oaas \(report.command)"
        var byFile: [String: [Diagnostic]] = [:]
        for diagnostic in report.diagnostics { byFile[diagnostic.range.file, default: []].append(diagnostic) }
        let suite = XMLElement(name: "testsuite")
        var tests = 0
        var failures = 0
        var cases: [XMLElement] = []
        for path in FindingsXML.files(report) {
            let (element, failed) = testCase(path, findings: byFile[path] ?? [], command: report.command, failOn: report.failOn)
            cases.append(element)
            tests += 1
            if failed { failures += 1 }
        }
        // Attributes first, so that they precede the cases in the element's attribute order.
        FindingsXML.attribute(suite, "name", name)
        FindingsXML.attribute(suite, "tests", String(tests))
        FindingsXML.attribute(suite, "failures", String(failures))
        FindingsXML.attribute(suite, "errors", "0")
        FindingsXML.attribute(suite, "skipped", "0")
        FindingsXML.attribute(suite, "time", "0")
        for element in cases { suite.addChild(element) }
        let root = XMLElement(name: "testsuites")
        FindingsXML.attribute(root, "name", name)
        FindingsXML.attribute(root, "tests", String(tests))
        FindingsXML.attribute(root, "failures", String(failures))
        FindingsXML.attribute(root, "errors", "0")
        FindingsXML.attribute(root, "time", "0")
        root.addChild(suite)
        return FindingsXML.document(root)
    }

    /// One file's test case, and whether it fails.
    static func testCase(_ path: String, findings: [Diagnostic], command: String, failOn: Severity) -> (XMLElement, Bool) {
        let element = XMLElement(name: "testcase")
        FindingsXML.attribute(element, "classname", "oaas.\(command)")
        FindingsXML.attribute(element, "name", path)
        FindingsXML.attribute(element, "file", path)
        FindingsXML.attribute(element, "time", "0")
        let active = findings.filter { $0.suppression == nil }
        let failing = active.filter { $0.severity >= failOn }
        let text = TextReporter(snippets: false, color: false)
        if let highest = failing.map(\.severity).max() {
            let failure = FindingsXML.element("failure", text: trimmed(text.render(failing, sources: [:])))
            FindingsXML.attribute(failure, "type", highest.rawValue)
            FindingsXML.attribute(failure, "message", counts(failing))
            element.addChild(failure)
        }
        var output = text.render(active.filter { $0.severity < failOn }, sources: [:])
        for finding in findings {
            guard let suppression = finding.suppression else { continue }
            output += text.render([finding], sources: [:]) + "  " + describe(suppression) + "\n"
        }
        if !output.isEmpty { element.addChild(FindingsXML.element("system-out", text: trimmed(output))) }
        return (element, !failing.isEmpty)
    }

    /// `2 errors, 1 warning`: the failing findings by severity, the most severe first.
    static func counts(_ findings: [Diagnostic]) -> String {
        var parts: [String] = []
        for severity in Severity.allCases.reversed() {
            let count = findings.count { $0.severity == severity }
            guard count > 0 else { continue }
            parts.append("\(count) \(severity.rawValue)\(count == 1 ? "" : "s")")
        }
        return parts.joined(separator: ", ")
    }

    /// Why a finding does not count: where the inline comment is and its reason, or the baseline's
    /// justification.
    static func describe(_ suppression: Suppression) -> String {
        switch suppression.kind {
        case .inSource:
            let place = suppression.range.map { " at \($0.file):\($0.start.line):\($0.start.column)" } ?? ""
            return "suppressed\(place): \(suppression.justification)"
        case .external:
            return "suppressed: \(suppression.justification)"
        }
    }

    /// The text without its final newline: element content ends where the last line does.
    private static func trimmed(_ text: String) -> String {
        text.hasSuffix("\n") ? String(text.dropLast()) : text
    }
}
