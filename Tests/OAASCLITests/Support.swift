import Foundation
import OAASCore
import OAASReporters

/// Paths and helpers shared by the golden and CLI tests.
enum TestSupport {
    /// The package root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `OAAS_UPDATE_FIXTURES=1` rewrites expected files (and fails the run, so it never passes in CI).
    static let updating = ProcessInfo.processInfo.environment["OAAS_UPDATE_FIXTURES"] == "1"

    /// Every `.yaml`/`.yml` file below `folder`, as source files with paths relative to `folder`.
    static func sources(in folder: URL) -> [SourceFile] {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: folder.path) else { return [] }
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String {
            if path.hasSuffix(".yaml") || path.hasSuffix(".yml") { paths.append(path) }
        }
        return paths.sorted().compactMap { path in
            manager.contents(atPath: folder.appendingPathComponent(path).path).map { SourceFile(path: path, bytes: [UInt8]($0)) }
        }
    }

    /// The canonical text output for a set of files, as `oaas validate` prints it when not on a terminal.
    static func canonicalOutput(_ files: [SourceFile]) -> String {
        let result = Compiler.compile(files)
        return TextReporter(snippets: false, color: false).render(result.diagnostics, sources: [:])
    }

    /// Sub-folders of `folder`, sorted.
    static func folders(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }.filter { url in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }

    /// A line diff good enough to read a golden mismatch.
    static func diff(expected: String, actual: String) -> String {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let missing = expectedLines.filter { !actualLines.contains($0) }.map { "- \($0)" }
        let extra = actualLines.filter { !expectedLines.contains($0) }.map { "+ \($0)" }
        return (missing + extra).joined(separator: "\n")
    }
}
