/// The fremdriftsgaranti chapter of `rapport.md` (SPEC 4.4, 5). It says first that this is a proposed
/// scheme (the expert group on the future employment effort, 2024; DOMAIN), then how it is measured,
/// the national share, the count per status and the municipalities under the criterion.
enum FremdriftChapter {
  static func markdown(_ summary: FremdriftSummary, period: Period) -> String {
    let e = period.lastDay
    var text = "## Fremdriftsgaranti (foreslået ordning)\n\n"
    text +=
      "Fremdriftsgarantien er en foreslået ordning, ikke gældende lov: ekspertgruppen om fremtidens "
      + "beskæftigelsesindsats foreslog i 2024 én årlig opfølgning for hver kontanthjælpsmodtager med et års "
      + "anciennitet, som ikke er i den jobsøgende indsats, med vurdering af fremdrift, barrierer og om borgeren er "
      + "på den rigtige ydelse. Opgørelsen viser, hvordan kommunerne ville stå, hvis ordningen blev indført; "
      + "kommuner under kriteriet er ikke i strid med nogen regel.\n\n"
    guard let t = summary.thresholds else { return text + "Der er ingen kommuner i opgørelsen.\n\n" }
    let window = t.window(endingOn: e)
    text +=
      "Opgjort pr. \(e.danish). *Omfattet* er borgere, hvis forløb den dag er aktivitetsparat kontanthjælp (KHA), "
      + "og som har mindst \(t.seniorityMonths) måneders sammenhængende offentlig forsørgelse (afbrydelser på højst "
      + "\(t.maximumGapDays) dage bryder ikke ancienniteten). *Opfyldt* er de omfattede, der har haft en "
      + "fremdriftsvurdering fra \(window.lowerBound.danish) til \(window.upperBound.danish). En kommune er *under "
      + "kriteriet*, når mindst \(t.minimum) er omfattet og under \(DanishFormat.decimalTrimmed(t.criterion)) pct. "
      + "af dem har haft en fremdriftsvurdering (sammenlignet eksakt, før afrunding); med færre end \(t.minimum) "
      + "omfattede er den *ikke vurderet*.\n\n"
    if summary.due > 0 {
      text +=
        "På landsplan var \(FlereSkalMedChapter.borgere(summary.due)) omfattet; \(DanishFormat.grouped(summary.met)) "
        + "(\(DanishFormat.percent(summary.met, summary.due)) pct.) havde haft en fremdriftsvurdering.\n\n"
    } else {
      text += "På landsplan var ingen borgere omfattet.\n\n"
    }
    let counts = MeasureStatus.allCases.filter { $0 != .ikkeGaeldende }.map { "\(summary.count($0)) \(StatusText.measure($0))" }
    text += "Status for de \(summary.kommuner.count) kommuner: " + counts.joined(separator: ", ") + ".\n\n"
    text += "### Kommuner under kriteriet\n\n"
    let flagged = summary.underKriteriet.sorted { a, b in
      a.kommune.amk != b.kommune.amk
        ? DanishOrder.precedes(a.kommune.amk, b.kommune.amk) : DanishOrder.precedes(a.kommune.name, b.kommune.name)
    }
    if flagged.isEmpty {
      text += "Ingen kommuner er under kriteriet.\n\n"
    } else {
      var table = MarkdownTable(header: ["Kommune", "AMK", "Omfattet", "Opfyldt", "Andel (pct.)"], rightAligned: [2, 3, 4])
      for result in flagged {
        guard let share = result.share else { continue }
        table.append([
          result.kommune.name, result.kommune.amk, DanishFormat.grouped(share.cohort), DanishFormat.grouped(share.met),
          EarlyEffortTables.share(share.met, share.cohort),
        ])
      }
      text += table.text + "\n"
    }
    let missing = summary.kommuner(.manglerData)
    if !missing.isEmpty {
      text += "Mangler data (forloeb, ydelser eller samtaler mangler; tallene er tomme, ikke 0): "
      text += missing.map(\.kommune.name).sorted(by: DanishOrder.precedes).joined(separator: ", ") + ".\n\n"
    }
    return text
  }
}
