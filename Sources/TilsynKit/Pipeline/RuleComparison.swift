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

  /// Computes both sides from one reading of the extract.
  package init(extract: Extract, period: Period, a: RuleSet, b: RuleSet) {
    self.period = period
    let rulesA = EarlyEffortRules(rules: a, period: period)
    let rulesB = EarlyEffortRules(rules: b, period: period)
    let kommuner = extract.kommuner
    let results = parallelMap(kommuner.count) { index in
      let tables = PersonTables(kommuner[index])
      return (
        KommuneEarlyEffort(kommuner[index], period: period, rules: rulesA, tables: tables),
        KommuneEarlyEffort(kommuner[index], period: period, rules: rulesB, tables: tables)
      )
    }
    self.a = Side(rules: a, summary: EarlyEffortSummary(kommuner: results.map(\.0), previous: nil, rules: rulesA))
    self.b = Side(rules: b, summary: EarlyEffortSummary(kommuner: results.map(\.1), previous: nil, rules: rulesB))
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
