import OAASCore

/// The namespace, the traffic rules, the Service and the scaling objects.
extension KubernetesManifests {
    /// The namespace, its default-deny NetworkPolicy and the context's ConfigMap.
    static func namespace(_ environment: KubernetesEnvironment) -> [JSON] {
        var labels = environment.labels
        for mode in ["enforce", "audit", "warn"] {
            labels.append(KubernetesPair("pod-security.kubernetes.io/\(mode)", "restricted"))
        }
        var documents: [JSON] = [
            object("v1", "Namespace", .object([("name", .string(environment.namespace)), ("labels", pairs(labels))]), []),
            // Nothing in or out unless a workload's own policy allows it.
            object("networking.k8s.io/v1", "NetworkPolicy", environmentMetadata("default-deny", environment), [
                ("spec", .object([
                    ("podSelector", .object([])),
                    ("policyTypes", .array([.string("Ingress"), .string("Egress")])),
                ])),
            ]),
        ]
        if let name = environment.contextConfigMap {
            documents.append(object("v1", "ConfigMap", environmentMetadata(name, environment), [
                ("data", pairs(environment.contextEnvironment)),
            ]))
        }
        return documents
    }

    static func service(_ workload: KubernetesWorkload, in environment: KubernetesEnvironment) -> JSON {
        object("v1", "Service", metadata(workload.name, workload, environment), [
            ("spec", .object([
                ("type", .string("ClusterIP")),
                ("selector", pairs(workload.selector)),
                ("ports", .array(namedPorts(workload).map { port in
                    .object([
                        ("name", .string(port.name)), ("port", .int(port.number)), ("targetPort", .string(port.name)),
                        ("protocol", .string("TCP")),
                    ])
                })),
            ])),
        ])
    }

    static func horizontalPodAutoscaler(
        _ workload: KubernetesWorkload, _ autoscaling: KubernetesAutoscaling, in environment: KubernetesEnvironment
    ) -> JSON {
        var metrics: [JSON] = []
        for (resource, percent) in [("cpu", autoscaling.cpuPercent), ("memory", autoscaling.memoryPercent)] {
            guard let percent else { continue }
            metrics.append(.object([
                ("type", .string("Resource")),
                ("resource", .object([
                    ("name", .string(resource)),
                    ("target", .object([("type", .string("Utilization")), ("averageUtilization", .int(percent))])),
                ])),
            ]))
        }
        return object("autoscaling/v2", "HorizontalPodAutoscaler", metadata(workload.name, workload, environment), [
            ("spec", .object([
                ("scaleTargetRef", .object([
                    ("apiVersion", .string("apps/v1")), ("kind", .string("Deployment")), ("name", .string(workload.name)),
                ])),
                ("minReplicas", .int(autoscaling.minReplicas)),
                ("maxReplicas", .int(autoscaling.maxReplicas)),
                ("metrics", .array(metrics)),
            ])),
        ])
    }

    /// At most one pod of a replicated workload is evicted at a time (node drains, upgrades).
    static func podDisruptionBudget(_ workload: KubernetesWorkload, in environment: KubernetesEnvironment) -> JSON {
        object("policy/v1", "PodDisruptionBudget", metadata(workload.name, workload, environment), [
            ("spec", .object([
                ("maxUnavailable", .int(1)),
                ("selector", .object([("matchLabels", pairs(workload.selector))])),
            ])),
        ])
    }

    /// Ingress to the listening port (from the workspace's allowed ranges, when it declares some); egress
    /// to the cluster DNS, to the ports of the hosts the workspace declares (listed in the annotation,
    /// since a NetworkPolicy cannot match names) and to the declared address ranges.
    static func networkPolicy(_ workload: KubernetesWorkload, in environment: KubernetesEnvironment) -> JSON {
        var ingress: [(String, JSON)] = []
        if !workload.ingressCIDRs.isEmpty { ingress.append(("from", .array(workload.ingressCIDRs.map(ipBlock)))) }
        ingress.append(("ports", .array(namedPorts(workload).map { port($0.number, "TCP") })))
        var egress: [JSON] = [
            .object([
                ("to", .array([.object([
                    ("namespaceSelector", .object([("matchLabels", .object([("kubernetes.io/metadata.name", .string("kube-system"))]))])),
                    ("podSelector", .object([("matchLabels", .object([("k8s-app", .string("kube-dns"))]))])),
                ])])),
                ("ports", .array([port(53, "UDP"), port(53, "TCP")])),
            ]),
        ]
        if workload.egress.anywhere {
            egress.append(.object([("to", .array([ipBlock("0.0.0.0/0"), ipBlock("::/0")]))]))
        } else {
            if !workload.egress.ports.isEmpty {
                egress.append(.object([("ports", .array(workload.egress.ports.map { port($0, "TCP") }))]))
            }
            if !workload.egress.cidrs.isEmpty {
                egress.append(.object([("to", .array(workload.egress.cidrs.map(ipBlock)))]))
            }
        }
        var annotations: [(String, JSON)] = []
        if !workload.egress.hosts.isEmpty {
            annotations.append(("oaas.dev/egress-hosts", .string(workload.egress.hosts.joined(separator: ","))))
        }
        return object("networking.k8s.io/v1", "NetworkPolicy", metadata(workload.name, workload, environment, annotations: annotations), [
            ("spec", .object([
                ("podSelector", .object([("matchLabels", pairs(workload.selector))])),
                ("policyTypes", .array([.string("Ingress"), .string("Egress")])),
                ("ingress", .array([.object(ingress)])),
                ("egress", .array(egress)),
            ])),
        ])
    }

    private static func environmentMetadata(_ name: String, _ environment: KubernetesEnvironment) -> JSON {
        .object([("name", .string(name)), ("namespace", .string(environment.namespace)), ("labels", pairs(environment.labels))])
    }

    private static func port(_ number: Int, _ proto: String) -> JSON {
        .object([("protocol", .string(proto)), ("port", .int(number))])
    }

    private static func ipBlock(_ cidr: String) -> JSON {
        .object([("ipBlock", .object([("cidr", .string(cidr))]))])
    }
}
