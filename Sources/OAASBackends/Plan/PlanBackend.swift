import OAASCore

/// The `plan` target of `oaas build`: `plan/plan.json`, the resolved plan (`PlanLowering`), as canonical
/// JSON: two-space indentation, keys in a fixed order (settings sorted), a trailing newline.
public enum PlanBackend {
    /// The plan's path under the output directory.
    public static let path = "plan/plan.json"

    /// Builds `plan/plan.json`.
    @Sendable public static func build(_ context: BuildContext) -> BuildOutput {
        BuildOutput(artifacts: [Artifact(path: path, contents: PlanLowering.plan(context).rendered())])
    }
}
