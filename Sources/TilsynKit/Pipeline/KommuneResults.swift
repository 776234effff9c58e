/// Every measure's rules, read from the rule set once per run (SPEC 4).
struct MeasureRules: Sendable {
  let earlyEffort: EarlyEffortRules
  let skaerpet: SkaerpetRules
  let flereSkalMed: FlereSkalMedRules
  let fremdrift: FremdriftRules

  init(_ rules: RuleSet, period: Period) {
    earlyEffort = EarlyEffortRules(rules: rules)
    skaerpet = SkaerpetRules(rules: rules, on: period.lastDay)
    flereSkalMed = FlereSkalMedRules(rules: rules)
    fremdrift = FremdriftRules(rules: rules)
  }
}

/// One municipality's results for every measure, computed together on one core.
struct KommuneResults: Sendable {
  let earlyEffort: KommuneEarlyEffort
  let skaerpet: KommuneSkaerpetTilsyn
  let flereSkalMed: KommuneFlereSkalMed
  let fremdrift: KommuneFremdrift

  init(_ extract: KommuneExtract, benchmark: BenchmarkRow?, period: Period, rules: MeasureRules) {
    earlyEffort = KommuneEarlyEffort(extract, period: period, rules: rules.earlyEffort)
    skaerpet = KommuneSkaerpetTilsyn(extract, benchmark: benchmark, period: period, rules: rules.skaerpet)
    flereSkalMed = KommuneFlereSkalMed(extract, period: period, rules: rules.flereSkalMed)
    fremdrift = KommuneFremdrift(extract, period: period, rules: rules.fremdrift)
  }
}

/// The national summaries the reports are written from.
public struct Summaries: Sendable {
  public let earlyEffort: EarlyEffortSummary
  public let skaerpet: SkaerpetSummary
  public let flereSkalMed: FlereSkalMedSummary
  public let fremdrift: FremdriftSummary
}
