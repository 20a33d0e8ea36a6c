import OAASCore

/// The manifests of a workload, as `JSON` trees for `YAMLWriter`.
///
/// Pods are hardened whatever the workspace says: a non-root UID above 10000, no privilege escalation, a
/// read-only root filesystem (writable paths are `emptyDir` volumes), every capability dropped, the
/// runtime's default seccomp profile, no service-account token, liveness and readiness probes, requests
/// and limits, images pulled on every start. The namespace enforces Pod Security `restricted` on top.
enum KubernetesManifests {
    /// The UID and GID pods run as: above 10000, clear of the host's users.
    static let userID = 10_001

    /// The objects of a workload, in apply order.
    static func workload(_ workload: KubernetesWorkload, in environment: KubernetesEnvironment) -> [JSON] {
        var documents: [JSON] = [
            object("v1", "ServiceAccount", metadata(workload.name, workload, environment), [
                ("automountServiceAccountToken", .bool(false)),
            ]),
        ]
        for file in workload.configFiles {
            documents.append(configMap(file, namespace: environment.namespace, labels: workload.labels))
        }
        documents.append(service(workload, in: environment))
        documents.append(deployment(workload, in: environment))
        if let autoscaling = workload.autoscaling {
            documents.append(horizontalPodAutoscaler(workload, autoscaling, in: environment))
        }
        if (workload.autoscaling?.minReplicas ?? workload.replicas) >= 2 {
            documents.append(podDisruptionBudget(workload, in: environment))
        }
        documents.append(networkPolicy(workload, in: environment))
        return documents
    }

    /// A ConfigMap holding one configuration file.
    static func configMap(_ file: KubernetesConfigFile, namespace: String, labels: [KubernetesPair]) -> JSON {
        // The file's own component, in the place the workload's has (or after the selector labels).
        var fileLabels: [KubernetesPair] = []
        for label in labels where label.key != "app.kubernetes.io/component" {
            if label.key == "app.kubernetes.io/part-of" || label.key == "app.kubernetes.io/managed-by",
               !fileLabels.contains(where: { $0.key == "app.kubernetes.io/component" }) {
                fileLabels.append(KubernetesPair("app.kubernetes.io/component", file.component))
            }
            fileLabels.append(label)
        }
        if !fileLabels.contains(where: { $0.key == "app.kubernetes.io/component" }) {
            fileLabels.append(KubernetesPair("app.kubernetes.io/component", file.component))
        }
        return object("v1", "ConfigMap", .object([
            ("name", .string(file.configMap)),
            ("namespace", .string(namespace)),
            ("labels", pairs(fileLabels)),
            ("annotations", .object([("oaas.dev/source", .string(file.source))])),
        ]), [
            ("data", .object([(file.key, .string(YAMLWriter.document(file.content, literalBlocks: true)))])),
        ])
    }

    static func deployment(_ workload: KubernetesWorkload, in environment: KubernetesEnvironment) -> JSON {
        var spec: [(String, JSON)] = []
        // An autoscaled Deployment leaves `replicas` to the HorizontalPodAutoscaler, so that applying the
        // manifests again does not reset the current scale.
        if workload.autoscaling == nil { spec.append(("replicas", .int(workload.replicas))) }
        spec.append(("selector", .object([("matchLabels", pairs(workload.selector))])))
        if workload.strategy == "Recreate" {
            spec.append(("strategy", .object([("type", .string("Recreate"))])))
        } else {
            spec.append(("strategy", .object([
                ("type", .string("RollingUpdate")),
                ("rollingUpdate", .object([("maxSurge", .int(1)), ("maxUnavailable", .int(0))])),
            ])))
        }
        spec.append(("template", .object([
            ("metadata", .object([
                ("labels", pairs(workload.labels)),
                ("annotations", .object([("oaas.dev/config-hash", .string(configHash(workload, in: environment)))])),
            ])),
            ("spec", podSpec(workload)),
        ])))
        return object("apps/v1", "Deployment", metadata(workload.name, workload, environment), [("spec", .object(spec))])
    }

