/// What-if (SPEC 1, `tilsyn sammenlign`): the same extract's early effort under two rule sets, A and
/// B, per municipality and measure — status, months under the criterion and the half-year share —
/// which municipalities enter or leave the list of those not meeting the criteria, and the national
/// counts. Only the early-effort measures are compared: they are the ones whose rules the regimes
/// change and that put a municipality on the minister's list.
package struct RuleComparison: Sendable {
  package let period: Period
  package let a: Side
  package let b: Side

  /// One rule set and the early effort it gives.
  package struct Side: Sendable {
    package let rules: RuleSet
    let summary: EarlyEffortSummary

    /// The measure with `id` under this rule set, if it has one.
    func measure(_ id: String) -> EarlyEffortMeasure? { summary.measures.first { $0.id == id } }
  }

  /// Both rule sets' early-effort rules for the period, for `measure`.
  package struct Rules: Sendable {
    let a: EarlyEffortRules
    let b: EarlyEffortRules

    package init(period: Period, a: RuleSet, b: RuleSet) {
      self.a = EarlyEffortRules(rules: a, period: period)
      self.b = EarlyEffortRules(rules: b, period: period)
    }
  }

  /// One municipality's early effort under A and under B.
  package struct KommunePair: Sendable {
    let a: KommuneEarlyEffort
    let b: KommuneEarlyEffort
  }

  /// One municipality measured under both rule sets: what `ExtractLoader.load(checksums:measuring:)`
  /// runs on the core that read it.
  package static func measure(_ kommune: KommuneExtract, period: Period, rules: Rules) -> KommunePair {
    let tables = PersonTables(kommune)
    return KommunePair(
      a: KommuneEarlyEffort(kommune, period: period, rules: rules.a, tables: tables),
      b: KommuneEarlyEffort(kommune, period: period, rules: rules.b, tables: tables))
  }

  /// Both sides from every municipality's `measure`, in code order.
  package init(period: Period, a: RuleSet, b: RuleSet, rules: Rules, kommuner: [KommunePair]) {
    self.period = period
    self.a = Side(rules: a, summary: EarlyEffortSummary(kommuner: kommuner.map(\.a), previous: nil, rules: rules.a))
    self.b = Side(rules: b, summary: EarlyEffortSummary(kommuner: kommuner.map(\.b), previous: nil, rules: rules.b))
  }

  /// The measure ids of either rule set, A's order first.
  package var measureIDs: [String] {
    var ids = a.summary.measures.map(\.id)
    for measure in b.summary.measures where !ids.contains(measure.id) { ids.append(measure.id) }
    return ids
  }

  /// Municipalities on the list (`opfylder_ikke`) under B but not A, and under A but not B.
  var entering: [Kommune] { changed { !$0 && $1 } }
  var leaving: [Kommune] { changed { $0 && !$1 } }

  private func changed(_ test: (Bool, Bool) -> Bool) -> [Kommune] {
    zip(a.summary.kommuner, b.summary.kommuner).filter {
      test($0.overall == .opfylderIkke, $1.overall == .opfylderIkke)
    }.map(\.0.kommune)
  }

  /// One measure's half-year in one municipality under one side, or `nil` when the side has no
  /// such measure.
  static func halfYear(_ side: Side, _ index: Int, _ id: String) -> MeasureHalfYear? {
    side.measure(id).map { side.summary.kommuner[index].halfYear($0) }
  }

  /// The half-year share: met over cohort summed over the months, or `nil` without counts.
  static func halfYearShare(_ halfYear: MeasureHalfYear?) -> (met: Int, cohort: Int)? {
    guard let months = halfYear?.months, !months.isEmpty else { return nil }
    return (months.reduce(0) { $0 + $1.met }, months.reduce(0) { $0 + $1.cohort })
  }
}
