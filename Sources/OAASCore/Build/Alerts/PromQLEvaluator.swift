/// A series of a `promtool` unit test: a name, labels and linear values (`start+slope` per sample).
public struct TestSeries: Sendable, Equatable {
    /// The metric name.
    public let name: String
    /// The labels, sorted by name.
    public let labels: [(String, String)]
    /// The first sample's value.
    public let start: Double
    /// How much each sample adds to the one before.
    public let slope: Double

    /// Creates a series; labels are sorted.
    public init(name: String, labels: [(String, String)], start: Double, slope: Double) {
        self.name = name
        self.labels = labels.sorted { $0.0 < $1.0 }
        self.start = start
        self.slope = slope
    }

    public static func == (lhs: TestSeries, rhs: TestSeries) -> Bool {
        lhs.name == rhs.name && lhs.labels.map(\.0) == rhs.labels.map(\.0) && lhs.labels.map(\.1) == rhs.labels.map(\.1)
            && lhs.start == rhs.start && lhs.slope == rhs.slope
    }

    /// The series in promtool's notation: `name{a="b"}`.
    public var selector: String {
        name + (labels.isEmpty ? "" : "{" + labels.map { "\($0.0)=\(JSON.quoted($0.1))" }.joined(separator: ", ") + "}")
    }

    /// `samples` samples after the first in promtool's expanding notation: `0+6x20`, `5+0x20`.
    public func values(samples: Int) -> String {
        let step = slope < 0 ? "-" + PromQLNumber.format(-slope) : "+" + PromQLNumber.format(slope)
        return "\(PromQLNumber.format(start))\(step)x\(samples)"
    }
}

/// Evaluates PromQL over linear test series in their steady state: at a time `time` (a multiple of the
/// sampling `interval`) late enough that every range is full. There `rate` is the slope per second,
/// `increase` the slope times the window, and Prometheus's extrapolation is exact, so the values are
/// the ones `promtool` computes. What it cannot evaluate exactly (subqueries, `topk`, label functions,
/// `*_over_time` of a changing gauge) returns nil, and no test is written from it.
struct PromQLEvaluator {
    /// One element of an instant vector.
    struct Sample {
        var labels: [String: String]
        var value: Double
    }

    enum Value {
        case scalar(Double)
        case vector([Sample])
    }

    let series: [TestSeries]
    /// Seconds between samples.
    let interval: Double
    /// The evaluation time in seconds.
    let time: Double

    func evaluate(_ expression: PromQLExpr) -> Value? {
        switch expression {
        case .number(let number): return .scalar(number.value)
        case .string: return nil
        case .paren(let inner): return evaluate(inner)
        case .subquery: return nil
        case .selector(let selector):
            guard selector.range == nil else { return nil }
            return .vector(matching(selector).map { Sample(labels: $0.labels, value: $0.series.start + $0.series.slope * samplesBefore(selector.offset)) })
        case .unary(let op, let operand):
            return map(evaluate(operand)) { op == "-" ? -$0 : $0 }
        case .call(let name, let arguments):
            return call(name, arguments)
        case .aggregate(let op, let grouping, let parameter, let body):
            guard parameter == nil, case .vector(let samples)? = evaluate(body) else { return nil }
            return aggregate(op, grouping: grouping, samples)
        case .binary(let op, let lhs, let rhs, let modifiers):
            guard let left = evaluate(lhs), let right = evaluate(rhs) else { return nil }
            return binary(op, left, right, modifiers)
        }
    }

    private func samplesBefore(_ offset: String?) -> Double {
        let shift = offset.flatMap(AlertConditionParser.durationValue) ?? 0
        return (time - shift) / interval
    }

    private func matching(_ selector: PromQLSelector) -> [(series: TestSeries, labels: [String: String])] {
        var result: [(series: TestSeries, labels: [String: String])] = []
        for candidate in series where candidate.name == selector.name {
            var labels: [String: String] = ["__name__": candidate.name]
            for (key, value) in candidate.labels { labels[key] = value }
            if selector.matchers.allSatisfy({ Self.matches($0, labels[$0.label] ?? "") }) { result.append((candidate, labels)) }
        }
        return result
    }

    /// Whether a label value satisfies a matcher; regular expressions are understood only as alternations
    /// of plain words (`timeout|expired`), which is what the build writes and tests.
    static func matches(_ matcher: PromQLMatcher, _ value: String) -> Bool {
        switch matcher.op {
        case "=": return value == matcher.value
        case "!=": return value != matcher.value
        case "=~": return alternatives(matcher.value)?.contains(value) ?? false
        default: return !(alternatives(matcher.value)?.contains(value) ?? true)
        }
    }

