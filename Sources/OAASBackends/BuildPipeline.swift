import OAASCore

/// `oaas build` as a pure function: compile the workspace, stop when it has errors, then run each
/// target's backend over the linked workspace. Nothing is produced unless the whole build succeeds, so
/// the caller either writes every artifact or none.
public enum BuildPipeline {
    /// What a build produced.
    public struct Result: Sendable {
        /// Every finding of the compiler and the backends, sorted and de-duplicated.
        public let diagnostics: [Diagnostic]
        /// The artifacts of every target, sorted by path; empty when the build failed.
        public let artifacts: [Artifact]
        /// The compilation, for summaries.
        public let compilation: Compiler.Result
        /// The environments built.
        public let environments: [BuildEnvironment]

        /// Whether the build failed: an error from the compiler or a backend.
        public var failed: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// Why a build could not start.
    public enum Failure: Error, Sendable {
        /// `--env` names no environment of the workspace; `known` lists those it has.
        case unknownEnvironment(name: String, known: [String])
    }

    /// Compiles `files` and builds `targets`.
    /// - Parameters:
    ///   - files: the workspace's files.
    ///   - targets: what to build.
    ///   - environment: the `--env` name (a context's name or its `environment` label), or nil for all.
    ///   - variables: variables from `--env-file`, or nil when none was given.
    ///   - extraDiagnostics: findings from outside the compiler (bad env-file lines) that fail the build too.
    public static func run(
        _ files: [SourceFile], targets: [BuildTarget], environment: String? = nil,
        variables: ProvidedVariables? = nil, extraDiagnostics: [Diagnostic] = []
    ) -> Swift.Result<Result, Failure> {
        let compilation = Compiler.compile(files, options: CompileOptions(providedVariables: variables))
        guard let environments = BuildEnvironment.select(environment, in: compilation.project) else {
            let known = BuildEnvironment.all(in: compilation.project).map(\.name)
            return .failure(.unknownEnvironment(name: environment ?? "", known: known))
        }
        let diagnostics = compilation.diagnostics + extraDiagnostics
        guard !diagnostics.contains(where: { $0.severity == .error }) else {
            return .success(Result(
                diagnostics: DiagnosticOrdering.sortedUnique(diagnostics), artifacts: [],
                compilation: compilation, environments: environments))
        }
        let context = BuildContext(
            result: compilation, variables: variables ?? ProvidedVariables(), environments: environments)
        let unique = Array(Set(targets)).sorted()
        let outputs = ParallelMap.map(unique) { backend(for: $0)(context) }
        var artifacts: [Artifact] = []
        var backendDiagnostics: [Diagnostic] = []
        for output in outputs {
            artifacts += output.artifacts
            backendDiagnostics += output.diagnostics
        }
        // The compiler's findings are scrubbed already; only the backends' are new.
        let sorted = DiagnosticOrdering.sortedUnique(diagnostics + Redaction.scrub(backendDiagnostics))
        let failed = sorted.contains { $0.severity == .error }
        return .success(Result(
            diagnostics: sorted, artifacts: failed ? [] : artifacts.sorted { $0.path < $1.path },
            compilation: compilation, environments: environments))
    }

    /// The backend of a target.
    public static func backend(for target: BuildTarget) -> @Sendable (BuildContext) -> BuildOutput {
        switch target {
        case .plan: PlanBackend.build
        case .kubernetes: KubernetesBackend.build
        case .prometheus: PrometheusBackend.build
        case .grafana: GrafanaBackend.build
        }
    }
}
