import Foundation
import OAASCore
import Testing

/// Keeps the diagnostic catalog, its documentation, the fixtures and the JSON Schemas in agreement.
@Suite("Diagnostic catalog and generated files")
struct CatalogTests {
    @Test func idsAreUniqueWellFormedAndSorted() {
        let ids = DiagnosticCatalog.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids == ids.sorted())
        for id in ids {
            #expect(id.range(of: #"^[a-z0-9]+(\.[a-z0-9]+(-[a-z0-9]+)*)+$"#, options: .regularExpression) != nil, "\(id)")
        }
    }

    @Test func everyDeclaredIDIsInTheCatalog() throws {
        let sources = TestSupport.root.appendingPathComponent("Sources")
        let enumerator = try #require(FileManager.default.enumerator(atPath: sources.path))
        var declared: Set<String> = []
        let pattern = try NSRegularExpression(pattern: #"\bid: "([a-z0-9.-]+)""#)
        while let path = enumerator.nextObject() as? String {
            guard path.hasSuffix(".swift") else { continue }
            let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                declared.insert(String(text[Range(match.range(at: 1), in: text)!]))
            }
        }
        let catalog = Set(DiagnosticCatalog.all.map(\.id))
        #expect(declared.subtracting(catalog).isEmpty, "declared but not in DiagnosticCatalog.all: \(declared.subtracting(catalog).sorted())")
        #expect(catalog.subtracting(declared).isEmpty)
    }

    @Test func everyIDHasAFixtureThatProducesIt() throws {
        let fixtures = TestSupport.root.appendingPathComponent("fixtures")
        let enumerator = try #require(FileManager.default.enumerator(atPath: fixtures.path))
        var produced = ""
        while let path = enumerator.nextObject() as? String {
            guard path.hasSuffix("expected.txt") else { continue }
            produced += (try? String(contentsOf: fixtures.appendingPathComponent(path), encoding: .utf8)) ?? ""
        }
        let missing = DiagnosticCatalog.all.map(\.id).filter { !produced.contains("[\($0)]") }
        #expect(missing.isEmpty, "no fixture produces: \(missing)")
    }

    @Test func everyIDIsDocumented() {
        for kind in DiagnosticCatalog.all {
            #expect(!kind.summary.isEmpty && !kind.explanation.isEmpty, "\(kind.id)")
        }
        let docs = TestSupport.root.appendingPathComponent("docs/diagnostics.md")
        let text = (try? String(contentsOf: docs, encoding: .utf8)) ?? ""
        #expect(text == DiagnosticDocs.renderAll(), "docs/diagnostics.md is stale; run `oaas schema --docs docs`")
    }

    @Test func committedSchemasMatchTheShapes() throws {
        let folder = TestSupport.root.appendingPathComponent("schemas")
        // Schemas of oaas's own outputs are written by hand (plan.schema.json: the resolved plan); CI checks
        // the outputs against them.
        let outputs: Set<String> = ["plan.schema.json"]
        let committed = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".schema.json") })
            .subtracting(outputs)
        let expected = Set(KindCatalog.withSchemas.map(\.schemaFileName) + [JSONSchemaExporter.configurationSchemaFileName])
        #expect(committed == expected, "schemas/ has stale or missing files")
        for kind in KindCatalog.withSchemas {
            let text = try? String(contentsOf: folder.appendingPathComponent(kind.schemaFileName), encoding: .utf8)
            #expect(text == JSONSchemaExporter.schema(for: kind), "schemas/\(kind.schemaFileName) is stale; run `oaas schema`")
        }
        let configuration = try? String(contentsOf: folder.appendingPathComponent(JSONSchemaExporter.configurationSchemaFileName), encoding: .utf8)
        #expect(configuration == JSONSchemaExporter.configurationSchema(), "schemas/oaas-configuration.schema.json is stale; run `oaas schema`")
    }

    @Test func shapeNamesAreUnique() {
        var names: [String: Int] = [:]
        func visit(_ shape: Shape, _ seen: inout Set<ObjectIdentifier>) {
            switch shape {
            case .object(let object):
                guard seen.insert(ObjectIdentifier(object)).inserted else { return }
                names[object.name, default: 0] += 1
                for field in object.fields { visit(field.shape, &seen) }
                if let extra = object.extra { visit(extra, &seen) }
            case .list(let item), .dictionary(let item): visit(item, &seen)
            case .either(let shapes): shapes.forEach { visit($0, &seen) }
            default: break
            }
        }
        var seen: Set<ObjectIdentifier> = []
        for kind in KindCatalog.all { visit(.object(kind.document), &seen) }
        #expect(names.filter { $0.value > 1 }.isEmpty, "two different shapes share a name: \(names.filter { $0.value > 1 }.keys.sorted())")
    }
}
