import OAASCore

/// The `grafana` target of `oaas build`. (Being written; produces nothing yet.)
public enum GrafanaBackend {
    /// Builds the target's artifacts.
    @Sendable public static func build(_ context: BuildContext) -> BuildOutput {
        BuildOutput()
    }
}
