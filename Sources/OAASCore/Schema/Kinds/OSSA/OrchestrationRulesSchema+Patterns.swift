/// The `orchestration_patterns` section: named sequential, parallel, fan-out, pipeline, map-reduce and
/// circuit-breaker patterns, with the agents and projects each step uses.
extension OrchestrationRulesSchema {
    /// What a sequential step does when it fails.
    static let failureActions = [
        "stop", "continue", "continue_with_warning", "retry", "fallback", "skip", "alert_security",
    ]

    static let step = ObjectShape(
        "oaas-orchestrationrules-step", doc: "One step of a sequential pattern.",
        hints: ["on_error": "on_failure", "agent_name": "agent", "optional": "required"],
        fields: [
            Field("name", .string, "The step's name."),
            Field("project", .string, "The project whose agent runs the step."),
            Field("agent", .string, "The agent that runs the step."),
            Field("capability", .string, "The capability the step asks for."),
            Field("timeout", .grammar(.duration(bareUnit: .seconds)), "How long the step may take; a bare number is seconds."),
            Field("required", .bool, "Whether the pattern fails when the step fails."),
            Field("on_failure", .oneOfWords(failureActions), "What happens when the step fails."),
            Field("max_retries", .int(min: 0), "How often the step is retried."),
        ])

    static let sequentialPattern = ObjectShape(
        "oaas-orchestrationrules-sequential", doc: "Steps run one after another.",
        hints: ["stages": "steps"],
        fields: [
            Field("name", .string, required: true, "The pattern's name."),
            Field("description", .string, "What the pattern does."),
            Field("retry_on_failure", .bool, "Whether a failed run is retried."),
            Field("max_retries", .int(min: 0), "How often a failed run is retried."),
            Field("timeout", .grammar(.duration(bareUnit: .seconds)), "How long the whole run may take; a bare number is seconds."),
            Field("steps", .list(.object(step)), required: true, "The steps, in order."),
        ])

    static let group = ObjectShape(
        "oaas-orchestrationrules-group", doc: "One group of a parallel pattern.",
        hints: ["agent": "agent_type", "concurrency": "max_parallel"],
        fields: [
            Field("name", .string, "The group's name."),
            Field("projects", .list(.string), "The projects the group runs in."),
            Field("agent_type", .string, "The agent that runs in each project."),
            Field("max_parallel", .int(min: 1), "How many projects run at once."),
            Field("collect_metrics", .bool, "Whether metrics are collected for the group."),
            Field("require_healthy_state", .bool, "Whether projects must be healthy to take part."),
            Field("timeout", .grammar(.duration(bareUnit: .seconds)), "How long the group may take; a bare number is seconds."),
        ])

    static let parallelPattern = ObjectShape(
        "oaas-orchestrationrules-parallel", doc: "Groups of agents run at the same time.",
        fields: [
            Field("name", .string, required: true, "The pattern's name."),
            Field("description", .string, "What the pattern does."),
            Field("max_parallel", .int(min: 1), "How many groups run at once."),
            Field("timeout_strategy", .string, "How long the pattern waits (\"wait_for_all\")."),
            Field("timeout", .grammar(.duration(bareUnit: .seconds)), "How long the whole run may take; a bare number is seconds."),
            Field("groups", .list(.either([.object(group), .dictionary(.list(.string))])), required: true,
                  "The groups that run in parallel; `- Applications: [backend, frontend]` names a group by its projects."),
        ])

    static let fanOut = ObjectShape(
        "oaas-orchestrationrules-fanout-spread", doc: "How work is spread over projects.",
        fields: [
            Field("target", .string, "Which projects receive the work (\"all_projects\")."),
            Field("filter", .string, "Which of those projects take part (\"production_only\")."),
            Field("agent", .string, "The agent that runs in each project."),
            Field("batch_size", .int(min: 1), "How many projects each batch holds."),
            Field("parallel_batches", .int(min: 1), "How many batches run at once."),
            Field("collect_results", .bool, "Whether results are collected."),
            Field("aggregation", .string, "Where results are gathered (\"security-dashboard\")."),
            Field("timeout", .grammar(.duration(bareUnit: .seconds)), "How long the fan-out may take; a bare number is seconds."),
        ])

    static let fanIn = ObjectShape(
        "oaas-orchestrationrules-fanin", doc: "How results are gathered back.",
        fields: [
            Field("aggregation", .string, "Where results are gathered."),
            Field("aggregation_strategy", .string, "How results are combined (\"merge_findings\")."),
            Field("deduplication", .bool, "Whether duplicate findings are merged."),
            Field("severity_threshold", .oneOfWords(["low", "medium", "high", "critical"]), "Lowest severity kept."),
            Field("timeout", .grammar(.duration(bareUnit: .seconds)), "How long to wait for results; a bare number is seconds."),
        ])

    static let fanOutPattern = ObjectShape(
        "oaas-orchestrationrules-fanout", doc: "One agent runs across many projects and the results are gathered.",
        hints: ["fan_out": "fanout", "fan_in": "fanin"],
        fields: [
            Field("name", .string, required: true, "The pattern's name."),
            Field("description", .string, "What the pattern does."),
            Field("fanout", .object(fanOut), required: true, "How work is spread over projects."),
            Field("fanin", .object(fanIn), "How results are gathered back."),
        ])

