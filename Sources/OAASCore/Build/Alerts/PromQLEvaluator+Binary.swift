/// Binary operators, as Prometheus's engine applies them (`promql/engine.go`): arithmetic drops the
/// metric name, a comparison filters (keeping the vector side's value) unless `bool` makes it 0 or 1,
/// vectors match one-to-one on their labels (or the `on`/`ignoring` ones), and `and`, `or` and `unless`
/// combine label sets. Many-to-one matching (`group_left`) is not evaluated.
extension PromQLEvaluator {
    func binary(_ op: String, _ left: Value, _ right: Value, _ modifiers: PromQLBinaryModifiers) -> Value? {
        let comparison = PromQLExpr.isComparison(op)
        switch (left, right) {
        case (.scalar(let lhs), .scalar(let rhs)):
            guard let (value, keep) = Self.apply(op, lhs, rhs) else { return nil }
            return .scalar(comparison ? (keep ? 1 : 0) : value)
        case (.vector(let samples), .scalar(let scalar)), (.scalar(let scalar), .vector(let samples)):
            let vectorOnLeft = if case .vector = left { true } else { false }
            var result: [Sample] = []
            for sample in samples {
                let (lhs, rhs) = vectorOnLeft ? (sample.value, scalar) : (scalar, sample.value)
                guard let (value, keep) = Self.apply(op, lhs, rhs) else { return nil }
                var labels = sample.labels
                if !comparison || modifiers.returnsBool { labels["__name__"] = nil }
                if modifiers.returnsBool {
                    result.append(Sample(labels: labels, value: keep ? 1 : 0))
                } else if comparison {
                    if keep { result.append(Sample(labels: labels, value: sample.value)) }
                } else {
                    result.append(Sample(labels: labels, value: value))
                }
            }
            return .vector(result)
        case (.vector(let lhs), .vector(let rhs)):
            guard modifiers.grouping == nil else { return nil }
            if PromQLParser.setOperators.contains(op) { return .vector(setOperation(op, lhs, rhs, modifiers)) }
            var byKey: [[String: String]: Sample] = [:]
            for sample in rhs {
                let key = signature(sample.labels, modifiers)
                guard byKey[key] == nil else { return nil }
                byKey[key] = sample
            }
            var result: [Sample] = []
            for sample in lhs {
                guard let other = byKey[signature(sample.labels, modifiers)] else { continue }
                guard let (value, keep) = Self.apply(op, sample.value, other.value) else { return nil }
                var labels = sample.labels
                if let matching = modifiers.matching {
                    for label in Array(labels.keys) where matching.labels.contains(label) != matching.on { labels[label] = nil }
                }
                if !comparison || modifiers.returnsBool { labels["__name__"] = nil }
                if modifiers.returnsBool {
                    result.append(Sample(labels: labels, value: keep ? 1 : 0))
                } else if !comparison || keep {
                    result.append(Sample(labels: labels, value: comparison ? sample.value : value))
                }
            }
            return .vector(result)
        }
    }

    private func setOperation(_ op: String, _ lhs: [Sample], _ rhs: [Sample], _ modifiers: PromQLBinaryModifiers) -> [Sample] {
        let rightKeys = Set(rhs.map { signature($0.labels, modifiers) })
        switch op {
        case "and": return lhs.filter { rightKeys.contains(signature($0.labels, modifiers)) }
        case "unless": return lhs.filter { !rightKeys.contains(signature($0.labels, modifiers)) }
        default:
            let leftKeys = Set(lhs.map { signature($0.labels, modifiers) })
            return lhs + rhs.filter { !leftKeys.contains(signature($0.labels, modifiers)) }
        }
    }

    /// The labels two samples are matched on.
    private func signature(_ labels: [String: String], _ modifiers: PromQLBinaryModifiers) -> [String: String] {
        var key = labels
        key["__name__"] = nil
        if let matching = modifiers.matching {
            for label in Array(key.keys) where matching.labels.contains(label) != matching.on { key[label] = nil }
        }
        return key
    }

    /// The operation's value and, for comparisons, whether it holds.
    static func apply(_ op: String, _ lhs: Double, _ rhs: Double) -> (Double, Bool)? {
        switch op {
        case "+": return (lhs + rhs, true)
        case "-": return (lhs - rhs, true)
        case "*": return (lhs * rhs, true)
        case "/": return (lhs / rhs, true)
        case "%": return (lhs.truncatingRemainder(dividingBy: rhs), true)
        case "==": return (lhs, lhs == rhs)
        case "!=": return (lhs, lhs != rhs)
        case ">": return (lhs, lhs > rhs)
        case "<": return (lhs, lhs < rhs)
        case ">=": return (lhs, lhs >= rhs)
        case "<=": return (lhs, lhs <= rhs)
        default: return nil
        }
    }
}
