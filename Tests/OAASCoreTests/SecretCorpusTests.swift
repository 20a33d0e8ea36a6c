import Foundation
import Testing
@testable import OAASCore

/// Measured quality of the secret scanner on the labelled corpus in `benchmarks/secrets/`: files of every
/// kind with planted (fabricated) secrets and look-alikes, and `labels.json`, the findings expected, by
/// file, line and rule. Every label must be found (recall 100 %) and nothing else (no false positive).
@Suite("Secret corpus")
struct SecretCorpusTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("benchmarks/secrets")

    struct Label: Hashable, Decodable, CustomStringConvertible {
        let file: String
        let line: Int
        let rule: String
        var description: String { "\(file):\(line) [\(rule)]" }
    }

    struct Labels: Decodable { let labels: [Label] }

    /// Every file of the corpus, with its path relative to the corpus folder.
    static func corpus() throws -> [SourceFile] {
        let root = folder.appendingPathComponent("corpus")
        let enumerator = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]))
        var files: [SourceFile] = []
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            let path = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
            files.append(SourceFile(path: path, bytes: [UInt8](try Data(contentsOf: url))))
        }
        return files.sorted { $0.path < $1.path }
    }

    @Test func everyPlantedSecretIsFoundAndNothingElse() throws {
        let files = try Self.corpus()
        #expect(files.count >= 40, "the corpus should hold 40 to 60 files")
        let data = try Data(contentsOf: Self.folder.appendingPathComponent("labels.json"))
        let expected = Set(try JSONDecoder().decode(Labels.self, from: data).labels)
        var found: Set<Label> = []
        var planted: [String: String] = [:]
        for file in files {
            for diagnostic in SecretScanner.scan(file) {
                found.insert(Label(file: file.path, line: diagnostic.range.start.line, rule: diagnostic.id))
                planted[diagnostic.message] = String(decoding: file.bytes[diagnostic.range.start.offset..<diagnostic.range.end.offset], as: UTF8.self)
            }
        }
        let hits = expected.intersection(found)
        let missed = expected.subtracting(found).sorted { $0.description < $1.description }
        let falsePositives = found.subtracting(expected).sorted { $0.description < $1.description }
        let hygiene = expected.filter { $0.rule == "secret.literal-in-secret-field" }
        print("secret corpus: recall \(hits.count)/\(expected.count), false positives \(falsePositives.count)"
            + " (secrets \(hits.subtracting(hygiene).count)/\(expected.subtracting(hygiene).count),"
            + " literal-in-secret-field \(hits.intersection(hygiene).count)/\(hygiene.count); \(files.count) files)")
        #expect(missed.isEmpty, "missed: \(missed)")
        #expect(falsePositives.isEmpty, "false positives: \(falsePositives)")
        // No message shows the value it reports (values of 12 or more characters; shorter ones show `****`).
        for (message, value) in planted where value.count >= 5 {
            #expect(!message.contains(value), "\(message)")
        }
    }
}
