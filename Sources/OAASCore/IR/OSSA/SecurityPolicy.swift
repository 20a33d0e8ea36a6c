/// An OAAS `SecurityPolicy` (security/security-policies.yml): how people and services sign in, who may do
/// what, how data is encrypted, which network traffic is allowed, and how secrets are kept.
public struct SecurityPolicy: Sendable {
    /// A single sign-on provider.
    public struct SSOProvider: Sendable {
        /// Its name.
        public let name: Located<String>?
        /// Its protocol (`saml2`, `oidc` …).
        public let type: Located<String>?
        /// Its sign-on endpoint.
        public let endpoint: Located<String>?
    }

    /// Authentication policies.
    public struct Authentication: Sendable {
        /// Whether multi-factor authentication is required for everyone.
        public let mfaRequired: Located<Bool>?
        /// Roles that must use it.
        public let mfaRequiredRoles: [Located<String>]
        /// The second factors accepted.
        public let mfaMethods: [Located<String>]
        /// Whether single sign-on is used.
        public let ssoEnabled: Located<Bool>?
        /// The single sign-on providers.
        public let ssoProviders: [SSOProvider]
        /// How long a session lasts.
        public let sessionTimeout: Located<Duration>?
        /// How long an idle session lasts.
        public let idleTimeout: Located<Duration>?
    }

    /// A role and its permissions.
    public struct Role: Sendable {
        /// The role's name.
        public let name: Located<String>?
        /// Its permissions, as `resource:action`.
        public let permissions: [Located<String>]
    }

    /// Authorisation policies.
    public struct Authorization: Sendable {
        /// Whether role-based access control is enforced.
        public let rbacEnabled: Located<Bool>?
        /// The roles.
        public let roles: [Role]
        /// Whether attribute-based access control is enforced.
        public let abacEnabled: Located<Bool>?
        /// The policy engine.
        public let policyEngine: Located<String>?
        /// Whether zero trust is applied.
        public let zeroTrustEnabled: Located<Bool>?
    }

    /// Encryption policies (`data_protection.encryption`).
    public struct Encryption: Sendable {
        /// Whether stored data is encrypted (`at_rest.enabled`, or true when `at_rest` names an algorithm).
        public let atRestEnabled: Located<Bool>?
        /// The at-rest cipher.
        public let atRestAlgorithm: Located<String>?
        /// Where keys are kept.
        public let keyManagement: Located<String>?
        /// How often keys are rotated.
        public let keyRotation: Located<Duration>?
        /// Whether data on the network is encrypted (`in_transit.enabled`).
        public let inTransitEnabled: Located<Bool>?
        /// The in-transit protocol as written (`tls-1.3`).
        public let inTransitProtocol: Located<String>?
        /// The oldest TLS version accepted in transit (`in_transit.min_tls_version`).
        public let inTransitMinTLSVersion: Located<TLSVersion>?
        /// The cipher suites allowed.
        public let cipherSuites: [Located<String>]
    }

    /// The TLS policy (`tls`).
    public struct TLS: Sendable {
        /// Whether TLS is required.
        public let enabled: Located<Bool>?
        /// The oldest version accepted.
        public let minVersion: Located<TLSVersion>?
        /// Whether clients must present certificates.
        public let mutualTLS: Located<Bool>?
    }

    /// A firewall rule.
    public struct FirewallRule: Sendable {
        /// Its name.
        public let name: Located<String>?
        /// The protocol matched.
        public let `protocol`: Located<String>?
        /// The port, or the port range, as written.
        public let port: Located<String>?
        /// Where traffic comes from, as written.
        public let source: Located<String>?
        /// The source as an address range, when it is one.
        public let sourceCIDR: Located<CIDRBlock>?
        /// Where traffic goes, as written.
        public let destination: Located<String>?
        /// The destination as an address range, when it is one.
        public let destinationCIDR: Located<CIDRBlock>?
        /// What happens to matching traffic.
        public let action: Located<String>?
    }

    /// Network security.
    public struct Network: Sendable {
        /// Whether traffic not allowed by a rule is denied.
        public let defaultDeny: Located<Bool>?
        /// The firewall rules.
        public let firewallRules: [FirewallRule]
        /// Address ranges allowed in (`allowed_cidrs`).
        public let allowedCIDRs: [Located<CIDRBlock>]
        /// The segments' address ranges.
        public let segmentCIDRs: [Located<CIDRBlock>]
        /// Hosts or ranges agents may reach.
        public let egressAllowlist: [Located<String>]
        /// Whether intrusions are only detected or also prevented.
        public let intrusionMode: Located<String>?
    }

    /// Secrets management.
    public struct SecretsManagement: Sendable {
        /// Where secrets are kept.
        public let provider: Located<String>?
        /// How often they are rotated.
        public let rotation: Located<Duration>?
        /// Whether literal secrets may appear in configuration files.
        public let inlineSecretsAllowed: Located<Bool>?
        /// How configuration refers to secrets (`vault:`, `${`).
        public let referencePrefixes: [Located<String>]
        /// Whether leaked secrets are scanned for.
        public let scanningEnabled: Located<Bool>?
    }

    /// Authentication, when configured.
    public let authentication: Authentication?
    /// Authorisation, when configured.
    public let authorization: Authorization?
    /// Encryption, when configured.
    public let encryption: Encryption?
    /// The TLS policy, when configured.
    public let tls: TLS?
    /// Network security, when configured.
    public let network: Network?
    /// Secrets management, when configured.
    public let secrets: SecretsManagement?
    /// How long forensic evidence is kept.
    public let forensicsRetention: Located<Duration>?
    /// The frameworks checked automatically (`compliance.automated_checks.frameworks` keys).
    public let checkedFrameworks: [Located<String>]
    /// The metric names shown on security dashboards.
    public let dashboardMetrics: [Located<String>]

    /// The oldest TLS version accepted: `tls.min_version`, else `in_transit.min_tls_version`.
    public var minTLSVersion: Located<TLSVersion>? { tls?.minVersion ?? encryption?.inTransitMinTLSVersion }
}
