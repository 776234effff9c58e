/// The rule set's values for the reform indicators (SPEC 4.5), all looked up on the period's last
/// day E: the population base of the førtidspension inflow (10,000), the days after a ressourceforløb
/// in which fleksjob or self-support is looked for (31), the fleksjob "few hours" ceiling (43.3) and
/// the hour progression (4.33), and the length of the window W (12 months, shared with SPEC 4.2).
struct IndicatorRules: Sendable {
  let version: String
  private let populationBase: DatedValues<Int>
  private let exitDays: DatedValues<Int>
  private let fewHours: DatedValues<FixedDecimal>
  private let progression: DatedValues<FixedDecimal>
  private let windowMonths: DatedValues<Int>
  /// At least this many hours in one month after the end month make a ressourceforløb's end an exit
  /// to self-support (SPEC 4.5: "at least 1 hour").
  private let exitMinimumHours: DatedValues<FixedDecimal>

  init(rules: RuleSet) {
    version = rules.version
    populationBase = DatedValues(rules, .indikatorFoertidspensionPer) { $0.integer }
    exitDays = DatedValues(rules, .indikatorAfgangDage) { $0.integer }
    fewHours = DatedValues(rules, .indikatorFleksjobMaksTimer) { $0.decimal }
    progression = DatedValues(rules, .indikatorProgressionTimer) { $0.decimal }
    windowMonths = DatedValues(rules, .skaerpetVindueMaaneder) { $0.integer }
    exitMinimumHours = DatedValues(rules, .indikatorAfgangTimerMinimum) { $0.decimal }
  }

  /// Every value in force on `e`, the period's last day.
  func thresholds(on e: Day) -> IndicatorThresholds {
    IndicatorThresholds(
      populationBase: populationBase.on(e), exitDays: exitDays.on(e), exitMinimumHours: exitMinimumHours.on(e),
      fleksjobMaximumHours: fewHours.on(e), progressionHours: progression.on(e),
      window: e.adding(months: -windowMonths.on(e)).adding(days: 1)...e)
  }
}

/// The thresholds one period's indicators were computed with (SPEC 4.5), kept with the results so
/// the report can name them.
struct IndicatorThresholds: Sendable, Equatable {
  /// `tilgang_fp_pr_10000` is per this many of `befolkning_16_66` (10,000).
  var populationBase: Int
  /// Days after a ressourceforløb's end in which fleksjob or self-support is looked for (31).
  var exitDays: Int
  /// Hours in one later month that count as work after a ressourceforløb (1).
  var exitMinimumHours: FixedDecimal
  /// The most hours in W's first month for a fleksjob holder to be on few hours (43.3).
  var fleksjobMaximumHours: FixedDecimal
  /// The least increase in hours from W's first to its last month (4.33).
  var progressionHours: FixedDecimal
  /// W = [E − 12 months + 1 day, E] (SPEC 4.2).
  var window: ClosedRange<Day>
}
