/// The rule set's values for the skærpet-tilsyn risk (SPEC 4.2; LOB kap. 3 a), looked up on the
/// period's last day E.
struct SkaerpetRules: Sendable {
  let windowMonths: Int
  let seniorityMonths: Int
  let maximumGapDays: Int
  let minimumHours: FixedDecimal
  let focusTargetPercent: FixedDecimal
  /// From this day the scheme is abolished (the 2025 reform); the computation still runs.
  let abolishedFrom: Day

  init(rules: RuleSet, on day: Day) {
    windowMonths = rules.integer(.skaerpetVindueMaaneder, on: day)
    seniorityMonths = rules.integer(.skaerpetAnciennitetMaaneder, on: day)
    maximumGapDays = rules.integer(.skaerpetAfbrydelseDage, on: day)
    minimumHours = rules.decimal(.skaerpetTimerMinimum, on: day)
    focusTargetPercent = rules.decimal(.skaerpetFokusmaalProcent, on: day)
    abolishedFrom = rules.date(.skaerpetOphaevetFra, on: day)
  }

  /// W = [E − 12 months + 1 day, E].
  func window(endingOn end: Day) -> ClosedRange<Day> {
    end.adding(months: -windowMonths).adding(days: 1)...end
  }

  /// The measuring points: the last day of each of W's months.
  func points(endingOn end: Day) -> [Day] {
    let last = end.yearMonth
    return (0..<windowMonths).reversed().map { last.adding(months: -$0).lastDay }
  }

  /// The 12 months before `point`: [point − 12 months + 1 day, point].
  func lookback(from point: Day) -> ClosedRange<Day> {
    point.adding(months: -seniorityMonths).adding(days: 1)...point
  }
}
