extension OSSAAgent {
    /// Builds the model from a decoded `Agent` document.
    init(decoding document: IRValue) {
        let spec = document["spec"]
        let identity = spec?["agent"]
        name = identity?.string("name") ?? document["metadata"]?.string("name")
        expertise = identity?.string("expertise")
        conformanceTier = spec?.string("conformance_tier") ?? document["metadata"]?["labels"]?.string("tier")
        agentClass = spec?.string("class")
        capabilities = Self.capabilities(spec?["capabilities"])
        let protocolSection = spec?["protocols"]
        if case .list(let items)? = protocolSection?.content {
            protocols = items.compactMap(\.located)
        } else {
            protocols = protocolSection?.strings("supported") ?? []
        }
        primaryProtocol = protocolSection?.string("primary")
        bridges = (protocolSection?["bridges"]?.entries ?? []).map { entry in
            Framework(name: Located(entry.key, entry.keyRange), enabled: entry.value.bool("enabled"))
        }
        frameworks = Self.frameworks(spec?["frameworks"])
        discoveryTags = spec?["discovery"]?["uadp"]?.strings("tags") ?? []
        security = spec?["security"].map { security in
            let authentication = security["authentication"]
            let authorization = security["authorization"]
            return Security(
                authenticationMethods: authentication?.located.map { [$0] } ?? authentication?.strings("methods") ?? [],
                authenticationRequired: authentication?.bool("required"),
                authorizationModel: authorization?.located ?? authorization?.string("model"),
                auditLogging: security.bool("audit_logging"), dataClassification: security.string("data_classification"))
        }
        compliance = Self.compliance(spec)
        deployment = Self.deployment(spec)
        monitoring = spec?["monitoring"].map { monitoring in
            let metrics = monitoring["metrics"]
            let alerting = monitoring["alerting"]
            return Monitoring(
                metricsEnabled: metrics?.locatedBool ?? metrics?.bool("enabled"),
                logLevel: monitoring["logging"]?.string("level") ?? monitoring.string("logging_level"),
                tracingEnabled: monitoring["tracing"]?.bool("enabled"),
                alerts: monitoring.objects("alerts").map { alert in
                    Alert(
                        name: alert.string("name"), condition: alert.string("condition"),
                        metric: alert.string("metric") ?? alert["condition"].flatMap(OSSAAlertCondition.metric(in:)),
                        metricIsWritten: alert.string("metric") != nil,
                        action: alert.string("action"))
                },
                thresholds: (alerting?.keyed("thresholds", \.locatedNumber) ?? []).map { ($0.key, $0.value) },
                channels: alerting?.strings("channels") ?? [])
        }
    }

    private static func capabilities(_ section: IRValue?) -> [Capability] {
        guard let section else { return [] }
        func read(_ items: [IRValue], tier: String?) -> [Capability] {
            items.compactMap { item in
                if let name = item.located {
                    return Capability(name: name, tier: tier, description: nil, frameworks: [], compliance: [], sla: nil)
                }
                guard let name = item.string("name") ?? item.string("id") else { return nil }
                return Capability(
                    name: name, tier: tier, description: item.string("description"), frameworks: item.strings("frameworks"),
                    compliance: item.strings("compliance"), sla: item.percentage("sla"))
            }
        }
        if case .list(let items) = section.content { return read(items, tier: nil) }
        return read(section["primary"]?.items ?? [], tier: "primary") + read(section["secondary"]?.items ?? [], tier: "secondary")
    }

    private static func frameworks(_ section: IRValue?) -> [Framework] {
        guard let section else { return [] }
        if case .list(let items) = section.content {
            return items.compactMap { $0.located.map { Framework(name: $0, enabled: nil) } }
        }
        return section.entries.map { entry in
            let name = Located(entry.key, entry.keyRange)
            let value = entry.value
            if let flag = value.bool { return Framework(name: name, enabled: Located(flag, value.range)) }
            if case .string(let word) = value.content {
                return Framework(name: name, enabled: Located(word != "disabled", value.range))
            }
            return Framework(name: name, enabled: value.bool("enabled"))
        }
    }

    private static func compliance(_ spec: IRValue?) -> Compliance? {
        let section = spec?["compliance"]
        let listed = spec?.objects("compliance_frameworks").compactMap { $0.string("name") } ?? []
        guard section != nil || !listed.isEmpty else { return nil }
        return Compliance(
            frameworks: (section?.strings("frameworks") ?? []) + (section?.strings("standards") ?? []) + listed,
            certificationLevel: section?.string("certification_level"),
            auditTrail: section?.bool("audit_trail") ?? section?["audit"]?.bool("enabled"),
            dataRetention: section?["data_handling"]?.duration("retention"))
    }

    private static func deployment(_ spec: IRValue?) -> Deployment? {
        let section = spec?["deployment"]
        let scaling = spec?["scaling"]
        guard section != nil || scaling != nil else { return nil }
        let limits = section?["resources"]?["limits"]
        return Deployment(
            strategy: section?.string("strategy"), replicas: section?.int("replicas"),
            environments: section?.strings("environments") ?? [],
            minInstances: section?["scaling"]?.int("min_instances") ?? scaling?.int("min_replicas"),
            maxInstances: section?["scaling"]?.int("max_instances") ?? scaling?.int("max_replicas"),
            cpuLimit: limits?["cpu"].flatMap { value in
                guard case .cpu(let cpu)? = value.typed else { return nil }
                return Located(cpu, value.range)
            },
            memoryLimit: limits?["memory"].flatMap { value in
                guard case .size(let size)? = value.typed else { return nil }
                return Located(size, value.range)
            })
    }
}
