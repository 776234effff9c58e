/// Every measure's rules, read from the rule set once per run (SPEC 4).
struct MeasureRules: Sendable {
  let earlyEffort: EarlyEffortRules
  let skaerpet: SkaerpetRules
  let flereSkalMed: FlereSkalMedRules
  let fremdrift: FremdriftRules
  let indicators: IndicatorRules

  init(_ rules: RuleSet, period: Period) {
    indicators = IndicatorRules(rules: rules)
    earlyEffort = EarlyEffortRules(rules: rules, period: period)
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
  let indicators: KommuneIndicators

  init(_ extract: KommuneExtract, benchmark: BenchmarkRow?, period: Period, rules: MeasureRules) {
    let tables = PersonTables(extract)
    earlyEffort = KommuneEarlyEffort(extract, period: period, rules: rules.earlyEffort, tables: tables)
    skaerpet = KommuneSkaerpetTilsyn(extract, benchmark: benchmark, period: period, rules: rules.skaerpet, tables: tables)
    flereSkalMed = KommuneFlereSkalMed(extract, period: period, rules: rules.flereSkalMed, tables: tables)
    fremdrift = KommuneFremdrift(extract, period: period, rules: rules.fremdrift, tables: tables)
    indicators = KommuneIndicators(extract, benchmark: benchmark, period: period, rules: rules.indicators, tables: tables)
  }
}

/// The national summaries the reports are written from.
struct Summaries: Sendable {
  let earlyEffort: EarlyEffortSummary
  let skaerpet: SkaerpetSummary
  let flereSkalMed: FlereSkalMedSummary
  let fremdrift: FremdriftSummary
  let indicators: IndicatorSummary
}
