/// The rule set's values for the proposed fremdriftsgaranti (SPEC 4.4; the expert group's proposal,
/// 2024), looked up on the period's last day E. The seniority gap rule is SPEC 4.2's
/// (`skaerpet.max_afbrydelse_dage`), as 4.4 measures seniority as in 4.2.
struct FremdriftRules: Sendable {
  let version: String
  private let seniorityMonths: DatedValues<Int>
  private let windowMonths: DatedValues<Int>
  private let criterion: DatedValues<FixedDecimal>
  private let minimum: DatedValues<Int>
  private let maximumGapDays: DatedValues<Int>

  init(rules: RuleSet) {
    version = rules.version
    seniorityMonths = DatedValues(rules, .fremdriftAnciennitetMaaneder) { $0.integer }
    windowMonths = DatedValues(rules, .fremdriftVindueMaaneder) { $0.integer }
    criterion = DatedValues(rules, .fremdriftKriteriumProcent) { $0.decimal }
    minimum = DatedValues(rules, .fremdriftMinimum) { $0.integer }
    maximumGapDays = DatedValues(rules, .skaerpetAfbrydelseDage) { $0.integer }
  }

  /// The thresholds valid on `day` (E).
  func thresholds(on day: Day) -> FremdriftThresholds {
    FremdriftThresholds(
      seniorityMonths: seniorityMonths.on(day), windowMonths: windowMonths.on(day), criterion: criterion.on(day),
      minimum: minimum.on(day), maximumGapDays: maximumGapDays.on(day))
  }
}

/// The thresholds one municipality's result was computed with (SPEC 4.4), kept with the result so
/// the outputs name the values used.
struct FremdriftThresholds: Sendable, Equatable {
  /// Public-support seniority for being due (12 months).
  let seniorityMonths: Int
  /// The months before E in which the fremdriftsvurdering must lie (12).
  let windowMonths: Int
  /// The criterion in percent (80).
  let criterion: FixedDecimal
  /// The smallest number due for the share to be assessable (10).
  let minimum: Int
  /// The longest gap in public support that does not break seniority (28 days, SPEC 4.2).
  let maximumGapDays: Int

  /// The latest stretch start that gives the seniority at `e`: E − 12 months (the day clamped).
  func latestStretchStart(at e: Day) -> Day { e.adding(months: -seniorityMonths) }

  /// The 12 months before E: [E − 12 months + 1 day, E].
  func window(endingOn e: Day) -> ClosedRange<Day> { e.adding(months: -windowMonths).adding(days: 1)...e }
}
