/// Every measure's rules, read from the rule set once per run (SPEC 4).
struct MeasureRules: Sendable {
  let earlyEffort: EarlyEffortRules
  let skaerpet: SkaerpetRules

  init(_ rules: RuleSet, period: Period) {
    earlyEffort = EarlyEffortRules(rules: rules)
    skaerpet = SkaerpetRules(rules: rules, on: period.lastDay)
  }
}

/// One municipality's results for every measure, computed together on one core.
struct KommuneResults: Sendable {
  let earlyEffort: KommuneEarlyEffort
  let skaerpet: KommuneSkaerpetTilsyn

  init(_ extract: KommuneExtract, benchmark: BenchmarkRow?, period: Period, rules: MeasureRules) {
    earlyEffort = KommuneEarlyEffort(extract, period: period, rules: rules.earlyEffort)
    skaerpet = KommuneSkaerpetTilsyn(extract, benchmark: benchmark, period: period, rules: rules.skaerpet)
  }
}

/// The national summaries the reports are written from.
public struct Summaries: Sendable {
  public let earlyEffort: EarlyEffortSummary
  public let skaerpet: SkaerpetSummary
}
