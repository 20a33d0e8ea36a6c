/// One statement of a fact that several files state: its value in comparable form, as shown to the
/// user, and where and in which document it is written.
struct Statement {
    /// The value, normalised for comparison (seconds, micros, a folded spelling).
    let key: String
    /// The value as shown in messages (already quoted when it is a name).
    let display: String
    /// Where it is written.
    let range: SourceRange
    /// The document and field, such as "the security policy".
    let origin: String
}

/// Reports the statements of one fact that disagree with the others.
enum StatedFacts {
    /// Each statement whose value differs from the reference value (the one most statements give; on a
    /// tie, the first statement's, so callers list the most authoritative document first) is reported,
    /// with a note at the first statement of the reference value.
    static func report(
        _ kind: DiagnosticKind, fact: String, _ statements: [Statement], into sink: inout DiagnosticSink
    ) {
        guard statements.count > 1 else { return }
        var counts: [String: Int] = [:]
        for statement in statements { counts[statement.key, default: 0] += 1 }
        guard counts.count > 1 else { return }
        var reference = statements[0]
        for statement in statements where counts[statement.key]! > counts[reference.key]! { reference = statement }
        for statement in statements where statement.key != reference.key {
            sink.report(
                kind, "\(fact) is \(statement.display) in \(statement.origin), but \(reference.display) in \(reference.origin)",
                at: statement.range,
                notes: [DiagnosticNote("also stated here as \(reference.display)", at: reference.range)])
        }
    }

    /// A name folded for comparison: lowercase, without `-`, `_`, `.` and spaces (`AWS KMS` = `aws-kms`).
    static func fold(_ name: String) -> String {
        String(name.lowercased().filter { !"-_. ".contains($0) })
    }

    /// A name statement.
    static func name(_ value: Located<String>?, origin: String) -> Statement? {
        guard let value, !value.value.isEmpty else { return nil }
        return Statement(key: fold(value.value), display: "\"\(value.value)\"", range: value.range, origin: origin)
    }

    /// A name statement read from a document path.
    static func name(_ value: IRValue?, origin: String) -> Statement? {
        name(value?.located, origin: origin)
    }

    /// A duration statement.
    static func duration(_ value: Located<Duration>?, origin: String) -> Statement? {
        guard let value else { return nil }
        return Statement(key: String(value.value.milliseconds), display: value.value.spelled, range: value.range, origin: origin)
    }
}
