/// The OAAS `Agent` kind: one agent's identity, capabilities, protocols, frameworks, compliance,
/// deployment and monitoring. Keys follow the OSSA 0.1.8 examples (`00-agent-minimal` … `04-agent-enterprise`),
/// the OSSA v0.1.8 agent schema (`schemas/v0.1.8/agent-core.json`) and the zod agent schema; the
/// versions disagree, so capabilities and protocols are accepted in each written form.
enum OSSAAgentSchema {
    /// Frameworks an agent can declare compatibility with.
    static let frameworkNames = [
        "mcp", "langchain", "crewai", "autogen", "openai", "anthropic", "google", "huggingface", "ossa",
        "drupal", "vertex_ai", "azure_ai",
    ]

    static let capability = ObjectShape(
        "oaas-agent-capability", doc: "One capability the agent offers.",
        hints: ["input": "input_schema", "output": "output_schema", "framework": "frameworks"],
        fields: [
            Field("name", .string, "The capability's name, which routing rules refer to."),
            Field("id", .string, "A stable identifier."),
            Field("description", .string, "What the capability does."),
            Field("frameworks", .list(.string), "Frameworks the capability is exposed to; \"all\" means every one."),
            Field("input_schema", .string, "Path to the JSON Schema of the input."),
            Field("output_schema", .string, "Path to the JSON Schema of the output."),
            Field("compliance", .list(.string), "Frameworks or standards the capability complies with."),
            Field("sla", .grammar(.percentage(.percent)), "The availability promised (\"99.9%\")."),
            Field("security_level", .oneOfWords(["public", "internal", "confidential", "restricted"]), "How sensitive the capability is."),
            Field("tags", .list(.string), "Free-form tags."),
        ])

    /// A capability written as a name or as a mapping.
    static let capabilityItem = Shape.either([.string, .object(capability)])

    static let capabilityTiers = ObjectShape(
        "oaas-agent-capability-tiers", doc: "Capabilities split into primary and secondary.",
        fields: [
            Field("primary", .list(capabilityItem), "The agent's main capabilities."),
            Field("secondary", .list(capabilityItem), "Further capabilities."),
        ])

    static let identity = ObjectShape(
        "oaas-agent-identity", doc: "Who the agent is.",
        fields: [
            Field("name", .string, "The agent's display name."),
            Field("expertise", .string, "What the agent is expert in."),
            Field("type", .oneOfWords(["individual", "team", "orchestrator", "specialist"]), "The agent's role."),
            Field("description", .string, "What the agent does."),
            Field("version", .string, "The agent's version."),
        ])

    static let frameworkConfig = ObjectShape(
        "oaas-agent-framework", doc: "How the agent integrates with one framework.",
        fields: [
            Field("enabled", .bool, "Whether the integration is on."),
            Field("version", .string, "The framework version targeted."),
            Field("conformance_level", .oneOfWords(["core", "governed", "advanced"]), "The OSSA conformance level (ossa)."),
            Field("server_name", .string, "The MCP server's name (mcp)."),
            Field("server_config", .dictionary(.string), "The MCP server's host and port (mcp)."),
            Field("tool_type", .string, "How tools are exposed (langchain)."),
            Field("async_support", .bool, "Whether calls may be asynchronous (langchain)."),
            Field("streaming", .bool, "Whether responses stream."),
            Field("memory_compatible", .bool, "Whether framework memory is supported (langchain)."),
            Field("memory", .string, "The memory type (langchain)."),
            Field("chains", .list(.string), "Chains the agent joins (langchain)."),
            Field("role", .string, "The crew role (crewai)."),
            Field("backstory", .string, "The crew backstory (crewai)."),
            Field("delegation", .bool, "Whether the agent may delegate (crewai)."),
            Field("delegation_enabled", .bool, "Whether the agent may delegate (crewai)."),
            Field("collaboration", .string, "How the crew collaborates (crewai)."),
            Field("agent_type", .string, "The AutoGen agent type (autogen)."),
            Field("system_message", .string, "The system message (autogen)."),
            Field("conversation_style", .string, "The conversation style (autogen)."),
            Field("code_execution", .bool, "Whether the agent may run code (autogen)."),
            Field("assistant_type", .string, "The assistant type (openai)."),
            Field("functions", .list(.string), "Functions exposed (openai)."),
            Field("file_search", .bool, "Whether file search is on (openai)."),
            Field("code_interpreter", .bool, "Whether the code interpreter is on (openai)."),
            Field("mcp_server", .bool, "Whether the agent is an MCP server (anthropic)."),
            Field("tools", .list(.string), "Tools exposed (anthropic)."),
            Field("resource_access", .bool, "Whether MCP resources are exposed (anthropic)."),
            Field("vertex_ai", .bool, "Whether Vertex AI is used (google)."),
            Field("function_calling", .bool, "Whether function calling is on (google)."),
            Field("gemini_integration", .string, "How Gemini is integrated (google)."),
            Field("multimodal", .bool, "Whether multimodal input is accepted (google)."),
        ])

