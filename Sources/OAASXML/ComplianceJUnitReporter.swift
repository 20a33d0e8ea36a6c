#if canImport(FoundationXML)
import FoundationXML
#else
import Foundation
#endif
import OAASCore
import OAASReporters

/// Renders a compliance report as JUnit XML, written with libxml2 through FoundationXML: one test suite
/// per framework, one test case per control (and per declaration rule), so that auditors see the
/// passing controls with their evidence as well as the failing ones. Failures carry the located
/// findings and the fix; not-applicable and manual controls are skipped with the reason.
public enum ComplianceJUnitReporter {
    /// Renders a report.
    public static func render(_ report: ComplianceReport) -> String {
        let root = XMLElement(name: "testsuites")
        var total = (tests: 0, failures: 0, skipped: 0)
        for framework in report.frameworks {
            let suite = XMLElement(name: "testsuite")
            var counts = (tests: 0, failures: 0, skipped: 0)
            var cases: [XMLElement] = []
            for result in framework.declarations {
                cases.append(testCase(
                    name: "declaration \(ComplianceWording.shortName(result.rule))", framework: framework.key,
                    status: result.outcome.status, results: [result], claim: nil))
            }
            for control in framework.controls {
                cases.append(testCase(
                    name: "\(control.label) \(control.title)", framework: framework.key, status: control.status,
                    results: control.rules, claim: control.claim))
            }
            for (element, status) in zip(cases, framework.declarations.map(\.outcome.status) + framework.controls.map(\.status)) {
                counts.tests += 1
                if status == .fail { counts.failures += 1 }
                if status == .manual || status == .notApplicable { counts.skipped += 1 }
                suite.addChild(element)
            }
            attribute(suite, "name", "\(framework.key): \(framework.catalog.title)")
            attribute(suite, "tests", String(counts.tests))
            attribute(suite, "failures", String(counts.failures))
            attribute(suite, "errors", "0")
            attribute(suite, "skipped", String(counts.skipped))
            attribute(suite, "timestamp", report.asOf.text + "T00:00:00")
            root.addChild(suite)
            total.tests += counts.tests
            total.failures += counts.failures
            total.skipped += counts.skipped
        }
        attribute(root, "name", "oaas compliance-check as of \(report.asOf.text)")
        attribute(root, "tests", String(total.tests))
        attribute(root, "failures", String(total.failures))
        attribute(root, "errors", "0")
        attribute(root, "skipped", String(total.skipped))
        let document = XMLDocument(rootElement: root)
        document.version = "1.0"
        document.characterEncoding = "UTF-8"
        return document.xmlString(options: [.nodePrettyPrint]) + "\n"
    }

    private static func testCase(name: String, framework: String, status: ControlStatus, results: [RuleResult], claim: ComplianceEvidence?) -> XMLElement {
        let element = XMLElement(name: "testcase")
        attribute(element, "name", name)
        attribute(element, "classname", "compliance.\(framework)")
        var evidence: [String] = []
        if let claim { evidence.append(line(claim)) }
        var failures: [String] = []
        var failureType = ""
        for result in results {
            let rule = ComplianceWording.shortName(result.rule)
            if case .fail = result.outcome {
                if failureType.isEmpty { failureType = result.rule.id }
                for diagnostic in result.diagnostics { failures.append(diagnostic.canonicalLine) }
                failures.append("fix: \(result.rule.remediation)")
            } else {
                for item in ComplianceWording.evidence(result.outcome) { evidence.append("\(rule): \(line(item))") }
            }
        }
        // A control the governance file itself marks as not met fails on that claim alone.
        if status == .fail, failures.isEmpty, let claim { failures.append(line(claim)) }
        switch status {
        case .fail:
            let failure = XMLElement(name: "failure", stringValue: failures.joined(separator: "\n"))
            attribute(failure, "message", failures.first ?? "failed")
            attribute(failure, "type", failureType)
            element.addChild(failure)
        case .notApplicable, .manual:
            let skipped = XMLElement(name: "skipped")
            let reason = evidence.isEmpty ? "no rule reads the configuration for this control; review the evidence" : evidence.joined(separator: "; ")
            attribute(skipped, "message", "\(status == .manual ? "manual" : "not applicable"): \(reason)")
            element.addChild(skipped)
        case .pass:
            break
        }
        if !evidence.isEmpty, status != .notApplicable {
            element.addChild(XMLElement(name: "system-out", stringValue: evidence.joined(separator: "\n")))
        }
        return element
    }

    private static func line(_ evidence: ComplianceEvidence) -> String {
        evidence.text + (ComplianceWording.place(evidence.range).map { " (\($0))" } ?? "")
    }

    private static func attribute(_ element: XMLElement, _ name: String, _ value: String) {
        if let node = XMLNode.attribute(withName: name, stringValue: value) as? XMLNode { element.addAttribute(node) }
    }
}
