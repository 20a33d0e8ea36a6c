extension GovernanceConfiguration {
    /// Builds the model from a decoded `GovernanceConfiguration` document.
    init(decoding document: IRValue) {
        let spec = document["spec"]
        let compliance = spec?["compliance"]
        frameworks = (compliance?.entries ?? []).compactMap { entry in
            guard let id = ComplianceFrameworkID(spelling: entry.key) else { return nil }
            return Framework(decoding: entry.value, key: Located(entry.key, entry.keyRange), id: id)
        }
        iso42001 = compliance?["iso_42001"].map { iso in
            let requirements = iso["requirements"]
            return ISO42001(
                riskAssessment: requirements?["risk_assessment"].map(Activity.init(requirement:)),
                impactAssessment: requirements?["impact_assessment"].map(Activity.init(requirement:)))
        }
        nistAIRMF = compliance?["nist_ai_rmf"].map { nist in
            let functions = nist["functions"]?.entries ?? []
            return NISTAIRMF(
                maturityLevel: nist.string("maturity_level"),
                functions: functions.map { Located($0.key, $0.keyRange) },
                subcategoryIDs: functions.flatMap { $0.value.objects("subcategories").compactMap { $0.string("id") } })
        }
        euAIAct = compliance?["eu_ai_act"].map { eu in
            let oversight = eu["requirements"]?["human_oversight"]
            return EUAIAct(
                riskCategory: eu.string("risk_category"), role: eu.string("role"),
                overrideCapability: oversight?.bool("override_capability"), killSwitch: oversight?.bool("kill_switch"),
                oversightAssignees: oversight?.strings("assigned_to") ?? [])
        }
        sox = compliance?["sox"].map { sox in
            let controls = sox["controls"]
            let change = controls?["change_management"]
            let access = controls?["access_control"]
            let trail = controls?["audit_trail"]
            return SOX(
                changeApprovalRequired: change?.bool("approval_required"), minApprovals: change?.int("min_approvals"),
                allowSelfApproval: change?.bool("allow_self_approval"),
                accessReviewFrequency: access?.string("review_frequency"),
                lastAccessReview: OSSAReads.date(access?["last_review"]),
                auditTrailRetention: trail?.duration("retention"), auditTrailImmutable: trail?.bool("immutable"))
        }
        certifications = (spec?["certification"]?.objects("active_certifications") ?? []).map { certificate in
            let name = certificate.string("name")
            return Certification(
                name: name, framework: name.flatMap { ComplianceFrameworkID(spelling: $0.value) },
                issuer: certificate.string("issuer"), issued: OSSAReads.date(certificate["issued"]),
                validUntil: OSSAReads.date(certificate["valid_until"]))
        }
        audit = spec?["audit"].map(Audit.init(decoding:))
        dataGovernance = spec?["data_governance"].map(DataGovernance.init(decoding:))
        riskManagement = spec?["risk_management"].map(RiskManagement.init(decoding:))
        let security = spec?["security"]
        securityPolicies = (security?.objects("policies") ?? []).map { policy in
            PolicyDocument(
                name: policy.string("name"), reviewCycle: policy.string("review_cycle"),
                lastReview: OSSAReads.date(policy["last_review"]))
        }
        multiFactor = security?["controls"]?["authentication"]?.bool("multi_factor")
    }
}

extension GovernanceConfiguration.Framework {
    init(decoding section: IRValue, key: Located<String>, id: ComplianceFrameworkID) {
        self.key = key
        self.id = id
        status = section.string("status")
        applicable = section.bool("applicable")
        level = section.string("level")
        certificationBody = section.string("certification_body")
        certificateNumber = section.string("certificate_number")
        issued = OSSAReads.date(section["issued"])
        validUntil = OSSAReads.date(section["valid_until"])
        lastSurveillanceAudit = OSSAReads.date(section["last_surveillance_audit"])
        controls = section.objects("controls").map { control in
            GovernanceConfiguration.Control(
                controlID: control.string("control_id"), name: control.string("name"), status: control.string("status"),
                evidence: control.string("evidence"), justification: control.string("justification"),
                lastVerified: OSSAReads.date(control["last_verified"]))
        }
        self.section = section
    }
}

extension GovernanceConfiguration.Activity {
    init(requirement: IRValue) {
        implemented = requirement.bool("implemented")
        frequency = requirement.string("frequency")
        last = OSSAReads.date(requirement["last_assessment"])
        record = requirement.string("risk_register") ?? requirement.string("evidence")
    }
}

extension GovernanceConfiguration.Audit {
    init(decoding audit: IRValue) {
        let configuration = audit["configuration"]
        enabled = configuration?.bool("enabled")
        level = configuration?.string("level")
        retention = configuration?.duration("retention_period")
        immutable = configuration?.bool("immutable_storage")
        destinations = [configuration?.string("storage_location")].compactMap { $0 } + (configuration?.strings("destinations") ?? [])
        events = (audit["events"]?.entries ?? []).flatMap { $0.value.items.compactMap(\.located) }
        chainVerification = audit["trail_requirements"]?["integrity"]?.bool("chain_verification")
    }
}

extension GovernanceConfiguration.DataGovernance {
    init(decoding data: IRValue) {
        let privacy = data["privacy"]
        let residency = privacy?["data_residency"]
        classificationLevels = (data["classification"]?["levels"]?.entries ?? []).map { Located($0.key, $0.keyRange) }
        defaultRetention = data["lifecycle"]?["retention"]?.duration("default_period")
        residencyRequired = residency?.bool("requirements")
        allowedRegions = residency?.strings("allowed_regions") ?? []
        crossBorderTransfers = residency?.string("cross_border_transfers")
        gdprApplicable = privacy?["gdpr"]?.bool("applicable")
        dataProtectionOfficer = privacy?["gdpr"]?.string("data_protection_officer")
    }
}

extension GovernanceConfiguration.RiskManagement {
    init(decoding risk: IRValue) {
        let framework = risk["framework"]
        let assessment = risk["assessment"]
        methodology = framework?.string("methodology")
        riskAppetite = framework?.string("risk_appetite")
        assessmentFrequency = assessment?.string("frequency") ?? framework?.string("review_cycle")
        lastAssessment = OSSAReads.date(assessment?["last_assessment"])
        riskRegister = risk.string("risk_register")
        indicators = (risk["monitoring"]?.objects("kris") ?? []).map { indicator in
            GovernanceConfiguration.RiskIndicator(
                name: indicator.string("name"), threshold: indicator.number("threshold"), current: indicator.number("current"))
        }
    }
}
