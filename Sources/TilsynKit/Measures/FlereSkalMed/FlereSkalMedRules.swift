/// The rule set's values for Flere skal med gruppe 2 (SPEC 4.3; the minister's letter of 7 May
/// 2019), looked up on the period's last day E.
struct FlereSkalMedRules: Sendable {
  let version: String
  private let months: DatedValues<Int>
  private let letterMinimum: DatedValues<Int>
  private let rehabiliteringsteam: DatedValues<Bool>
  private let rehabiliteringsteamEntries: [RuleSet.RuleEntry]

  init(rules: RuleSet) {
    version = rules.version
    months = DatedValues(rules, .fsm2Maaneder) { $0.integer }
    letterMinimum = DatedValues(rules, .fsm2BrevMinimum) { $0.integer }
    rehabiliteringsteam = DatedValues(rules, .fsm2RehabiliteringsteamKrav) { $0.flag }
    rehabiliteringsteamEntries = rules.entries(.fsm2RehabiliteringsteamKrav)
  }

  /// The thresholds valid on `day` (E).
  func thresholds(on day: Day) -> FlereSkalMedThresholds {
    FlereSkalMedThresholds(
      months: months.on(day), letterMinimum: letterMinimum.on(day), lettersInForce: rehabiliteringsteam.on(day),
      requirementRemovedFrom: rehabiliteringsteam.on(day)
        ? nil : rehabiliteringsteamEntries.first { $0.covers(day) }?.from)
  }
}

/// The thresholds one municipality's result was computed with (SPEC 4.3), kept with the result so
/// the outputs name the values used.
struct FlereSkalMedThresholds: Sendable, Equatable {
  /// Months in gruppe 2 after which a citizen still on kontanthjælp counts in `over_9_mdr` (9).
  let months: Int
  /// The `over_9_mdr` count from which the mayor gets a letter (20).
  let letterMinimum: Int
  /// Whether the rehabiliteringsteam requirement the letters rest on is in force on E (SPEC 4.3,
  /// 4.6: no letters once the 2025 reform removed it; the table is still computed).
  let lettersInForce: Bool
  /// The day the requirement stopped being in force, when it is not on E (for the report).
  let requirementRemovedFrom: Day?

  /// Marked more than `months` months before E: `fra` < E − 9 months (strict; the day clamped).
  func isMarkedLongAgo(_ fra: Day, at e: Day) -> Bool { fra < e.adding(months: -months) }
}
