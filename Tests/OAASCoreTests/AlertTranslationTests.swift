import Foundation
import Testing
@testable import OAASCore

/// The alert condition language, its translation into PromQL over declared metrics, the PromQL reader
/// that guards carried-over expressions, and the evaluator the promtool tests are generated with.
@Suite("Alert translation")
struct AlertTranslationTests {
    static func metric(_ name: String, _ type: DeclaredMetric.MetricType?, unit: String? = nil, labels: [String] = []) -> DeclaredMetric {
        DeclaredMetric(name: name, type: type, unit: unit, labels: labels, range: .fileStart("observability.yml"))
    }

    static let catalog = MetricCatalog([
        metric("orchestration_latency_seconds", .histogram, unit: "seconds"),
        metric("tool_latency_milliseconds", .histogram),
        metric("model_latency_seconds", .summary),
        metric("orchestration_error_rate", .gauge, unit: "ratio"),
        metric("context_usage_percent", .gauge),
        metric("daily_cost_usd", .gauge),
        metric("queue_depth", .gauge),
        metric("tool_calls_total", nil),
        metric("agentflow_errors_total", .counter),
        metric("agentflow_requests_total", .counter),
    ])

    /// The PromQL, or `error @offset+length: message`.
    static func translate(_ text: String, _ catalog: MetricCatalog = catalog) -> String {
        switch AlertCondition.parse(text) {
        case .failure(let error): return "syntax error @\(error.offset): \(error.message)"
        case .success(let condition):
            switch ConditionTranslator(catalog: catalog).translate(condition) {
            case .success(let expression): return expression.rendered
            case .failure(let failure): return "error @\(failure.offset)+\(failure.length): \(failure.message)"
            }
        }
    }

    @Test func formatsNumbersStably() {
        #expect(PromQLNumber.format(5000 / 1000) == "5")
        #expect(PromQLNumber.format(5.0 / 100) == "0.05")
        #expect(PromQLNumber.format(400 * 0.8) == "320")
        #expect(PromQLNumber.format(14.4 * 0.005) == "0.072")
        #expect(PromQLNumber.format(0.1 + 0.2) == "0.3")
        #expect(PromQLNumber.format(-2.5) == "-2.5")
        #expect(PromQLNumber.format(1e-7) == "1e-07")
        #expect(PromQLNumber.format(.infinity) == "+Inf")
    }

    @Test func parsesQuantitiesWithUnits() throws {
        func quantity(_ text: String) throws -> AlertCondition.Quantity {
            let condition = try AlertCondition.parse(text).get()
            return try #require(condition.comparisons.first).quantity
        }
        #expect(try quantity("p95_latency > 5000ms") == AlertCondition.Quantity(value: 5, unit: .duration, text: "5000ms", offset: 14, length: 6))
        #expect(try quantity("x > 1.5s").value == 1.5)
        #expect(try quantity("x > 1h30m").value == 5400)
        #expect(try quantity("error_rate > 5%").unit == .percent)
        #expect(try quantity("error_rate > 5%").value == 0.05)
        #expect(try quantity("daily_cost > $1,000").value == 1000)
        #expect(try quantity("daily_cost > $1,000").unit == .money("USD"))
        #expect(try quantity("daily_cost > 100 EUR").unit == .money("EUR"))
        #expect(try quantity("daily_cost > 100 USD").text == "100 USD")
    }

    @Test func readsQuantilesAndFlipsComparisons() throws {
        let suffixed = try #require(AlertCondition.parse("agentflow_latency_p99 > 10s").get().comparisons.first)
        #expect(suffixed.metric.name == "agentflow_latency")
        #expect(suffixed.metric.quantile == 0.99)
        let flipped = try #require(AlertCondition.parse("100 < queue_depth").get().comparisons.first)
        #expect(flipped.comparator == ">")
        #expect(flipped.metric.name == "queue_depth")
        #expect(AlertCondition.quantile(ofWord: "p999") == 0.999)
        #expect(AlertCondition.quantile(ofWord: "p2p") == nil)
        let compound = try AlertCondition.parse("a > 1 or b > 2 and c > 3").get()
        guard case .or(_, .and) = compound else {
            Issue.record("and binds tighter than or: \(compound)")
            return
        }
    }

    @Test func reportsSyntaxErrorsWhereTheyAre() {
        guard case .failure(let error) = AlertCondition.parse("error_rate is above 5%") else {
            Issue.record("accepted")
            return
        }
        #expect(error.offset == 11)
        #expect(error.message.contains("comparison operator"))
        guard case .failure(let unit) = AlertCondition.parse("latency > 5 parsecs") else {
            Issue.record("accepted")
            return
        }
        #expect(unit.offset == 12)
    }

