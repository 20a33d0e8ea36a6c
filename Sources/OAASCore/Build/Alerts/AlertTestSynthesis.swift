/// A `promtool test rules` case for one alert: series that make it fire, with the alerts expected, and
/// series that keep it quiet.
public struct AlertTest: Sendable {
    /// An alert expected to be firing at the evaluation time.
    public struct Expected: Sendable {
        /// Its labels (without `alertname`), sorted by name.
        public let labels: [(String, String)]
        /// Its annotations, expanded, sorted by name.
        public let annotations: [(String, String)]
    }

    /// Input series and the alerts expected from them.
    public struct Case: Sendable {
        /// The series.
        public let series: [TestSeries]
        /// The alerts expected; empty for the quiet case.
        public let expected: [Expected]
    }

    /// The alert's name.
    public let alert: String
    /// The time between samples.
    public let interval: Duration
    /// When the alert is checked.
    public let evalTime: Duration
    /// Samples after the first, so that the series reach `evalTime`.
    public let samples: Int
    /// Series that fire the alert.
    public let firing: Case
    /// Series that do not.
    public let quiet: Case
}

/// Generates an alert's unit test from its expression: a knob for every series the expression selects
/// (a gauge's value, a counter's rate, where a histogram's observations fall), candidate settings from
/// the numbers the expression compares with, and a search for settings under which `PromQLEvaluator`
/// says the alert fires and settings under which it does not. The alerts expected are computed, not
/// assumed, from every rule with the alert's name, so a test is never fake: when the expression cannot be
/// evaluated or no setting fires it, there is no test, and the reason says so.
public enum AlertTestSynthesis {
    /// The test of `rule`, or why there is none; `rules` are every rule of the file (rules sharing the
    /// alert's name fire under the same test).
    public static func test(for rule: AlertTranslation.Rule, among rules: [AlertTranslation.Rule]) -> Result<AlertTest, Reason> {
        let siblings = rules.filter { $0.alert == rule.alert }
        for sibling in siblings {
            for (_, text) in sibling.annotations where AlertText.expanded(text, labels: [:], value: 0) == nil {
                return .failure(Reason("its annotations format the value with a template function a test does not reproduce"))
            }
        }
        var windows: [Double] = []
        var hasInstant = false
        var longestFor = 0.0
        for sibling in siblings {
            var siblingAnalysis = Analysis()
            siblingAnalysis.walk(sibling.expression, thresholds: [], denominator: false, histogram: false)
            windows += siblingAnalysis.windows
            hasInstant = hasInstant || siblingAnalysis.hasInstant
            longestFor = max(longestFor, sibling.forDuration?.seconds ?? 0)
        }
        // One sample a minute, unless every selector reads a long range (a day's increase): then fewer, so
        // that the files stay small; instant selectors need a sample within Prometheus's 5-minute lookback.
        var interval = 60.0
        if !hasInstant, let shortest = windows.min() {
            for candidate in [300.0, 900, 3600] where candidate <= shortest / 20 { interval = candidate }
        }
        let needed = (windows.max() ?? 0) + longestFor + 2 * interval
        let samples = Int((needed / interval).rounded(.up))
        let time = Double(samples) * interval
        var analysis = Analysis()
        analysis.interval = interval
        analysis.walk(rule.expression, thresholds: analysis.thresholds(in: rule.expression), denominator: false, histogram: false)
        if let problem = analysis.problem { return .failure(Reason(problem)) }
        guard !analysis.knobs.isEmpty else { return .failure(Reason("its expression selects no series")) }
        let search = Search(knobs: analysis.knobs, interval: interval, time: time)
        guard let firingSeries = search.first(firing: true, rule.expression) else {
            return .failure(Reason(search.evaluable(rule.expression) ? "no generated series makes it fire" : "oaas cannot evaluate its expression"))
        }
        guard let quietSeries = search.first(firing: false, rule.expression) else {
            return .failure(Reason("no generated series keeps it quiet"))
        }
        guard let firing = expected(siblings, firingSeries, interval: interval, time: time),
              let quiet = expected(siblings, quietSeries, interval: interval, time: time)
        else {
            return .failure(Reason("another rule named \(rule.alert) cannot be evaluated over its series"))
        }
        return .success(AlertTest(
            alert: rule.alert, interval: Duration(milliseconds: Int64(interval * 1000)),
            evalTime: Duration(milliseconds: Int64(time * 1000)), samples: samples,
            firing: AlertTest.Case(series: firingSeries, expected: firing),
            quiet: AlertTest.Case(series: quietSeries, expected: quiet)))
    }

    /// Why an alert has no test.
    public struct Reason: Error, Sendable, Equatable {
        /// Lowercase, no trailing period.
        public let message: String
        init(_ message: String) { self.message = message }
    }

    /// The alerts `rules` raise over `series`, or nil when one cannot be evaluated.
    static func expected(_ rules: [AlertTranslation.Rule], _ series: [TestSeries], interval: Double, time: Double) -> [AlertTest.Expected]? {
        let evaluator = PromQLEvaluator(series: series, interval: interval, time: time)
        var result: [AlertTest.Expected] = []
        for rule in rules {
            guard case .vector(let samples)? = evaluator.evaluate(rule.expression) else { return nil }
            for sample in samples {
                var labels = sample.labels
                labels["__name__"] = nil
                for (key, value) in rule.labels { labels[key] = value }
                var annotations: [(String, String)] = []
                for (key, text) in rule.annotations {
                    guard let expanded = AlertText.expanded(text, labels: labels, value: sample.value) else { return nil }
                    annotations.append((key, expanded))
                }
                result.append(AlertTest.Expected(labels: labels.keys.sorted().map { ($0, labels[$0]!) }, annotations: annotations))
            }
        }
        return result.sorted { $0.labels.map { "\($0.0)=\($0.1)" }.joined(separator: ",") < $1.labels.map { "\($0.0)=\($0.1)" }.joined(separator: ",") }
    }
}
