/// The passes of this area and the diagnostic kinds they declare.
enum BudgetPasses {
    /// The passes, in a fixed order.
    static let passes: [any SemanticPass.Type] = [
        BudgetPartsPass.self, BudgetPeriodsPass.self, BudgetAlertPass.self, LimitHierarchyPass.self,
        PatternTimeoutPass.self, PatternConcurrencyPass.self, PercentageRangePass.self, WorstCaseSpendPass.self,
    ]
    /// The kinds the passes declare, for the catalog.
    static let kinds: [DiagnosticKind] = [
        .budgetPartsExceedTotal, .budgetMixedCurrencies, .budgetTokensAsMoney, .budgetPeriodExceedsLonger,
        .budgetDailySumExceedsMonthly, .budgetAlertAboveHardLimit, .budgetLimitExceedsGlobal, .budgetStepTimeoutsExceed,
        .budgetParallelismExceedsConcurrency, .budgetPercentageOutOfRange, .budgetWorstCaseExceeds,
    ]
}