    @Test func translatesEachForm() {
        #expect(Self.translate("p95_orchestration_latency_seconds > 5000ms")
            == "histogram_quantile(0.95, sum by (le) (rate(orchestration_latency_seconds_bucket[5m]))) > 5")
        #expect(Self.translate("tool_latency_p99 > 2s")
            == "histogram_quantile(0.99, sum by (le) (rate(tool_latency_milliseconds_bucket[5m]))) > 2000")
        #expect(Self.translate("p99(model_latency_seconds) > 1") == "model_latency_seconds{quantile=\"0.99\"} > 1")
        #expect(Self.translate("histogram_quantile(0.5, orchestration_latency_seconds) >= 1")
            == "histogram_quantile(0.5, sum by (le) (rate(orchestration_latency_seconds_bucket[5m]))) >= 1")
        #expect(Self.translate("error_rate > 5%") == "orchestration_error_rate > 0.05")
        #expect(Self.translate("context_usage > 90%") == "context_usage_percent > 90")
        #expect(Self.translate("daily_cost > $100") == "daily_cost_usd > 100")
        #expect(Self.translate("tool_calls_total{tool=\"kubectl\"} > 500") == "increase(tool_calls_total{tool=\"kubectl\"}[5m]) > 500")
        #expect(Self.translate("agentflow_error_rate > 2%")
            == "sum(rate(agentflow_errors_total[5m])) / sum(rate(agentflow_requests_total[5m])) > 0.02")
        #expect(Self.translate("queue_depth > 10 and error_rate > 1%")
            == "queue_depth > 10 and on () orchestration_error_rate > 0.01")
        #expect(Self.translate("(queue_depth > 1 or queue_depth < 0) and error_rate > 0.1")
            == "(queue_depth > 1 or on () queue_depth < 0) and on () orchestration_error_rate > 0.1")
    }

    @Test func convertsPercentagesToTheMetricsUnit() {
        #expect(Self.translate("context_usage_percent > 90%") == "context_usage_percent > 90")
        #expect(Self.translate("orchestration_error_rate < 0.5%") == "orchestration_error_rate < 0.005")
    }

    @Test func explainsWhatCannotBeTranslated() {
        #expect(Self.translate("orchestration_eror_rate > 1")
            == "error @0+23: \"orchestration_eror_rate\" names no declared metric; did you mean \"orchestration_error_rate\"?")
        #expect(Self.translate("p99_queue_depth > 1")
            == "error @0+15: \"p99_queue_depth\" asks for a quantile, but \"queue_depth\" is a gauge, not a histogram")
        #expect(Self.translate("orchestration_latency_seconds > 1").contains("is a histogram") == true)
        #expect(Self.translate("daily_cost_usd > 5m")
            == "error @17+2: \"5m\" is a duration but \"daily_cost_usd\" is measured in USD")
        #expect(Self.translate("daily_cost_usd > 5 EUR")
            == "error @17+5: \"5 EUR\" is an amount in EUR but \"daily_cost_usd\" is measured in USD")
        #expect(Self.translate("queue_depth > 5%").contains("without a unit") == true)
        let twoHistograms = MetricCatalog([
            Self.metric("orchestration_latency_seconds", .histogram), Self.metric("routing_latency_seconds", .histogram),
        ])
        #expect(Self.translate("p95_latency > 1", twoHistograms).contains("could be any of") == true)
    }

    @Test func parsesAndChecksPromQL() {
        let valid = [
            "histogram_quantile(0.95, sum(rate(x_bucket[5m])) by (le)) > 5",
            "sum by (flow) (rate(a_total{status=~\"5..|err\"}[10m])) / ignoring (status) group_left sum(b) > 0.1",
            "increase(x[1h] offset 5m) > 0 unless on (team) y == bool 1",
            "max_over_time(rate(x[1m])[30m:1m]) > 2",
            "-x + 2 ^ 3 ^ 2 < Inf",
            "absent(up{job=\"oaas\"})",
        ]
        for text in valid {
            if case .failure(let error) = PromQLParser.parse(text) { Issue.record("\(text): \(error.message)") }
        }
        let invalid = [
            ("rate(x) > 1", "expects a range vector"),
            ("sum(rate(x[5m]) > 1", "expected \")\""),
            ("frobnicate(x) > 1", "unknown function"),
            ("1 > 2", "bool modifier"),
            ("x{job=\"a\\d\"} > 1", "invalid escape"),
            ("sum(x[5m])", "instant vector"),
        ]
        for (text, expected) in invalid {
            guard case .failure(let error) = PromQLParser.parse(text) else {
                Issue.record("accepted \(text)")
                continue
            }
            #expect(error.message.contains(expected), "\(text): \(error.message)")
        }
    }

    @Test func rendersWithTheParenthesesPrecedenceNeeds() throws {
        let expression = try PromQLParser.parse("(a + b) * c > 1 and d").get()
        #expect(expression.rendered == "(a + b) * c > 1 and d")
        let built = PromQLExpr.binary(
            op: "/", lhs: .selector(PromQLSelector(name: "a")),
            rhs: .binary(op: "+", lhs: .selector(PromQLSelector(name: "b")), rhs: .number(PromQLNumber(1)), modifiers: PromQLBinaryModifiers()),
            modifiers: PromQLBinaryModifiers())
        #expect(built.rendered == "a / (b + 1)")
    }

    @Test func evaluatesLikePrometheus() throws {
        let series = [
            TestSeries(name: "x_bucket", labels: [("le", "1")], start: 0, slope: 0),
            TestSeries(name: "x_bucket", labels: [("le", "2")], start: 0, slope: 60),
            TestSeries(name: "x_bucket", labels: [("le", "+Inf")], start: 0, slope: 60),
            TestSeries(name: "requests_total", labels: [("team", "a")], start: 0, slope: 60),
        ]
        let evaluator = PromQLEvaluator(series: series, interval: 60, time: 600)
        func value(_ text: String) throws -> [Double] {
            guard case .vector(let samples)? = evaluator.evaluate(try PromQLParser.parse(text).get()) else { return [] }
            return samples.map(\.value)
        }
        // All observations between 1 and 2: the 95th percentile is 1 + 0.95.
        #expect(try value("histogram_quantile(0.95, sum by (le) (rate(x_bucket[5m])))") == [1.95])
        #expect(try value("rate(requests_total[5m])") == [1])
        #expect(try value("increase(requests_total[10m])") == [600])
        #expect(try value("sum by (team) (rate(requests_total[5m])) > 0.5 and on () vector(1)") == [1])
        #expect(try value("rate(requests_total[5m]) > 2") == [])
    }

    @Test func writesTestsThatFireAndStayQuiet() throws {
        let expression = try PromQLParser.parse("sum by (team) (increase(spend_usd_total{team=\"a\"}[1d])) > 300").get()
        let rule = AlertTranslation.Rule(
            alert: "Spend", expression: expression, expressionText: expression.rendered, forDuration: nil,
            labels: [("severity", "warning")], annotations: [("summary", "team {{ $labels.team }} spent {{ $value }}")], origin: .derived)
        let test = try AlertTestSynthesis.test(for: rule, among: [rule]).get()
        // A day's increase is sampled hourly; 600 (twice the threshold) is 25 a sample, rounded up to 30.
        #expect(test.interval.description == "1h")
        #expect(test.firing.expected.count == 1)
        #expect(test.firing.expected.first?.labels.map(\.0) == ["severity", "team"])
        #expect(test.firing.expected.first?.annotations.first?.1 == "team a spent 720")
        #expect(test.quiet.expected.isEmpty)
    }

    @Test func keepsAlertTemplatesAndEscapesTheRest() {
        #expect(AlertText.escapingTemplates("{{ $labels.team }} at {{ $value | humanize }}") == "{{ $labels.team }} at {{ $value | humanize }}")
        #expect(AlertText.escapingTemplates("{{ steps.x.output }}") == "{{ \"{{\" }} steps.x.output }}")
        #expect(AlertText.expanded("{{ \"{{\" }} x }}", labels: [:], value: 0) == "{{ x }}")
        #expect(AlertText.goValue(1234567) == "1.234567e+06")
        #expect(AlertText.goValue(123456.5) == "123456.5")
        #expect(AlertText.goValue(0.00001) == "1e-05")
        #expect(AlertText.goValue(0.0001) == "0.0001")
        #expect(AlertText.goValue(-2) == "-2")
    }

    /// Real configurations written for other tools must never crash the translation or the test generator.
    @Test func corpusNeverCrashesTheTranslation() throws {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus")
        try #require(FileManager.default.fileExists(atPath: corpus.path), "../shared/corpus is missing")
        var files: [SourceFile] = []
        let enumerator = FileManager.default.enumerator(atPath: corpus.path)
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".yaml") || path.hasSuffix(".yml"),
                  let data = FileManager.default.contents(atPath: corpus.appendingPathComponent(path).path) else { continue }
            files.append(SourceFile(path: path, bytes: [UInt8](data)))
        }
        let result = Compiler.compile(files)
        let context = BuildContext(
            result: result, variables: ProvidedVariables(), environments: BuildEnvironment.all(in: result.project))
        let output = AlertTranslation.translate(context)
        let rules = output.groups.flatMap(\.rules)
        for rule in rules { _ = AlertTestSynthesis.test(for: rule, among: rules) }
        #expect(output.diagnostics.allSatisfy { $0.id.hasPrefix("build.") })
    }
}

