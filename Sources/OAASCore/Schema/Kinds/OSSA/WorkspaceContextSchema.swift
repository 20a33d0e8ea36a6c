/// The OAAS `WorkspaceContext` kind: knowledge and resources shared by every agent of a workspace.
/// There is no published schema; keys follow seed `003_…` and the OAAS examples
/// (`06-workspace-enterprise/context.yml`, `.agents-workspace/context.yml`). The operational sections
/// (knowledge base, resources, model prices, rate limits, cost controls) are typed; the descriptive
/// sections of the UADP "golden standard" context (organisation profile, aggregated expertise,
/// technology ecosystem …) are free-form prose and statistics.
enum WorkspaceContextSchema {
    /// A count per minute, or `"unlimited"`.
    static let countOrUnlimited = Shape.either([.int(min: 0), .oneOfWords(["unlimited"])])

    static let team = ObjectShape(
        "oaas-workspacecontext-team", doc: "One team of the organisation.",
        fields: [
            Field("size", .int(min: 0), "How many people the team has."),
            Field("projects", .list(.string), "The projects the team owns."),
            Field("lead", .string, "Who leads the team."),
            Field("responsibilities", .list(.string), "What the team is responsible for."),
        ])

    static let organization = ObjectShape(
        "oaas-workspacecontext-organization", doc: "The organisation the workspace serves.",
        fields: [
            Field("name", .string, "The organisation's name."),
            Field("domain", .string, "Its business domain."),
            Field("industry", .string, "Its industry."),
            Field("size", .oneOfWords(["startup", "medium", "enterprise", "fortune500"]), "Its size."),
            Field("structure", .object(ObjectShape(
                "oaas-workspacecontext-structure", doc: "How the organisation is divided into teams.",
                fields: [Field("teams", .dictionary(.object(team)), "Teams, by name.")])), "How the organisation is divided into teams."),
            Field("policies", .object(ObjectShape(
                "oaas-workspacecontext-policies", doc: "Organisation-wide operating policies.",
                fields: [
                    Field("data_retention", .grammar(.duration(bareUnit: .days)), "How long data is kept; a bare number is days."),
                    Field("backup_frequency", .string, "How often data is backed up (\"daily\")."),
                    Field("disaster_recovery", .string, "Recovery objectives (\"4h RTO, 1h RPO\")."),
                    Field("change_management", .string, "The change-management process (\"ITIL\")."),
                ])), "Organisation-wide operating policies."),
        ])

    static let technicalStandards = ObjectShape(
        "oaas-workspacecontext-technical-standards", doc: "Languages, frameworks, databases and platforms the organisation standardises on.",
        fields: [
            Field("programming_languages", .dictionary(.list(.string)), "Languages by tier (\"primary\", \"secondary\", \"scripting\")."),
            Field("frameworks", .dictionary(.list(.string)), "Frameworks by area (\"backend\", \"ml\")."),
            Field("databases", .dictionary(.list(.string)), "Databases by kind (\"relational\", \"vector\")."),
            Field("cloud_platforms", .object(ObjectShape(
                "oaas-workspacecontext-cloud-platforms", doc: "Cloud platforms and regions.",
                fields: [
                    Field("primary", .string, "The primary cloud."),
                    Field("secondary", .list(.string), "Other clouds."),
                    Field("regions", .list(.string), "Regions in use."),
                ])), "Cloud platforms and regions."),
            Field("ci_cd", .dictionary(.string), "Delivery tooling by role (\"vcs\", \"ci\", \"cd\", \"artifacts\")."),
        ])

    static let complianceRequirement = ObjectShape(
        "oaas-workspacecontext-compliance-requirement", doc: "A compliance framework the business is held to.",
        hints: ["name": "framework"],
        fields: [
            Field("framework", .string, required: true, "The framework (\"iso-27001\", \"soc2-type2\", \"gdpr\")."),
            Field("status", .string, "Where the business stands (\"certified\", \"compliant\")."),
            Field("renewal_date", .grammar(.date), "When the certification must be renewed."),
            Field("applicable_products", .list(.string), "The products the framework applies to."),
            Field("scope", .string, "What the framework covers."),
        ])

