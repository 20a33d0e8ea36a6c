extension AgentFleet {
    /// Builds the model from a decoded `AgentFleet` document.
    init(decoding document: IRValue) {
        let spec = document["spec"]
        members = spec?.objects("agents").map(Member.init(decoding:)) ?? []
        coordination = spec?["coordination"].map(Coordination.init(decoding:))
        let shared = spec?["shared"]
        sharedMemory = shared?["memory"].map { memory in
            SharedMemory(
                type: memory.string("type"), url: memory.string("url"),
                namespace: memory.string("namespace"), ttlSeconds: memory.int("ttl"))
        }
        sharedTools = shared?.objects("tools").map { SharedTool(mcpServer: $0.string("mcp-server"), tool: $0.string("tool")) } ?? []
        communicationPattern = spec?["communication"]?.string("pattern")
        scaling = spec?["scaling"].map { scaling in
            Scaling(
                minReplicas: scaling.int("min_replicas"), maxReplicas: scaling.int("max_replicas"),
                autoScale: scaling.bool("auto_scale"), metrics: scaling.objects("metrics").compactMap { $0.string("name") })
        }
    }
}

extension AgentFleet.Member {
    /// Builds a member from one decoded `agents` entry.
    init(decoding member: IRValue) {
        name = member.string("name")
        ref = member.string("ref")
        config = member.string("config")
        spec = member["spec"].flatMap { spec in
            guard case .object = spec.content else { return nil }
            return AgentFleet.InlineAgent(
                model: spec.string("model"), instructions: spec.string("instructions"),
                tools: spec["tools"]?.items.map(AOFAgent.Tool.init(decoding:)) ?? [],
                mcpServers: spec.objects("mcp_servers").map(AOFAgent.MCPServer.init(decoding:)),
                maxIterations: spec.int("max_iterations"), temperature: spec.number("temperature"),
                range: spec.range)
        }
        role = member.string("role")
        replicas = member.int("replicas")
        tier = member.int("tier")
        weight = member.number("weight")
        range = member.range
    }
}

extension AgentFleet.Consensus {
    /// Builds consensus settings from a decoded `consensus` mapping.
    init(decoding consensus: IRValue) {
        algorithm = consensus.string("algorithm")
        minVotes = consensus.int("min_votes")
        timeoutMs = consensus.int("timeout_ms")
        allowPartial = consensus.bool("allow_partial")
        weights = consensus.keyed("weights", \.locatedNumber).map { ($0.key, $0.value) }
        minConfidence = consensus.number("min_confidence")
    }
}

extension AgentFleet.Coordination {
    /// Builds coordination settings from a decoded `coordination` mapping.
    init(decoding coordination: IRValue) {
        mode = coordination.string("mode")
        manager = coordination.string("manager")
        distribution = coordination.string("distribution")
        consensus = coordination["consensus"].map(AgentFleet.Consensus.init(decoding:))
        tiered = coordination["tiered"].map { tiered in
            AgentFleet.Tiered(
                tierConsensus: tiered["tier_consensus"]?.entries.map {
                    (Located($0.key, $0.keyRange), AgentFleet.Consensus(decoding: $0.value))
                } ?? [],
                passAllResults: tiered.bool("pass_all_results"),
                finalAggregation: tiered.string("final_aggregation"))
        }
        deep = coordination["deep"].map { deep in
            AgentFleet.Deep(
                maxIterations: deep.int("max_iterations"), planning: deep.bool("planning"),
                memory: deep.bool("memory"), plannerModel: deep.string("planner_model"))
        }
    }
}
