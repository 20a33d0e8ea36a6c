import OAASCore

/// The `kubernetes` target of `oaas build`. (Being written; produces nothing yet.)
public enum KubernetesBackend {
    /// Builds the target's artifacts.
    @Sendable public static func build(_ context: BuildContext) -> BuildOutput {
        BuildOutput()
    }
}
