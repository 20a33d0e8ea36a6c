/// Translates an `AlertCondition` into PromQL over the metrics the workspace declares.
///
/// A name resolves to a declared metric: its exact name first; else, for a quantile (`p95_latency`), the
/// one histogram or summary whose name contains the words (`orchestration_latency_seconds`); else the one
/// metric whose name contains them (`error_rate` → `orchestration_error_rate`), preferring names whose
/// other words are units (`daily_cost` → `daily_cost_usd`); else, for `…error_rate`, a pair of
/// `<prefix>_errors_total` and `<prefix>_requests_total` counters. Then:
/// - a gauge is compared as it is; a counter as its increase over the last 5 minutes;
/// - a histogram quantile is `histogram_quantile(φ, sum by (le) (rate(x_bucket[5m])))`, a summary
///   quantile `x{quantile="φ"}`;
/// - an error ratio from counters is `sum(rate(errors[5m])) / sum(rate(requests[5m]))`;
/// - the quantity is converted to the metric's unit (5000ms is 5 for a metric in seconds, 5% is 0.05 for
///   a ratio and 5 for a percentage), and money must be in the metric's currency;
/// - `and` and `or` become `and on ()` and `or on ()`, so that conditions on differently labelled
///   metrics combine.
public struct ConditionTranslator: Sendable {
    /// Why a condition cannot be translated, at characters `offset..<offset+length` of the condition.
    public struct Failure: Error, Sendable, Equatable {
        /// The message, lowercase.
        public let message: String
        /// Where in the condition.
        public let offset: Int
        /// How many characters.
        public let length: Int
        /// A declared metric name close to the one written, for a did-you-mean fix-it.
        public let suggestion: String?
    }

    /// The window rates and increases are taken over.
    public static let window = "5m"

    /// The metrics names resolve against.
    public let catalog: MetricCatalog

    /// Creates a translator over a catalog.
    public init(catalog: MetricCatalog) { self.catalog = catalog }

    /// The PromQL for a condition, or why there is none.
    public func translate(_ condition: AlertCondition) -> Result<PromQLExpr, Failure> {
        do {
            return .success(try expression(condition))
        } catch let failure as Failure {
            return .failure(failure)
        } catch {
            return .failure(Failure(message: "\(error)", offset: 0, length: 1, suggestion: nil))
        }
    }

    private func expression(_ condition: AlertCondition) throws -> PromQLExpr {
        switch condition {
        case .comparison(let comparison):
            return try self.comparison(comparison)
        case .and(let lhs, let rhs):
            return .binary(op: "and", lhs: try expression(lhs), rhs: try expression(rhs), modifiers: .on([]))
        case .or(let lhs, let rhs):
            return .binary(op: "or", lhs: try expression(lhs), rhs: try expression(rhs), modifiers: .on([]))
        }
    }

    /// What a metric reference resolved to.
    enum Resolution {
        case metric(DeclaredMetric)
        case errorRatio(errors: DeclaredMetric, requests: DeclaredMetric)
    }

    private func comparison(_ comparison: AlertCondition.Comparison) throws -> PromQLExpr {
        let reference = comparison.metric
        let resolution = try resolve(reference)
        let value: PromQLExpr
        let unit: DeclaredMetric.UnitKind
        let described: String
        switch resolution {
        case .errorRatio(let errors, let requests):
            func rate(_ metric: DeclaredMetric) -> PromQLExpr {
                .aggregate(op: "sum", grouping: nil, parameter: nil, body: .call("rate", [
                    .selector(PromQLSelector(name: metric.name, matchers: reference.matchers, range: Self.window)),
                ]))
            }
            if reference.quantile != nil {
                throw failure("\"\(reference.written)\" asks for a quantile of an error ratio", reference)
            }
            value = .binary(op: "/", lhs: rate(errors), rhs: rate(requests), modifiers: PromQLBinaryModifiers())
            unit = .ratio
            described = "the ratio of \"\(errors.name)\" to \"\(requests.name)\""
        case .metric(let metric):
            unit = metric.unitKind
            described = "\"\(metric.name)\""
            value = try self.value(of: metric, reference)
        }
        let threshold = try convert(comparison.quantity, to: unit, metric: described)
        return .binary(op: comparison.comparator, lhs: value, rhs: .number(PromQLNumber(threshold)), modifiers: PromQLBinaryModifiers())
    }

    private func value(of metric: DeclaredMetric, _ reference: AlertCondition.MetricReference) throws -> PromQLExpr {
        let type = metric.effectiveType
        // A name written with its quantile that is itself declared (`latency_p99`) is a plain metric.
        if let quantile = reference.quantile, metric.name != reference.written {
            switch type {
            case .histogram:
                let buckets = PromQLSelector(name: metric.name + "_bucket", matchers: reference.matchers, range: Self.window)
                return .call("histogram_quantile", [
                    .number(PromQLNumber(quantile)),
                    .aggregate(op: "sum", grouping: PromQLGrouping(without: false, labels: ["le"]), parameter: nil,
                               body: .call("rate", [.selector(buckets)])),
                ])
            case .summary:
                let matchers = reference.matchers + [PromQLMatcher("quantile", "=", PromQLNumber(quantile).text)]
                return .selector(PromQLSelector(name: metric.name, matchers: matchers))
            case nil:
                throw failure(
                    "\"\(reference.written)\" asks for a quantile, but \"\(metric.name)\" is declared without a type; declare it `type: histogram`",
                    reference)
            case .counter?, .gauge?:
                throw failure(
                    "\"\(reference.written)\" asks for a quantile, but \"\(metric.name)\" is a \(type!.rawValue), not a histogram", reference)
            }
        }
        let selector = PromQLSelector(name: metric.name, matchers: reference.matchers)
        switch type {
        case .histogram, .summary:
            throw failure(
                "\"\(metric.name)\" is a \(type!.rawValue); compare one of its quantiles, such as \"p95_\(metric.name)\"", reference)
        case .counter:
            return .call("increase", [.selector(PromQLSelector(name: metric.name, matchers: reference.matchers, range: Self.window))])
        case .gauge, nil:
            return .selector(selector)
        }
    }

