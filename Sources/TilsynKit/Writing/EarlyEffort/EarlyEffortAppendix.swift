/// The appendix to the minister's letter (SPEC 5, DOMAIN "Who uses it"): "Oversigt over kommuner,
/// som ikke opfylder kriterierne i den tidlige indsats" — every municipality that is `opfylder_ikke`,
/// sorted by AMK, then name (Danish alphabetical order), with the criterion or criteria it does not
/// meet and its highest monthly share (below 80 % in all six months by definition).
public enum EarlyEffortAppendix {
  public static let title = "Oversigt over kommuner, som ikke opfylder kriterierne i den tidlige indsats"

  /// The rows in appendix order.
  static func rows(_ summary: EarlyEffortSummary) -> [KommuneEarlyEffort] {
    summary.opfylderIkke.sorted { a, b in
      a.kommune.amk != b.kommune.amk
        ? DanishOrder.precedes(a.kommune.amk, b.kommune.amk) : DanishOrder.precedes(a.kommune.name, b.kommune.name)
    }
  }

  /// `bilag_tidlig_indsats.csv`.
  public static func csv(_ summary: EarlyEffortSummary) -> ExcelCSV {
    var csv = ExcelCSV(header: [
      "amk", "kommune", "kommunenavn", "samtale_under_kriteriet", "tilbud_under_kriteriet", "hoejeste_andel_samtale",
      "hoejeste_andel_tilbud",
    ])
    for result in rows(summary) {
      csv.appendRow(
        [result.kommune.amk, result.kommune.codeText, result.kommune.name]
          + EarlyEffortMeasure.allCases.map { result.halfYear($0).status == .underKriteriet ? "ja" : "nej" }
          + EarlyEffortMeasure.allCases.map { highest(result, $0) })
    }
    return csv
  }

  /// `bilag_tidlig_indsats.md`.
  public static func markdown(_ summary: EarlyEffortSummary, period: Period) -> String {
    var table = MarkdownTable(
      header: ["AMK", "Kommune", "Jobsamtaler", "Tilbud", "Højeste andel, samtaler (pct.)", "Højeste andel, tilbud (pct.)"],
      rightAligned: [4, 5])
    let rows = rows(summary)
    for result in rows {
      table.append(
        [result.kommune.amk, result.kommune.name]
          + EarlyEffortMeasure.allCases.map { result.halfYear($0).status == .underKriteriet ? "X" : "" }
          + EarlyEffortMeasure.allCases.map { highest(result, $0) })
    }
    return """
      # Bilag: \(title)

      Opfølgning for \(PeriodText.long(period)). X: kommunen har i alle seks måneder haft under 80 pct. af \
      borgerne med seks måneders anciennitet, der har fået mindst det krævede antal jobsamtaler (jobsamtaler) \
      eller et tilbud (tilbud). Højeste andel er den højeste månedlige andel i halvåret. \
      I alt \(EarlyEffortChapter.kommuner(rows.count)).

      \(table.text)
      """
  }

  private static func highest(_ result: KommuneEarlyEffort, _ measure: EarlyEffortMeasure) -> String {
    result.halfYear(measure).highest.map { EarlyEffortTables.share($0.met, $0.cohort) } ?? ""
  }
}
