/// What `oaas build` produces, one backend per target.
public enum BuildTarget: String, CaseIterable, Sendable, Comparable {
    /// The resolved plan: the linked workspace after defaults, variables and references, as canonical JSON.
    case plan
    /// Namespaces, Deployments, ServiceAccounts, ConfigMaps, Services, NetworkPolicies, PDBs and HPAs.
    case kubernetes
    /// A Prometheus rules file, a `PrometheusRule` resource and `promtool` unit tests.
    case prometheus
    /// Grafana dashboards and their provisioning file.
    case grafana

    /// The folder of the output directory the target's artifacts go in (its own name).
    public var folder: String { rawValue }

    public static func < (lhs: BuildTarget, rhs: BuildTarget) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One file a backend produces.
public struct Artifact: Sendable, Equatable {
    /// The path relative to the output directory, with `/` separators (`kubernetes/production/k8s-ops.yaml`).
    public let path: String
    /// The file's text, ending in a newline.
    public let contents: String

    /// Creates an artifact.
    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}

/// What a backend produced: its artifacts (sorted by path) and the problems it found while lowering the
/// workspace (a name Kubernetes cannot take, a condition PromQL cannot express).
public struct BuildOutput: Sendable {
    /// The files, sorted by path.
    public var artifacts: [Artifact]
    /// Findings, in any order; the caller sorts them with the compiler's.
    public var diagnostics: [Diagnostic]

    /// Creates an output; artifacts are sorted by path.
    public init(artifacts: [Artifact] = [], diagnostics: [Diagnostic] = []) {
        self.artifacts = artifacts.sorted { $0.path < $1.path }
        self.diagnostics = diagnostics
    }
}

/// What every backend reads: the compiled workspace, the variables the deployment provides, and the
/// environments being built.
public struct BuildContext: Sendable {
    /// The compilation: the decoded project, its symbols and its diagnostics (no errors, or the build
    /// stops before any backend runs).
    public let result: Compiler.Result
    /// Variables from `--env-file`; a `${VAR}` they do not provide stays symbolic.
    public let variables: ProvidedVariables
    /// The environments to build for (all of them, or the one `--env` names), in name order.
    public let environments: [BuildEnvironment]

    /// Creates a context.
    public init(result: Compiler.Result, variables: ProvidedVariables, environments: [BuildEnvironment]) {
        self.result = result
        self.variables = variables
        self.environments = environments
    }

    /// Every resource of the workspace, in file order.
    public var resources: [Resource] { result.project.resources }
}
