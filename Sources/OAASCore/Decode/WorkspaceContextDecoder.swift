extension WorkspaceContext {
    /// Builds the model from a decoded `WorkspaceContext` document.
    init(decoding document: IRValue) {
        let spec = document["spec"]
        let knowledge = spec?["knowledge_base"]
        let organization = knowledge?["organization"]
        organizationName = organization?.string("name")
        organizationSize = organization?.string("size")
        teams = (organization?["structure"]?["teams"]?.entries ?? []).map { entry in
            Team(name: Located(entry.key, entry.keyRange), size: entry.value.int("size"), projects: entry.value.strings("projects"))
        }
        complianceRequirements = (knowledge?["business_context"]?.objects("compliance_requirements") ?? []).map { requirement in
            ComplianceRequirement(
                framework: requirement.string("framework"), status: requirement.string("status"),
                renewalDate: requirement["renewal_date"].flatMap { value in
                    guard case .date(let date)? = value.typed else { return nil }
                    return Located(date, value.range)
                },
                applicableProducts: requirement.strings("applicable_products"))
        }
        let resourceSection = spec?["resources"]
        apis = ["internal", "external"].flatMap { group in
            (resourceSection?["apis"]?.objects(group) ?? []).map { api in
                API(
                    name: api.string("name"), isInternal: group == "internal", endpoint: api.string("endpoint"),
                    auth: api.string("auth"), rateLimit: api.int("rate_limit"), costPer1kTokens: api.money("cost_per_1k_tokens"))
            }
        }
        resources = ["databases", "storage", "compute"].flatMap { section in
            (resourceSection?.objects(section) ?? []).map { resource in
                SharedResource(
                    section: section, name: resource.string("name"), type: resource.string("type"),
                    connectionString: resource.string("connection_string"), purpose: resource.string("purpose"),
                    retention: resource.duration("retention"))
            }
        }
        let configurations = spec?["configurations"]
        let models = configurations?["models"]
        defaultModel = models?.string("default_llm")
        fallbackModel = models?.string("fallback_llm")
        self.models = (models?.objects("available_models") ?? []).map { model in
            Model(
                name: model.string("model"), provider: model.string("provider"), contextWindow: model.int("context_window"),
                costPer1kInput: model.money("cost_per_1k_input"), costPer1kOutput: model.money("cost_per_1k_output"))
        }
        let authentication = configurations?["security"]?["authentication"]
        mfaRequired = authentication?.bool("mfa_required")
        sessionTimeout = authentication?.duration("session_timeout")
        dashboards = (configurations?["monitoring"]?.objects("dashboards") ?? []).compactMap { dashboard in
            dashboard.string("name").map { ($0, dashboard.string("url")) }
        }
        let runtime = spec?["runtime"]
        stage = runtime?["environment"]?.string("stage")
        featureFlags = Self.featureFlags(runtime?["feature_flags"])
        rateLimits = runtime?["rate_limits"].map { limits in
            RateLimits(
                requestsPerMinute: limits["global"]?.int("requests_per_minute"), burstSize: limits["global"]?.int("burst_size"),
                perTeam: Self.limits(limits["per_team"]).map { (team: $0.key, limit: $0.limit) },
                perCapability: Self.limits(limits["per_capability"]).map { (capability: $0.key, limit: $0.limit) })
        }
        costControls = runtime?["cost_controls"].map { controls in
            let budgets = controls["budgets"]
            return CostControls(
                dailyBudget: controls.money("daily_budget") ?? budgets?.money("daily"),
                monthlyBudget: controls.money("monthly_budget") ?? budgets?.money("monthly"),
                alertThreshold: controls.percentage("alert_threshold"), hardLimit: controls.number("hard_limit"),
                perTeam: Self.budgets(controls["per_team_budget"]) + Self.budgets(budgets?["per_team"]))
        }
        let graphs = spec?["knowledge_graphs"]
        projectDependencies = Self.graph(graphs?["project_dependencies"], sources: "depends_on", targets: "consumers")
        capabilityGraph = Self.graph(graphs?["capability_graph"], sources: "providers", targets: "consumers")
    }

    /// Flags written flat (`beta: true`) or grouped (`ui: {dark_mode: true}`, read as `ui.dark_mode`).
    private static func featureFlags(_ flags: IRValue?) -> [(name: Located<String>, enabled: Located<Bool>)] {
        var result: [(name: Located<String>, enabled: Located<Bool>)] = []
        for entry in flags?.entries ?? [] {
            if let flag = entry.value.locatedBool {
                result.append((Located(entry.key, entry.keyRange), flag))
                continue
            }
            for inner in entry.value.keyedEntries(\.locatedBool) {
                result.append((Located("\(entry.key).\(inner.key.value)", inner.key.range), inner.value))
            }
        }
        return result
    }

    private static func limits(_ map: IRValue?) -> [(key: Located<String>, limit: Located<LimitValue<Int>>)] {
        (map?.entries ?? []).compactMap { entry in
            OSSALimitReader.count(entry.value).map { (Located(entry.key, entry.keyRange), $0) }
        }
    }

    private static func budgets(_ map: IRValue?) -> [(team: Located<String>, budget: Located<Money>)] {
        (map?.entries ?? []).compactMap { entry in
            guard case .money(let money)? = entry.value.typed else { return nil }
            return (Located(entry.key, entry.keyRange), Located(money, entry.value.range))
        }
    }

    private static func graph(_ map: IRValue?, sources: String, targets: String) -> [GraphNode] {
        (map?.entries ?? []).map { entry in
            GraphNode(
                name: Located(entry.key, entry.keyRange), sources: entry.value.strings(sources),
                targets: entry.value.strings(targets))
        }
    }
}