    private static func podSpec(_ workload: KubernetesWorkload) -> JSON {
        var spec: [(String, JSON)] = [
            ("serviceAccountName", .string(workload.name)),
            ("automountServiceAccountToken", .bool(false)),
            ("enableServiceLinks", .bool(false)),
            ("securityContext", .object([
                ("runAsNonRoot", .bool(true)),
                ("runAsUser", .int(userID)),
                ("runAsGroup", .int(userID)),
                ("fsGroup", .int(userID)),
                ("seccompProfile", .object([("type", .string("RuntimeDefault"))])),
            ])),
            ("containers", .array([container(workload)])),
        ]
        var volumes: [JSON] = []
        for volume in workload.volumes {
            switch volume.content {
            case .files(let items):
                var sources: [JSON] = []
                var byConfigMap: [(String, [JSON])] = []
                for item in items {
                    let entry = JSON.object([("key", .string(item.key)), ("path", .string(item.path))])
                    if let index = byConfigMap.firstIndex(where: { $0.0 == item.configMap }) {
                        byConfigMap[index].1.append(entry)
                    } else {
                        byConfigMap.append((item.configMap, [entry]))
                    }
                }
                for (name, entries) in byConfigMap {
                    sources.append(.object([("configMap", .object([("name", .string(name)), ("items", .array(entries))]))]))
                }
                volumes.append(.object([
                    ("name", .string(volume.name)),
                    ("projected", .object([("defaultMode", .int(0o444)), ("sources", .array(sources))])),
                ]))
            case .scratch:
                volumes.append(.object([("name", .string(volume.name)), ("emptyDir", .object([]))]))
            }
        }
        spec.append(("volumes", .array(volumes)))
        return .object(spec)
    }

    private static func container(_ workload: KubernetesWorkload) -> JSON {
        var container: [(String, JSON)] = [
            ("name", .string(workload.role.rawValue)),
            ("image", .string(workload.image)),
            ("imagePullPolicy", .string("Always")),
        ]
        if !workload.args.isEmpty { container.append(("args", .array(workload.args.map { .string($0) }))) }
        if let workingDir = workload.workingDir { container.append(("workingDir", .string(workingDir))) }
        var ports: [JSON] = []
        for (name, number) in namedPorts(workload) {
            ports.append(.object([("name", .string(name)), ("containerPort", .int(number)), ("protocol", .string("TCP"))]))
        }
        container.append(("ports", .array(ports)))
        var envFrom: [JSON] = []
        for name in workload.environmentConfigMaps {
            envFrom.append(.object([("configMapRef", .object([("name", .string(name))]))]))
        }
        for name in workload.environmentSecrets {
            envFrom.append(.object([("secretRef", .object([("name", .string(name))]))]))
        }
        if !envFrom.isEmpty { container.append(("envFrom", .array(envFrom))) }
        if !workload.environment.isEmpty { container.append(("env", .array(workload.environment.map(environmentVariable)))) }
        container.append(("resources", .object([
            ("requests", .object([("cpu", .string(workload.resources.cpuRequest)), ("memory", .string(workload.resources.memoryRequest))])),
            ("limits", .object([("cpu", .string(workload.resources.cpuLimit)), ("memory", .string(workload.resources.memoryLimit))])),
        ])))
        container.append(("livenessProbe", probe(workload.liveness)))
        container.append(("readinessProbe", probe(workload.readiness)))
        if let startup = workload.startup { container.append(("startupProbe", probe(startup))) }
        container.append(("securityContext", .object([
            ("allowPrivilegeEscalation", .bool(false)),
            ("privileged", .bool(false)),
            ("readOnlyRootFilesystem", .bool(true)),
            ("runAsNonRoot", .bool(true)),
            ("runAsUser", .int(userID)),
            ("runAsGroup", .int(userID)),
            ("capabilities", .object([("drop", .array([.string("ALL")]))])),
            ("seccompProfile", .object([("type", .string("RuntimeDefault"))])),
        ])))
        var mounts: [JSON] = []
        for volume in workload.volumes {
            var mount: [(String, JSON)] = [("name", .string(volume.name)), ("mountPath", .string(volume.mountPath))]
            if case .files = volume.content { mount.append(("readOnly", .bool(true))) }
            mounts.append(.object(mount))
        }
        container.append(("volumeMounts", .array(mounts)))
        return .object(container)
    }