    static let businessContext = ObjectShape(
        "oaas-workspacecontext-business-context", doc: "Products, customers and compliance obligations.",
        fields: [
            Field("products", .list(.object(ObjectShape(
                "oaas-workspacecontext-product", doc: "A product of the business.",
                fields: [
                    Field("name", .string, required: true, "The product's name."),
                    Field("type", .string, "The kind of product (\"saas\", \"mobile\")."),
                    Field("users", .int(min: 0), "How many users it has."),
                    Field("revenue_impact", .oneOfWords(["low", "medium", "high", "critical"]), "How much revenue depends on it."),
                ]))), "The business's products."),
            Field("customers", .dictionary(.list(.string)), "Customers by segment, industry and geography."),
            Field("compliance_requirements", .list(.object(complianceRequirement)), "Compliance frameworks the business is held to."),
        ])

    static let knowledgeBase = ObjectShape(
        "oaas-workspacecontext-knowledge-base", doc: "Shared knowledge: the organisation, its technical standards and business context.",
        fields: [
            Field("organization", .object(organization), "The organisation the workspace serves."),
            Field("technical_standards", .object(technicalStandards), "Technical standards."),
            Field("business_context", .object(businessContext), "Products, customers and compliance obligations."),
        ])

    static let spec = ObjectShape(
        "oaas-workspacecontext-spec", doc: "Shared context: knowledge base, resources, models and prices, rate limits and cost controls.",
        fields: [
            Field("knowledge_base", .object(knowledgeBase), "Shared knowledge about the organisation."),
            Field("resources", .object(resources), "Shared APIs, databases, storage and compute."),
            Field("configurations", .object(configurations), "Shared model, security and monitoring settings."),
            Field("runtime", .object(runtime), "Environment, feature flags, rate limits and cost controls."),
            Field("knowledge_graphs", .object(knowledgeGraphs), "Dependencies between projects, capabilities and expertise."),
            Field("events", .any, "Recent incidents, maintenance and experiments (free-form)."),
            Field("metadata", .any, "Workspace statistics, versions and tags (free-form)."),
            Field("workspace", .any, "A description of the workspace (free-form)."),
            Field("organization", .any, "Departments and collaboration (free-form)."),
            Field("aggregated_expertise", .any, "Expertise aggregated from the projects (free-form)."),
            Field("technology_ecosystem", .any, "Languages, infrastructure and practices in use (free-form)."),
            Field("business_context", .any, "Industry, objectives and compliance obligations (free-form)."),
            Field("architectural_patterns", .any, "Design principles and architectural styles (free-form)."),
            Field("project_categories", .any, "Projects by function and maturity (free-form)."),
            Field("agent_ecosystem", .any, "How agents are spread over projects and capabilities (free-form)."),
            Field("performance_characteristics", .any, "Observed performance and savings (free-form)."),
            Field("security_context", .any, "Security architecture and threats (free-form)."),
            Field("operational_context", .any, "Observability, incident management and capacity (free-form)."),
            Field("integration_landscape", .any, "External systems and data flows (free-form)."),
            Field("innovation_context", .any, "Research and experimentation (free-form)."),
            Field("knowledge_systems", .any, "Documentation and learning systems (free-form)."),
        ])

    static let kind = KindDefinition(
        dialect: .ossa, name: "WorkspaceContext",
        doc: "Shared context: knowledge base, resources, models and prices, rate limits and cost controls.",
        document: Envelope.ossaDocument("oaas-workspacecontext", kind: "WorkspaceContext", spec: spec),
        model: { .workspaceContext(WorkspaceContext(decoding: $0)) })
}
