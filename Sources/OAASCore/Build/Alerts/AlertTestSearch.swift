extension AlertTestSynthesis {
    /// One series (or, for a histogram, one set of bucket series) the expression selects, and the
    /// settings tried for it, in the order the search tries them.
    struct Knob {
        enum Kind { case plain, histogram([Double]) }

        let name: String
        let labels: [(String, String)]
        let kind: Kind
        /// `(start, slope)` of a plain series, or the bucket observations fall in (nil: none) for a histogram.
        var firingSettings: [(Double, Double)] = []
        var quietSettings: [(Double, Double)] = []

        func series(_ setting: (Double, Double), interval: Double) -> [TestSeries] {
            switch kind {
            case .plain:
                return [TestSeries(name: name, labels: labels, start: setting.0, slope: setting.1)]
            case .histogram(let bounds):
                // `setting.0` is the bucket every observation falls in (bounds.count is +Inf; -1 none), one per second.
                let bucket = Int(setting.0)
                var result: [TestSeries] = []
                for (index, bound) in bounds.enumerated() {
                    let slope = bucket >= 0 && index >= bucket ? interval : 0
                    result.append(TestSeries(name: name, labels: labels + [("le", PromQLNumber.format(bound))], start: 0, slope: slope))
                }
                result.append(TestSeries(name: name, labels: labels + [("le", "+Inf")], start: 0, slope: bucket >= 0 ? interval : 0))
                return result
            }
        }
    }

    /// Walks an expression for the series it selects, the windows it reads and the numbers it compares with.
    struct Analysis {
        var knobs: [Knob] = []
        var windows: [Double] = []
        var hasInstant = false
        var problem: String?
        var interval = 60.0

        /// The numbers compared with in a comparison (constant sides such as `0.8 * 400` included).
        func thresholds(in expression: PromQLExpr) -> [Double] {
            guard case .binary(let op, let lhs, let rhs, _) = expression else {
                if case .paren(let inner) = expression { return thresholds(in: inner) }
                return []
            }
            var result: [Double] = []
            if PromQLExpr.isComparison(op) {
                let constant = PromQLEvaluator(series: [], interval: 60, time: 0)
                for side in [lhs, rhs] {
                    if case .scalar(let value)? = constant.evaluate(side), value.isFinite { result.append(value) }
                }
            }
            return result + thresholds(in: lhs) + thresholds(in: rhs)
        }

        /// `value` to one significant digit: 0.0167 → 0.02 up, 0.01 down; 640 → 700 up, 600 down.
        static func rounded(_ value: Double, up: Bool) -> Double {
            guard value > 0, value.isFinite else { return value }
            var scale = 1.0
            while value / scale >= 10 { scale *= 10 }
            while value / scale < 1 { scale /= 10 }
            let digit = up ? (value / scale).rounded(.up) : (value / scale).rounded(.down)
            return Double(PromQLNumber.format(digit * scale)) ?? digit * scale
        }

        mutating func walk(
            _ expression: PromQLExpr, thresholds: [Double], denominator: Bool, histogram: Bool, function: String? = nil
        ) {
            switch expression {
            case .number, .string: return
            case .paren(let inner), .unary(_, let inner): walk(inner, thresholds: thresholds, denominator: denominator, histogram: histogram)
            case .subquery: problem = problem ?? "oaas cannot evaluate subqueries"
            case .aggregate(_, _, let parameter, let body):
                if let parameter { walk(parameter, thresholds: thresholds, denominator: denominator, histogram: histogram) }
                walk(body, thresholds: thresholds, denominator: denominator, histogram: histogram)
            case .call(let name, let arguments):
                for (index, argument) in arguments.enumerated() {
                    walk(argument, thresholds: thresholds, denominator: denominator,
                         histogram: histogram || (name == "histogram_quantile" && index == 1), function: name)
                }
            case .binary(let op, let lhs, let rhs, _):
                let own = PromQLExpr.isComparison(op) ? self.thresholds(in: expression) : []
                walk(lhs, thresholds: own + thresholds, denominator: denominator, histogram: histogram)
                walk(rhs, thresholds: own + thresholds, denominator: denominator || op == "/", histogram: histogram)
            case .selector(let selector):
                add(selector, thresholds: thresholds, denominator: denominator, histogram: histogram, function: function)
            }
        }

        private mutating func add(_ selector: PromQLSelector, thresholds: [Double], denominator: Bool, histogram: Bool, function: String?) {
            guard let name = selector.name else { problem = problem ?? "a selector names no metric"; return }
            var labels: [(String, String)] = []
            for matcher in selector.matchers {
                if matcher.op == "=" {
                    labels.append((matcher.label, matcher.value))
                } else if matcher.op == "=~", let first = PromQLEvaluator.alternatives(matcher.value)?.first {
                    labels.append((matcher.label, first))
                } else if !PromQLEvaluator.matches(matcher, "") {
                    problem = problem ?? "oaas cannot choose a label value for \(matcher.label)\(matcher.op)\(JSON.quoted(matcher.value))"
                    return
                }
            }
            let window = selector.range.flatMap(AlertConditionParser.durationValue)
            if let window { windows.append(window) } else { hasInstant = true }
            let isHistogram = histogram && name.hasSuffix("_bucket")
            let key = labels.sorted { $0.0 < $1.0 }
            var index = knobs.firstIndex { $0.name == name && $0.labels.map(\.0) == key.map(\.0) && $0.labels.map(\.1) == key.map(\.1) }
            if index == nil {
                let bounds = Array(Set(thresholds.filter { $0 > 0 }.flatMap { [$0 / 4, $0 / 2, $0, $0 * 2, $0 * 4] })).sorted()
                knobs.append(Knob(name: name, labels: key, kind: isHistogram ? .histogram(bounds.isEmpty ? [0.25, 0.5, 1, 2, 4] : bounds) : .plain))
                index = knobs.count - 1
            }
            guard let index else { return }
            if case .histogram(let bounds) = knobs[index].kind {
                // Observations just above the first threshold fire a `>` comparison, just below keep it
                // quiet (and the other way round for `<`); the other buckets, and none, come after.
                let threshold = thresholds.first { $0 > 0 } ?? 1
                let above = bounds.firstIndex { $0 > threshold } ?? bounds.count
                let below = bounds.lastIndex { $0 < threshold } ?? 0
                let rest = Array(0...bounds.count).filter { $0 != above && $0 != below } + [-1]
                knobs[index].firingSettings = ([above, below] + rest).map { (Double($0), 0) }
                knobs[index].quietSettings = ([below, above] + rest).map { (Double($0), 0) }
                return
            }
            // The value the expression sees per unit of slope: rate is per second, increase per window.
            var scale = 0.0
            switch function {
            case "rate", "irate", "deriv": scale = 1 / interval
            case "increase", "delta": scale = (window ?? interval) / interval
            case "idelta": scale = 1
            default: scale = 0
            }
            func levels(_ firing: Bool) -> [Double] {
                var values: [Double] = denominator ? [1] : []
                for t in thresholds {
                    // Above a share (0.9) but still a share: halfway to 1 before twice the threshold.
                    let above = t > 0.5 && t < 1 ? (1 + t) / 2 : t * 2
                    values += firing ? [above, t / 2, t * 2, t + 1, t - 1, t * 10 + 10] : [t / 2, t + 1, t * 2, t - 1, t * 10 + 10]
                }
                values += [0, 1, 100]
                var seen: Set<Double> = []
                return values.filter { $0.isFinite && (scale == 0 || $0 >= 0) && seen.insert($0).inserted }
            }
            for firing in [true, false] {
                var settings: [(Double, Double)] = firing ? knobs[index].firingSettings : knobs[index].quietSettings
                for level in levels(firing) where settings.count < 8 {
                    // A counter's slope per sample, rounded to one significant digit (up to fire, down to
                    // stay quiet) so that the test's values read well; the search checks the result.
                    let setting = scale == 0 ? (level, 0.0) : (0.0, Self.rounded(level / scale, up: firing))
                    if !settings.contains(where: { $0 == setting }) { settings.append(setting) }
                }
                if firing { knobs[index].firingSettings = settings } else { knobs[index].quietSettings = settings }
            }
        }
    }

    /// Tries combinations of the knobs' settings, in order.
    struct Search {
        let knobs: [Knob]
        let interval: Double
        let time: Double

        /// The first combination's series under which the expression fires (or stays quiet).
        func first(firing: Bool, _ expression: PromQLExpr) -> [TestSeries]? {
            let settings = knobs.map { firing ? $0.firingSettings : $0.quietSettings }
            guard settings.allSatisfy({ !$0.isEmpty }) else { return nil }
            var choice = [Int](repeating: 0, count: knobs.count)
            for _ in 0..<5000 {
                var series: [TestSeries] = []
                for (index, knob) in knobs.enumerated() { series += knob.series(settings[index][choice[index]], interval: interval) }
                let evaluator = PromQLEvaluator(series: series, interval: interval, time: time)
                if case .vector(let samples)? = evaluator.evaluate(expression), samples.isEmpty != firing { return series }
                // Next combination: the last knob varies fastest.
                var position = knobs.count - 1
                while position >= 0 {
                    choice[position] += 1
                    if choice[position] < settings[position].count { break }
                    choice[position] = 0
                    position -= 1
                }
                if position < 0 { return nil }
            }
            return nil
        }

        /// Whether the expression can be evaluated at all over the knobs' first settings.
        func evaluable(_ expression: PromQLExpr) -> Bool {
            var series: [TestSeries] = []
            for knob in knobs {
                guard let setting = knob.firingSettings.first else { return false }
                series += knob.series(setting, interval: interval)
            }
            return PromQLEvaluator(series: series, interval: interval, time: time).evaluate(expression) != nil
        }
    }
}
