import OAASCore

/// Writes the `promtool test rules` files: one per rule group, next to `rules.yaml`'s folder, with two
/// cases per alert — series that fire it (and the alerts expected, labels and annotations as promtool
/// compares them) and series that do not. An alert that cannot get a test is named in a comment at the
/// top of its group's file, with the reason.
enum PrometheusRuleTests {
    static func files(_ groups: [AlertTranslation.Group]) -> [(name: String, contents: String)] {
        let allRules = groups.flatMap(\.rules)
        var used: Set<String> = []
        var files: [(name: String, contents: String)] = []
        for group in groups {
            var base = fileBase(group.name)
            var suffix = 2
            while !used.insert(base).inserted {
                base = fileBase(group.name + "-\(suffix)")
                suffix += 1
            }
            var skipped: [String] = []
            // promtool evaluates the rules at every `evaluation_interval` up to the evaluation time, so
            // tests sampled hourly (a 30-day increase) go to their own file, evaluated hourly: at one
            // evaluation a minute a month of rule evaluations takes minutes.
            var testsByInterval: [Int64: [JSON]] = [:]
            var intervalText: [Int64: String] = [60_000: "1m"]
            var tested: Set<String> = []
            for rule in group.rules {
                switch AlertTestSynthesis.test(for: rule, among: allRules) {
                case .success(let test):
                    // Rules that share a name and an expression are tested together.
                    guard tested.insert(test.alert + "\u{0}" + rule.expressionText).inserted else { continue }
                    let name = test.alert + distinction(rule, among: allRules)
                    intervalText[test.interval.milliseconds] = test.interval.description
                    testsByInterval[test.interval.milliseconds, default: []] += [
                        testCase(test, test.firing, name: "\(name) fires"),
                        testCase(test, test.quiet, name: "\(name) stays quiet"),
                    ]
                case .failure(let reason):
                    skipped.append("# No test for alert \"\(rule.alert)\" (\(rule.expressionText)): \(reason.message).\n")
                }
            }
            let minute: Int64 = 60_000
            var intervals = testsByInterval.keys.sorted()
            if !intervals.contains(minute) { intervals.insert(minute, at: 0) }
            for interval in intervals {
                let every = intervalText[interval] ?? "1m"
                var header = "# promtool unit tests of rule group \"\(group.name)\" in ../rules.yaml, written by `oaas build`.\n"
                header += "# Each alert has a case whose series fire it and a case whose series do not.\n"
                if interval == minute {
                    header += skipped.joined()
                } else {
                    header += "# These tests read long ranges, so their series are sampled and the rules evaluated every \(every).\n"
                }
                let document = JSON.object([
                    ("rule_files", .array([.string("../rules.yaml")])),
                    ("evaluation_interval", .string(every)),
                    ("tests", .array(testsByInterval[interval] ?? [])),
                ])
                let name = interval == minute ? base + ".yaml" : base + "-every-\(every).yaml"
                files.append((name, header + YAMLWriter.document(document)))
            }
        }
        return files
    }

    static func testCase(_ test: AlertTest, _ testCase: AlertTest.Case, name: String) -> JSON {
        .object([
            ("name", .string(name)),
            ("interval", .string(test.interval.description)),
            ("input_series", .array(testCase.series.map { series in
                .object([("series", .string(series.selector)), ("values", .string(series.values(samples: test.samples)))])
            })),
            ("alert_rule_test", .array([.object([
                ("eval_time", .string(test.evalTime.description)),
                ("alertname", .string(test.alert)),
                ("exp_alerts", .array(testCase.expected.map { expected in
                    .object([
                        ("exp_labels", .object(expected.labels.map { ($0.0, .string($0.1)) })),
                        ("exp_annotations", .object(expected.annotations.map { ($0.0, .string($0.1)) })),
                    ])
                })),
            ])])),
        ])
    }

    /// What tells a rule from the others with its name: its labels that differ (` (team=engineering)`),
    /// else its place among them (` #2`); nothing when the name is its own.
    static func distinction(_ rule: AlertTranslation.Rule, among rules: [AlertTranslation.Rule]) -> String {
        let siblings = rules.filter { $0.alert == rule.alert }
        guard siblings.count > 1 else { return "" }
        var differing: [String] = []
        for (key, value) in rule.labels where siblings.contains(where: { sibling in !sibling.labels.contains { $0 == (key, value) } }) {
            differing.append("\(key)=\(value)")
        }
        if !differing.isEmpty { return " (" + differing.joined(separator: ", ") + ")" }
        let position = siblings.firstIndex { $0.expressionText == rule.expressionText && $0.labels.map(\.1) == rule.labels.map(\.1) } ?? 0
        return " #\(position + 1)"
    }

    /// `northwind-observability/business` → `northwind-observability-business`.
    static func fileBase(_ group: String) -> String {
        var name = ""
        for character in group {
            let keep = character.isASCII && (character.isLetter || character.isNumber || character == "-" || character == "_" || character == ".")
            name.append(keep ? character : "-")
        }
        return name.isEmpty ? "rules" : name
    }
}
