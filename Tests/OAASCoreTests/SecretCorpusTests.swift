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

    /// A minified JSON file: 5,000 secrets on one line. Positions are computed by one walk along the line
    /// and overlaps by a sorted sweep; this used to take minutes (a position walk from the line start and
    /// a search of every kept finding, per finding). Timing is measured by hand, never by a test.
    @Test func thousandsOfSecretsOnOneLine() throws {
        // A fixed xorshift sequence: the same 5,000 random values on every run.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        var pairs: [String] = []
        for index in 0..<5_000 {
            var value = ""
            for _ in 0..<24 {
                state ^= state << 13
                state ^= state >> 7
                state ^= state << 17
                value.append(alphabet[Int(state % UInt64(alphabet.count))])
            }
            pairs.append("\"api_key_\(index)\": \"\(value)\"")
        }
        // A multi-byte character first, so columns and bytes differ all along the line.
        let file = SourceFile(path: "dump.json", text: "{\"note\": \"é\", " + pairs.joined(separator: ", ") + "}\n")
        let findings = SecretScanner.scan(file)
        #expect(findings.count == 5_000)
        #expect(findings.allSatisfy { $0.id == "secret.high-entropy-value" })
        // `position(ofOffset:)` walks from the line start each time: a sample keeps the check itself linear.
        for finding in findings.enumerated().filter({ $0.offset % 500 == 0 || $0.offset == findings.count - 1 }).map(\.element) {
            #expect(finding.range.start == file.position(ofOffset: finding.range.start.offset))
            #expect(finding.range.end == file.position(ofOffset: finding.range.end.offset))
        }
        let last = try #require(findings.last)
        #expect(last.message.hasSuffix("assigned to \"api_key_4999\""))
    }
}
