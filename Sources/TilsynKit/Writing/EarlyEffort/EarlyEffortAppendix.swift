/// The appendix to the minister's letter (SPEC 5, DOMAIN "Who uses it"): "Oversigt over kommuner,
/// som ikke opfylder kriterierne i den tidlige indsats" — every municipality that is `opfylder_ikke`,
/// sorted by AMK, then name (Danish alphabetical order), with the criterion or criteria it does not
/// meet and its highest monthly share (below the criterion in every month by definition). Only the
/// measures that flag appear (SPEC 4.6: never the a-kasse measure).
enum EarlyEffortAppendix {
  static let title = "Oversigt over kommuner, som ikke opfylder kriterierne i den tidlige indsats"

  /// The rows in appendix order.
  static func rows(_ summary: EarlyEffortSummary) -> [KommuneEarlyEffort] {
    summary.opfylderIkke.sorted { a, b in
      a.kommune.amk != b.kommune.amk
        ? DanishOrder.precedes(a.kommune.amk, b.kommune.amk) : DanishOrder.precedes(a.kommune.name, b.kommune.name)
    }
  }

  /// `bilag_tidlig_indsats.csv`.
  static func csv(_ summary: EarlyEffortSummary) -> ExcelCSV {
    let measures = summary.flaggingMeasures
    var csv = ExcelCSV(
      header: ["amk", "kommune", "kommunenavn"] + measures.map { "\($0.id)_under_kriteriet" }
        + measures.map { "hoejeste_andel_\($0.id)" } + ["i_traek"])
    for result in rows(summary) {
      csv.appendRow(
        [result.kommune.amk, result.kommune.codeText, result.kommune.name]
          + measures.map { result.halfYear($0).status == .underKriteriet ? "ja" : "nej" }
          + measures.map { highest(result, $0) } + [summary.streak(result).map(String.init) ?? ""])
    }
    return csv
  }

  /// `bilag_tidlig_indsats.md`.
  static func markdown(_ summary: EarlyEffortSummary, period: Period) -> String {
    let measures = summary.flaggingMeasures
    var table = MarkdownTable(
      header: ["AMK", "Kommune"] + measures.map { $0.name.capitalizedFirst }
        + measures.map { "Højeste andel, \($0.name) (pct.)" } + ["Opfølgninger i træk"],
      rightAligned: Set((2 + measures.count)...(2 + 2 * measures.count)))
    let rows = rows(summary)
    for result in rows {
      table.append(
        [result.kommune.amk, result.kommune.name]
          + measures.map { result.halfYear($0).status == .underKriteriet ? "X" : "" }
          + measures.map { highest(result, $0) } + [summary.streak(result).map(String.init) ?? ""])
    }
    let rules = summary.rules
    let criterion = "kriteriet: " + RuleText.criteria(measures, rules)
    let seniority = RuleText.number(rules.monthsToSixMonthDate)
    return """
      # Bilag: \(title)

      Opfølgning for \(PeriodText.long(period)). X: i alle \(RuleText.number(rules.consecutiveMonthsBelow)) måneder \
      har en mindre andel end kriteriet af borgerne med \(seniority) måneders anciennitet fået det, målet kræver \
      (\(criterion)). Højeste andel er den højeste månedlige andel i halvåret. Opfølgninger i træk: hvor mange \
      opfølgninger i træk, denne medregnet, kommunen ikke har opfyldt kriterierne (1: første gang). I alt \
      \(EarlyEffortChapter.kommuner(rows.count)).

      \(table.text)
      """
  }

  private static func highest(_ result: KommuneEarlyEffort, _ measure: EarlyEffortMeasure) -> String {
    result.halfYear(measure).highest.map { EarlyEffortTables.share($0.met, $0.cohort) } ?? ""
  }
}
