/// The workspace's `security` section: authentication, authorisation, encryption, network, TLS, audit
/// and session rules. Keys follow the enterprise example; `tls`, `session`, `access` and `testing` are
/// where the compliance checks look for evidence.
extension WorkspaceSchema {
    static let authProvider = ObjectShape(
        "oaas-workspace-auth-provider", doc: "A way users and services sign in.",
        hints: ["url": "issuer", "issuer_url": "issuer"],
        fields: [
            Field("type", .oneOfWords(["oauth2", "oidc", "saml2", "api_key", "jwt", "mtls", "basic", "ldap"]), required: true, "The kind of authentication."),
            Field("name", .string, "The provider's name, such as \"okta\"."),
            Field("issuer", .grammar(.url), "The token issuer (OAuth 2 and OIDC)."),
            Field("header", .string, "The header carrying the key (API keys)."),
            Field("client_id", .string, "The client identifier."),
            Field("audience", .string, "The expected token audience."),
        ])

    static let authentication = ObjectShape(
        "oaas-workspace-authentication", doc: "How users and services sign in.",
        hints: ["required": "enabled", "mfa": "mfa_required", "multi_factor": "mfa_required"],
        fields: [
            Field("enabled", .bool, "Whether authentication is required."),
            Field("providers", .list(.either([.object(authProvider), .string])),
                  "The ways to sign in: provider settings, or names such as \"okta\" (seed 003)."),
            Field("mfa_required", .bool, "Whether multi-factor authentication is required for everyone."),
            Field("mfa_required_roles", .list(.string), "Roles that must use multi-factor authentication."),
            Field("shared_accounts", .bool, "Whether shared or generic accounts are allowed."),
            Field("session_timeout", .grammar(.duration(bareUnit: .seconds)), "How long a session lasts (bare numbers are seconds)."),
            Field("token_expiry", .grammar(.duration(bareUnit: .seconds)), "How long a token is valid (bare numbers are seconds)."),
        ])

    static let rolePolicy = ObjectShape(
        "oaas-workspace-role-policy", doc: "The permissions of one role.",
        hints: ["name": "role", "allow": "permissions"],
        fields: [
            Field("role", .string, required: true, "The role's name."),
            Field("permissions", .list(.string), "What the role may do; \"*\" means everything."),
        ])

    static let authorization = ObjectShape(
        "oaas-workspace-authorization", doc: "Who may do what.",
        hints: ["roles": "policies"],
        fields: [
            Field("enabled", .bool, "Whether authorisation is enforced."),
            Field("model", .oneOfWords(["rbac", "abac", "rbac+abac", "acl", "simple", "none"]), "The access control model."),
            Field("policies", .list(.object(rolePolicy)), "Role permissions."),
            Field("default_role", .string, "The role given to users without one."),
            Field("zero_trust", .bool, "Whether every request is verified regardless of origin."),
            Field("least_privilege", .bool, "Whether roles get only the permissions they need."),
        ])

    static let encryption = ObjectShape(
        "oaas-workspace-encryption", doc: "Encryption of data at rest and in transit.",
        hints: ["kms": "key_management"],
        fields: [
            Field("at_rest", .bool, "Whether stored data is encrypted."),
            Field("in_transit", .bool, "Whether data is encrypted on the network."),
            Field("key_management", .string, "Where keys are kept, such as \"vault\"."),
            Field("algorithm", .string, "The cipher, such as \"AES-256-GCM\"."),
            Field("key_rotation", .grammar(.duration(bareUnit: .days)), "How often keys are rotated (bare numbers are days)."),
        ])

    static let plaintextException = ObjectShape(
        "oaas-workspace-plaintext-exception", doc: "An endpoint allowed to use a cleartext protocol.",
        fields: [
            Field("url", .string, required: true, "The endpoint."),
            Field("justification", .string, required: true, "Why cleartext is acceptable here."),
        ])

    static let tls = ObjectShape(
        "oaas-workspace-tls", doc: "TLS settings.",
        hints: ["version": "min_version", "minimum_version": "min_version", "tls_version": "min_version"],
        fields: [
            Field("enabled", .bool, "Whether TLS is used."),
            Field("min_version", .grammar(.tlsVersion), "The oldest TLS version accepted."),
            Field("cipher_suites", .list(.string), "The cipher suites allowed."),
            Field("plaintext_exceptions", .list(.object(plaintextException)), "Endpoints allowed to use cleartext protocols."),
        ])

    static let network = ObjectShape(
        "oaas-workspace-network", doc: "Network access rules.",
        hints: ["allowed_cidrs": "allowed_ips", "ip_allowlist": "allowed_ips", "whitelist": "allowed_ips"],
        fields: [
            Field("allowed_ips", .list(.grammar(.cidr)), "Address ranges allowed to reach the workspace."),
            Field("ingress_allowlist", .list(.grammar(.cidr)), "Address ranges allowed in."),
            Field("egress_allowlist", .list(.string), "Hosts or address ranges agents may reach."),
            Field("tls", .object(tls), "TLS settings."),
        ])

    static let session = ObjectShape(
        "oaas-workspace-session", doc: "Session rules.",
        fields: [
            Field("timeout", .grammar(.duration(bareUnit: .seconds)), "How long a session lasts (bare numbers are seconds)."),
            Field("idle_timeout", .grammar(.duration(bareUnit: .seconds)), "How long an idle session lasts (bare numbers are seconds)."),
            Field("max_concurrent", .int(min: 1), "How many sessions one user may have."),
        ])

    static let breakGlass = ObjectShape(
        "oaas-workspace-break-glass", doc: "Emergency access.",
        fields: [
            Field("procedure", .string, "A reference to the emergency access procedure."),
            Field("audited", .bool, "Whether emergency access is audited."),
        ])

    static let access = ObjectShape(
        "oaas-workspace-access", doc: "Special access paths.",
        fields: [Field("break_glass", .object(breakGlass), "Emergency access.")])

    static let securityTesting = ObjectShape(
        "oaas-workspace-security-testing", doc: "Security testing.",
        fields: [
            Field("last_pentest", .grammar(.date), "When the last penetration test was done."),
            Field("frequency", GovernanceSchema.frequency, "How often penetration tests are done."),
        ])

    static let rateLimiting = ObjectShape(
        "oaas-workspace-rate-limiting", doc: "Request rate limits.",
        fields: [
            Field("global", .either([.int(min: 0), .string]), "The limit for the whole workspace, such as \"10000/hour\"."),
            Field("per_project", .either([.int(min: 0), .string]), "The limit per project."),
            Field("per_agent", .either([.int(min: 0), .string]), "The limit per agent."),
        ])

    static let security = ObjectShape(
        "oaas-workspace-security", doc: "Authentication, authorisation, encryption, network and audit.",
        hints: ["authn": "authentication", "auth": "authentication", "authz": "authorization", "network_security": "network"],
        fields: [
            Field("authentication", .object(authentication), "How users and services sign in."),
            Field("authorization", .object(authorization), "Who may do what."),
            Field("encryption", .object(encryption), "Encryption at rest and in transit."),
            Field("network", .object(network), "Network access rules."),
            Field("tls", .object(tls), "TLS settings."),
            Field("audit", .object(audit), "Audit logging."),
            Field("session", .object(session), "Session rules."),
            Field("access", .object(access), "Special access paths."),
            Field("testing", .object(securityTesting), "Security testing."),
            Field("rate_limiting", .object(rateLimiting), "Request rate limits."),
        ])
}
