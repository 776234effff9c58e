/// `indikatorer.csv` (SPEC 4.5, 5): one row per municipality in code order, for Danish Excel. Each
/// indicator has a column named as SPEC 4.5 names it, next to the counts behind it; then each
/// municipality's place per indicator, and `status`. Where an indicator is `mangler_data` its counts
/// and value are empty, never 0; a share with no denominator (0 `RF` spells ended) is empty too, with
/// its counts shown.
///
/// The counts: `tilgang_fp` (`FP` spells starting in P) and `befolkning_16_66`; `afgang_rf_antal`
/// (`RF` spells ending in P) and `afgang_rf_job_uddannelse` (of these, exits); `ledighedsydelse_personer`
/// and `fleksjob_personer` (persons with at least one day on the benefit in P) beside their
/// fuldtidspersoner; `fleksjob_faa_timer` (persons on `FJ` on W's first day with at most 43.3 hours in
/// its first month) and `fleksjob_timeprogression` (of these, those with the progression). `status` is
/// `beregnet`, `mangler_data` or `mangler_data_timer`.
enum IndicatorTables {
  /// The header, in order.
  static let header: [String] =
    [
      "kommune", "kommunenavn", "amk",
      "tilgang_fp", "befolkning_16_66", "tilgang_fp_pr_10000",
      "ressourceforloeb_personer", "ressourceforloeb_fuldtid",
      "afgang_rf_antal", "afgang_rf_job_uddannelse", "afgang_rf_job_uddannelse_andel",
      "ledighedsydelse_personer", "ledighedsydelse_fuldtid", "fleksjob_personer", "fleksjob_fuldtid",
      "ledighed_fleksjob_andel",
      "fleksjob_faa_timer", "fleksjob_timeprogression", "timeprogression_andel",
    ] + Indicator.allCases.map { "placering_" + $0.rawValue } + ["status"]

  static func csv(_ summary: IndicatorSummary) -> ExcelCSV {
    var csv = ExcelCSV(header: header)
    for result in summary.kommuner {
      let kommune = result.kommune
      var row = [kommune.codeText, kommune.name, kommune.amk]
      row += cells(result.values)
      row += Indicator.allCases.map { indicator in summary.place(indicator, of: kommune).map(String.init) ?? "" }
      row.append(status(result.values))
      csv.appendRow(row)
    }
    return csv
  }

  /// The counts and values of one municipality, empty where `mangler_data`.
  private static func cells(_ values: IndicatorValues?) -> [String] {
    guard let values else { return Array(repeating: "", count: header.count - 4 - Indicator.allCases.count) }
    let fp = values.foertidspension
    let ly = values.ledighedFleksjob.ledighedsydelse
    let fj = values.ledighedFleksjob.fleksjob
    return [
      String(fp.spells), String(fp.population), Indicator.tilgangFoertidspension.text(values),
      Indicator.ressourceforloebPersoner.text(values), Indicator.ressourceforloebFuldtid.text(values),
    ]
      + fractionCells(values.afgangRF, values, .afgangRessourceforloeb)
      + [String(ly.persons), ly.text, String(fj.persons), fj.text, Indicator.ledighedFleksjob.text(values)]
      + fractionCells(values.timeprogression, values, .timeprogression)
  }

  /// Denominator, numerator and share, or three empty cells for `mangler_data`.
  private static func fractionCells(
    _ fraction: IndicatorFraction?, _ values: IndicatorValues, _ indicator: Indicator
  ) -> [String] {
    guard let fraction else { return ["", "", ""] }
    return [String(fraction.denominator), String(fraction.numerator), indicator.text(values)]
  }

  /// `beregnet`; `mangler_data` (no `ydelser` or no benchmark row: every indicator); or
  /// `mangler_data_timer` (no `timer`: the exit share and the hour progression).
  static func status(_ values: IndicatorValues?) -> String {
    guard let values else { return "mangler_data" }
    return values.afgangRF == nil || values.timeprogression == nil ? "mangler_data_timer" : "beregnet"
  }
}
