extension AOFContext {
    /// Builds the model from a decoded `Context` document.
    init(decoding document: IRValue) {
        let spec = document["spec"]
        kubeconfig = spec?.string("kubeconfig")
        namespace = spec?.string("namespace")
        cluster = spec?.string("cluster")
        env = spec?.stringMap("env") ?? []
        approval = spec?["approval"].map { approval in
            Approval(
                required: approval.bool("required"),
                allowedUsers: approval.strings("allowed_users"),
                timeoutSeconds: approval.int("timeout_seconds"),
                requireFor: approval.strings("require_for"),
                minApprovers: approval.int("min_approvers"))
        }
        audit = spec?["audit"].map { audit in
            Audit(
                enabled: audit.bool("enabled"), sink: audit.string("sink"),
                events: audit.strings("events"), retention: audit.duration("retention"))
        }
        limits = spec?["limits"]
    }
}
