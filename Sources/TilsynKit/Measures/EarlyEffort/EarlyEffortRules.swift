/// The rule set's early-effort values for one period (SPEC 4.1, 4.6), resolved once per run: for each
/// measuring month the regime that governs it and that regime's measures with their values on the
/// governing day; the offer types by the offer's own start (the one exception to the month's regime);
/// D6 by the spell's start; the consecutive months below the criterion on the period's last day.
package struct EarlyEffortRules: Sendable {
  package let version: String
  /// Every measure of any regime of the rule set, in output order (`samtale`, `tilbud`, `akasse`).
  package let measures: [EarlyEffortMeasure]
  /// The period's six months, each with its regime and measures.
  package let months: [MonthRules]
  /// Consecutive months below the criterion that make a measure `under_kriteriet` (6).
  package let consecutiveMonthsBelow: Int
  /// Every target group of the rule set's `koder.maalgrupper`, in its order (for breakdowns).
  let targetGroups: [Maalgruppe]
  /// Months from a spell's start to D6 (6), as in force at the period's start, for texts.
  package let monthsToSixMonthDate: Int
  private let sixMonthDates: DatedValues<Int>
  private let eligibleTypes: DatedValues<Set<Tilbudstype>>

  package init(rules: RuleSet, period: Period) {
    version = rules.version
    measures = rules.earlyEffortMeasures
    let toSixMonthDate = DatedValues(rules, .tidligMaanederTilSeksMaanedersdato) { $0.integer }
    sixMonthDates = toSixMonthDate
    monthsToSixMonthDate = toSixMonthDate.on(period.firstDay)
    eligibleTypes = DatedValues(rules, .tidligTilbudstyper) { $0.codes() }
    consecutiveMonthsBelow = rules.integer(.tidligKriteriumMaaneder, on: period.lastDay)
    targetGroups = rules.entries(.koderMaalgrupper).reduce(into: []) { list, entry in
      for group in entry.value.maalgrupper where !list.contains(group) { list.append(group) }
    }
    months = period.months.map { month in
      MonthRules(month: month, monthsBack: toSixMonthDate.on(month.firstDay), rules: rules)
    }
  }

  /// D6 = `start` + 6 calendar months, the day clamped ("31 January + 1 month = 28/29 February").
  package func sixMonthDate(start: Day) -> Day { start.adding(months: sixMonthDates.on(start)) }

  /// Whether an offer of `type` that started on `start` is of a type that counts (LAB § 102: by the
  /// offer's own start, whichever regime governs the month).
  func isEligible(_ type: Tilbudstype, startedOn start: Day) -> Bool { eligibleTypes.on(start).contains(type) }
}

/// One measuring month's rules (SPEC 4.6): month m is governed by the regime in force on the first
/// day of month m − 6, the month its cohort's spells started in, and every value is the regime's on
/// that day.
package struct MonthRules: Sendable {
  package let month: YearMonth
  /// The first day of month m − 6.
  package let governingDay: Day
  package let regimeID: String
  package let regimeName: String
  /// The regime's measures in this month, in the regime's order.
  package let measures: [MeasureMonthRules]

  init(month: YearMonth, monthsBack: Int, rules: RuleSet) {
    self.month = month
    governingDay = month.adding(months: -monthsBack).firstDay
    let regime = rules.regime(on: governingDay)
    regimeID = regime.id
    regimeName = regime.name
    let day = governingDay
    measures = regime.measureIDs.compactMap { id in
      regime.measure(id).map { MeasureMonthRules(measure: $0, regime: regime, on: day) }
    }
  }

  /// The rules of `measure` in this month, or `nil` when the month's regime does not have it.
  func rules(for measure: EarlyEffortMeasure) -> MeasureMonthRules? { measures.first { $0.measure == measure } }
}

/// One measure's values in one month (SPEC 4.1, 4.6).
package struct MeasureMonthRules: Sendable {
  let measure: EarlyEffortMeasure
  /// The cohort's target groups.
  let groups: Set<Maalgruppe>
  /// The same, in the order the rule set lists them (for texts).
  let orderedGroups: [Maalgruppe]
  /// The criterion in percent (80; 75 from the reform).
  package let criterion: FixedDecimal
  /// The smallest assessable cohort (10).
  package let cohortMinimum: Int
  /// For a talk measure: each target group's requirement.
  let talks: [Maalgruppe: TalkRequirement]
  /// For an offer measure: its requirement.
  package let offer: OfferRequirement?

  init(measure: EarlyEffortMeasure, regime: Regime, on day: Day) {
    self.measure = measure
    let id = measure.id
    orderedGroups = regime.value(id, .maalgrupper, on: day)!.maalgrupper
    groups = Set(orderedGroups)
    criterion = regime.value(id, .kriteriumProcent, on: day)!.decimal
    cohortMinimum = regime.value(id, .kohorteMinimum, on: day)!.integer
    switch measure.rule {
    case .samtaler:
      var talks: [Maalgruppe: TalkRequirement] = [:]
      for group in groups {
        talks[group] = TalkRequirement(
          count: regime.value(id, .antal, group: group, on: day)!.integer,
          fromMonths: regime.value(id, .fraMaaned, group: group, on: day)!.integer,
          toMonths: regime.value(id, .tilMaaned, group: group, on: day)!.integer,
          holders: regime.value(id, .afholdtAf, group: group, on: day)!.codes())
      }
      self.talks = talks
      offer = nil
    case .tilbud:
      talks = [:]
      offer = OfferRequirement(
        minimumDays: regime.value(id, .minimumDage, on: day)!.integer,
        graceDays: regime.value(id, .loentilskudFristDage, on: day)!.integer)
    }
  }

}

/// A talk requirement for one target group (LAB § 31; SPEC 4.6): at least `count` distinct dates of
/// `jobsamtale` held by one of `holders` in [`start` + `fromMonths`, `start` + `toMonths`].
package struct TalkRequirement: Sendable, Equatable {
  package let count: Int
  package let fromMonths: Int
  package let toMonths: Int
  let holders: Set<AfholdtAf>
}

/// The offer requirement (LAB § 102): at least `minimumDays` long; a wage subsidy granted by D6 may
/// start up to `graceDays` after it.
package struct OfferRequirement: Sendable, Equatable {
  package let minimumDays: Int
  package let graceDays: Int
}
