/// The OAAS `SecurityPolicy` kind (security/security-policies.yml): authentication, authorisation, data
/// protection, TLS, network security and secrets management. Keys follow the enterprise example
/// (`examples/06-workspace-enterprise/security/security-policies.yml`); `tls` and `secrets_management`
/// carry what the compliance checks read. Incident response, monitoring, compliance and metrics are in
/// `SecurityPolicySchema+Operations.swift`.
enum SecurityPolicySchema {
    // MARK: Authentication

    static let mfa = ObjectShape(
        "oaas-securitypolicy-mfa", doc: "Multi-factor authentication.",
        hints: ["enabled": "required", "enforced": "required"],
        fields: [
            Field("required", .bool, "Whether multi-factor authentication is required."),
            Field("required_roles", .list(.string), "Roles that must use it when it is not required for everyone."),
            Field("methods", .list(.oneOfWords(["totp", "hardware_token", "biometric", "webauthn", "push", "sms", "email"])), "The second factors accepted."),
            Field("grace_period", .grammar(.duration(bareUnit: .seconds)), "How long a new user may sign in without it (bare numbers are seconds)."),
        ])

    static let ssoProvider = ObjectShape(
        "oaas-securitypolicy-sso-provider", doc: "A single sign-on provider.",
        hints: ["url": "endpoint", "cert": "certificate"],
        fields: [
            Field("name", .string, required: true, "The provider's name, such as \"okta\"."),
            Field("type", .oneOfWords(["saml2", "oidc", "oauth2", "ldap"]), "The protocol."),
            Field("endpoint", .grammar(.url), "The provider's sign-on endpoint."),
            Field("issuer", .grammar(.url), "The token issuer."),
            Field("certificate", .string, "The provider's signing certificate (a file path)."),
            Field("client_id", .string, "The client identifier."),
            Field("tenant_id", .string, "The tenant identifier."),
        ])

    static let sso = ObjectShape(
        "oaas-securitypolicy-sso", doc: "Single sign-on.",
        fields: [
            Field("enabled", .bool, "Whether single sign-on is used."),
            Field("providers", .list(.object(ssoProvider)), "The providers."),
        ])

    static let session = ObjectShape(
        "oaas-securitypolicy-session", doc: "Session management.",
        hints: ["same_site": "samesite", "http_only_cookies": "httponly_cookies"],
        fields: [
            Field("timeout", .grammar(.duration(bareUnit: .seconds)), "How long a session lasts (bare numbers are seconds)."),
            Field("idle_timeout", .grammar(.duration(bareUnit: .seconds)), "How long an idle session lasts (bare numbers are seconds)."),
            Field("max_concurrent", .int(min: 1), "How many sessions one user may have."),
            Field("secure_cookies", .bool, "Whether cookies are sent over TLS only."),
            Field("httponly_cookies", .bool, "Whether cookies are hidden from scripts."),
            Field("samesite", .oneOfWords(["strict", "lax", "none"]), "The cookies' SameSite policy."),
        ])

    static let authentication = ObjectShape(
        "oaas-securitypolicy-authentication", doc: "Authentication policies.",
        hints: ["multi_factor": "mfa", "mfa_required": "mfa", "single_sign_on": "sso", "sessions": "session"],
        fields: [
            Field("mfa", .object(mfa), "Multi-factor authentication."),
            Field("sso", .object(sso), "Single sign-on."),
            Field("session", .object(session), "Session management."),
        ])

    // MARK: Authorisation

    static let role = ObjectShape(
        "oaas-securitypolicy-role", doc: "A role and its permissions.",
        hints: ["role": "name", "allow": "permissions"],
        fields: [
            Field("name", .string, required: true, "The role's name."),
            Field("description", .string, "What the role is for."),
            Field("permissions", .list(.string), "What the role may do, as \"resource:action\"; \"*\" stands for every action."),
        ])

