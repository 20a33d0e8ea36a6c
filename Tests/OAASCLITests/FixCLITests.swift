import Foundation
import Testing

/// `oaas validate --fix`, run as a user would: on a copy of a `fixtures/fix/` case.
@Suite("oaas validate --fix")
struct FixCLITests {
    /// Copies a case's YAML inputs (not its `.fixed` files or goldens) into a new temporary folder.
    static func copy(_ name: String) throws -> URL {
        let source = FixTests.area.appendingPathComponent(name)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oaas-fix-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in TestSupport.sources(in: source) {
            try Data(file.bytes).write(to: folder.appendingPathComponent(file.path))
        }
        return folder
    }

    static func contents(_ url: URL) -> [UInt8] {
        FileManager.default.contents(atPath: url.path).map { [UInt8]($0) } ?? []
    }

    @Test(arguments: [("misspelled-keys", "fixed 9 issues in 2 files"), ("crlf-two-documents", "fixed 5 issues in 1 file"), ("yaml11-booleans", "fixed 7 issues in 1 file")])
    func fixesInPlaceAndValidatesClean(_ name: String, _ summary: String) throws {
        let folder = try Self.copy(name)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLITests().run(["validate", "--fix", "."], in: folder)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("oaas: \(summary)"), "\(result.stderr)")
        for file in TestSupport.sources(in: FixTests.area.appendingPathComponent(name)) {
            let expected = FixTests.expectedBytes(of: file, in: FixTests.area.appendingPathComponent(name))
            #expect(Self.contents(folder.appendingPathComponent(file.path)) == expected, "\(name)/\(file.path) is not as expected")
        }
        // Nothing is left to fix, and the files are not touched again.
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { name in
            (name, try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)[.modificationDate] as? Date)
        }
        let again = try CLITests().run(["validate", "--fix", "."], in: folder)
        #expect(again.status == 0)
        #expect(!again.stderr.contains("oaas: fixed") || again.stderr.contains("oaas: fixed 0 issues in 0 files"), "\(again.stderr)")
        let after = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { name in
            (name, try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)[.modificationDate] as? Date)
        }
        #expect(before.map(\.0) == after.map(\.0))
        #expect(before.map(\.1) == after.map(\.1))
    }

    @Test func reportsWhatRemainsAndKeepsPermissions() throws {
        let folder = try Self.copy("mixed")
        defer { try? FileManager.default.removeItem(at: folder) }
        let fleet = folder.appendingPathComponent("fleet.yaml")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: fleet.path)
        let result = try CLITests().run(["validate", "--fix", "."], in: folder)
        // An unknown value and a string for a boolean are errors no fix-it resolves.
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("oaas: fixed 4 issues in 2 files"), "\(result.stderr)")
        let remaining = try String(contentsOf: FixTests.area.appendingPathComponent("mixed/expected-fixed.txt"), encoding: .utf8)
        #expect(result.stdout == remaining)
        #expect(Self.contents(fleet) == Self.contents(FixTests.area.appendingPathComponent("mixed/fleet.yaml.fixed")))
        let permissions = try FileManager.default.attributesOfItem(atPath: fleet.path)[.posixPermissions] as? Int
        #expect(permissions == 0o640)
        // No temporary file is left beside the fixed ones.
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["context.yaml", "fleet.yaml"])
    }

    @Test func fixesTheTargetOfASymbolicLink() throws {
        let folder = try Self.copy("yaml11-booleans")
        defer { try? FileManager.default.removeItem(at: folder) }
        let real = folder.appendingPathComponent("real")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: folder.appendingPathComponent("context.yaml"), to: real.appendingPathComponent("context.yaml"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("context.yaml").path, withDestinationPath: "real/context.yaml")
        let result = try CLITests().run(["validate", "--fix", "context.yaml"], in: folder)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: folder.appendingPathComponent("context.yaml").path)
        #expect(link == "real/context.yaml")
        #expect(Self.contents(real.appendingPathComponent("context.yaml"))
            == Self.contents(FixTests.area.appendingPathComponent("yaml11-booleans/context.yaml.fixed")))
    }
}
