/// Checks the workspace's disaster recovery objectives (RTO, RPO) against the recovery policy the
/// context states (`"4h RTO, 1h RPO"`): the workspace may promise faster recovery than the policy asks,
/// never slower.
enum RecoveryObjectivePass: SemanticPass {
    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for scope in WorkspaceScope.all(in: context.project) {
            var policies: [(name: String, value: Located<Duration>)] = []
            for (resource, _) in scope.contexts {
                guard let text = resource.document["spec"]?["knowledge_base"]?["organization"]?["policies"]?["disaster_recovery"],
                      let string = text.text
                else { continue }
                for (name, offset, length, duration) in objectives(in: string) {
                    policies.append((name, Located(duration, context.range(ofCharacters: offset, length: length, in: text))))
                }
            }
            guard !policies.isEmpty else { continue }
            for (_, model) in scope.workspaces {
                guard let deployment = model.deployment else { continue }
                for (name, actual) in [("RTO", deployment.rto), ("RPO", deployment.rpo)] {
                    guard let actual else { continue }
                    for policy in policies where policy.name == name && actual.value > policy.value.value {
                        let objective = name == "RTO" ? "recovery time objective" : "recovery point objective"
                        sink.report(
                            .consistencyRecoveryObjective,
                            "the workspace's \(objective) (\(actual.value.spelled)) is longer than the \(policy.value.value.spelled) the context's recovery policy allows",
                            at: actual.range,
                            notes: [DiagnosticNote("the policy states \(policy.value.value.spelled) \(name) here", at: policy.value.range)])
                    }
                }
            }
        }
    }

    /// The objectives of a policy such as `4h RTO, 1h RPO`: name, the duration's character offset and
    /// length, and the duration.
    static func objectives(in text: String) -> [(String, Int, Int, Duration)] {
        var result: [(String, Int, Int, Duration)] = []
        var offset = 0
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            defer { offset += part.count + 1 }
            let leading = part.prefix { $0 == " " }.count
            let words = part.split(separator: " ")
            guard words.count == 2 else { continue }
            let name = words[1].uppercased()
            guard name == "RTO" || name == "RPO" else { continue }
            let scalar = Scalar(text: String(words[0]), style: .doubleQuoted, tag: nil)
            guard case .success(let duration) = Duration.parse(scalar, bareUnit: .seconds) else { continue }
            result.append((name, offset + leading, words[0].count, duration))
        }
        return result
    }
}

extension DiagnosticKind {
    static let consistencyRecoveryObjective = DiagnosticKind(
        id: "consistency.recovery-objective", severity: .warning,
        summary: "the workspace's recovery objectives are looser than the stated recovery policy",
        explanation: """
            The context states the organisation's recovery policy \
            (`knowledge_base.organization.policies.disaster_recovery: "4h RTO, 1h RPO"`) and the workspace \
            configures disaster recovery (`deployment.disaster_recovery.rto` and `rpo`). A workspace whose \
            recovery time (RTO) or tolerated data loss (RPO) is longer than the policy allows does not \
            meet it; a shorter one is fine. Durations are compared in seconds, whatever their spelling \
            (`7200` seconds is `2h`).
            """,
        example: """
            # context.yml: disaster_recovery: 4h RTO, 1h RPO
            # workspace.yml
            deployment:
              disaster_recovery:
                rto: 8h
                rpo: 1h
            """)
}