    /// A framework integration: a switch, a word (`enabled`, `disabled`, `bridge`) or settings.
    static let frameworkEntry = Shape.either([
        .bool, .oneOfWords(["enabled", "disabled", "bridge", "supported"]), .object(frameworkConfig),
    ])

    static let frameworks = ObjectShape(
        "oaas-agent-frameworks", doc: "Framework integrations, by framework.",
        fields: frameworkNames.map { Field($0, frameworkEntry, "The \($0) integration.") })

    static let bridge = ObjectShape(
        "oaas-agent-bridge", doc: "A protocol bridge; the remaining keys are protocol-specific settings.",
        extra: .any,
        fields: [
            Field("enabled", .bool, "Whether the bridge is on."),
            Field("version", .string, "The protocol version."),
        ])

    static let protocols = ObjectShape(
        "oaas-agent-protocols", doc: "The protocols the agent speaks.",
        fields: [
            Field("supported", .list(.string), "Protocols supported (\"openapi\", \"mcp\", \"uadp\", \"a2a\")."),
            Field("primary", .string, "The main protocol."),
            Field("bridges", .dictionary(.object(bridge)), "Protocol bridges, by protocol."),
        ])

    static let discovery = ObjectShape(
        "oaas-agent-discovery", doc: "How the agent is discovered.",
        fields: [
            Field("uadp", .object(ObjectShape(
                "oaas-agent-uadp", doc: "Universal Agent Discovery Protocol settings.",
                fields: [
                    Field("enabled", .bool, "Whether the agent advertises itself."),
                    Field("tags", .list(.string), "Discovery tags."),
                    Field("priority", .int(min: 0), "The agent's rank among agents with the same capability."),
                ])), "Universal Agent Discovery Protocol settings."),
        ])

    static let spec = ObjectShape(
        "oaas-agent-spec", doc: "An OAAS agent: capabilities, protocols, compliance and deployment.",
        hints: ["capability": "capabilities", "framework": "frameworks", "protocol": "protocols"],
        fields: [
            Field("agent", .object(identity), "Who the agent is."),
            Field("description", .string, "What the agent does."),
            Field("conformance_tier", .oneOfWords(["core", "governed", "advanced"]), "The OSSA conformance tier."),
            Field("class", .oneOfWords([
                "general", "specialist", "workflow", "integration", "security", "data", "nlp", "vision", "audio",
            ]), "The agent's class."),
            Field("capabilities", .either([.list(capabilityItem), .object(capabilityTiers)]), required: true, "What the agent can do: a list, or primary and secondary lists."),
            Field("frameworks", .either([.list(.string), .object(frameworks)]), "Framework integrations."),
            Field("protocols", .either([.list(.string), .object(protocols)]), "The protocols the agent speaks."),
            Field("discovery", .object(discovery), "How the agent is discovered."),
            Field("api", .object(api), "The agent's API."),
            Field("openapi", .string, "Path to the agent's OpenAPI document."),
            Field("context_management", .object(contextManagement), "How the agent manages its context window."),
            Field("context_paths", .list(.either([.string, .object(contextPath)])), "Paths the agent reads knowledge from."),
            Field("data", .dictionary(.string), "Paths to the agent's data files, by purpose."),
            Field("integration", .object(integration), "How callers integrate with the agent."),
            Field("security", .object(security), "Authentication, authorisation and data protection."),
            Field("compliance", .object(compliance), "Compliance frameworks and audit."),
            Field("compliance_frameworks", .list(.object(complianceFramework)), "Compliance frameworks with their implementation level (OSSA 0.1.8 schema)."),
            Field("performance", .object(performance), "Token optimisation and caching."),
            Field("resource_requirements", .object(resourceRequirements), "Resources the agent needs."),
            Field("scaling", .object(scaling), "How the agent scales."),
            Field("deployment", .object(deployment), "How the agent is deployed."),
            Field("monitoring", .object(monitoring), "Metrics, logging, tracing and alerts."),
            Field("orchestration", .object(orchestration), "Orchestration patterns the agent takes part in."),
            Field("metadata", .object(projectMetadata), "Authorship and links."),
        ])

    static let kind = KindDefinition(
        dialect: .ossa, name: "Agent",
        doc: "An OAAS agent: capabilities, protocols, compliance and deployment.",
        document: Envelope.ossaDocument(
            "oaas-agent", kind: "Agent", spec: spec,
            extraFields: [
                Field("status", .any, "Kubernetes-style runtime status (phase, conditions), as the enterprise example has it."),
            ]),
        model: { .ossaAgent(OSSAAgent(decoding: $0)) })
}
