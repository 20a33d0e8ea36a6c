import OAASCore

/// The `kubernetes` target of `oaas build`: per environment, `kubernetes/<environment>/` holds
/// - `namespace.yaml`: the Namespace (Pod Security `restricted`), a default-deny NetworkPolicy and the
///   ConfigMap of the context's non-secret `env`;
/// - `<workload>.yaml` per workload (the AOF daemon, each OAAS agent): ServiceAccount, ConfigMap, Service,
///   Deployment, HorizontalPodAutoscaler and PodDisruptionBudget when it scales, and its NetworkPolicy;
/// - `aof-documents.yaml`: one ConfigMap per AOF agent, fleet, flow and trigger the daemon loads;
/// - `kustomization.yaml`, listing the others, for `kubectl apply -k`.
///
/// The decisions are made by `KubernetesLowering` in the core; this type only writes them.
public enum KubernetesBackend {
    /// The file of the environment's namespace.
    static let namespaceFile = "namespace.yaml"
    /// The file of the AOF documents.
    static let documentsFile = "aof-documents.yaml"
    /// The Kustomize file.
    static let kustomizationFile = "kustomization.yaml"

    /// Builds the target's artifacts.
    @Sendable public static func build(_ context: BuildContext) -> BuildOutput {
        let lowered = KubernetesLowering.lower(context)
        guard !lowered.diagnostics.contains(where: { $0.severity == .error }) else {
            return BuildOutput(diagnostics: lowered.diagnostics)
        }
        var artifacts: [Artifact] = []
        for environment in lowered.plan.environments {
            artifacts += files(for: environment)
        }
        return BuildOutput(artifacts: artifacts, diagnostics: lowered.diagnostics)
    }

    /// The files of one environment.
    static func files(for environment: KubernetesEnvironment) -> [Artifact] {
        let folder = "\(BuildTarget.kubernetes.folder)/\(environment.directory)/"
        var files: [(name: String, documents: [JSON])] = [(namespaceFile, KubernetesManifests.namespace(environment))]
        if !environment.sharedFiles.isEmpty {
            var documents: [JSON] = []
            for file in environment.sharedFiles {
                documents.append(KubernetesManifests.configMap(file, namespace: environment.namespace, labels: environment.labels))
            }
            files.append((documentsFile, documents))
        }
        let reserved: Set<String> = [namespaceFile, documentsFile, kustomizationFile]
        for workload in environment.workloads {
            var name = workload.name + ".yaml"
            // A workload named like a fixed file keeps both files apart.
            if reserved.contains(name) { name = workload.name + "-workload.yaml" }
            files.append((name, KubernetesManifests.workload(workload, in: environment)))
        }
        var artifacts: [Artifact] = []
        for file in files {
            artifacts.append(Artifact(path: folder + file.name, contents: YAMLWriter.documents(file.documents, literalBlocks: true)))
        }
        let resources = [namespaceFile] + files.dropFirst().map(\.name).sorted()
        let kustomization = JSON.object([
            ("apiVersion", .string("kustomize.config.k8s.io/v1beta1")),
            ("kind", .string("Kustomization")),
            ("resources", .array(resources.map { .string($0) })),
        ])
        artifacts.append(Artifact(path: folder + kustomizationFile, contents: YAMLWriter.document(kustomization)))
        return artifacts
    }
}
