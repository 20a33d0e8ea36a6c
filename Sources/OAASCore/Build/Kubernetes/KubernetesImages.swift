/// The container image of a workload. Workspace files do not name images, so the `kubernetes` target
/// reads them from an annotation: `oaas.dev/image` on the DaemonConfig or OAAS Agent document, else (for
/// OAAS agents) `oaas.dev/agent-image` on the Workspace. `${VAR}` in it is substituted from `--env-file`,
/// so CI can pass a digest. Without one, a placeholder under the reserved `registry.invalid` domain is
/// written, which no cluster can pull, and a warning says so.
public enum KubernetesImages {
    /// The annotation on a deployed document.
    public static let annotation = "oaas.dev/image"
    /// The annotation on the Workspace: the image of OAAS agents that name none.
    public static let workspaceAnnotation = "oaas.dev/agent-image"

    /// The image of a workload.
    /// - Parameters:
    ///   - resource: the deployed document.
    ///   - workspace: the Workspace document, whose annotation is the default for agents; nil for the daemon.
    ///   - name: the workload's Kubernetes name, for the placeholder.
    ///   - what: `daemon` or `agent`, for messages.
    static func image(
        for resource: Resource, workspace: Resource?, name: String, what: String,
        variables: ProvidedVariables, sink: inout DiagnosticSink
    ) -> String {
        let written = annotation(annotation, of: resource) ?? workspace.flatMap { annotation(workspaceAnnotation, of: $0) }
        guard let written else {
            let placeholder = "registry.invalid/\(name):unset"
            sink.report(
                .kubernetesMissingImage,
                "\(what) \"\(resource.name?.value ?? name)\" names no container image (annotation \"\(annotation)\"); the manifests use the placeholder \"\(placeholder)\"",
                at: resource.name?.range ?? resource.document.range, path: resource.name == nil ? nil : DataPath([.key("metadata"), .key("name")]))
            return placeholder
        }
        let resolved = VariableResolver.resolve(written.value.value, variables: variables)
        let image = resolved.text.trimmingWhitespace()
        if let problem = problem(image) {
            sink.report(.kubernetesInvalidImage, "image \"\(image)\" \(problem)", at: written.value.range, path: written.path)
            return image
        }
        if !image.contains("@sha256:") {
            sink.report(
                .kubernetesUnpinnedImage,
                "image \"\(image)\" is not pinned by digest; write \"\(image)@sha256:…\" so that every pod runs the same bytes",
                at: written.value.range, path: written.path)
        }
        return image
    }

    /// An annotation of a document, with its data path.
    static func annotation(_ key: String, of resource: Resource) -> (value: Located<String>, path: DataPath)? {
        guard let value = resource.document["metadata"]?["annotations"]?[key], let text = value.located else { return nil }
        return (text, value.path)
    }

    /// Why a reference is not a valid image reference (`[host[:port]/]path[:tag][@sha256:<64 hex>]`), or nil.
    static func problem(_ image: String) -> String? {
        if image.contains("${") { return "refers to a variable that no env file provides" }
        guard !image.isEmpty, !image.contains(where: { $0.isWhitespace }) else { return "is empty or contains spaces" }
        var rest = Substring(image)
        if let at = rest.firstIndex(of: "@") {
            let digest = rest[rest.index(after: at)...]
            let hex = digest.dropFirst("sha256:".count)
            guard digest.hasPrefix("sha256:"), hex.count == 64, hex.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else {
                return "has a digest that is not \"sha256:\" and 64 lowercase hex digits"
            }
            rest = rest[..<at]
        }
        var components = rest.split(separator: "/", omittingEmptySubsequences: false)
        guard let lastComponent = components.last else { return "is empty" }
        if let colon = lastComponent.firstIndex(of: ":") {
            let tag = lastComponent[lastComponent.index(after: colon)...]
            guard let first = tag.first, first.isASCII, first.isLetter || first.isNumber || first == "_", tag.count <= 128,
                  tag.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "_.-".contains($0)) })
            else { return "has a tag that is not 1 to 128 letters, digits, \"_\", \".\" or \"-\"" }
            components[components.count - 1] = lastComponent[..<colon]
        }
        // A first component with a dot, a colon or `localhost` is a registry host, which may have a port.
        if components.count > 1, let host = components.first, host.contains(".") || host.contains(":") || host == "localhost" {
            components.removeFirst()
        }
        for component in components {
            guard let first = component.first, let last = component.last, first.isLowercaseAlphanumeric, last.isLowercaseAlphanumeric,
                  component.allSatisfy({ $0.isLowercaseAlphanumeric || "._-".contains($0) })
            else { return "has a repository path that is not lowercase letters, digits, \".\", \"_\" and \"-\"" }
        }
        return nil
    }

    /// The diagnostics of image selection.
    static let kinds: [DiagnosticKind] = [.kubernetesMissingImage, .kubernetesUnpinnedImage, .kubernetesInvalidImage]
}

extension Character {
    fileprivate var isLowercaseAlphanumeric: Bool { isASCII && (isLowercase || isNumber) }
}

extension DiagnosticKind {
    static let kubernetesMissingImage = DiagnosticKind(
        id: "kubernetes.missing-image", severity: .warning,
        summary: "a deployed workload whose document names no container image",
        explanation: """
            Workspace files describe what an agent does, not which container runs it, so the \
            `kubernetes` target reads the image from the annotation `oaas.dev/image` on the DaemonConfig \
            or OAAS Agent document (for OAAS agents, `oaas.dev/agent-image` on the Workspace is the \
            default). Without one, the Deployment gets the placeholder `registry.invalid/NAME:unset`: \
            `.invalid` is reserved and never resolves, so the pods fail to pull instead of running an \
            image nobody chose. Add the annotation, pinned by digest.
            """,
        example: "apiVersion: aof.dev/v1\nkind: DaemonConfig\nmetadata:\n  name: aof-daemon   # no oaas.dev/image annotation\n",
        remediation: "add the annotation oaas.dev/image with the image reference, pinned by digest")

    static let kubernetesUnpinnedImage = DiagnosticKind(
        id: "kubernetes.unpinned-image", severity: .warning,
        summary: "a container image referenced by tag instead of by digest",
        explanation: """
            A tag (`aof:1.4`, worse `aof:latest`) can be moved to other bytes at any time: two pods of one \
            Deployment, or a rollback, may run different code, and a compromised registry account can \
            swap the image under a running workload. A digest (`@sha256:…`) names exactly one image. \
            Checkov reports the same as CKV_K8S_43. Pin the image; a `${VAR}` in the annotation is \
            substituted from `--env-file`, so CI can pass the digest it built.
            """,
        example: "metadata:\n  annotations:\n    oaas.dev/image: ghcr.io/northwind/aof:1.4.2\n",
        remediation: "append @sha256:<digest> to the image reference")

    static let kubernetesInvalidImage = DiagnosticKind(
        id: "kubernetes.invalid-image", severity: .error,
        summary: "an `oaas.dev/image` annotation that is not a container image reference",
        explanation: """
            An image reference is `[registry[:port]/]path[:tag][@sha256:digest]`: a lowercase repository \
            path, a tag of at most 128 letters, digits, `_`, `.` and `-`, and a digest of 64 lowercase hex \
            digits. Kubernetes accepts other strings but the kubelet cannot pull them, so the build \
            stops. A `${VAR}` that no `--env-file` provides is reported here too.
            """,
        example: "metadata:\n  annotations:\n    oaas.dev/image: Northwind/AOF:1.4   # uppercase repository\n",
        remediation: "write a valid image reference such as registry.example/team/aof@sha256:<digest>")
}
