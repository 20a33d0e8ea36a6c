import Foundation
import OAASBackends
import OAASCore
import OAASReporters

/// The `fixtures/build/` area: each case is `oaas build <args> --out expected .` run in the case folder.
///
/// A case holds its input files (or an `input` file naming a folder relative to the package root, such as
/// `examples/enterprise`), an optional `args` file (`--target LIST`, `--env NAME`, `--env-file FILE`),
/// `expected.txt` (the build's diagnostics as canonical lines) and `expected/` (every artifact, as the
/// build writes it under `--out`). A build with errors writes nothing, so its case has no `expected/`.
enum BuildFixture {
    /// The build's diagnostics and artifacts for a case folder.
    static func run(in folder: URL) -> (text: String, artifacts: [Artifact]) {
        let inputFolder: URL
        if let named = try? String(contentsOf: folder.appendingPathComponent("input"), encoding: .utf8) {
            inputFolder = TestSupport.root.appendingPathComponent(named.trimmingCharacters(in: .whitespacesAndNewlines))
        } else {
            inputFolder = folder
        }
        let files = TestSupport.sources(in: inputFolder).filter { !$0.path.hasPrefix("expected/") }
        var targets = BuildTarget.allCases
        var environment: String?
        var envFiles: [SourceFile] = []
        let arguments = TestSupport.arguments(in: folder)
        var index = 0
        while index + 1 < arguments.count {
            let value = arguments[index + 1]
            switch arguments[index] {
            case "--target":
                targets = value == "all" ? BuildTarget.allCases : value.split(separator: ",").compactMap { BuildTarget(rawValue: String($0)) }
            case "--env":
                environment = value
            case "--env-file":
                guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(value).path) else {
                    return ("<--env-file \(value): no such file>\n", [])
                }
                envFiles.append(SourceFile(path: value, bytes: [UInt8](data)))
            default:
                return ("<unsupported build fixture option \"\(arguments[index])\">\n", [])
            }
            index += 2
        }
        let env = envFiles.isEmpty ? nil : EnvFile.load(envFiles)
        switch BuildPipeline.run(files, targets: targets, environment: environment, variables: env?.variables, extraDiagnostics: env?.diagnostics ?? []) {
        case .failure(.unknownEnvironment(let name, let known)):
            return ("<unknown environment \"\(name)\"; known: \(known.joined(separator: ", "))>\n", [])
        case .success(let result):
            return (TextReporter(snippets: false, color: false).render(result.diagnostics, sources: [:]), result.artifacts)
        }
    }

    /// Every file below `folder`, by path relative to it, with its text.
    static func tree(_ folder: URL) -> [String: String] {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: folder.path) else { return [:] }
        var files: [String: String] = [:]
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if manager.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = (try? String(contentsOf: url, encoding: .utf8)) ?? "<unreadable>"
            }
        }
        return files
    }

    /// Compares a case's artifacts with its `expected/` tree (or rewrites it when recording).
    /// - Returns: one line per difference; empty when they agree.
    static func compare(_ artifacts: [Artifact], in folder: URL) throws -> [String] {
        let expectedFolder = folder.appendingPathComponent("expected")
        if TestSupport.updating {
            try? FileManager.default.removeItem(at: expectedFolder)
            for artifact in artifacts {
                let url = expectedFolder.appendingPathComponent(artifact.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(artifact.contents.utf8).write(to: url)
            }
            return []
        }
        let expected = tree(expectedFolder)
        var differences: [String] = []
        var produced: Set<String> = []
        for artifact in artifacts {
            produced.insert(artifact.path)
            guard let text = expected[artifact.path] else {
                differences.append("unexpected artifact \(artifact.path)")
                continue
            }
            if text != artifact.contents {
                differences.append("\(artifact.path) differs:\n\(TestSupport.diff(expected: text, actual: artifact.contents))")
            }
        }
        for path in expected.keys.sorted() where !produced.contains(path) {
            differences.append("missing artifact \(path)")
        }
        return differences
    }
}
