import OAASCore

/// The `plan` target of `oaas build`. (Being written; produces nothing yet.)
public enum PlanBackend {
    /// Builds the target's artifacts.
    @Sendable public static func build(_ context: BuildContext) -> BuildOutput {
        BuildOutput()
    }
}
