/// Every documented diagnostic kind. `oaas explain ID` and `docs/diagnostics.md` are generated from
/// this list; a test checks that every ID declared in the sources is listed here exactly once.
public enum DiagnosticCatalog {
    /// All kinds, sorted by ID.
    public static let all: [DiagnosticKind] = ([
        // Envelope.
        .missingKind, .unknownAPIVersion, .unknownKind,
        // Schema.
        .duplicateField, .missingKey, .outOfRange, .typeMismatch, .unknownKey, .unknownValue,
        // Values.
        .invalidCIDR, .invalidCron, .invalidDate, .invalidDuration, .invalidMoney, .invalidPercentage,
        .invalidRegex, .invalidSize, .invalidTLSVersion, .invalidURL, .malformedReference,
        // YAML.
        .aliasExpansionLimit, .ambiguousBoolean, .ambiguousOctal, .ambiguousSexagesimal, .duplicateKey,
        .invalidMerge, .invalidUTF8, .nestingTooDeep, .nonScalarKey, .recursiveAlias, .syntax,
        .tabIndentation, .undefinedAlias, .unsupportedEncoding, .unsupportedTag,
    ] + SemanticPasses.kinds + SecurityScan.kinds + ComplianceRun.kinds + BuildDiagnostics.kinds + ProjectConfiguration.kinds)
        .sorted { $0.id < $1.id }

    /// The kind with this ID.
    public static func kind(id: String) -> DiagnosticKind? { all.first { $0.id == id } }
}
