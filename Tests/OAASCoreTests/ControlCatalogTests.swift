import Foundation
@testable import OAASCore
import Testing

/// The bundled compliance catalogs and the OSCAL catalog reader.
@Suite("Control catalogs")
struct ControlCatalogTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func embeddedCatalogsMatchTheJSONFiles() throws {
        let folder = Self.root.appendingPathComponent("catalogs")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(names.map { String($0.dropLast(5)) } == BuiltinCatalogs.frameworks)
        for source in BuiltinCatalogs.sources {
            let text = try String(contentsOf: folder.appendingPathComponent("\(source.name).json"), encoding: .utf8)
            #expect(text == source.json + "\n", "catalogs/\(source.name).json changed: run scripts/embed_catalogs.py")
        }
    }

    @Test func everyBundledCatalogParsesWithItsMetadata() {
        #expect(BuiltinCatalogs.frameworks == ["eu-ai-act", "gdpr", "hipaa", "iso-42001", "nist-ai-rmf", "soc2", "sox"])
        for framework in BuiltinCatalogs.frameworks {
            let catalog = BuiltinCatalogs.catalog(framework)
            #expect(catalog != nil, "\(framework) does not parse")
            #expect(catalog?.framework == framework)
            #expect(catalog?.reviewed == "2026-11-21")
            #expect(!(catalog?.version.isEmpty ?? true))
            #expect((catalog?.controls.count ?? 0) >= 25, "\(framework) has few controls")
            #expect(catalog?.controls.allSatisfy { !$0.title.isEmpty && !$0.label.isEmpty } ?? false)
        }
    }

    @Test func citedControlsAreFoundByLabelOrID() throws {
        let iso = try #require(BuiltinCatalogs.catalog("iso-42001"))
        #expect(iso.control(cited: "A.6.2.4")?.id == "a.6.2.4")
        #expect(iso.control(cited: "a.6.2.4")?.label == "A.6.2.4")
        #expect(iso.control(cited: "ISO42001:A.10.4")?.label == "A.10.4")
        // Annex A objectives are groups, not controls, and A.11 does not exist.
        #expect(iso.control(cited: "A.5.1") == nil)
        #expect(iso.control(cited: "A.11.1") == nil)
        let rmf = try #require(BuiltinCatalogs.catalog("nist-ai-rmf"))
        #expect(rmf.control(cited: "GOVERN 1.1") != nil)
        #expect(rmf.control(cited: "govern-1.1") == rmf.control(cited: "GOVERN 1.1"))
        #expect(rmf.control(cited: "MANAGE 9.9") == nil)
        let hipaa = try #require(BuiltinCatalogs.catalog("hipaa"))
        #expect(hipaa.control(cited: "§164.312(a)(1)") != nil)
        #expect(hipaa.control(cited: "164.312(b)") != nil)
        let soc2 = try #require(BuiltinCatalogs.catalog("soc2"))
        #expect(soc2.control(cited: "CC6.1") != nil)
        #expect(soc2.control(cited: "CC9.9") == nil)
    }

    @Test func nestedControlsAndPropsAreRead() {
        let text = """
            {"catalog": {"uuid": "x", "metadata": {"title": "T", "version": "5", "props": [{"name": "framework", "value": "t"}]},
              "groups": [{"id": "ac", "title": "Access", "controls": [
                {"id": "ac-1", "title": "Policy", "props": [{"name": "label", "value": "AC-1"}],
                 "controls": [{"id": "ac-1.1", "title": "Enhancement", "props": [{"name": "required", "value": "yes"}]}]},
                {"id": "ac-2", "title": "Accounts"}]}]}}
            """
        guard case .success(let catalog) = OSCALCatalogReader.read(SourceFile(path: "c.json", text: text)) else {
            Issue.record("did not parse")
            return
        }
        #expect(catalog.framework == "t")
        #expect(catalog.version == "5")
        #expect(catalog.reviewed == nil)
        // Document order, as the XML reader gives it: an enhancement right after the control it belongs to.
        #expect(catalog.controls.map(\.id) == ["ac-1", "ac-1.1", "ac-2"])
        #expect(catalog.controls[0].label == "AC-1")
        #expect(catalog.controls[1].label == "ac-1.1")
        #expect(catalog.controls[1].props.first?.value == "yes")
    }

    @Test(arguments: [
        ("{\"catalog\": {\"metadata\": {\"title\": \"T\"}, \"controls\": [{\"title\": \"no id\"}]}}", "c.json:1:55: a control needs an \"id\""),
        ("{\"profile\": {}}", "c.json:1:1: expected an OSCAL catalog: an object with a \"catalog\" key"),
        ("{\"catalog\": {\"metadata\": {}}}", "c.json:1:26: the catalog's \"metadata\" needs a \"title\""),
        ("{\"catalog\": {\"metadata\": {\"title\": \"T\"}, \"controls\": [{\"id\": \"a\"}, {\"id\": \"a\"}]}}",
         "c.json:1:68: control \"a\" is declared twice (first at 1:55)"),
    ])
    func brokenCatalogsGivePositionedErrors(text: String, expected: String) {
        guard case .failure(let failure) = OSCALCatalogReader.read(SourceFile(path: "c.json", text: text)) else {
            Issue.record("accepted: \(text)")
            return
        }
        #expect(failure.description == expected)
    }
}
