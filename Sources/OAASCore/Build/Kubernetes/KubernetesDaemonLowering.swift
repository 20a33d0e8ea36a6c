/// The AOF daemon's workload: `serve --config /etc/aof/daemon.yaml` (the image's entrypoint is the AOF
/// CLI, as in seed 000's Compose file), with the configuration and every AOF document projected into
/// `/etc/aof` read-only, an empty writable directory for each path the configuration writes to, the
/// platform credentials from Secrets, and its `server.port` as the one listening port.
///
/// It runs one replica: approvals and conversations live in the daemon's memory, and seed 000 runs
/// several instances only with a shared Redis (`--redis`), which the workspace does not declare.
enum KubernetesDaemonLowering {
    /// Where the configuration is mounted; relative directories in it are relative to this one (the
    /// container's working directory), as when `aofctl serve` runs next to its configuration.
    static let configRoot = "/etc/aof"
    /// The AOF daemon's port when `server.port` is not written.
    static let defaultPort = 8080
    /// The health endpoint of `aofctl serve`.
    static let healthPath = "/health"

    static func lower(
        _ resource: Resource, _ daemon: DaemonConfig, shared: KubernetesSharedFiles, scope: KubernetesLowering.Scope,
        names: inout KubernetesNameScope, sink: inout DiagnosticSink
    ) -> KubernetesWorkload? {
        guard let name = names.map(
            resource.name?.value ?? "aof-daemon", what: "daemon", range: resource.name?.range,
            path: DataPath([.key("metadata"), .key("name")]), sink: &sink),
            let configMap = KubernetesNames.label(name + "-config").name
        else { return nil }
        let image = KubernetesImages.image(
            for: resource, workspace: nil, name: name, what: "daemon", variables: scope.variables, sink: &sink)
        let rendered = KubernetesConfigRendering.render(resource.document, variables: scope.variables, sink: &sink)
        if let host = daemon.server?.host, KubernetesEgressLowering.isLoopback(host.value), host.value != "0.0.0.0" {
            sink.report(
                .kubernetesLoopbackListener,
                "the daemon listens on \"\(host.value)\", which its Service and probes cannot reach; listen on \"0.0.0.0\"",
                at: host.range, path: DataPath([.key("spec"), .key("server"), .key("host")]))
        }
        let config = KubernetesConfigFile(
            configMap: configMap, key: "daemon.yaml", content: rendered.json, source: resource.file, component: "daemon-config")
        var args = ["serve", "--config", configRoot + "/daemon.yaml"]
        var directories: [KubernetesSharedFiles.Directory: String] = [:]
        for directory in KubernetesSharedFiles.Directory.allCases {
            let written: Located<String>? = switch directory {
            case .agents: daemon.agents?.directory
            case .flows: daemon.flows?.directory
            case .triggers: daemon.triggers?.directory
            }
            if let written, let path = absolute(written.value, base: configRoot) {
                directories[directory] = path
            } else if written == nil, directory != .triggers, shared.files.contains(where: { $0.directory == directory }) {
                // `aofctl serve --agents-dir/--flows-dir` (seed 000); triggers have no such flag.
                directories[directory] = configRoot + "/" + directory.rawValue
                args += ["--\(directory.rawValue)-dir", configRoot + "/" + directory.rawValue]
            }
        }
        var implied: Set<String> = []
        for platform in daemon.platforms where platform.enabled?.value != false {
            for host in KubernetesEgressLowering.platformHosts[platform.name.value.lowercased()] ?? [] { implied.insert(host + ":443") }
        }
        for agent in shared.agents {
            if let host = KubernetesEgressLowering.providerHosts[agent.resolvedProvider] { implied.insert(host + ":443") }
        }
        let urls = rendered.urls + shared.urls + scope.environmentVariables.urls
        var openPorts: [Int] = []
        if daemon.audit?.destination?.value == "postgresql", !urls.contains(where: { $0.scheme.hasPrefix("postgres") }) {
            openPorts.append(5432)
        }
        let port = daemon.server?.port?.value ?? defaultPort
        let team = resource.document["metadata"]?["labels"]?["team"]?.text
        let labels = scope.labels(name: name, component: "daemon", team: team, version: nil)
        let facts = scope.facts
        return KubernetesWorkload(
            role: .daemon, name: name, source: resource.file, labels: labels.all, selector: labels.selector, image: image,
            args: args, workingDir: configRoot, port: port,
            triggerPorts: directories[.triggers] == nil ? [] : shared.triggerPorts.filter { $0 != port },
            liveness: KubernetesWorkloadSettings.probe(.http(path: healthPath), timing: facts.liveness, allowsSuccessThreshold: false),
            readiness: KubernetesWorkloadSettings.probe(.http(path: healthPath), timing: facts.readiness, allowsSuccessThreshold: true),
            startup: facts.startup.map {
                KubernetesWorkloadSettings.probe(.http(path: healthPath), timing: $0, allowsSuccessThreshold: false)
            },
            resources: KubernetesWorkloadSettings.resources(
                KubernetesWorkloadSettings.ResourceInput(), allocation: (facts.cpuPerAgent, facts.memoryPerAgent),
                defaults: KubernetesWorkloadSettings.daemonDefaults, sink: &sink),
            replicas: 1, autoscaling: nil, strategy: "RollingUpdate",
            environment: scope.environmentVariables.variables(
                needing: scope.runtime.needed(by: resource, symbolic: rendered.runtimeVariables) + shared.runtimeVariables),
            environmentConfigMaps: scope.contextConfigMap.map { [$0] } ?? [],
            environmentSecrets: scope.environmentVariables.wholeSecrets,
            configFiles: [config],
            volumes: volumes(config: config, shared: shared, directories: directories, daemon: daemon),
            egress: KubernetesEgressLowering.egress(
                urls: urls, implied: implied.sorted(), allowlist: facts.egressAllowlist, openPorts: openPorts),
            ingressCIDRs: facts.ingressCIDRs)
    }

