/// Checks that every region where the workspace runs, backs up, routes or processes data (the places
/// `DeploymentRegions` reads, suppliers, routing domains and context resources) is one the
/// governance configuration allows data to be in. The allowed regions of all governance documents of a
/// workspace are merged: a region any of them allows is allowed, and each region outside them all is
/// reported once.
enum DataResidencyPass: SemanticPass {
    static func run(_ context: SemanticContext, into sink: inout DiagnosticSink) {
        for scope in WorkspaceScope.all(in: context.project) {
            var lists: [[Located<String>]] = []
            for (_, governance) in scope.governance {
                guard let data = governance.dataGovernance, !data.allowedRegions.isEmpty, data.residencyRequired?.value != false else { continue }
                lists.append(data.allowedRegions)
            }
            guard !lists.isEmpty else { continue }
            check(scope, allowed: lists, into: &sink)
        }
    }

    private static func check(_ scope: WorkspaceScope, allowed lists: [[Located<String>]], into sink: inout DiagnosticSink) {
        var places: [(what: String, region: Located<String>)] = []
        for declared in DeploymentRegions.declared(workspaces: scope.workspaces, contexts: scope.contexts) {
            places.append((declared.phrase, declared.region))
        }
        for (_, model) in scope.workspaces {
            for supplier in model.suppliers {
                let name = supplier.name.map { "supplier \"\($0.value)\"" } ?? "a supplier"
                for region in supplier.processingRegions { places.append(("\(name) processes data in", region)) }
            }
        }
        for (_, model) in scope.orchestration {
            for route in model.routing?.domains ?? [] {
                guard let region = route.dataResidency else { continue }
                let name = route.domain.map { "domain \"\($0.value)\"" } ?? "a domain"
                places.append(("the orchestration rules keep \(name) in", region))
            }
        }
        for (resource, _) in scope.contexts {
            for section in ["storage", "compute"] {
                for item in resource.document["spec"]?["resources"]?.objects(section) ?? [] {
                    guard let region = item.string("region") else { continue }
                    let name = item.string("name").map { " \"\($0.value)\"" } ?? ""
                    places.append(("the context's \(section) resource\(name) is in", region))
                }
            }
        }
        var allowed: [Located<String>] = []
        var quoted: [String] = []
        var named = Set<String>()
        for list in lists {
            for region in list {
                allowed.append(region)
                if named.insert(region.value.lowercased()).inserted { quoted.append("\"\(region.value)\"") }
            }
        }
        let shown = quoted.joined(separator: ", ")
        let who = lists.count == 1 ? "the governance configuration allows" : "the governance configurations allow"
        var notes: [DiagnosticNote] = []
        for list in lists {
            var names: [String] = []
            for region in list { names.append("\"\(region.value)\"") }
            notes.append(DiagnosticNote(
                lists.count == 1 ? "the allowed regions are listed here" : "allowed here: \(names.joined(separator: ", "))",
                at: list[0].range))
        }
        var seen = Set<String>()
        for place in places where !permitted(place.region.value, by: allowed) {
            let key = "\(place.region.range.file):\(place.region.range.start.offset)"
            guard seen.insert(key).inserted else { continue }
            sink.report(
                .consistencyDataResidency,
                "\(place.what) \"\(place.region.value)\", which is not among the regions \(who) data in (\(shown))",
                at: place.region.range, notes: notes)
        }
    }

    /// Whether a region is allowed: named exactly (ignoring case), or matched by a `eu-*` pattern.
    static func permitted(_ region: String, by allowed: [Located<String>]) -> Bool {
        let folded = region.lowercased()
        for entry in allowed {
            let pattern = entry.value.lowercased()
            if pattern == folded || pattern == "*" { return true }
            if pattern.hasSuffix("*"), folded.hasPrefix(String(pattern.dropLast())) { return true }
        }
        return false
    }
}

extension DiagnosticKind {
    static let consistencyDataResidency = DiagnosticKind(
        id: "consistency.data-residency", severity: .error,
        summary: "data is deployed, backed up, routed or processed outside the allowed regions",
        explanation: """
            The governance configuration's `data_governance.privacy.data_residency.allowed_regions` lists \
            the regions data may be in. The workspace's deployment regions, disaster-recovery backup \
            regions and `context.region`, its suppliers' processing regions, the orchestration rules' \
            per-domain `data_residency`, the context's cloud platform regions and the regions of its \
            storage and compute resources must all be \
            among them: a backup copied to another region is data in that region. Either add the region \
            to the allowed list (after checking that the transfer is lawful) or move the data. Nothing is \
            checked when `requirements: false`. An allowed entry ending in `*` (`eu-*`) matches by prefix. \
            When several governance documents of one workspace list allowed regions, a region any of \
            them allows is allowed.
            """,
        example: """
            # governance.yml: allowed_regions: [us-east-1, eu-west-1]
            # workspace.yml
            deployment:
              disaster_recovery:
                backup_regions: [us-west-2]
            """)
}
