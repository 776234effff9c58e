/// The national picture of the early effort (SPEC 4.1): how many municipalities are
/// `under_kriteriet` per measure and do not meet the criteria in all, against the previous
/// follow-up when there is one, and the national target-group breakdown.
package struct EarlyEffortSummary: Sendable {
  /// Every municipality's result, in code order.
  let kommuner: [KommuneEarlyEffort]
  let previous: PreviousFollowUp?
  /// The rule set's values for the period: its measures and each month's regime.
  let rules: EarlyEffortRules
  /// Earlier follow-ups read back from their reports (for the streak and `historik.csv`).
  let history: EarlyEffortHistory

  init(
    kommuner: [KommuneEarlyEffort], previous: PreviousFollowUp?, rules: EarlyEffortRules,
    history: EarlyEffortHistory = EarlyEffortHistory()
  ) {
    self.kommuner = kommuner
    self.previous = previous
    self.rules = rules
    self.history = history
  }

  /// SPEC 4.1 `i_traek`: consecutive follow-ups `opfylder_ikke`, ending with this one; `nil` when the
  /// municipality meets the criteria (or could not be assessed) this time.
  func streak(_ kommune: KommuneEarlyEffort) -> Int? {
    history.streak(kommune: kommune.kommune.code, overall: kommune.overall, period: kommune.period)
  }

  /// Every measure of the rule set, in output order.
  var measures: [EarlyEffortMeasure] { rules.measures }

  /// The measures that apply in at least one month of the period.
  package var applicableMeasures: [EarlyEffortMeasure] {
    measures.filter { measure in rules.months.contains { $0.rules(for: measure) != nil } }
  }

  /// The applicable measures that flag a municipality (enter its overall status).
  var flaggingMeasures: [EarlyEffortMeasure] { applicableMeasures.filter(\.flags) }

  /// Municipalities `under_kriteriet` on `measure`.
  package func underKriteriet(_ measure: EarlyEffortMeasure) -> [KommuneEarlyEffort] {
    kommuner.filter { $0.halfYear(measure).status == .underKriteriet }
  }

  /// Municipalities that do not meet the criteria (`opfylder_ikke`).
  package var opfylderIkke: [KommuneEarlyEffort] { kommuner.filter { $0.overall == .opfylderIkke } }

  /// The number of municipalities with `status` on `measure`.
  func count(_ measure: EarlyEffortMeasure, _ status: MeasureStatus) -> Int {
    kommuner.filter { $0.halfYear(measure).status == status }.count
  }

  /// The national cohort and met per month of `measure` whose regime has it, over the municipalities
  /// with data.
  func nationalMonths(_ measure: EarlyEffortMeasure) -> [(month: MonthRules, count: GroupCount)] {
    rules.months.filter { $0.rules(for: measure) != nil }.map { month in
      var count = GroupCount()
      for kommune in kommuner {
        guard let share = kommune.halfYear(measure).months?.first(where: { $0.month == month.month }) else { continue }
        count.cohort += share.cohort
        count.met += share.met
      }
      return (month, count)
    }
  }

  /// The national cohort and met of `measure` over the half-year.
  func nationalTotal(_ measure: EarlyEffortMeasure) -> GroupCount {
    nationalMonths(measure).reduce(GroupCount()) { GroupCount(cohort: $0.cohort + $1.count.cohort, met: $0.met + $1.count.met) }
  }

  /// The national breakdown of `measure` by target group, in the rule set's order (groups with a
  /// cohort).
  func nationalGroups(_ measure: EarlyEffortMeasure) -> [(group: Maalgruppe, count: GroupCount)] {
    var totals: [Maalgruppe: GroupCount] = [:]
    for kommune in kommuner {
      for (group, count) in kommune.groups(measure) ?? [:] {
        totals[group, default: GroupCount()].cohort += count.cohort
        totals[group, default: GroupCount()].met += count.met
      }
    }
    return rules.targetGroups.compactMap { group in totals[group].map { (group, $0) } }
  }

  /// A municipality's place on the list against last time.
  func change(_ kommune: KommuneEarlyEffort) -> ListChange {
    ListChange(
      now: kommune.overall == .opfylderIkke,
      before: previous.map { $0.statuses[kommune.kommune.code]?.overall == .opfylderIkke },
      missingNow: kommune.overall == .manglerData)
  }

  /// A municipality's place among those `under_kriteriet` on `measure`, against last time.
  func change(_ kommune: KommuneEarlyEffort, _ measure: EarlyEffortMeasure) -> ListChange {
    ListChange(
      now: kommune.halfYear(measure).status == .underKriteriet,
      before: previous.map { $0.statuses[kommune.kommune.code]?.measures[measure.id] == .underKriteriet },
      missingNow: kommune.halfYear(measure).status == .manglerData)
  }

  /// Municipalities on the list last time that are off it now.
  var offTheList: [KommuneEarlyEffort] { kommuner.filter { change($0) == .ude } }
}
