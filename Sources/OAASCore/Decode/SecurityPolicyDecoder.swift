extension SecurityPolicy {
    /// Builds the model from a decoded `SecurityPolicy` document.
    init(decoding document: IRValue) {
        let spec = document["spec"]
        authentication = spec?["authentication"].map(Authentication.init(decoding:))
        authorization = spec?["authorization"].map(Authorization.init(decoding:))
        encryption = spec?["data_protection"]?["encryption"].map(Encryption.init(decoding:))
        tls = spec?["tls"].map { tls in
            TLS(enabled: tls.bool("enabled"), minVersion: OSSAReads.tlsVersion(tls["min_version"]), mutualTLS: tls.bool("mutual_tls"))
        }
        network = spec?["network_security"].map(Network.init(decoding:))
        secrets = spec?["secrets_management"].map { secrets in
            SecretsManagement(
                provider: secrets.string("provider"), rotation: secrets.duration("rotation"),
                inlineSecretsAllowed: secrets.bool("inline_secrets_allowed"),
                referencePrefixes: secrets.strings("reference_prefixes"),
                scanningEnabled: secrets["scanning"]?.bool("enabled"))
        }
        forensicsRetention = spec?["incident_response"]?["forensics"]?.duration("retention_period")
        checkedFrameworks = SecurityPolicy.keys(of: spec?["compliance"]?["automated_checks"]?["frameworks"])
        dashboardMetrics = (spec?["metrics"]?.objects("dashboards") ?? []).flatMap { $0.strings("metrics") }
    }

    /// The keys of a map, or of the single-key maps in a list, located.
    static func keys(of value: IRValue?) -> [Located<String>] {
        guard let value else { return [] }
        let maps = value.items.isEmpty ? [value] : value.items
        return maps.flatMap { $0.entries.map { Located($0.key, $0.keyRange) } }
    }
}

extension SecurityPolicy.Authentication {
    init(decoding authentication: IRValue) {
        let mfa = authentication["mfa"]
        let sso = authentication["sso"]
        let session = authentication["session"]
        mfaRequired = mfa?.bool("required")
        mfaRequiredRoles = mfa?.strings("required_roles") ?? []
        mfaMethods = mfa?.strings("methods") ?? []
        ssoEnabled = sso?.bool("enabled")
        ssoProviders = (sso?.objects("providers") ?? []).map { provider in
            SecurityPolicy.SSOProvider(name: provider.string("name"), type: provider.string("type"), endpoint: provider.string("endpoint"))
        }
        sessionTimeout = session?.duration("timeout")
        idleTimeout = session?.duration("idle_timeout")
    }
}

extension SecurityPolicy.Authorization {
    init(decoding authorization: IRValue) {
        let rbac = authorization["rbac"]
        let abac = authorization["abac"]
        rbacEnabled = rbac?.bool("enabled")
        roles = (rbac?.objects("roles") ?? []).map { SecurityPolicy.Role(name: $0.string("name"), permissions: $0.strings("permissions")) }
        abacEnabled = abac?.bool("enabled")
        policyEngine = abac?.string("policy_engine")
        zeroTrustEnabled = authorization["zero_trust"]?.bool("enabled")
    }
}

extension SecurityPolicy.Encryption {
    init(decoding encryption: IRValue) {
        let atRest = encryption["at_rest"]
        let inTransit = encryption["in_transit"]
        atRestAlgorithm = atRest?.string("algorithm")
        atRestEnabled = atRest?.bool("enabled") ?? atRestAlgorithm.map { Located(true, $0.range) }
        keyManagement = atRest?.string("key_management")
        keyRotation = atRest?.duration("key_rotation")
        inTransitEnabled = inTransit?.bool("enabled")
        inTransitProtocol = inTransit?.string("protocol")
        inTransitMinTLSVersion = OSSAReads.tlsVersion(inTransit?["min_tls_version"])
        cipherSuites = inTransit?.strings("cipher_suites") ?? []
    }
}

extension SecurityPolicy.Network {
    init(decoding network: IRValue) {
        let firewall = network["firewall"]
        defaultDeny = firewall?.bool("default_deny")
        firewallRules = (firewall?.objects("rules") ?? []).map { rule in
            let source = rule.string("source")
            let destination = rule.string("destination")
            return SecurityPolicy.FirewallRule(
                name: rule.string("name"), protocol: rule.string("protocol"), port: rule.string("port") ?? rule.string("port_range"),
                source: source, sourceCIDR: OSSAReads.cidr(inText: source),
                destination: destination, destinationCIDR: OSSAReads.cidr(inText: destination),
                action: rule.string("action"))
        }
        allowedCIDRs = OSSAReads.cidrs(network["allowed_cidrs"])
        segmentCIDRs = (network["segmentation"]?.objects("segments") ?? []).flatMap { OSSAReads.cidrs($0["cidrs"]) }
        egressAllowlist = network.strings("egress_allowlist")
        intrusionMode = network["ids_ips"]?.string("mode")
    }
}
