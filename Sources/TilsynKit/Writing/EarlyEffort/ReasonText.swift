/// The not-met reasons in words (issue 15): for the report's table under the flagged municipalities
/// and the letter's sentence "27 af 41 havde intet tilbud; 9 havde et tilbud, der var for kort".
enum ReasonText {
  /// One sentence over a measure's not-met spells, largest reason first (ties in `NotMetReason`
  /// order), "alle 421 havde for få jobsamtaler" when there is one reason; empty when every spell met
  /// the measure or there are no counts.
  static func sentence(_ reasons: [(reason: NotMetReason, count: Int)]?) -> String {
    guard let reasons, !reasons.isEmpty else { return "" }
    if reasons.count == 1 { return "alle \(DanishFormat.grouped(reasons[0].count)) \(reasons[0].reason.danish)" }
    let total = reasons.reduce(0) { $0 + $1.count }
    let ordered = reasons.enumerated().sorted { ($1.element.count, $0.offset) < ($0.element.count, $1.offset) }.map(\.element)
    return ordered.enumerated().map { index, item in
      index == 0
        ? "\(DanishFormat.grouped(item.count)) af \(DanishFormat.grouped(total)) \(item.reason.danish)"
        : "\(DanishFormat.grouped(item.count)) \(item.reason.danish)"
    }.joined(separator: "; ")
  }

  /// A reason as a column header.
  static func label(_ reason: NotMetReason) -> String {
    switch reason {
    case .forFaaSamtaler: "For få samtaler"
    case .intetTilbud: "Intet tilbud"
    case .tilbudForKort: "Tilbud for kort"
    case .tilbudstypeTaellerIkke: "Typen tæller ikke"
    case .bevilgetUdenforVinduet: "Bevilget for sent/tidligt"
    case .tilbudStartetForSent: "Startet efter fristen"
    }
  }

  /// The report's table: per flagged municipality the not-met spells over the half-year and how many
  /// of them for each reason that occurs among them.
  static func table(_ measure: EarlyEffortMeasure, _ kommuner: [KommuneEarlyEffort]) -> MarkdownTable {
    let counts = kommuner.map { kommune in
      Dictionary(uniqueKeysWithValues: (kommune.result(measure)?.reasons ?? []).map { ($0.reason, $0.count) })
    }
    let reasons = NotMetReason.allCases.filter { reason in counts.contains { $0[reason] != nil } }
    var table = MarkdownTable(
      header: ["Kommune", "Ikke opfyldt"] + reasons.map(label),
      rightAligned: Set(1...(reasons.count + 1)))
    for (kommune, count) in zip(kommuner, counts) {
      table.append(
        [kommune.kommune.name, DanishFormat.grouped(count.values.reduce(0, +))]
          + reasons.map { DanishFormat.grouped(count[$0] ?? 0) })
    }
    return table
  }
}
