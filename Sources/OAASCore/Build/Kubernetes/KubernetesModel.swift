/// The workspace lowered for Kubernetes: per environment, a namespace and the workloads that run in it,
/// with every name already mapped, every value resolved and every default applied. The backend only
/// renders it (`KubernetesBackend`), so what is decided and what is written stay apart.
public struct KubernetesPlan: Sendable {
    /// The environments, in name order.
    public var environments: [KubernetesEnvironment]
}

/// A key and a value, for labels, annotations and ConfigMap data (kept in order).
public struct KubernetesPair: Sendable, Equatable {
    /// The key.
    public let key: String
    /// The value.
    public let value: String

    /// Creates a pair.
    public init(_ key: String, _ value: String) {
        self.key = key
        self.value = value
    }
}

/// One environment: a namespace and what runs in it.
public struct KubernetesEnvironment: Sendable {
    /// The environment's name as written (the context's name).
    public let name: String
    /// The folder under `kubernetes/` (the name, mapped).
    public let directory: String
    /// The namespace.
    public let namespace: String
    /// The labels of the namespace (and the common labels of everything in it).
    public let labels: [KubernetesPair]
    /// The ConfigMap holding the context's non-secret `env`, when it has any.
    public let contextConfigMap: String?
    /// The context's non-secret `env`, resolved, sorted by name.
    public let contextEnvironment: [KubernetesPair]
    /// The workloads, sorted by name.
    public let workloads: [KubernetesWorkload]
    /// The AOF documents the daemons load (agents, fleets, flows, triggers), one ConfigMap each, sorted by
    /// ConfigMap name; empty when no daemon runs.
    public let sharedFiles: [KubernetesConfigFile]
}

/// A configuration file shipped in a ConfigMap.
public struct KubernetesConfigFile: Sendable {
    /// The ConfigMap's name.
    public let configMap: String
    /// The data key, which is also the file's name where it is mounted.
    public let key: String
    /// The document.
    public let content: JSON
    /// The workspace file it comes from, for the `oaas.dev/source` annotation.
    public let source: String
    /// What it is (`aof-agent`, `aof-flow`, `daemon-config` …), for the `app.kubernetes.io/component` label.
    public let component: String
}

/// An environment variable of a container.
public struct KubernetesEnvVar: Sendable, Equatable {
    /// Where the value comes from.
    public enum Source: Sendable, Equatable {
        /// A literal, possibly with `$(VAR)` references to earlier variables.
        case value(String)
        /// A key of a Secret.
        case secret(name: String, key: String)
    }

    /// The variable's name.
    public let name: String
    /// Where its value comes from.
    public let source: Source
}

/// A container probe.
public struct KubernetesProbe: Sendable, Equatable {
    /// What is probed.
    public enum Action: Sendable, Equatable {
        /// An HTTP GET of a path on the container's `http` port.
        case http(path: String)
        /// A TCP connection to the `http` port.
        case tcp
    }

    /// What is probed.
    public let action: Action
    /// Seconds before the first probe, when set.
    public let initialDelaySeconds: Int?
    /// Seconds between probes.
    public let periodSeconds: Int
    /// Seconds a probe may take.
    public let timeoutSeconds: Int
    /// Failures in a row that count.
    public let failureThreshold: Int
    /// Successes in a row that count (always 1 for liveness and startup probes).
    public let successThreshold: Int
}

/// A volume of a pod and where the container mounts it.
public struct KubernetesVolume: Sendable {
    /// What backs it.
    public enum Content: Sendable {
        /// Files from ConfigMaps, projected into one read-only directory.
        case files([Item])
        /// An empty, writable directory that lives as long as the pod.
        case scratch
    }

    /// One file of a projected volume.
    public struct Item: Sendable {
        /// The ConfigMap.
        public let configMap: String
        /// Its key.
        public let key: String
        /// The path inside the mounted directory.
        public let path: String
    }