    static func alternatives(_ pattern: String) -> [String]? {
        let words = pattern.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        guard words.allSatisfy({ $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") } }) else { return nil }
        return words
    }

    private func call(_ name: String, _ arguments: [PromQLExpr]) -> Value? {
        let rangeFunctions: Set<String> = [
            "rate", "irate", "increase", "delta", "idelta", "deriv", "avg_over_time", "min_over_time", "max_over_time", "last_over_time",
        ]
        if rangeFunctions.contains(name) {
            guard arguments.count == 1, case .selector(let selector) = arguments[0], let range = selector.range,
                  let window = AlertConditionParser.durationValue(range) else { return nil }
            var samples: [Sample] = []
            for match in matching(PromQLSelector(name: selector.name, matchers: selector.matchers)) {
                let slope = match.series.slope
                let value: Double
                switch name {
                case "rate", "irate", "deriv": value = slope / interval
                case "increase", "delta": value = slope * window / interval
                case "idelta": value = slope
                default:
                    guard slope == 0 else { return nil }
                    value = match.series.start
                }
                var labels = match.labels
                labels["__name__"] = nil
                samples.append(Sample(labels: labels, value: value))
            }
            return .vector(samples)
        }
        switch name {
        case "histogram_quantile":
            guard arguments.count == 2, case .scalar(let quantile)? = evaluate(arguments[0]),
                  case .vector(let buckets)? = evaluate(arguments[1]) else { return nil }
            return .vector(Self.histogramQuantile(quantile, buckets))
        case "abs", "ceil", "floor", "sqrt":
            guard arguments.count == 1 else { return nil }
            let functions: [String: (Double) -> Double] = [
                "abs": { abs($0) }, "ceil": { $0.rounded(.up) }, "floor": { $0.rounded(.down) }, "sqrt": { $0.squareRoot() },
            ]
            return dropName(map(evaluate(arguments[0]), functions[name]!))
        case "clamp_min", "clamp_max":
            guard arguments.count == 2, case .scalar(let bound)? = evaluate(arguments[1]) else { return nil }
            return dropName(map(evaluate(arguments[0])) { name == "clamp_min" ? max($0, bound) : min($0, bound) })
        case "vector":
            guard arguments.count == 1, case .scalar(let value)? = evaluate(arguments[0]) else { return nil }
            return .vector([Sample(labels: [:], value: value)])
        case "scalar":
            guard arguments.count == 1, case .vector(let samples)? = evaluate(arguments[0]) else { return nil }
            return .scalar(samples.count == 1 ? samples[0].value : .nan)
        default:
            return nil
        }
    }

    private func map(_ value: Value?, _ transform: (Double) -> Double) -> Value? {
        switch value {
        case .scalar(let number)?: return .scalar(transform(number))
        case .vector(let samples)?:
            return .vector(samples.map { Sample(labels: $0.labels, value: transform($0.value)) })
        case nil: return nil
        }
    }

    private func dropName(_ value: Value?) -> Value? {
        guard case .vector(let samples)? = value else { return value }
        return .vector(samples.map { sample in
            var labels = sample.labels
            labels["__name__"] = nil
            return Sample(labels: labels, value: sample.value)
        })
    }

    private func aggregate(_ op: String, grouping: PromQLGrouping?, _ samples: [Sample]) -> Value? {
        guard ["sum", "avg", "min", "max", "count", "group"].contains(op) else { return nil }
        var groups: [[String: String]: [Double]] = [:]
        var order: [[String: String]] = []
        for sample in samples {
            var key: [String: String] = [:]
            if let grouping {
                for (label, value) in sample.labels where label != "__name__" && grouping.labels.contains(label) != grouping.without {
                    key[label] = value
                }
            }
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(sample.value)
        }
        return .vector(order.map { key in
            let values = groups[key]!
            let value: Double
            switch op {
            case "sum": value = values.reduce(0, +)
            case "avg": value = values.reduce(0, +) / Double(values.count)
            case "min": value = values.min()!
            case "max": value = values.max()!
            case "count": value = Double(values.count)
            default: value = 1
            }
            return Sample(labels: key, value: value)
        })
    }

    /// Prometheus's `bucketQuantile` (`promql/quantile.go`).
    static func histogramQuantile(_ quantile: Double, _ samples: [Sample]) -> [Sample] {
        var groups: [[String: String]: [(Double, Double)]] = [:]
        var order: [[String: String]] = []
        for sample in samples {
            guard let le = sample.labels["le"], let bound = le == "+Inf" ? Double.infinity : Double(le) else { continue }
            var key = sample.labels
            key["le"] = nil
            key["__name__"] = nil
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append((bound, sample.value))
        }
        return order.map { key in Sample(labels: key, value: bucketQuantile(quantile, groups[key]!)) }
    }

    static func bucketQuantile(_ quantile: Double, _ unsorted: [(Double, Double)]) -> Double {
        if quantile < 0 { return -.infinity }
        if quantile > 1 { return .infinity }
        let buckets = unsorted.sorted { $0.0 < $1.0 }
        guard buckets.count >= 2, buckets.last!.0 == .infinity else { return .nan }
        let total = buckets.last!.1
        guard total > 0 else { return .nan }
        let rank = quantile * total
        let index = buckets.firstIndex { $0.1 >= rank } ?? buckets.count - 1
        if index == buckets.count - 1 { return buckets[buckets.count - 2].0 }
        if index == 0, buckets[0].0 <= 0 { return buckets[0].0 }
        let start = index == 0 ? 0 : buckets[index - 1].0
        let end = buckets[index].0
        let below = index == 0 ? 0 : buckets[index - 1].1
        let count = buckets[index].1 - below
        return start + (end - start) * ((rank - below) / count)
    }
}
