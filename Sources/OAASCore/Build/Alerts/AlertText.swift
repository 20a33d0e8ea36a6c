/// Text carried from the workspace into alert labels and annotations: variables resolved the way every
/// artifact resolves them (secrets stay symbolic), anything that looks like a credential masked, and
/// Go-template braces that Prometheus would try to execute escaped — except the `{{ $labels.x }}` and
/// `{{ $value }}` references alert authors write on purpose.
enum AlertText {
    /// The text as an artifact may carry it.
    static func safe(_ text: String, variables: ProvidedVariables) -> String {
        let resolved = VariableResolver.resolve(text, variables: variables).text
        let masked = Redaction.maskTokens(Redaction.maskWebhooks(Redaction.maskURLPasswords(resolved)))
        return escapingTemplates(masked)
    }

    /// The template actions Prometheus expands in alert annotations that are kept as written.
    static func isAlertTemplate(_ action: String) -> Bool {
        var body = Substring(action.trimmingWhitespace())
        if let pipe = body.firstIndex(of: "|") {
            let filter = body[body.index(after: pipe)...].trimmingWhitespace()
            guard ["humanize", "humanizePercentage", "humanizeDuration", "printf \"%.2f\""].contains(filter) else { return false }
            body = Substring(body[..<pipe].trimmingWhitespace())
        }
        if body == "$value" { return true }
        for prefix in ["$labels.", "$externalLabels."] where body.hasPrefix(prefix) {
            let name = body.dropFirst(prefix.count)
            return !name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        }
        return false
    }

    /// `{{` starts a Go template action; one that is not an alert template is written as `{{ "{{" }}` so
    /// that Prometheus prints it rather than failing to parse the rule.
    static func escapingTemplates(_ text: String) -> String {
        guard text.contains("{{") else { return text }
        var output = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            output += rest[..<open.lowerBound]
            let after = rest[open.upperBound...]
            if let close = after.range(of: "}}"), isAlertTemplate(String(after[..<close.lowerBound])) {
                output += rest[open.lowerBound..<close.upperBound]
                rest = after[close.upperBound...]
            } else {
                output += "{{ \"{{\" }}"
                rest = after
            }
        }
        return output + rest
    }

    /// The annotation as Prometheus expands it for an alert with these labels and value (a missing label
    /// is empty: Prometheus sets `missingkey=zero`), or nil when the expansion uses a function
    /// (`humanize`) a test does not reproduce.
    static func expanded(_ text: String, labels: [String: String], value: Double) -> String? {
        guard text.contains("{{") else { return text }
        var output = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            output += rest[..<open.lowerBound]
            let after = rest[open.upperBound...]
            guard let close = after.range(of: "}}") else { return nil }
            let action = after[..<close.lowerBound].trimmingWhitespace()
            if action == "\"{{\"" {
                output += "{{"
            } else if action == "$value" {
                output += goValue(value)
            } else if action.hasPrefix("$labels.") {
                output += labels[String(action.dropFirst("$labels.".count))] ?? ""
            } else {
                return nil
            }
            rest = after[close.upperBound...]
        }
        return output + rest
    }

    /// A number as Go's `fmt` prints a float64 with `%v` (what `{{ $value }}` gives): the shortest digits,
    /// in exponent form below 1e-4 and from 1e6 up (`1.234567e+06`).
    static func goValue(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Inf" : "+Inf" }
        if value == 0 { return "0" }
        let text = String(abs(value))
        let parts = text.split(separator: "e")
        let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let mantissa = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(mantissa[0])
        let fraction = mantissa.count > 1 ? String(mantissa[1]) : ""
        var digits = whole + fraction
        var point = whole.count + exponent
        while digits.first == "0" {
            digits.removeFirst()
            point -= 1
        }
        while digits.last == "0" { digits.removeLast() }
        let sign = value < 0 ? "-" : ""
        let decimalExponent = point - 1
        if decimalExponent < -4 || decimalExponent >= 6 {
            let rest = digits.dropFirst()
            let magnitude = abs(decimalExponent)
            return sign + String(digits.prefix(1)) + (rest.isEmpty ? "" : "." + rest) + "e" + (decimalExponent < 0 ? "-" : "+")
                + (magnitude < 10 ? "0" : "") + String(magnitude)
        }
        if point <= 0 { return sign + "0." + String(repeating: "0", count: -point) + digits }
        if point >= digits.count { return sign + digits + String(repeating: "0", count: point - digits.count) }
        return sign + String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
    }
}

extension StringProtocol {
    /// The range of the first occurrence of `needle`, compared by characters.
    func range(of needle: String) -> Range<Index>? {
        guard !needle.isEmpty else { return nil }
        var start = startIndex
        while start < endIndex {
            if self[start...].hasPrefix(needle) {
                return start..<index(start, offsetBy: needle.count)
            }
            start = index(after: start)
        }
        return nil
    }
}
