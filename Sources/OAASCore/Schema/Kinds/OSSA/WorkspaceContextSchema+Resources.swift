/// Resources, configurations (models and prices), runtime limits and cost controls, and knowledge
/// graphs of `WorkspaceContext`.
extension WorkspaceContextSchema {
    static let api = ObjectShape(
        "oaas-workspacecontext-api", doc: "A shared API.",
        hints: ["url": "endpoint", "authentication": "auth"],
        fields: [
            Field("name", .string, required: true, "The API's name."),
            Field("endpoint", .grammar(.url), "Its base URL."),
            Field("auth", .oneOfWords(["oauth2", "api_key", "jwt", "bearer", "basic", "mtls", "none"]), "How callers authenticate."),
            Field("rate_limit", .int(min: 0), "Requests allowed per minute."),
            Field("cost_per_1k_tokens", .grammar(.money), "The price of 1,000 tokens, for model APIs."),
            Field("description", .string, "What the API offers."),
        ])

    static let database = ObjectShape(
        "oaas-workspacecontext-database", doc: "A shared database.",
        hints: ["connection": "connection_string", "url": "connection_string"],
        fields: [
            Field("name", .string, required: true, "The database's name."),
            Field("type", .string, "The engine (\"postgresql\", \"redis\", \"pinecone\")."),
            Field("connection_string", .grammar(.url), "How to connect; usually a `${VAR}` reference."),
            Field("purpose", .string, "What it is used for."),
            Field("read_replicas", .int(min: 0), "How many read replicas it has."),
            Field("ttl", .grammar(.duration(bareUnit: .seconds)), "How long cached entries live; a bare number is seconds."),
            Field("dimensions", .int(min: 1), "The vector size, for vector stores."),
        ])

    static let storage = ObjectShape(
        "oaas-workspacecontext-storage", doc: "A shared storage location.",
        fields: [
            Field("name", .string, required: true, "The storage's name."),
            Field("type", .string, "The kind of storage (\"s3\")."),
            Field("bucket", .string, "The bucket."),
            Field("path", .string, "The path within the storage."),
            Field("region", .string, "The region."),
            Field("purpose", .string, "What it is used for."),
            Field("retention", .grammar(.duration(bareUnit: .days)), "How long objects are kept; a bare number is days."),
        ])

    static let compute = ObjectShape(
        "oaas-workspacecontext-compute", doc: "A shared compute resource.",
        fields: [
            Field("name", .string, required: true, "The resource's name."),
            Field("type", .string, "The kind of compute (\"kubernetes\", \"lambda\")."),
            Field("provider", .string, "The provider (\"aws\")."),
            Field("version", .string, "The platform version."),
            Field("region", .string, "The region."),
            Field("nodes", .int(min: 0), "How many nodes it has."),
            Field("gpu_type", .string, "The GPU model (\"a100\")."),
            Field("runtime", .list(.string), "Runtimes offered (\"python3.11\")."),
            Field("purpose", .string, "What it is used for."),
        ])

    static let resources = ObjectShape(
        "oaas-workspacecontext-resources", doc: "Shared APIs, databases, storage and compute.",
        fields: [
            Field("apis", .object(ObjectShape(
                "oaas-workspacecontext-apis", doc: "Shared APIs, internal and external.",
                fields: [
                    Field("internal", .list(.object(api)), "APIs run by the organisation."),
                    Field("external", .list(.object(api)), "Third-party APIs, with their prices."),
                ])), "Shared APIs."),
            Field("databases", .list(.object(database)), "Shared databases."),
            Field("storage", .list(.object(storage)), "Shared storage."),
            Field("compute", .list(.object(compute)), "Shared compute."),
        ])