    static let rbac = ObjectShape(
        "oaas-securitypolicy-rbac", doc: "Role-based access control.",
        fields: [
            Field("enabled", .bool, "Whether it is enforced."),
            Field("roles", .list(.object(role)), "The roles."),
            Field("default_role", .string, "The role given to users without one."),
        ])

    static let abac = ObjectShape(
        "oaas-securitypolicy-abac", doc: "Attribute-based access control.",
        fields: [
            Field("enabled", .bool, "Whether it is enforced."),
            Field("policy_engine", .string, "The policy engine, such as \"open_policy_agent\"."),
            Field("attributes", .dictionary(.list(.string)), "The attributes policies may use, by subject."),
        ])

    static let zeroTrustPrinciples = ObjectShape(
        "oaas-securitypolicy-zero-trust-principles", doc: "The zero-trust principles applied.",
        fields: [
            Field("never_trust", .bool, "Never trust by network location."),
            Field("always_verify", .bool, "Verify every request."),
            Field("least_privilege", .bool, "Grant only what is needed."),
            Field("assume_breach", .bool, "Design as if already breached."),
        ])

    static let zeroTrust = ObjectShape(
        "oaas-securitypolicy-zero-trust", doc: "Zero-trust architecture.",
        fields: [
            Field("enabled", .bool, "Whether zero trust is applied."),
            Field("principles", .object(zeroTrustPrinciples), "The principles applied."),
            Field("verification_points", .list(.string), "What is verified on each request."),
        ])

    static let authorization = ObjectShape(
        "oaas-securitypolicy-authorization", doc: "Authorisation policies.",
        hints: ["roles": "rbac", "zerotrust": "zero_trust"],
        fields: [
            Field("rbac", .object(rbac), "Role-based access control."),
            Field("abac", .object(abac), "Attribute-based access control."),
            Field("zero_trust", .object(zeroTrust), "Zero trust."),
        ])

    // MARK: Data protection

    static let atRest = ObjectShape(
        "oaas-securitypolicy-at-rest", doc: "Encryption of stored data.",
        hints: ["rotation": "key_rotation", "kms": "key_management"],
        fields: [
            Field("enabled", .bool, "Whether stored data is encrypted."),
            Field("algorithm", .string, "The cipher, such as \"aes-256-gcm\"."),
            Field("key_management", .string, "Where keys are kept, such as \"aws-kms\"."),
            Field("key_rotation", .grammar(.duration(bareUnit: .days)), "How often keys are rotated (bare numbers are days)."),
        ])

    static let inTransit = ObjectShape(
        "oaas-securitypolicy-in-transit", doc: "Encryption on the network.",
        hints: ["min_version": "min_tls_version", "ciphers": "cipher_suites"],
        fields: [
            Field("enabled", .bool, "Whether data on the network is encrypted."),
            Field("protocol", .string, "The protocol, such as \"tls-1.3\"."),
            Field("min_tls_version", .grammar(.tlsVersion), "The oldest TLS version accepted."),
            Field("cipher_suites", .list(.string), "The cipher suites allowed."),
            Field("certificate_pinning", .bool, "Whether certificates are pinned."),
        ])

    static let inUse = ObjectShape(
        "oaas-securitypolicy-in-use", doc: "Protection of data while it is processed.",
        fields: [
            Field("homomorphic_encryption", .bool, "Whether data is processed encrypted."),
            Field("secure_enclaves", .bool, "Whether secure enclaves are used."),
            Field("confidential_computing", .bool, "Whether confidential computing is used."),
        ])

    static let encryption = ObjectShape(
        "oaas-securitypolicy-encryption", doc: "Encryption policies.",
        fields: [
            Field("at_rest", .object(atRest), "Stored data."),
            Field("in_transit", .object(inTransit), "Data on the network."),
            Field("in_use", .object(inUse), "Data being processed."),
        ])

