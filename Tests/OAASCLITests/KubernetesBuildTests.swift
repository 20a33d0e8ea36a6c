import Foundation
import OAASBackends
import OAASCore
import Testing

/// The `kubernetes` target beyond its golden fixtures: no secret value in any manifest, the same bytes on
/// every run, valid names in every object, and literal block scalars that read back exactly.
@Suite("Kubernetes target")
struct KubernetesBuildTests {
    static let fixtures = TestSupport.root.appendingPathComponent("fixtures/build")

    /// The artifacts of a build fixture.
    static func artifacts(_ name: String) -> [Artifact] {
        BuildFixture.run(in: fixtures.appendingPathComponent(name)).artifacts
    }

    @Test func secretValuesFromEnvFilesNeverReachAManifest() throws {
        let folder = Self.fixtures.appendingPathComponent("kubernetes-env-file")
        let env = try String(contentsOf: folder.appendingPathComponent("prod.env"), encoding: .utf8)
        let artifacts = Self.artifacts("kubernetes-env-file")
        #expect(!artifacts.isEmpty)
        var secrets: [String] = []
        for line in env.split(separator: "\n") where !line.hasPrefix("#") {
            guard let equals = line.firstIndex(of: "=") else { continue }
            let name = String(line[..<equals])
            let value = String(line[line.index(after: equals)...])
            if Redaction.isSecretName(name) || ["ALERT_WEBHOOK", "AUDIT_DB_URL"].contains(name) { secrets.append(value) }
        }
        #expect(secrets.count == 5)
        for artifact in artifacts {
            for secret in secrets {
                #expect(!artifact.contents.contains(secret), "\(artifact.path) contains a secret")
            }
            // Not even part of one: the password inside the audit URL, the webhook's path.
            #expect(!artifact.contents.contains("s3cr3t") && !artifact.contents.contains("hunter2"))
            #expect(!artifact.contents.contains("T0000000"))
        }
        // The non-secret values were substituted.
        let namespace = try #require(artifacts.first { $0.path.hasSuffix("/namespace.yaml") })
        #expect(namespace.contents.contains("LOG_LEVEL: debug"))
    }

    @Test func buildsAreByteIdenticalAcrossRuns() {
        for name in ["kubernetes-daemon", "kubernetes-ossa-agent", "kubernetes-env-file"] {
            #expect(Self.artifacts(name) == Self.artifacts(name), "\(name)")
        }
    }

    @Test func everyObjectHasAValidNameAndNamespace() throws {
        var checked = 0
        for name in ["kubernetes-daemon", "kubernetes-ossa-agent", "kubernetes-env-file", "kubernetes-adjusted-settings", "kubernetes-no-daemon"] {
            for artifact in Self.artifacts(name) where !artifact.path.hasSuffix("kustomization.yaml") {
                #expect(artifact.path.hasPrefix("kubernetes/"))
                let parsed = YAMLParser.parse(SourceFile(path: artifact.path, text: artifact.contents))
                #expect(parsed.diagnostics.isEmpty, "\(artifact.path)")
                for document in parsed.documents {
                    let metadata = try #require(document.root?["metadata"])
                    let objectName = try #require(metadata["name"]?.scalar?.text)
                    #expect(KubernetesNames.label(objectName) == .name(objectName, truncated: false), "\(artifact.path): \(objectName)")
                    if let namespace = metadata["namespace"]?.scalar?.text {
                        #expect(KubernetesNames.label(namespace) == .name(namespace, truncated: false))
                        #expect(namespace != "default")
                    }
                    checked += 1
                }
            }
        }
        #expect(checked > 30)
    }

    @Test func literalBlocksReadBackExactly() throws {
        let texts = [
            "one\ntwo\n", "no final break\nsecond", "two breaks\n\n", "blank\n\nlines\n\n\n", "key: value\n# not a comment\n",
            "tab\there\n\tindented later\n", "later lines\n  are indented\n", "- looks like a list\n", "\"quoted\"\n'single'\n",
        ]
        for text in texts {
            let yaml = YAMLWriter.document(.object([("data", .object([("file.yaml", .string(text))]))]), literalBlocks: true)
            #expect(yaml.contains("|"), "\(text.debugDescription) was not written as a block")
            let parsed = YAMLParser.parse(SourceFile(path: "t.yaml", text: yaml))
            let root = try #require(parsed.documents.first?.root)
            #expect(root["data"]?["file.yaml"]?.scalar?.text == text, "\(text.debugDescription) read back differently from:\n\(yaml)")
        }
        // Strings a block cannot hold exactly stay quoted.
        for text in [" leading space\nx\n", "carriage\r\nreturn\n", "\n\n"] {
            let yaml = YAMLWriter.document(.object([("k", .string(text))]), literalBlocks: true)
            #expect(!yaml.contains("|"), "\(text.debugDescription)")
            let parsed = YAMLParser.parse(SourceFile(path: "t.yaml", text: yaml))
            #expect(parsed.documents.first?.root?["k"]?.scalar?.text == text)
        }
    }
}
