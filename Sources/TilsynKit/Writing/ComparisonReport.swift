/// `sammenligning.csv` and `sammenligning.md` (SPEC 1, `tilsyn sammenlign`): the early effort of one
/// extract under rule sets A and B, in Danish.
package enum ComparisonReport {
  /// One row per municipality and measure, then a `samlet` row per municipality with the overall
  /// status; `aendret` is `ja` when the status differs.
  package static func csv(_ comparison: RuleComparison) -> ExcelCSV {
    var csv = ExcelCSV(header: [
      "kommune", "kommunenavn", "maal", "status_a", "status_b", "maaneder_under_kriteriet_a", "maaneder_under_kriteriet_b",
      "andel_a", "andel_b", "aendret",
    ])
    let ids = comparison.measureIDs
    for (index, result) in comparison.a.summary.kommuner.enumerated() {
      let kommune = result.kommune
      for id in ids {
        let halfYears = [comparison.a, comparison.b].map { RuleComparison.halfYear($0, index, id) }
        let statuses = halfYears.map { ($0?.status ?? .ikkeGaeldende).rawValue }
        csv.appendRow(
          [kommune.codeText, kommune.name, id] + statuses
            + halfYears.map { $0?.monthsBelowCriterion.map(String.init) ?? "" }
            + halfYears.map { RuleComparison.halfYearShare($0).map { EarlyEffortTables.share($0.met, $0.cohort) } ?? "" }
            + [statuses[0] == statuses[1] ? "nej" : "ja"])
      }
      let overall = [comparison.a, comparison.b].map { $0.summary.kommuner[index].overall.rawValue }
      csv.appendRow(
        [kommune.codeText, kommune.name, "samlet"] + overall + ["", "", "", "", overall[0] == overall[1] ? "nej" : "ja"])
    }
    return csv
  }

  package static func markdown(_ comparison: RuleComparison) -> String {
    let period = PeriodText.long(comparison.period)
    var text = "# Sammenligning af regelsæt — \(period)\n\n"
    text += "Samme udtræk (\(comparison.period)) beregnet efter to regelsæt:\n\n"
    for (label, side) in [("A", comparison.a), ("B", comparison.b)] {
      text += "- **\(label)**: \(side.rules.path), version \(side.rules.version), SHA-256 \(side.rules.sha256)\n"
    }
    text += "\n## Landstal\n\n"
    for id in comparison.measureIDs {
      text += "- " + nationalLine(id, comparison) + "\n"
      let notAssessed = [comparison.a, comparison.b].map { side in
        side.measure(id).map { side.summary.count($0, .ikkeVurderet) } ?? 0
      }
      if notAssessed[0] != notAssessed[1] {
        text += "  (ikke vurderet, fx fordi kohorten er under minimum: \(notAssessed[1]) efter B mod \(notAssessed[0]) efter A)\n"
      }
    }
    let (a, b) = (comparison.a.summary.opfylderIkke.count, comparison.b.summary.opfylderIkke.count)
    text += "- Opfylder ikke mindst ét kriterium: \(EarlyEffortChapter.kommuner(b)) efter B mod \(a) efter A.\n\n"
    text += "## Ændringer på listen\n\n"
    text += listLine("Kommer på listen efter B", comparison.entering)
    text += listLine("Går af listen efter B", comparison.leaving)
    text += "\n## Kommuner hvor status ændres\n\n" + changes(comparison).text
    text += "\nTallene pr. kommune og mål står i sammenligning.csv.\n"
    return text
  }

  /// "tilbud: 12 kommuner under kriteriet efter B (75 pct.), mod 18 efter A (80 pct.)".
  package static func nationalLine(_ id: String, _ comparison: RuleComparison) -> String {
    let sides = [comparison.a, comparison.b].map { side -> (count: Int, criterion: String)? in
      guard let measure = side.measure(id), side.summary.applicableMeasures.contains(measure) else { return nil }
      return (side.summary.underKriteriet(measure).count, RuleText.criterion(measure, side.summary.rules))
    }
    switch (sides[0], sides[1]) {
    case (let a?, let b?):
      return "\(id): \(EarlyEffortChapter.kommuner(b.count)) under kriteriet efter B (\(b.criterion)), "
        + "mod \(a.count) efter A (\(a.criterion))"
    case (nil, let b?):
      return "\(id): \(EarlyEffortChapter.kommuner(b.count)) under kriteriet efter B (\(b.criterion)); målet gælder ikke efter A"
    case (let a?, nil):
      return "\(id): målet gælder ikke efter B; \(EarlyEffortChapter.kommuner(a.count)) under kriteriet efter A (\(a.criterion))"
    case (nil, nil):
      return "\(id): målet gælder hverken efter A eller B i perioden"
    }
  }

  private static func listLine(_ label: String, _ kommuner: [Kommune]) -> String {
    let names = kommuner.map(\.name).sorted(by: DanishOrder.precedes)
    return "- \(label) (\(names.count)): " + (names.isEmpty ? "ingen" : names.joined(separator: ", ")) + "\n"
  }

  private static func changes(_ comparison: RuleComparison) -> MarkdownTable {
    var table = MarkdownTable(header: ["Kommune", "Mål", "Status efter A", "Status efter B", "Andel A", "Andel B"], rightAligned: [4, 5])
    for (index, result) in comparison.a.summary.kommuner.enumerated() {
      for id in comparison.measureIDs {
        let halfYears = [comparison.a, comparison.b].map { RuleComparison.halfYear($0, index, id) }
        let statuses = halfYears.map { $0?.status ?? .ikkeGaeldende }
        guard statuses[0] != statuses[1] else { continue }
        table.append(
          [result.kommune.name, id, statuses[0].rawValue, statuses[1].rawValue]
            + halfYears.map { RuleComparison.halfYearShare($0).map { EarlyEffortTables.share($0.met, $0.cohort) } ?? "" })
      }
    }
    return table
  }
}