    static let model = ObjectShape(
        "oaas-workspacecontext-model", doc: "A model agents may use, with its prices.",
        hints: ["name": "model", "input_cost": "cost_per_1k_input", "output_cost": "cost_per_1k_output"],
        fields: [
            Field("model", .string, required: true, "The model's name (\"gpt-4-turbo\")."),
            Field("provider", .string, "Who serves it (\"openai\", \"anthropic\", \"google\")."),
            Field("context_window", .int(min: 1), "The context window, in tokens."),
            Field("max_output_tokens", .int(min: 1), "Most tokens one answer may have."),
            Field("cost_per_1k_input", .grammar(.money), "The price of 1,000 input tokens."),
            Field("cost_per_1k_output", .grammar(.money), "The price of 1,000 output tokens."),
        ])

    static let models = ObjectShape(
        "oaas-workspacecontext-models", doc: "The models agents may use.",
        hints: ["default_model": "default_llm", "fallback_model": "fallback_llm", "models": "available_models"],
        fields: [
            Field("default_llm", .string, "The model used by default; one of `available_models`."),
            Field("fallback_llm", .string, "The model used when the default fails."),
            Field("available_models", .list(.object(model)), "The models, with their prices."),
        ])

    static let configurations = ObjectShape(
        "oaas-workspacecontext-configurations", doc: "Shared model, security and monitoring settings.",
        fields: [
            Field("models", .object(models), "The models agents may use."),
            Field("security", .object(ObjectShape(
                "oaas-workspacecontext-security", doc: "Shared security settings.",
                fields: [
                    Field("authentication", .object(ObjectShape(
                        "oaas-workspacecontext-authentication", doc: "How people sign in.",
                        fields: [
                            Field("providers", .list(.string), "Identity providers (\"okta\")."),
                            Field("mfa_required", .bool, "Whether multi-factor authentication is required."),
                            Field("session_timeout", .grammar(.duration(bareUnit: .seconds)), "How long a session lasts; a bare number is seconds."),
                        ])), "How people sign in."),
                    Field("encryption", .object(ObjectShape(
                        "oaas-workspacecontext-encryption", doc: "How data is encrypted.",
                        fields: [
                            Field("algorithm", .string, "The cipher (\"aes-256-gcm\")."),
                            Field("key_rotation", .grammar(.duration(bareUnit: .days)), "How often keys are rotated; a bare number is days."),
                        ])), "How data is encrypted."),
                    Field("network", .object(ObjectShape(
                        "oaas-workspacecontext-network", doc: "The network agents run in.",
                        fields: [
                            Field("vpc_id", .string, "The VPC."),
                            Field("private_subnets", .list(.string), "Private subnets."),
                            Field("public_subnets", .list(.string), "Public subnets."),
                        ])), "The network agents run in."),
                ])), "Shared security settings."),
            Field("monitoring", .object(ObjectShape(
                "oaas-workspacecontext-monitoring", doc: "Where telemetry goes.",
                fields: [
                    Field("providers", .dictionary(.string), "The provider per signal (\"metrics\", \"logs\", \"traces\")."),
                    Field("dashboards", .list(.object(ObjectShape(
                        "oaas-workspacecontext-dashboard", doc: "A published dashboard.",
                        fields: [
                            Field("name", .string, required: true, "The dashboard's name."),
                            Field("url", .grammar(.url), "Where it is published."),
                        ]))), "Published dashboards."),
                ])), "Where telemetry goes."),
        ])

    static let budgets = ObjectShape(
        "oaas-workspacecontext-budgets", doc: "Budgets by period and team (seed 003).",
        fields: [
            Field("daily", .grammar(.money), "The daily budget."),
            Field("monthly", .grammar(.money), "The monthly budget."),
            Field("per_team", .dictionary(.grammar(.money)), "Budgets by team."),
        ])

