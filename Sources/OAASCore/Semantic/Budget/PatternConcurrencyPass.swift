/// Checks that no orchestration pattern asks for more agents at once (`max_parallel`, `parallel_mappers`,
/// `batch_size` × `parallel_batches`) than the workspace lets run at once (`orchestration.max_concurrent`).
enum PatternConcurrencyPass: SemanticPass {
    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for scope in WorkspaceScope.all(in: context.project) {
            var maximum: Located<Int>?
            for (_, model) in scope.workspaces where maximum == nil { maximum = model.orchestration?.maxConcurrent }
            // A cap below 1 is reported by the schema; patterns are not measured against it.
            guard let maximum, maximum.value > 0 else { continue }
            for (_, model) in scope.orchestration {
                for pattern in model.patterns { check(pattern, maximum: maximum, into: &sink) }
            }
        }
    }

    private static func check(_ pattern: OrchestrationRules.Pattern, maximum: Located<Int>, into sink: inout DiagnosticSink) {
        let name = pattern.name.map { "\"\($0.value)\"" } ?? "(unnamed)"
        let limit = MoneyText.grouped(maximum.value)
        let note = DiagnosticNote("the workspace runs at most \(limit) at once (orchestration.max_concurrent) here", at: maximum.range)
        func report(_ what: String, _ count: Int, at range: SourceRange) {
            sink.report(
                .budgetParallelismExceedsConcurrency,
                "\(what) of pattern \(name) allows \(MoneyText.grouped(count)) at once, more than the workspace's max_concurrent of \(limit)",
                at: range, notes: [note])
        }
        switch pattern.kind {
        case .parallel:
            if let value = pattern.maxParallel, value.value > maximum.value { report("max_parallel", value.value, at: value.range) }
            for group in pattern.groups {
                guard let value = group.maxParallel, value.value > maximum.value else { continue }
                let groupName = group.name.map { "group \"\($0.value)\"" } ?? "a group"
                report("max_parallel of \(groupName)", value.value, at: value.range)
            }
        case .fanout:
            // Counts below 1 are reported by the schema.
            guard let batch = pattern.fanOut?.batchSize, let batches = pattern.fanOut?.parallelBatches, batch.value > 0, batches.value > 0
            else { return }
            // Both counts are user-written: a product that does not fit is shown as over `Int64.max`.
            let (product, overflow) = Int64(batch.value).multipliedReportingOverflow(by: Int64(batches.value))
            guard overflow || product > Int64(maximum.value) else { return }
            let agents = overflow ? "over \(MoneyText.grouped(Int64.max))" : MoneyText.grouped(product)
            sink.report(
                .budgetParallelismExceedsConcurrency,
                "fan-out pattern \(name) allows \(MoneyText.grouped(batches.value)) batches of \(MoneyText.grouped(batch.value)) at once (\(agents) agents), more than the workspace's max_concurrent of \(limit)",
                at: batches.range,
                notes: [DiagnosticNote("batch_size is \(MoneyText.grouped(batch.value)) here", at: batch.range), note])
        case .mapreduce:
            if let value = pattern.mapReduce?.parallelMappers, value.value > maximum.value {
                report("parallel_mappers", value.value, at: value.range)
            }
        default:
            return
        }
    }
}

extension DiagnosticKind {
    static let budgetParallelismExceedsConcurrency = DiagnosticKind(
        id: "budget.parallelism-exceeds-concurrency", severity: .warning,
        summary: "a pattern runs more agents at once than the workspace allows",
        explanation: """
            The workspace's `orchestration.max_concurrent` caps how many orchestrations run at once. A \
            parallel pattern's `max_parallel`, a map-reduce pattern's `parallel_mappers`, or a fan-out's \
            `batch_size` × `parallel_batches` above that cap cannot be reached: the extra work queues \
            behind the cap, so the pattern runs slower than planned and may hit its timeout, and while it \
            runs it starves every other orchestration. Lower the pattern's parallelism to the cap (or \
            below, to leave room for other work), or raise the cap.
            """,
        example: """
            # workspace.yml: orchestration: {max_concurrent: 20}
            mapreduce:
              - name: telemetry_analysis
                map: {splitter: data-validator, parallel_mappers: 40, mapper_agent: analyzer}
            """)
}
