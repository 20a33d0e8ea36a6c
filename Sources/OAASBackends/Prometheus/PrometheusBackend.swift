import OAASCore

/// The `prometheus` target of `oaas build`. (Being written; produces nothing yet.)
public enum PrometheusBackend {
    /// Builds the target's artifacts.
    @Sendable public static func build(_ context: BuildContext) -> BuildOutput {
        BuildOutput()
    }
}