    /// The volume's name.
    public let name: String
    /// The directory it is mounted at.
    public let mountPath: String
    /// What backs it.
    public let content: Content
}

/// Where a workload may connect to.
public struct KubernetesEgress: Sendable, Equatable {
    /// Hosts declared by name, as `host:port`, sorted: NetworkPolicy cannot match names, so their ports are
    /// opened and the hosts are listed in the `oaas.dev/egress-hosts` annotation.
    public var hosts: [String] = []
    /// TCP ports open to any address (those of the named hosts), sorted.
    public var ports: [Int] = []
    /// Address ranges open on every port, sorted.
    public var cidrs: [String] = []
    /// Whether the workspace allows every destination (`*` or `0.0.0.0/0` in an egress allowlist).
    public var anywhere = false

    /// Creates an empty egress.
    public init() {}
}

/// Horizontal autoscaling.
public struct KubernetesAutoscaling: Sendable, Equatable {
    /// The fewest replicas (at least 1).
    public let minReplicas: Int
    /// The most replicas.
    public let maxReplicas: Int
    /// The average CPU use aimed at, in percent of the request.
    public let cpuPercent: Int?
    /// The average memory use aimed at, in percent of the request.
    public let memoryPercent: Int?
}

/// CPU and memory, as Kubernetes quantities (`250m`, `512Mi`).
public struct KubernetesResources: Sendable, Equatable {
    /// The CPU request.
    public let cpuRequest: String
    /// The memory request.
    public let memoryRequest: String
    /// The CPU limit.
    public let cpuLimit: String
    /// The memory limit.
    public let memoryLimit: String
}

/// A Deployment and everything around it: ServiceAccount, ConfigMap, Service, NetworkPolicy, PDB, HPA.
public struct KubernetesWorkload: Sendable {
    /// What runs.
    public enum Role: String, Sendable {
        /// The AOF daemon, which runs the AOF agents, fleets, flows and triggers.
        case daemon
        /// An OAAS agent service.
        case agent
    }

    /// What runs.
    public let role: Role
    /// The name of the Deployment and of its companions.
    public let name: String
    /// The workspace file it comes from.
    public let source: String
    /// Every label of its objects and pods.
    public let labels: [KubernetesPair]
    /// The labels its selectors match.
    public let selector: [KubernetesPair]
    /// The container image.
    public let image: String
    /// The container's arguments.
    public let args: [String]
    /// The container's working directory, when set.
    public let workingDir: String?
    /// The port it listens on, named `http`.
    public let port: Int
    /// Other ports it listens on (AOF webhook triggers with a `port` of their own), named
    /// `trigger-<port>`, sorted.
    public let triggerPorts: [Int]
    /// The liveness probe.
    public let liveness: KubernetesProbe
    /// The readiness probe.
    public let readiness: KubernetesProbe
    /// The startup probe, when configured.
    public let startup: KubernetesProbe?
    /// Requests and limits.
    public let resources: KubernetesResources
    /// Replicas when not autoscaled.
    public let replicas: Int
    /// Autoscaling, when configured.
    public let autoscaling: KubernetesAutoscaling?
    /// `RollingUpdate` or `Recreate`.
    public let strategy: String
    /// The container's environment, in order (a `$(VAR)` refers to an earlier entry).
    public let environment: [KubernetesEnvVar]
    /// ConfigMaps whose keys become environment variables.
    public let environmentConfigMaps: [String]
    /// Secrets whose keys all become environment variables (a context `secrets:` entry with only a name).
    public let environmentSecrets: [String]
    /// Its own configuration files (one ConfigMap).
    public let configFiles: [KubernetesConfigFile]
    /// Its volumes, sorted by mount path.
    public let volumes: [KubernetesVolume]
    /// Where it may connect to.
    public let egress: KubernetesEgress
    /// Address ranges allowed to reach its port; empty means any.
    public let ingressCIDRs: [String]
}
