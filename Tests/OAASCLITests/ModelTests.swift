import Foundation
import OAASCore
import Testing

/// The typed models read what the files say, including the seed documents' short forms.
@Suite("Typed models")
struct ModelTests {
    static func project(_ fixture: String) -> Project {
        Compiler.compile(TestSupport.sources(in: TestSupport.root.appendingPathComponent("fixtures/\(fixture)"))).project
    }

    @Test func seedShortFormsAreRead() throws {
        let project = Self.project("workspace/seed-short-forms")
        var workspace: Workspace?
        var rules: OrchestrationRules?
        for resource in project.resources {
            if case .workspace(let model) = resource.model { workspace = model }
            if case .orchestrationRules(let model) = resource.model { rules = model }
        }
        let deployment = try #require(workspace?.deployment)
        #expect(deployment.rto?.value.milliseconds == 14_400_000)
        #expect(deployment.rpo?.value.milliseconds == 3_600_000)
        #expect(workspace?.security?.authenticationProviders.map(\.value) == ["okta", "azure-ad"])
        let patterns = try #require(rules?.patterns)
        let parallel = try #require(patterns.first { $0.kind == .parallel })
        #expect(parallel.groups.map { $0.name?.value } == ["Applications", "Infrastructure"])
        #expect(parallel.groups.first?.projects.map(\.value) == ["backend", "frontend", "mobile"])
        let fanout = try #require(patterns.first { $0.kind == .fanout })
        #expect(fanout.fanOut?.agent?.value == "security-auditor")
    }

    @Test func exampleFlowGraphIsModelled() throws {
        let files = TestSupport.sources(in: TestSupport.root.appendingPathComponent("examples/enterprise"))
        let project = Compiler.compile(files).project
        let flows = project.resources.compactMap { resource -> AgentFlow? in
            if case .agentFlow(let flow) = resource.model { return flow }
            return nil
        }
        #expect(flows.count == 2)
        for flow in flows {
            #expect(!flow.nodes.isEmpty)
            #expect(!flow.connections.isEmpty)
        }
    }
}