    static let stage = ObjectShape(
        "oaas-orchestrationrules-stage", doc: "One stage of a pipeline.",
        fields: [
            Field("name", .string, aliases: ["stage"], "The stage's name."),
            Field("project", .string, "The project the stage runs in."),
            Field("projects", .list(.string), "The projects the stage runs in."),
            Field("agents", .list(.string), "The agents that run in the stage."),
            Field("parallel", .bool, "Whether the stage's agents or projects run at once."),
            Field("gpu_required", .bool, "Whether the stage needs a GPU."),
            Field("checkpoint_enabled", .bool, "Whether the stage writes checkpoints."),
            Field("timeout", .grammar(.duration(bareUnit: .seconds)), "How long the stage may take; a bare number is seconds."),
        ])

    static let pipelinePattern = ObjectShape(
        "oaas-orchestrationrules-pipeline", doc: "Stages that pass their output to the next stage.",
        hints: ["steps": "stages"],
        fields: [
            Field("name", .string, required: true, "The pattern's name."),
            Field("description", .string, "What the pattern does."),
            Field("stages", .list(.object(stage)), required: true, "The stages, in order."),
        ])

    static let mapPhase = ObjectShape(
        "oaas-orchestrationrules-map", doc: "How input is split and mapped.",
        hints: ["agent": "mapper_agent", "mapper": "mapper_agent"],
        fields: [
            Field("splitter", .string, "The agent that splits the input."),
            Field("chunk_size", .grammar(.size), "The size of each chunk (\"1GB\")."),
            Field("parallel_mappers", .int(min: 1), "How many mappers run at once."),
            Field("mapper_agent", .string, required: true, "The agent that maps each chunk."),
        ])

    static let reducePhase = ObjectShape(
        "oaas-orchestrationrules-reduce", doc: "How mapped results are combined.",
        hints: ["agent": "reducer_agent", "reducer": "reducer_agent"],
        fields: [
            Field("reducer_agent", .string, required: true, "The agent that combines the results."),
            Field("reduction_strategy", .string, "How results are combined (\"hierarchical\")."),
            Field("intermediate_storage", .grammar(.url), "Where intermediate results are kept (\"s3://bucket/\")."),
        ])

    static let mapReducePattern = ObjectShape(
        "oaas-orchestrationrules-mapreduce", doc: "Input split over many mapper agents, then reduced.",
        fields: [
            Field("name", .string, required: true, "The pattern's name."),
            Field("description", .string, "What the pattern does."),
            Field("map", .object(mapPhase), required: true, "How input is split and mapped."),
            Field("reduce", .object(reducePhase), required: true, "How mapped results are combined."),
        ])

    static let circuitState = ObjectShape(
        "oaas-orchestrationrules-circuit-state", doc: "Behaviour in one circuit-breaker state.",
        fields: [
            Field("allow_requests", .either([.bool, .oneOfWords(["limited"])]), "Whether requests pass: true, false or \"limited\"."),
            Field("monitor_failures", .bool, "Whether failures are counted."),
            Field("fallback", .string, "What answers instead (\"cached_response\")."),
            Field("alert", .string, "Who is alerted (\"operations\")."),
            Field("test_requests", .int(min: 1), "How many trial requests pass."),
        ])

    static let circuitStates = ObjectShape(
        "oaas-orchestrationrules-circuit-states", doc: "Behaviour per circuit-breaker state.",
        hints: ["half-open": "half_open", "halfOpen": "half_open"],
        fields: [
            Field("closed", .object(circuitState), "While calls succeed."),
            Field("open", .object(circuitState), "After too many failures."),
            Field("half_open", .object(circuitState), "While recovery is being tested."),
        ])

    static let circuitBreakerPattern = ObjectShape(
        "oaas-orchestrationrules-circuit-breaker", doc: "Calls guarded by a circuit breaker.",
        hints: ["failure_threshold": "threshold", "recovery_timeout": "reset_timeout"],
        fields: [
            Field("name", .string, required: true, "The pattern's name."),
            Field("description", .string, "What the pattern guards."),
            Field("agent", .string, "The agent whose calls are guarded."),
            Field("project", .string, "The project whose calls are guarded."),
            Field("fallback_agent", .string, "The agent that answers while the circuit is open."),
            Field("threshold", .int(min: 1), "Failures that open the circuit."),
            Field("timeout", .grammar(.duration(bareUnit: .milliseconds)), "How long a call may take; a bare number is milliseconds."),
            Field("reset_timeout", .grammar(.duration(bareUnit: .milliseconds)), "How long the circuit stays open; a bare number is milliseconds."),
            Field("half_open_requests", .int(min: 1), "Trial requests allowed while half open."),
            Field("states", .object(circuitStates), "Behaviour per state."),
        ])

    static let patterns = ObjectShape(
        "oaas-orchestrationrules-patterns", doc: "Named multi-agent patterns, by pattern type.",
        hints: ["fan_out": "fanout", "map_reduce": "mapreduce", "circuit_breakers": "circuit_breaker"],
        fields: [
            Field("sequential", .list(.object(sequentialPattern)), "Patterns whose steps run one after another."),
            Field("parallel", .list(.object(parallelPattern)), "Patterns whose groups run at the same time."),
            Field("fanout", .either([.list(.object(fanOutPattern)), .object(fanOut)]),
                  "Fan-out/fan-in patterns, or one fan-out written directly (seed 003's short form)."),
            Field("pipeline", .list(.object(pipelinePattern)), "Multi-stage pipelines."),
            Field("mapreduce", .list(.object(mapReducePattern)), "Map-reduce patterns."),
            Field("circuit_breaker", .list(.object(circuitBreakerPattern)), "Circuit-breaker patterns."),
        ])
}
