/// One municipality's reform indicators for a period (SPEC 4.5).
///
/// One rule for the whole chapter: without `ydelser` or the municipality's `benchmark.csv` row every
/// indicator is `mangler_data` (`values` is `nil`); without `timer` only
/// `afgang_rf_job_uddannelse_andel` and `timeprogression_andel` are (`nil` inside `values`). Never 0.
struct KommuneIndicators: Sendable {
  let kommune: Kommune
  let period: Period
  /// The thresholds in force on E, from the rule set.
  let thresholds: IndicatorThresholds
  /// The indicators, or `nil` for `mangler_data`.
  let values: IndicatorValues?

  init(kommune: Kommune, period: Period, thresholds: IndicatorThresholds, values: IndicatorValues?) {
    self.kommune = kommune
    self.period = period
    self.thresholds = thresholds
    self.values = values
  }

  /// Computes every indicator of `extract` for P = [first day, E] of `period`.
  /// - Parameter tables: the extract grouped by person, when the caller has it already.
  init(
    _ extract: KommuneExtract, benchmark: BenchmarkRow?, period: Period, rules: IndicatorRules, tables: PersonTables? = nil
  ) {
    let thresholds = rules.thresholds(on: period.lastDay)
    let tables = tables ?? PersonTables(extract)
    guard let spells = tables.ydelser, let benchmark else {
      self.init(kommune: extract.kommune, period: period, thresholds: thresholds, values: nil)
      return
    }
    let p = period.firstDay...period.lastDay
    let persons = extract.persons.count
    let hours = tables.hours
    let values = IndicatorValues(
      foertidspension: FoertidspensionInflow(
        spells, in: p, population: benchmark.befolkning16til66, base: thresholds.populationBase),
      ressourceforloeb: RessourceforloebUse(spells, persons: persons, period: p),
      afgangRF: hours.map {
        RessourceforloebExit.fraction(spells, persons: persons, hours: $0, period: p, thresholds: thresholds)
      },
      ledighedFleksjob: FleksjobUnemployment(spells, persons: persons, period: p),
      timeprogression: hours.map {
        FleksjobHourProgression.fraction(spells, persons: persons, hours: $0, thresholds: thresholds)
      })
    self.init(kommune: extract.kommune, period: period, thresholds: thresholds, values: values)
  }
}

/// The reform indicators of one municipality, or of the nation (the sum over municipalities with
/// data), as exact counts (SPEC 4.5).
struct IndicatorValues: Sendable, Equatable {
  /// `tilgang_fp_pr_10000`.
  var foertidspension: FoertidspensionInflow
  /// `ressourceforloeb_personer` and `ressourceforloeb_fuldtid`.
  var ressourceforloeb: RessourceforloebUse
  /// `afgang_rf_job_uddannelse_andel`: exits over `RF` spells ending in P; `nil` when `timer` is
  /// missing (`mangler_data`).
  var afgangRF: IndicatorFraction?
  /// `ledighed_fleksjob_andel`.
  var ledighedFleksjob: FleksjobUnemployment
  /// `timeprogression_andel`: persons with the progression over fleksjob holders on few hours;
  /// `nil` when `timer` is missing (`mangler_data`).
  var timeprogression: IndicatorFraction?

  init(
    foertidspension: FoertidspensionInflow, ressourceforloeb: RessourceforloebUse, afgangRF: IndicatorFraction?,
    ledighedFleksjob: FleksjobUnemployment, timeprogression: IndicatorFraction?
  ) {
    self.foertidspension = foertidspension
    self.ressourceforloeb = ressourceforloeb
    self.afgangRF = afgangRF
    self.ledighedFleksjob = ledighedFleksjob
    self.timeprogression = timeprogression
  }

  /// The national sum: counts, days and populations added; a timer indicator over the municipalities
  /// that have it.
  static func + (lhs: IndicatorValues, rhs: IndicatorValues) -> IndicatorValues {
    IndicatorValues(
      foertidspension: lhs.foertidspension + rhs.foertidspension,
      ressourceforloeb: lhs.ressourceforloeb + rhs.ressourceforloeb,
      afgangRF: sum(lhs.afgangRF, rhs.afgangRF), ledighedFleksjob: lhs.ledighedFleksjob + rhs.ledighedFleksjob,
      timeprogression: sum(lhs.timeprogression, rhs.timeprogression))
  }

  private static func sum(_ lhs: IndicatorFraction?, _ rhs: IndicatorFraction?) -> IndicatorFraction? {
    switch (lhs, rhs) {
    case (let l?, let r?): return l + r
    default: return lhs ?? rhs
    }
  }
}
