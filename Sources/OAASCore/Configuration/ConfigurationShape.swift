/// The shape of `.oaas.yml`, checked by the same decoder as workspace documents (unknown keys with a
/// did-you-mean, wrong kinds of value, words outside a set), and exported as its JSON Schema.
public enum ConfigurationShape {
    static let paths: Shape = .either([.string, .list(.string)])

    /// The whole file.
    public static let file = ObjectShape(
        "oaas-configuration", doc: "The oaas project configuration (.oaas.yml).",
        hints: ["excludes": "exclude", "includes": "include", "ignore": "exclude", "env_files": "env-files",
                "fail_on": "fail-on", "severity": "rules", "framework": "frameworks"],
        fields: [
            Field("include", paths, "The paths that form the workspace, relative to this file's folder (default: the folder itself)."),
            Field("exclude", paths, "Path patterns left out of every run: `*` within a name, `**` across folders; a pattern without `/` matches a name at any depth."),
            Field("fail-on", .oneOfWords(["error", "warning", "note"]), default: .string("error"), "The lowest severity of a finding that fails the run (exit status 1)."),
            Field("rules", .dictionary(.oneOfWords(["error", "warning", "note", "off"])), "Severity per diagnostic ID or `area.*` prefix: error, warning, note, or off to drop the findings."),
            Field("frameworks", paths, "The frameworks `oaas compliance-check` checks when --framework is not given (keys, or all)."),
            Field("env-files", paths, "Dotenv files of provided variables, relative to this file's folder (as --env-file)."),
            Field("baseline", .string, "A baseline file (written by --write-baseline) whose findings are accepted, relative to this file's folder."),
            Field("inline-ignores", .bool, default: .bool(true), "Whether `# oaas:ignore[ID] reason` comments are honoured; false for audits."),
        ])
}
