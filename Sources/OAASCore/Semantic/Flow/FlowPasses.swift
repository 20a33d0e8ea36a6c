/// The passes of this area and the diagnostic kinds they declare: AgentFlow graphs and conditions,
/// AgentFleet members and coordination, and the names inside orchestration rules.
enum FlowPasses {
    /// The passes, in a fixed order.
    static let passes: [any SemanticPass.Type] = [
        FlowNodeReferencePass.self, FlowEntryPass.self, FlowCyclePass.self, FlowFanInPass.self,
        FlowConditionPass.self, FlowNodeConditionPass.self, FlowWaitPass.self,
        FleetMemberPass.self, FleetCoordinationPass.self, OrchestrationPatternPass.self,
    ]
    /// The kinds the passes declare, for the catalog.
    static let kinds: [DiagnosticKind] = [
        .flowDuplicateNode, .flowUndefinedNode, .flowLegacyEntry, .flowNoEntry, .flowUnreachableNode,
        .flowCycle, .flowConditionalCycle, .flowFanIn, .flowConditionUnsupported, .flowConditionConstant,
        .flowConditionIgnored, .flowStopsAtWait,
        .fleetDuplicateMember, .fleetIncompleteMember, .fleetUndefinedMember, .fleetMissingManager,
        .fleetMinVotesUnreachable, .fleetSingleTier, .fleetUndefinedTier,
        .orchestrationDuplicateName, .orchestrationUndefinedDefault,
    ]
}
