/// The names given out in one scope (the objects of one namespace, or the environments' folders): each
/// workspace name is mapped with `KubernetesNames.label`, and a name that cannot be mapped, that had to
/// be shortened, or that lands on a name already given to another workspace name is reported at the
/// place the workspace writes it.
struct KubernetesNameScope {
    private var given: [String: (written: String, range: SourceRange?)] = [:]

    /// The Kubernetes name for a workspace name, or nil when it cannot be mapped or collides (reported).
    /// - Parameters:
    ///   - written: the name as the workspace writes it.
    ///   - prefix: prepended before mapping (`aof-agent-`), so that the limit counts it.
    ///   - what: what the name names, for messages (`agent`, `environment`).
    ///   - range: where it is written; nil for a default name, which always maps.
    ///   - path: its data path.
    mutating func map(
        _ written: String, prefix: String = "", what: String, range: SourceRange?, path: DataPath?,
        sink: inout DiagnosticSink
    ) -> String? {
        switch KubernetesNames.label(prefix + written) {
        case .unmappable:
            if let range {
                sink.report(
                    .kubernetesUnmappableName,
                    "\(what) name \"\(written)\" has no ASCII letter or digit to build a Kubernetes name from",
                    at: range, path: path)
            }
            return nil
        case .name(let name, let truncated):
            if let first = given[name], first.written != written {
                if let range {
                    sink.report(
                        .kubernetesNameCollision,
                        "\(what) name \"\(written)\" and \"\(first.written)\" both map to the Kubernetes name \"\(name)\"",
                        at: range, path: path,
                        notes: first.range.map { [DiagnosticNote("\"\(first.written)\" is written here", at: $0)] } ?? [])
                }
                return nil
            }
            if given[name] == nil { given[name] = (written, range) }
            if truncated, let range {
                sink.report(
                    .kubernetesNameTruncated,
                    "\(what) name \"\(prefix + written)\" is longer than \(KubernetesNames.maxLabelLength) characters; its Kubernetes name is \"\(name)\"",
                    at: range, path: path)
            }
            return name
        }
    }
}

extension DiagnosticKind {
    static let kubernetesUnmappableName = DiagnosticKind(
        id: "kubernetes.unmappable-name", severity: .error,
        summary: "a name the kubernetes target cannot turn into a Kubernetes name",
        explanation: """
            Kubernetes names objects and namespaces with DNS labels: lowercase ASCII letters, digits and \
            `-`, at most 63 characters. The `kubernetes` target maps every workspace name to one \
            (lowercasing it, turning runs of other characters into `-`, shortening long names with a \
            hash suffix), and names that Kubernetes requires as written (a Secret of a context's \
            `secrets:` list, a key in it, an environment variable) are checked as they are. A name with \
            no ASCII letter or digit at all (`"日本"`, `"---"`), or one that must be used as written but \
            is not valid, cannot be used: the build stops. Rename it.
            """,
        example: "apiVersion: aof.dev/v1\nkind: Context\nmetadata:\n  name: \"本番\"   # no ASCII letter or digit\n",
        remediation: "rename it with ASCII letters, digits and dashes")

    static let kubernetesNameCollision = DiagnosticKind(
        id: "kubernetes.name-collision", severity: .error,
        summary: "two workspace names that map to the same Kubernetes name",
        explanation: """
            The `kubernetes` target maps names to DNS labels by lowercasing them and turning other \
            characters into `-`, so `K8s_Ops` and `k8s-ops` both become `k8s-ops`. Two workloads (or \
            two AOF documents of one kind, or two environments) with one Kubernetes name would overwrite \
            each other when applied: the build stops. The note shows the other name. Rename one of them.
            """,
        example: "# agents/a.yaml\nmetadata:\n  name: K8s_Ops\n# agents/b.yaml\nmetadata:\n  name: k8s-ops\n",
        remediation: "rename one of the two so that they differ after lowercasing and dash mapping")

    static let kubernetesNameTruncated = DiagnosticKind(
        id: "kubernetes.name-truncated", severity: .note,
        summary: "a name too long for Kubernetes, shortened with a hash suffix",
        explanation: """
            Kubernetes object names used as Service names, namespaces and label values are at most 63 \
            characters. A longer name keeps its first characters and ends in `-` and eight hex digits of \
            the SHA-256 of the whole name, so the result is the same on every run and two long names \
            with a common beginning stay apart. The note says which name the cluster will show; shorten \
            the workspace name if that is inconvenient.
            """,
        example: "metadata:\n  name: northwind-logistics-shipment-tracking-anomaly-detection-and-escalation-agent\n",
        remediation: "shorten the name to at most 63 characters (prefix included) to keep it readable in the cluster")
}
