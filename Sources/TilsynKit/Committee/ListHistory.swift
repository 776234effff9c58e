/// The committee page's history of the municipalities on this period's list (issue 15; SPEC 4.1):
/// for each municipality that does not meet the early-effort criteria, its overall status in every
/// follow-up found under `<reports>` and in this one, in words, with the streak. Statuses are not
/// counts, so the table needs no disclosure control.
struct ListHistory: Sendable {
  var table: MarkdownTable

  init(_ summary: EarlyEffortSummary) {
    let earlier = summary.history.followUps
    let periods = earlier.map(\.period) + [summary.kommuner.first?.period].compactMap { $0 }
    table = MarkdownTable(
      header: ["Kommune", "AMK"] + periods.map(PeriodText.long) + ["I træk"], rightAligned: [periods.count + 2])
    let listed = summary.opfylderIkke.sorted { DanishOrder.precedes($0.kommune.name, $1.kommune.name) }
    for result in listed {
      let code = result.kommune.code
      let before = earlier.map { followUp in followUp.statuses[code].map { Self.word($0.overall) } ?? "–" }
      table.append(
        [result.kommune.name, result.kommune.amk] + before + [Self.word(result.overall)]
          + [summary.streak(result).map(String.init) ?? ""])
    }
  }

  var isEmpty: Bool { table.rows.isEmpty }

  /// A status as a short word for a table cell.
  static func word(_ status: OverallStatus) -> String {
    switch status {
    case .opfylderIkke: "opfylder ikke"
    case .opfylder: "opfylder"
    case .ikkeVurderet: "ikke vurderet"
    case .manglerData: "mangler data"
    }
  }

  static let title = "Kommuner, der ikke opfylder kriterierne: status ved hver opfølgning"
  static let note =
    "Samlet status for den tidlige indsats ved hver opfølgning, der findes (– = ingen opfølgning for kommunen); "
    + "»I træk« er antallet af opfølgninger i træk, denne medregnet, hvor kommunen ikke har opfyldt kriterierne."
}