    /// The configuration root with `daemon.yaml` and the documents under it, one projected volume per
    /// document directory outside it, and the writable directories.
    private static func volumes(
        config: KubernetesConfigFile, shared: KubernetesSharedFiles, directories: [KubernetesSharedFiles.Directory: String],
        daemon: DaemonConfig
    ) -> [KubernetesVolume] {
        var items: [String: [KubernetesVolume.Item]] = [configRoot: [KubernetesVolume.Item(configMap: config.configMap, key: config.key, path: config.key)]]
        for file in shared.files {
            guard let directory = directories[file.directory] else { continue }
            let inRoot = directory == configRoot || directory.hasPrefix(configRoot + "/")
            let mount = inRoot ? configRoot : directory
            let prefix = inRoot && directory != configRoot ? String(directory.dropFirst(configRoot.count + 1)) + "/" : ""
            items[mount, default: []].append(
                KubernetesVolume.Item(configMap: file.file.configMap, key: file.file.key, path: prefix + file.file.key))
        }
        var volumes: [KubernetesVolume] = []
        for mount in items.keys.sorted() {
            let name = mount == configRoot ? "config" : KubernetesNames.label("files-" + mount).name ?? "files"
            volumes.append(KubernetesVolume(name: name, mountPath: mount, content: .files(items[mount]!)))
        }
        return volumes + scratch(writablePaths(daemon: daemon, agents: shared.agents), avoiding: Array(items.keys))
    }

    /// Files the daemon and its agents write: logs, the decision log, a file audit trail, file memory,
    /// shell tools' working directories.
    private static func writablePaths(daemon: DaemonConfig, agents: [AOFAgent]) -> [String] {
        var directories: [String] = []
        var files: [String] = []
        if daemon.logging?.destination?.value == "file", let path = daemon.logging?.filePath?.value { files.append(path) }
        if daemon.audit?.destination?.value == "file", let path = daemon.audit?.path?.value { files.append(path) }
        for agent in agents {
            if let path = agent.memory?.path?.value { files.append(path) }
            for tool in agent.tools {
                if let directory = tool.config?["working_directory"]?.text { directories.append(directory) }
            }
        }
        for file in files {
            guard let slash = file.lastIndex(of: "/"), slash != file.startIndex else { continue }
            directories.append(String(file[..<slash]))
        }
        return directories
    }

    /// `/tmp` and each absolute writable directory as an empty directory, leaving out those inside
    /// another one and those that overlap a configuration mount (a mount cannot sit inside a read-only one).
    static func scratch(_ written: [String], avoiding mounts: [String]) -> [KubernetesVolume] {
        var paths: [String] = ["/tmp"]
        for path in written {
            if path.hasPrefix("/"), let absolute = absolute(path, base: "/"), absolute != "/" { paths.append(absolute) }
        }
        func within(_ path: String, _ other: String) -> Bool { path == other || path.hasPrefix(other + "/") }
        var kept: [String] = []
        for path in Set(paths).sorted() {
            if kept.contains(where: { within(path, $0) }) { continue }
            if mounts.contains(where: { within(path, $0) || within($0, path) }) { continue }
            kept.append(path)
        }
        var volumes: [KubernetesVolume] = []
        for path in kept {
            guard let name = KubernetesNames.label("scratch-" + path).name else { continue }
            volumes.append(KubernetesVolume(name: name, mountPath: path, content: .scratch))
        }
        return volumes
    }

    /// A written path as an absolute, normalised one (`./agents/` → `/etc/aof/agents`); nil for a path
    /// only the runtime can resolve (`~`, `${VAR}`).
    static func absolute(_ path: String, base: String) -> String? {
        let trimmed = path.trimmingWhitespace()
        guard !trimmed.isEmpty, !trimmed.hasPrefix("~"), !trimmed.contains("${") else { return nil }
        var parts: [Substring] = []
        for part in (trimmed.hasPrefix("/") ? trimmed : base + "/" + trimmed).split(separator: "/") {
            if part == "." { continue }
            if part == ".." {
                if !parts.isEmpty { parts.removeLast() }
                continue
            }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// The diagnostics of the daemon's lowering.
    static let kinds: [DiagnosticKind] = [.kubernetesLoopbackListener]
}

extension DiagnosticKind {
    static let kubernetesLoopbackListener = DiagnosticKind(
        id: "kubernetes.loopback-listener", severity: .warning,
        summary: "a daemon that listens on a loopback address, out of reach of its Service and probes",
        explanation: """
            Inside a pod, `127.0.0.1` and `localhost` are reachable only from the pod itself. The \
            Service that the `kubernetes` target writes for the daemon, and the kubelet's liveness and \
            readiness probes, connect to the pod's address: a daemon bound to loopback never becomes \
            ready and never receives a platform's webhook. Bind to `0.0.0.0` (the default).
            """,
        example: "spec:\n  server:\n    port: 3000\n    host: 127.0.0.1\n",
        remediation: "set server.host to 0.0.0.0 or remove it")
}