    /// Lists of single-key maps (`- pii: [ssn]`), as the example writes them, or plain maps.
    static let singleKeyMaps: Shape = .either([.list(.dictionary(.any)), .dictionary(.any)])

    static let dlp = ObjectShape(
        "oaas-securitypolicy-dlp", doc: "Data loss prevention.",
        fields: [
            Field("enabled", .bool, "Whether data loss prevention is on."),
            Field("scanning", .string, "When data is scanned, such as \"real-time\"."),
            Field("sensitive_data_types", singleKeyMaps, "The kinds of sensitive data looked for, by category."),
            Field("actions", .list(.string), "What happens when sensitive data is found."),
        ])

    static let dataClassification = ObjectShape(
        "oaas-securitypolicy-classification", doc: "Data classification.",
        fields: [
            Field("automatic", .bool, "Whether data is classified automatically."),
            Field("ml_model", .string, "The classifier used."),
            Field("levels", singleKeyMaps, "The levels and the controls each requires."),
        ])

    static let dataProtection = ObjectShape(
        "oaas-securitypolicy-data-protection", doc: "Data protection: encryption, loss prevention and classification.",
        fields: [
            Field("encryption", .object(encryption), "Encryption."),
            Field("dlp", .object(dlp), "Data loss prevention."),
            Field("classification", .object(dataClassification), "Classification."),
        ])

    // MARK: TLS

    static let tls = ObjectShape(
        "oaas-securitypolicy-tls", doc: "TLS policy for every connection.",
        hints: ["version": "min_version", "minimum_version": "min_version", "mtls": "mutual_tls"],
        fields: [
            Field("enabled", .bool, "Whether TLS is required."),
            Field("min_version", .grammar(.tlsVersion), "The oldest TLS version accepted."),
            Field("cipher_suites", .list(.string), "The cipher suites allowed."),
            Field("mutual_tls", .bool, "Whether clients must present certificates."),
            Field("certificate_management", .string, "Where certificates are managed."),
            Field("certificate_pinning", .bool, "Whether certificates are pinned."),
        ])

    // MARK: Network security

    static let firewallRule = ObjectShape(
        "oaas-securitypolicy-firewall-rule", doc: "A firewall rule.",
        hints: ["from": "source", "to": "destination", "ports": "port_range"],
        fields: [
            Field("name", .string, required: true, "The rule's name."),
            Field("protocol", .oneOfWords(["tcp", "udp", "icmp", "any"]), "The protocol matched."),
            Field("port", .int(min: 0, max: 65_535), "The port matched."),
            Field("port_range", .string, "The range of ports matched, such as \"8000-9000\"."),
            Field("source", .string, "Where traffic comes from: an address range, a zone name or \"any\"."),
            Field("destination", .string, "Where traffic goes: an address range, a zone name or \"any\"."),
            Field("action", .oneOfWords(["allow", "deny", "drop", "reject", "log"]), "What happens to matching traffic."),
        ])

    static let firewall = ObjectShape(
        "oaas-securitypolicy-firewall", doc: "Firewall policy.",
        fields: [
            Field("default_deny", .bool, "Whether traffic not allowed by a rule is denied."),
            Field("rules", .list(.object(firewallRule)), "The rules."),
        ])

    static let idsIps = ObjectShape(
        "oaas-securitypolicy-ids-ips", doc: "Intrusion detection and prevention.",
        fields: [
            Field("enabled", .bool, "Whether it is on."),
            Field("mode", .oneOfWords(["detection", "prevention"]), "Whether intrusions are only reported or also blocked."),
            Field("engine", .string, "The engine, such as \"suricata\"."),
            Field("rules", singleKeyMaps, "Which kinds of detection are on."),
            Field("actions", .list(.string), "What happens on detection."),
        ])

    static let segment = ObjectShape(
        "oaas-securitypolicy-segment", doc: "A network segment.",
        fields: [
            Field("name", .string, required: true, "The segment's name."),
            Field("vlans", .list(.string), "Its VLANs."),
            Field("cidrs", .list(.grammar(.cidr)), "Its address ranges."),
            Field("acls", .list(.string), "The access lists applied."),
        ])

