/// Kubernetes names for workspace names: DNS-1123 labels for objects and namespaces, label values, and
/// the checks for names that must be used as written (a Secret's name, an environment variable).
///
/// The mapping is deterministic and documented in `docs/build.md`: ASCII letters are lowercased, every
/// run of other characters (`_`, spaces, dots, non-ASCII) becomes one `-`, leading and trailing dashes
/// are dropped, a name that starts with a digit gets the prefix `oaas-` (a Service name must start with a
/// letter), and a name longer than the limit keeps its first characters and ends in `-` and eight hex
/// digits of the SHA-256 of the original name, so that two long names with a common prefix stay apart.
public enum KubernetesNames {
    /// The longest DNS-1123 label: object names used as Service names, namespaces and label values.
    public static let maxLabelLength = 63

    /// What mapping a name gave.
    public enum Mapping: Sendable, Equatable {
        /// The Kubernetes name; `truncated` when it was shortened to fit.
        case name(String, truncated: Bool)
        /// Nothing usable is left (the name has no ASCII letter or digit).
        case unmappable

        /// The name, when there is one.
        public var name: String? {
            if case .name(let name, _) = self { return name }
            return nil
        }
    }

    /// A DNS-1123 label that also satisfies DNS-1035 (starts with a letter): usable as the name of any
    /// object, Service included, and of a namespace.
    /// - Parameters:
    ///   - name: the workspace's name (or a composed name such as `aof-agent-k8s-ops`).
    ///   - maxLength: the limit, at most 63.
    public static func label(_ name: String, maxLength: Int = maxLabelLength) -> Mapping {
        var mapped = ""
        var pendingDash = false
        for scalar in name.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingDash, !mapped.isEmpty { mapped += "-" }
                pendingDash = false
                mapped += String(scalar).lowercased()
            } else {
                pendingDash = true
            }
        }
        guard let first = mapped.unicodeScalars.first else { return .unmappable }
        if ("0"..."9").contains(first) { mapped = "oaas-" + mapped }
        return fit(mapped, original: name, maxLength: maxLength, isSeparator: { $0 == "-" })
    }

    /// A label value: at most 63 characters of `[A-Za-z0-9._-]`, starting and ending with a letter or
    /// digit. Other characters become `-`; nil when nothing is left (a label is then left out).
    public static func labelValue(_ value: String) -> String? {
        var mapped = ""
        for scalar in value.unicodeScalars {
            let keep = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "._-".unicodeScalars.contains(scalar))
            mapped += keep ? String(scalar) : "-"
        }
        let trimmed = trimSeparators(mapped, where: { !isAlphanumeric($0) })
        guard !trimmed.isEmpty else { return nil }
        return fit(trimmed, original: value, maxLength: maxLabelLength, isSeparator: { !isAlphanumeric($0) }).name
    }

    /// Whether a name is a DNS-1123 subdomain (the name of an object oaas does not create, such as a
    /// Secret the operator provides): lowercase letters, digits, `-` and `.`, at most 253 characters,
    /// each dot-separated part starting and ending with a letter or digit.
    public static func isSubdomain(_ name: String) -> Bool {
        guard !name.isEmpty, name.utf8.count <= 253 else { return false }
        for part in name.split(separator: ".", omittingEmptySubsequences: false) {
            guard let first = part.unicodeScalars.first, let last = part.unicodeScalars.last,
                  isLowerAlphanumeric(first), isLowerAlphanumeric(last),
                  part.unicodeScalars.allSatisfy({ isLowerAlphanumeric($0) || $0 == "-" })
            else { return false }
        }
        return true
    }

    /// Whether a text is a valid key of a ConfigMap or Secret: `[-._a-zA-Z0-9]+`, at most 253 characters.
    public static func isDataKey(_ key: String) -> Bool {
        !key.isEmpty && key.utf8.count <= 253 && key != "." && key != ".."
            && key.unicodeScalars.allSatisfy { isAlphanumeric($0) || "-._".unicodeScalars.contains($0) }
    }

    /// Whether a name is a portable environment variable name (`[A-Za-z_][A-Za-z0-9_]*`), the form every
    /// Kubernetes version accepts and `$(NAME)` expansion understands.
    public static func isEnvironmentName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic) else { return false }
        return name.unicodeScalars.allSatisfy { isAlphanumeric($0) || $0 == "_" }
    }

    /// The first eight hex digits of the SHA-256 of a text: the suffix of shortened names.
    public static func shortHash(_ text: String) -> String { String(SHA256.hex(text).prefix(8)) }

    /// Shortens `mapped` to `maxLength` with a hash suffix of `original`, when it is too long.
    private static func fit(
        _ mapped: String, original: String, maxLength: Int, isSeparator: (Unicode.Scalar) -> Bool
    ) -> Mapping {
        guard mapped.unicodeScalars.count > maxLength else { return .name(mapped, truncated: false) }
        let suffix = "-" + shortHash(original)
        let head = String(String.UnicodeScalarView(mapped.unicodeScalars.prefix(maxLength - suffix.count)))
        return .name(trimSeparators(head, where: isSeparator, leading: false) + suffix, truncated: true)
    }

    private static func trimSeparators(_ text: String, where isSeparator: (Unicode.Scalar) -> Bool, leading: Bool = true) -> String {
        var scalars = Array(text.unicodeScalars)
        while let last = scalars.last, isSeparator(last) { scalars.removeLast() }
        if leading {
            while let first = scalars.first, isSeparator(first) { scalars.removeFirst() }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
    }

    private static func isLowerAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    /// The diagnostics of the `kubernetes` target's lowering.
    public static let kinds: [DiagnosticKind] = [
        .kubernetesUnmappableName, .kubernetesNameCollision, .kubernetesNameTruncated,
    ] + KubernetesImages.kinds + KubernetesConfigRendering.kinds + KubernetesLowering.kinds
}
