/// Cohort and met over the half-year for one target group (the breakdown of SPEC 4.1: report only).
public struct GroupCount: Sendable, Equatable {
  public var cohort = 0
  public var met = 0

  public init(cohort: Int = 0, met: Int = 0) {
    self.cohort = cohort
    self.met = met
  }
}

/// One municipality's early effort in a period: every measure's months, its status, the overall
/// status and the target-group breakdown (SPEC 4.1, 4.6).
public struct KommuneEarlyEffort: Sendable {
  public let kommune: Kommune
  public let period: Period
  /// One result per measure of the rule set, in its order.
  public let results: [MeasureResult]

  /// One measure's half-year and its target-group counts.
  public struct MeasureResult: Sendable {
    public let measure: EarlyEffortMeasure
    public let halfYear: MeasureHalfYear
    /// Cohort and met over the six months by target group (`nil` for `mangler_data`).
    public let groups: [Maalgruppe: GroupCount]?
  }

  public init(kommune: Kommune, period: Period, results: [MeasureResult]) {
    self.kommune = kommune
    self.period = period
    self.results = results
  }

  public func halfYear(_ measure: EarlyEffortMeasure) -> MeasureHalfYear {
    results.first { $0.measure == measure }!.halfYear
  }

  public func groups(_ measure: EarlyEffortMeasure) -> [Maalgruppe: GroupCount]? {
    results.first { $0.measure == measure }?.groups
  }

  /// SPEC 4.1: `opfylder_ikke` when a measure that flags is `under_kriteriet`, and so on; measures
  /// that only inform (the a-kasse measure, SPEC 4.6) never enter it.
  public var overall: OverallStatus {
    OverallStatus(results.filter { $0.measure.flags && $0.halfYear.status != .ikkeGaeldende }.map(\.halfYear.status))
  }

  /// The measures that put the municipality on the list: flagging and `under_kriteriet`.
  public var failedMeasures: [EarlyEffortMeasure] {
    results.filter { $0.measure.flags && $0.halfYear.status == .underKriteriet }.map(\.measure)
  }
}

extension KommuneEarlyEffort {
  /// Computes every measure for one municipality's extract in `period`.
  /// - Parameter tables: the extract grouped by person, when the caller has it already.
  public init(_ extract: KommuneExtract, period: Period, rules: EarlyEffortRules, tables: PersonTables? = nil) {
    kommune = extract.kommune
    self.period = period
    let tables = tables ?? PersonTables(extract)
    let months = period.months
    let candidates = extract.forloeb.map {
      Cohort.candidates(months: months, spells: $0, rules: rules, markings: tables.markeringer)
    }
    let samtale = tables.samtaler.map { SamtaleRule(conversations: $0) }
    let tilbud = tables.tilbud.map { TilbudRule(rules: rules, offers: $0) }
    results = rules.measures.map { measure in
      let isMet: ((CohortSpell, MeasureMonthRules) -> Bool)?
      switch measure.rule {
      case .samtaler: isMet = samtale.map { rule in { spell, rules in rule.isMet(spell, rules.talks[spell.spell.maalgruppe]!) } }
      case .tilbud: isMet = tilbud.map { rule in { spell, rules in rule.isMet(spell, rules.offer!) } }
      }
      guard let candidates, let isMet else {
        let settings = rules.months.compactMap { month in month.rules(for: measure).map { MonthSetting(month, $0) } }
        return MeasureResult(
          measure: measure,
          halfYear: MeasureHalfYear(months: nil, settings: settings, consecutiveMonthsBelow: rules.consecutiveMonthsBelow),
          groups: nil)
      }
      let cohorts = Cohort.monthly(
        months: months, candidates: candidates, groups: rules.months.map { $0.rules(for: measure)?.groups })
      return Self.measure(
        measure, cohorts: cohorts, months: rules.months, consecutive: rules.consecutiveMonthsBelow, isMet: isMet)
    }
  }

  /// The monthly shares and the target-group counts of one measure, over the months whose regime
  /// has it.
  private static func measure(
    _ measure: EarlyEffortMeasure, cohorts: [[CohortSpell]], months: [MonthRules], consecutive: Int,
    isMet: (CohortSpell, MeasureMonthRules) -> Bool
  ) -> MeasureResult {
    var groups: [Maalgruppe: GroupCount] = [:]
    var shares: [MonthlyShare] = []
    for (cohort, month) in zip(cohorts, months) {
      guard let rules = month.rules(for: measure) else { continue }
      var met = 0
      for spell in cohort {
        let isMet = isMet(spell, rules)
        if isMet { met += 1 }
        groups[spell.spell.maalgruppe, default: GroupCount()].cohort += 1
        if isMet { groups[spell.spell.maalgruppe, default: GroupCount()].met += 1 }
      }
      shares.append(MonthlyShare(setting: MonthSetting(month, rules), cohort: cohort.count, met: met))
    }
    return MeasureResult(
      measure: measure,
      halfYear: MeasureHalfYear(months: shares, settings: shares.map(\.setting), consecutiveMonthsBelow: consecutive),
      groups: groups)
  }
}
