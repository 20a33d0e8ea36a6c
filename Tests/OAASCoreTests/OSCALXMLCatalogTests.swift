import OAASCore
import OAASXML
import Testing

/// Importing OSCAL catalogs written in XML, on a small catalog in NIST SP 800-53's shape.
@Suite("OSCAL XML catalogs")
struct OSCALXMLCatalogTests {
    static let catalog = """
        <?xml version="1.0" encoding="UTF-8"?>
        <catalog xmlns="http://csrc.nist.gov/ns/oscal/1.0" uuid="74c8ba1e-5cd4-4ad1-bbfd-d888e2f6c724">
          <metadata>
            <title>Mini Security and Privacy Controls</title>
            <last-modified>2026-11-21T00:00:00Z</last-modified>
            <version>5.1.1</version>
            <oscal-version>1.1.2</oscal-version>
            <prop name="framework" value="mini-800-53"/>
          </metadata>
          <group id="ac" class="family">
            <title>Access Control</title>
            <control id="ac-2" class="SP800-53">
              <title>Account Management</title>
              <param id="ac-2_prm_1"><label>organization-defined time period</label></param>
              <prop name="label" value="AC-2"/>
              <prop name="sort-id" value="ac-02"/>
              <part name="statement" id="ac-2_smt"><p>Define and document account types.</p></part>
              <control id="ac-2.1" class="SP800-53-enhancement">
                <title>Automated System Account Management</title>
                <prop name="label" value="AC-2(1)"/>
              </control>
            </control>
          </group>
          <group id="sc" class="family">
            <title>System and Communications Protection</title>
            <control id="sc-8">
              <title>Transmission Confidentiality and Integrity</title>
              <prop name="label" value="SC-8"/>
              <prop name="status" value="withdrawn"/>
            </control>
          </group>
        </catalog>
        """

    @Test func controlsLabelsAndMetadataAreRead() throws {
        let catalog = try OSCALXMLCatalogReader.read(SourceFile(path: "mini.xml", text: Self.catalog)).get()
        #expect(catalog.title == "Mini Security and Privacy Controls")
        #expect(catalog.framework == "mini-800-53")
        #expect(catalog.version == "5.1.1")
        #expect(catalog.controls.map(\.id) == ["ac-2", "ac-2.1", "sc-8"])
        #expect(catalog.controls.map(\.label) == ["AC-2", "AC-2(1)", "SC-8"])
        #expect(catalog.controls[0].title == "Account Management")
        // The `label` inside a <param> is not the control's label, and the statement is not its title.
        #expect(catalog.controls[0].props.map(\.name) == ["sort-id"])
        #expect(catalog.controls[2].props.first { $0.name == "status" }?.value == "withdrawn")
        #expect(catalog.control(cited: "AC-2(1)")?.id == "ac-2.1")
        #expect(catalog.control(cited: "sc-8")?.label == "SC-8")
    }

    @Test(arguments: [
        ("<profile xmlns=\"http://csrc.nist.gov/ns/oscal/1.0\"/>", "x.xml:1:"),
        ("<catalog><metadata><title>T</title></metadata><control><title>x</title></control></catalog>", "x.xml:1:"),
        ("<catalog><metadata><title>T</title></metadata>\n<control id=\"a\"/>\n<control id=\"a\"/></catalog>", "x.xml:3:"),
        ("<catalog><metadata><title>T</title>\n</metadata>\n<group>", "x.xml:3:"),
        ("<catalog><metadata></metadata></catalog>", "x.xml:1:1: the catalog's <metadata> needs a <title>"),
    ])
    func brokenCatalogsGivePositionedErrors(text: String, prefix: String) {
        guard case .failure(let failure) = OSCALXMLCatalogReader.read(SourceFile(path: "x.xml", text: text)) else {
            Issue.record("accepted: \(text)")
            return
        }
        #expect(failure.description.hasPrefix(prefix), "\(failure.description)")
    }

    /// An entity naming a local file stays unresolved: the title is empty and the catalog is refused.
    @Test func externalEntitiesAreNeverResolved() {
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE catalog [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <catalog><metadata><title>&secret;</title></metadata></catalog>
            """
        let result = OSCALXMLCatalogReader.read(SourceFile(path: "x.xml", text: text))
        switch result {
        case .success(let catalog): Issue.record("an unresolved entity gave the title \"\(catalog.title)\"")
        case .failure(let failure): #expect(!failure.description.contains("root:"), "\(failure.description)")
        }
    }
}