    static let segmentation = ObjectShape(
        "oaas-securitypolicy-segmentation", doc: "Network segmentation.",
        fields: [
            Field("microsegmentation", .bool, "Whether workloads are isolated from each other."),
            Field("segments", .list(.object(segment)), "The segments."),
        ])

    static let networkSecurity = ObjectShape(
        "oaas-securitypolicy-network-security", doc: "Network security: firewall, intrusion detection and segmentation.",
        hints: ["allowed_ips": "allowed_cidrs", "ingress_allowlist": "allowed_cidrs", "ids": "ids_ips", "ips": "ids_ips"],
        fields: [
            Field("firewall", .object(firewall), "Firewall policy."),
            Field("ids_ips", .object(idsIps), "Intrusion detection and prevention."),
            Field("segmentation", .object(segmentation), "Segmentation."),
            Field("allowed_cidrs", .list(.grammar(.cidr)), "Address ranges allowed in."),
            Field("egress_allowlist", .list(.string), "Hosts or address ranges agents may reach."),
        ])

    // MARK: Secrets management

    static let secretScanning = ObjectShape(
        "oaas-securitypolicy-secret-scanning", doc: "Scanning for leaked secrets.",
        fields: [
            Field("enabled", .bool, "Whether repositories and configuration are scanned."),
            Field("tools", .list(.string), "The scanners used."),
            Field("pre_commit", .bool, "Whether scanning runs before each commit."),
        ])

    static let secretsManagement = ObjectShape(
        "oaas-securitypolicy-secrets-management", doc: "How secrets are stored, referenced and rotated.",
        hints: ["backend": "provider", "store": "provider", "rotation_period": "rotation"],
        fields: [
            Field("provider", .string, "Where secrets are kept, such as \"vault\" or \"aws-secrets-manager\"."),
            Field("rotation", .grammar(.duration(bareUnit: .days)), "How often secrets are rotated (bare numbers are days)."),
            Field("inline_secrets_allowed", .bool, "Whether literal secrets may appear in configuration files."),
            Field("reference_prefixes", .list(.string), "How configuration refers to secrets, such as \"vault:\" or \"${\"."),
            Field("access_audited", .bool, "Whether reads of secrets are audited."),
            Field("scanning", .object(secretScanning), "Scanning for leaked secrets."),
        ])

    static let spec = ObjectShape(
        "oaas-securitypolicy-spec", doc: "Security policy: authentication, authorisation, encryption, TLS and network rules.",
        hints: [
            "authn": "authentication", "authz": "authorization", "network": "network_security",
            "secrets": "secrets_management", "incidents": "incident_response",
        ],
        fields: [
            Field("authentication", .object(authentication), "Authentication policies."),
            Field("authorization", .object(authorization), "Authorisation policies."),
            Field("data_protection", .object(dataProtection), "Encryption, loss prevention and classification."),
            Field("tls", .object(tls), "TLS policy."),
            Field("network_security", .object(networkSecurity), "Network security."),
            Field("secrets_management", .object(secretsManagement), "Secrets management."),
            Field("incident_response", .object(incidentResponse), "Incident response."),
            Field("monitoring", .object(monitoring), "Security monitoring."),
            Field("compliance", .object(compliance), "Compliance checking and enforcement."),
            Field("metrics", .object(metrics), "Security indicators and dashboards."),
        ])

    static let kind = KindDefinition(
        dialect: .ossa, name: "SecurityPolicy",
        doc: "Security policy: authentication, authorisation, encryption, TLS and network rules.",
        document: Envelope.ossaDocument("oaas-securitypolicy", kind: "SecurityPolicy", spec: spec),
        model: { .securityPolicy(SecurityPolicy(decoding: $0)) })
}
