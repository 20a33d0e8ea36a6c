import ArgumentParser
import Foundation
import OAASCore
import OAASReporters
import OAASXML

/// The output formats of the checking commands (validate, security-scan, compliance-check).
enum ReportFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// Canonical lines (`path:line:col: severity: message [id]`), with snippets on a terminal.
    case text
    /// The versioned JSON document of docs/json-output.md.
    case json
    /// SARIF 2.1.0 for GitHub code scanning.
    case sarif
    /// JUnit XML: a test case per file (per control for compliance-check).
    case junit
    /// GitHub Actions workflow-command annotations, then the text report.
    case github
    /// Checkstyle XML (Jenkins warnings-ng, reviewdog, Sonar).
    case checkstyle
    /// GitLab Code Quality JSON.
    case gitlab
    /// An audit report in Markdown (compliance-check only).
    case markdown

    /// The formats every checking command writes.
    static let findings: [ReportFormat] = [.text, .json, .sarif, .junit, .github, .checkstyle, .gitlab]

    /// The values help and completions list: markdown is compliance-check's alone, and its help says so.
    static var allValueStrings: [String] { findings.map(\.rawValue) }
}

/// Renders the findings formats shared by every checking command.
enum FindingsFormats {
    /// Renders `report` as `format`.
    /// - Parameters:
    ///   - project: the decoded workspace, listed by the JSON format.
    ///   - text: the text reporter's settings (snippets and colour on a terminal only).
    static func render(_ format: ReportFormat, _ report: FindingsReport, project: Project, text: TextReporter) -> String {
        switch format {
        case .text, .markdown:
            return text.render(report.active, sources: report.sources, secrets: report.diagnostics)
        case .json:
            return JSONReporter.render(report.diagnostics, project: project, summary: report.summary, fingerprints: report.fingerprints)
        case .sarif:
            return SARIFReporter.render(
                report.diagnostics, rules: report.rules, category: report.category, version: report.version, sources: report.sources)
        case .junit:
            return FindingsJUnitReporter.render(report)
        case .github:
            return GitHubAnnotationsReporter.render(report)
        case .checkstyle:
            return CheckstyleReporter.render(report)
        case .gitlab:
            return GitLabCodeQualityReporter.render(report)
        }
    }
}