    static let costControls = ObjectShape(
        "oaas-workspacecontext-cost-controls", doc: "Budgets and what happens as they are spent.",
        hints: ["budget": "daily_budget", "team_budgets": "per_team_budget"],
        fields: [
            Field("daily_budget", .grammar(.money), "Spending allowed per day."),
            Field("monthly_budget", .grammar(.money), "Spending allowed per month."),
            Field("alert_threshold", .grammar(.percentage(.fraction)), "Share of the budget that raises an alert (0.8 or \"80%\")."),
            Field("hard_limit", .number(min: 0), "Multiple of the budget at which requests stop (1.2 is 120%)."),
            Field("per_team_budget", .dictionary(.grammar(.money)), aliases: ["per_team_budgets"], "Daily budgets by team."),
            Field("budgets", .object(budgets), "Budgets by period and team."),
            Field("token_optimization", .string, "How aggressively tokens are saved (seed 003)."),
            Field("model_selection", .string, "How models are chosen for cost (seed 003)."),
        ])

    static let runtime = ObjectShape(
        "oaas-workspacecontext-runtime", doc: "Environment, feature flags, rate limits and cost controls.",
        hints: ["budgets": "cost_controls", "limits": "rate_limits"],
        fields: [
            Field("environment", .object(ObjectShape(
                "oaas-workspacecontext-environment", doc: "Where the workspace runs.",
                fields: [
                    Field("stage", .string, "The stage (\"dev\", \"staging\", \"prod\")."),
                    Field("region", .string, "The region."),
                    Field("availability_zones", .list(.string), "The availability zones."),
                ])), "Where the workspace runs."),
            Field("feature_flags", .dictionary(.either([.bool, .dictionary(.bool)])), "Feature flags, optionally grouped (\"experimental\")."),
            Field("rate_limits", .object(ObjectShape(
                "oaas-workspacecontext-rate-limits", doc: "Request rate limits.",
                fields: [
                    Field("global", .object(ObjectShape(
                        "oaas-workspacecontext-global-rate", doc: "The workspace-wide rate.",
                        hints: ["burst": "burst_size"],
                        fields: [
                            Field("requests_per_minute", .int(min: 0), "Requests allowed per minute."),
                            Field("requests_per_hour", .int(min: 0), "Requests allowed per hour."),
                            Field("burst_size", .int(min: 0), "Requests allowed in a burst."),
                        ])), "The workspace-wide rate."),
                    Field("per_team", .dictionary(countOrUnlimited), "Requests per minute by team, or \"unlimited\"."),
                    Field("per_capability", .dictionary(countOrUnlimited), "Requests per minute by capability."),
                ])), "Request rate limits."),
            Field("cost_controls", .object(costControls), "Budgets and what happens as they are spent."),
        ])

    /// A node of a knowledge graph: what it depends on or provides, and who uses it.
    static func graphNode(_ name: String, doc: String, _ fields: [Field]) -> Shape {
        .dictionary(.object(ObjectShape(name, doc: doc, fields: fields)))
    }

    static let knowledgeGraphs = ObjectShape(
        "oaas-workspacecontext-knowledge-graphs", doc: "Dependencies between projects, capabilities and expertise.",
        fields: [
            Field("project_dependencies", graphNode("oaas-workspacecontext-project-node", doc: "What a project depends on and who uses it.", [
                Field("depends_on", .list(.string), "What the project depends on."),
                Field("consumers", .list(.string), "Who uses the project."),
            ]), "Project dependencies, by project."),
            Field("capability_graph", graphNode("oaas-workspacecontext-capability-node", doc: "Who provides and uses a capability.", [
                Field("providers", .list(.string), "Agents or projects that provide the capability."),
                Field("consumers", .list(.string), "Who uses it."),
            ]), "Capability providers and consumers, by capability."),
            Field("expertise_graph", graphNode("oaas-workspacecontext-expertise-node", doc: "Who knows an area and with which technologies.", [
                Field("experts", .list(.string), "Teams that know the area."),
                Field("technologies", .list(.string), "Technologies of the area."),
            ]), "Expertise, by area."),
        ])
}
