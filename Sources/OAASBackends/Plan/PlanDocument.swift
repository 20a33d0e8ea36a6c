import OAASCore

/// Reads a plan document back (`plan/plan.json` of an earlier build) for `oaas plan --diff`. JSON is read
/// with the YAML front end, so errors carry positions.
public enum PlanDocument {
    /// A plan that cannot be read: `file:line:col: what is wrong`.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// The positioned message.
        public let description: String
    }

    /// Reads a plan.
    public static func read(_ file: SourceFile) -> Result<JSON, Failure> {
        let parsed = YAMLParser.parse(file)
        if let error = parsed.diagnostics.first(where: { $0.severity == .error }) {
            return .failure(failure(error.range, error.message))
        }
        guard parsed.documents.count == 1, let root = parsed.documents[0].root, root.mapping != nil else {
            return .failure(failure(.fileStart(file.path), "expected one JSON object: a plan written by `oaas build --target plan`"))
        }
        guard let version = root["schemaVersion"]?.scalar?.text else {
            return .failure(failure(root.range, "not an oaas plan: it has no \"schemaVersion\""))
        }
        guard version == String(PlanLowering.schemaVersion) else {
            return .failure(failure(
                root["schemaVersion"]!.range,
                "plan schemaVersion \(version) is not supported; this oaas reads version \(PlanLowering.schemaVersion)"))
        }
        return .success(json(root))
    }

    /// A syntax tree read as JSON: plain scalars by JSON's rules, quoted scalars as strings.
    static func json(_ node: SyntaxNode) -> JSON {
        if let entries = node.mapping {
            var members: [(String, JSON)] = []
            for entry in entries { members.append((entry.keyText ?? "", json(entry.value))) }
            return .object(members)
        }
        if let items = node.sequence {
            var values: [JSON] = []
            for item in items { values.append(json(item)) }
            return .array(values)
        }
        guard let scalar = node.scalar else { return .null }
        guard scalar.isPlain else { return .string(scalar.text) }
        switch scalar.text {
        case "null": return .null
        case "true": return .bool(true)
        case "false": return .bool(false)
        default:
            if let int = Int(scalar.text) { return .int(int) }
            if let number = Double(scalar.text) { return .number(number) }
            return .string(scalar.text)
        }
    }

    private static func failure(_ range: SourceRange, _ message: String) -> Failure {
        Failure(description: "\(range.file):\(range.start.line):\(range.start.column): \(message)")
    }
}
