/// Cohort and met over the half-year for one target group (the breakdown of SPEC 4.1: report only).
struct GroupCount: Sendable, Equatable {
  var cohort = 0
  var met = 0

  init(cohort: Int = 0, met: Int = 0) {
    self.cohort = cohort
    self.met = met
  }
}

/// One municipality's early effort in a period: every measure's months, its status, the overall
/// status and the target-group breakdown (SPEC 4.1, 4.6).
package struct KommuneEarlyEffort: Sendable {
  let kommune: Kommune
  let period: Period
  /// One result per measure of the rule set, in its order.
  let results: [MeasureResult]

  /// One measure's half-year and its target-group counts.
  struct MeasureResult: Sendable {
    let measure: EarlyEffortMeasure
    let halfYear: MeasureHalfYear
    /// Cohort and met over the six months by target group (`nil` for `mangler_data`).
    let groups: [Maalgruppe: GroupCount]?
    /// Every cohort spell of each month of `halfYear.months` with its judgement, in extract order
    /// (`nil` for `mangler_data`): the case list (SPEC 5.2) the month's counts were made from.
    let cases: [[JudgedSpell]]?

    /// The spells not met over the half-year by reason, in `NotMetReason` order (empty reasons left
    /// out); `nil` for `mangler_data`.
    var reasons: [(reason: NotMetReason, count: Int)]? {
      guard let cases else { return nil }
      var counts: [NotMetReason: Int] = [:]
      for month in cases {
        for judged in month { if let reason = judged.judgement.reason { counts[reason, default: 0] += 1 } }
      }
      return NotMetReason.allCases.compactMap { reason in counts[reason].map { (reason, $0) } }
    }
  }

  init(kommune: Kommune, period: Period, results: [MeasureResult]) {
    self.kommune = kommune
    self.period = period
    self.results = results
  }

  func halfYear(_ measure: EarlyEffortMeasure) -> MeasureHalfYear {
    results.first { $0.measure == measure }!.halfYear
  }

  func groups(_ measure: EarlyEffortMeasure) -> [Maalgruppe: GroupCount]? {
    results.first { $0.measure == measure }?.groups
  }

  /// The result of `measure`.
  func result(_ measure: EarlyEffortMeasure) -> MeasureResult? {
    results.first { $0.measure == measure }
  }

  /// SPEC 4.1: `opfylder_ikke` when a measure that flags is `under_kriteriet`, and so on; measures
  /// that only inform (the a-kasse measure, SPEC 4.6) never enter it.
  var overall: OverallStatus {
    OverallStatus(results.filter { $0.measure.flags && $0.halfYear.status != .ikkeGaeldende }.map(\.halfYear.status))
  }

  /// The measures that put the municipality on the list: flagging and `under_kriteriet`.
  var failedMeasures: [EarlyEffortMeasure] {
    results.filter { $0.measure.flags && $0.halfYear.status == .underKriteriet }.map(\.measure)
  }
}

extension KommuneEarlyEffort {
  /// Computes every measure for one municipality's extract in `period`.
  /// - Parameter tables: the extract grouped by person, when the caller has it already.
  init(_ extract: KommuneExtract, period: Period, rules: EarlyEffortRules, tables: PersonTables? = nil) {
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
      let judge: ((CohortSpell, MeasureMonthRules) -> SpellJudgement)?
      switch measure.rule {
      case .samtaler: judge = samtale.map { rule in { spell, rules in rule.judge(spell, rules.talks[spell.spell.maalgruppe]!) } }
      case .tilbud: judge = tilbud.map { rule in { spell, rules in rule.judge(spell, rules.offer!) } }
      }
      guard let candidates, let judge else {
        let settings = rules.months.compactMap { month in month.rules(for: measure).map { MonthSetting(month, $0) } }
        return MeasureResult(
          measure: measure,
          halfYear: MeasureHalfYear(months: nil, settings: settings, consecutiveMonthsBelow: rules.consecutiveMonthsBelow),
          groups: nil, cases: nil)
      }
      let cohorts = Cohort.monthly(
        months: months, candidates: candidates, groups: rules.months.map { $0.rules(for: measure)?.groups })
      return Self.measure(
        measure, cohorts: cohorts, months: rules.months, consecutive: rules.consecutiveMonthsBelow, judge: judge)
    }
  }

  /// The judged spells, monthly shares and target-group counts of one measure, over the months whose
  /// regime has it. Every count is made from the judgements.
  private static func measure(
    _ measure: EarlyEffortMeasure, cohorts: [[CohortSpell]], months: [MonthRules], consecutive: Int,
    judge: (CohortSpell, MeasureMonthRules) -> SpellJudgement
  ) -> MeasureResult {
    var groups: [Maalgruppe: GroupCount] = [:]
    var shares: [MonthlyShare] = []
    var cases: [[JudgedSpell]] = []
    for (cohort, month) in zip(cohorts, months) {
      guard let rules = month.rules(for: measure) else { continue }
      let judged = cohort.map { JudgedSpell(spell: $0, judgement: judge($0, rules)) }
      var met = 0
      for spell in judged {
        let group = spell.spell.spell.maalgruppe
        groups[group, default: GroupCount()].cohort += 1
        if spell.judgement.isMet {
          met += 1
          groups[group, default: GroupCount()].met += 1
        }
      }
      shares.append(MonthlyShare(setting: MonthSetting(month, rules), cohort: judged.count, met: met))
      cases.append(judged)
    }
    return MeasureResult(
      measure: measure,
      halfYear: MeasureHalfYear(months: shares, settings: shares.map(\.setting), consecutiveMonthsBelow: consecutive),
      groups: groups, cases: cases)
  }
}