    /// The quantity in the metric's unit.
    private func convert(_ quantity: AlertCondition.Quantity, to unit: DeclaredMetric.UnitKind, metric: String) throws -> Double {
        func mismatch(_ what: String) -> Failure {
            let measured: String
            switch unit {
            case .seconds: measured = "in seconds"
            case .milliseconds: measured = "in milliseconds"
            case .ratio: measured = "as a ratio"
            case .percent: measured = "in percent"
            case .money(let currency): measured = "in \(currency)"
            case .other: measured = "without a unit oaas can convert to; declare its `unit`"
            }
            return Failure(
                message: "\"\(quantity.text)\" is \(what) but \(metric) is measured \(measured)",
                offset: quantity.offset, length: quantity.length, suggestion: nil)
        }
        switch quantity.unit {
        case .none:
            return quantity.value
        case .duration:
            switch unit {
            case .seconds: return quantity.value
            case .milliseconds: return quantity.value * 1000
            default: throw mismatch("a duration")
            }
        case .percent:
            switch unit {
            case .ratio: return quantity.value
            case .percent: return quantity.value * 100
            default: throw mismatch("a percentage")
            }
        case .money(let currency):
            guard case .money(let metricCurrency) = unit, metricCurrency == currency else { throw mismatch("an amount in \(currency)") }
            return quantity.value
        }
    }

    /// Resolves a reference to a declared metric or an error ratio.
    func resolve(_ reference: AlertCondition.MetricReference) throws -> Resolution {
        if let metric = catalog.metric(named: reference.written) { return .metric(metric) }
        if let metric = catalog.metric(named: reference.name) { return .metric(metric) }
        let candidates: [DeclaredMetric]
        if reference.quantile != nil {
            candidates = catalog.loosely(matching: reference.name) { [.histogram, .summary].contains($0.effectiveType) }
        } else {
            candidates = catalog.loosely(matching: reference.name) { _ in true }
        }
        if candidates.count == 1 { return .metric(candidates[0]) }
        if candidates.count > 1 {
            let names = candidates.prefix(4).map { "\"\($0.name)\"" }.joined(separator: ", ")
            throw failure(
                "\"\(reference.written)\" could be any of \(names)\(candidates.count > 4 ? " …" : ""); name the metric", reference)
        }
        if reference.quantile == nil, let ratio = try errorRatio(reference) { return ratio }
        let suggestion = Suggestion.closest(to: reference.written, in: catalog.metrics.map(\.name))
            ?? Suggestion.closest(to: reference.name, in: catalog.metrics.map(\.name))
        var message = "\"\(reference.written)\" names no declared metric"
        if let suggestion { message += "; did you mean \"\(suggestion)\"?" }
        throw Failure(message: message, offset: reference.offset, length: reference.length, suggestion: suggestion)
    }

    /// `<prefix>_error_rate` (or `failure_rate`) from `<prefix>_errors_total` and `<prefix>_requests_total`.
    private func errorRatio(_ reference: AlertCondition.MetricReference) throws -> Resolution? {
        var words = MetricCatalog.tokens(reference.name)
        guard words.count >= 2, words.last == "rate" || words.last == "ratio",
              ["error", "errors", "failure", "failures"].contains(words[words.count - 2])
        else { return nil }
        words.removeLast(2)
        let prefix = words.joined(separator: "_")
        var pairs: [(DeclaredMetric, DeclaredMetric)] = []
        for errors in catalog.metrics where errors.effectiveType == .counter {
            let errorWords = MetricCatalog.tokens(errors.name)
            guard errorWords.count >= 2, errorWords.last == "total",
                  ["errors", "failures", "failed"].contains(errorWords[errorWords.count - 2]) else { continue }
            let errorPrefix = errorWords.dropLast(2).joined(separator: "_")
            guard prefix.isEmpty || errorPrefix == prefix,
                  let requests = catalog.metric(named: errorPrefix.isEmpty ? "requests_total" : errorPrefix + "_requests_total"),
                  requests.effectiveType == .counter
            else { continue }
            pairs.append((errors, requests))
        }
        guard !pairs.isEmpty else { return nil }
        guard pairs.count == 1 else {
            let names = pairs.map { "\"\($0.0.name)\"" }.joined(separator: ", ")
            throw failure("\"\(reference.written)\" could be the error ratio of any of \(names); name the metric", reference)
        }
        return .errorRatio(errors: pairs[0].0, requests: pairs[0].1)
    }

    private func failure(_ message: String, _ reference: AlertCondition.MetricReference) -> Failure {
        Failure(message: message, offset: reference.offset, length: reference.length, suggestion: nil)
    }
}