    private static func environmentVariable(_ variable: KubernetesEnvVar) -> JSON {
        switch variable.source {
        case .value(let value):
            return .object([("name", .string(variable.name)), ("value", .string(value))])
        case .secret(let name, let key):
            return .object([
                ("name", .string(variable.name)),
                ("valueFrom", .object([("secretKeyRef", .object([("name", .string(name)), ("key", .string(key))]))])),
            ])
        }
    }

    private static func probe(_ probe: KubernetesProbe) -> JSON {
        var fields: [(String, JSON)]
        switch probe.action {
        case .http(let path):
            fields = [("httpGet", .object([("path", .string(path)), ("port", .string("http"))]))]
        case .tcp:
            fields = [("tcpSocket", .object([("port", .string("http"))]))]
        }
        if let delay = probe.initialDelaySeconds { fields.append(("initialDelaySeconds", .int(delay))) }
        fields += [
            ("periodSeconds", .int(probe.periodSeconds)),
            ("timeoutSeconds", .int(probe.timeoutSeconds)),
            ("successThreshold", .int(probe.successThreshold)),
            ("failureThreshold", .int(probe.failureThreshold)),
        ]
        return .object(fields)
    }

    /// A digest of everything the pods read at start (their configuration files and the context's
    /// environment): a change rolls the Deployment, since environment variables are read only once.
    private static func configHash(_ workload: KubernetesWorkload, in environment: KubernetesEnvironment) -> String {
        var text = ""
        var files = workload.configFiles
        if workload.role == .daemon { files += environment.sharedFiles }
        for file in files {
            text += "\(file.configMap)/\(file.key)\n" + YAMLWriter.document(file.content, literalBlocks: true)
        }
        for pair in environment.contextEnvironment { text += "\(pair.key)=\(pair.value)\n" }
        return "sha256:" + SHA256.hex(text)
    }

    // MARK: - Shared pieces

    /// The ports a workload listens on, with their names: `http`, then each trigger's.
    static func namedPorts(_ workload: KubernetesWorkload) -> [(name: String, number: Int)] {
        [("http", workload.port)] + workload.triggerPorts.map { ("trigger-\($0)", $0) }
    }

    /// A manifest: `apiVersion`, `kind`, `metadata`, then the fields given.
    static func object(_ apiVersion: String, _ kind: String, _ metadata: JSON, _ fields: [(String, JSON)]) -> JSON {
        .object([("apiVersion", .string(apiVersion)), ("kind", .string(kind)), ("metadata", metadata)] + fields)
    }

    /// The metadata of a workload's object.
    static func metadata(
        _ name: String, _ workload: KubernetesWorkload, _ environment: KubernetesEnvironment,
        annotations: [(String, JSON)] = []
    ) -> JSON {
        .object([
            ("name", .string(name)),
            ("namespace", .string(environment.namespace)),
            ("labels", pairs(workload.labels)),
            ("annotations", .object([("oaas.dev/source", .string(workload.source))] + annotations)),
        ])
    }

    /// Labels or annotations as a mapping, in order.
    static func pairs(_ pairs: [KubernetesPair]) -> JSON {
        var entries: [(String, JSON)] = []
        for pair in pairs { entries.append((pair.key, .string(pair.value))) }
        return .object(entries)
    }
}
