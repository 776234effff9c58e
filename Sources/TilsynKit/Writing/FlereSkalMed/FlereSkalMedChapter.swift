/// The Flere skal med chapter of `rapport.md` (SPEC 4.3, 5), in the style of the minister's letter
/// of 7 May 2019: how many in gruppe 2 switched benefit, how many still on kontanthjælp have been in
/// gruppe 2 for more than nine months, how many are in no active offer; then the municipalities whose
/// mayor gets a letter, and those without data.
enum FlereSkalMedChapter {
  /// The headline line: the municipalities whose mayor gets a letter, or why no letters are written.
  static func headline(_ summary: FlereSkalMedSummary) -> String {
    guard let thresholds = summary.thresholds else { return "Flere skal med, gruppe 2: ingen kommuner i opgørelsen." }
    let count = summary.kommuner.filter { ($0.counts?.over9Mdr ?? 0) >= thresholds.letterMinimum }.count
    let who =
      "\(EarlyEffortChapter.kommuner(count)) har \(thresholds.letterMinimum) eller flere borgere på kontanthjælp, der har "
      + "været i Flere skal med, gruppe 2 i mere end \(RuleText.number(thresholds.months)) måneder uden behandling i "
      + "rehabiliteringsteamet"
    guard thresholds.lettersInForce else { return who + " (ingen breve: \(noLetterReason(thresholds)))." }
    return who + " (brev til borgmesteren)."
  }

  /// Why no letters are written once the requirement is gone (SPEC 4.3, 4.6).
  static func noLetterReason(_ thresholds: FlereSkalMedThresholds) -> String {
    "kravet om behandling i rehabiliteringsteamet, som brevene bygger på, er ophævet ved beskæftigelsesreformen 2025"
      + (thresholds.requirementRemovedFrom.map { " med virkning fra \(PeriodText.longDate($0))" } ?? "")
  }

  static func markdown(_ summary: FlereSkalMedSummary, period: Period) -> String {
    let e = period.lastDay
    var text = "## Flere skal med, gruppe 2\n\n"
    text +=
      "Opgjort pr. \(e.danish) for borgere med markeringen \"FSM 2: Rehab (Gr. 2)\" (FSM2_REHAB), der er startet "
      + "senest den dag. En borger med flere markeringer tælles én gang, fra den første; en afsluttet markering "
      + "tæller med. Ydelsen pr. \(e.danish) er det ydelsesforløb, der dækker dagen. Opgørelsen følger STAR's "
      + "opfølgningsmodel fra ministerens brev af 7. maj 2019.\n\n"
    guard let thresholds = summary.thresholds else { return text + "Der er ingen kommuner i opgørelsen.\n\n" }
    let n = summary.national
    let withData = summary.withData.count
    text += "- I alt er \(borgere(n.iGruppe2)) i gruppe 2 i \(EarlyEffortChapter.kommuner(withData)) med data; "
    text += "\(n.behandlet) \(shareInParentheses(n.behandlet, n.iGruppe2))er behandlet i rehabiliteringsteamet.\n"
    text += "- \(shareOf(n.skiftetYdelse, n.iGruppe2)) har skiftet ydelse til ressourceforløb, jobafklaringsforløb, "
    text += "ledighedsydelse, fleksjob eller førtidspension.\n"
    text += "- Af de \(n.fortsatKontanthjaelp), der fortsat er på kontanthjælp, uddannelseshjælp eller overgangsydelse, "
    text += "har \(shareOf(n.over9Mdr, n.fortsatKontanthjaelp)) været i gruppe 2 i mere end \(thresholds.months) måneder "
    text += "uden at være behandlet i rehabiliteringsteamet, og \(shareOf(n.udenTilbud, n.fortsatKontanthjaelp)) er "
    text += "ikke i et aktivt tilbud.\n"
    text += "- \(n.afgaaet) har ingen ydelse pr. \(e.danish) (afgået), og \(n.andenYdelse) er på dagpenge, "
    text += "sygedagpenge eller revalidering.\n\n"
    text += nationalTable(n, thresholds).text + "\n"
    text += "### Brev til borgmesteren\n\n"
    guard thresholds.lettersInForce else {
      text += "Der skrives ingen breve til borgmestrene: \(noLetterReason(thresholds)). Tabellen beregnes stadig "
      text += "(alle med status »intet brev«), så kommunerne kan følge borgerne i gruppe 2.\n\n"
      return text + missingLine(summary)
    }
    let letters = summary.letters.sorted { DanishOrder.precedes($0.kommune.name, $1.kommune.name) }
    let criterion =
      "\(thresholds.letterMinimum) eller flere borgere, der fortsat er på kontanthjælp og har været i gruppe 2 i mere "
      + "end \(thresholds.months) måneder uden at være behandlet i rehabiliteringsteamet"
    if letters.isEmpty {
      text += "Ingen kommuner har \(criterion), så der sendes ingen breve.\n\n"
    } else {
      text += "\(EarlyEffortChapter.kommuner(letters.count)) har \(criterion), og ministeren skriver "
      text += "til borgmesteren (breve/):\n\n" + letterTable(letters, thresholds).text + "\n"
    }
    return text + missingLine(summary)
  }

  private static func missingLine(_ summary: FlereSkalMedSummary) -> String {
    let missing = summary.manglerData
    guard !missing.isEmpty else { return "" }
    return "Mangler data (markeringer, ydelser, samtaler eller tilbud mangler; tallene er tomme, ikke 0): "
      + missing.map(\.kommune.name).sorted(by: DanishOrder.precedes).joined(separator: ", ") + ".\n\n"
  }

  private static func nationalTable(_ n: FlereSkalMedCounts, _ thresholds: FlereSkalMedThresholds) -> MarkdownTable {
    var table = MarkdownTable(header: ["Hele landet", "Antal", "Andel (pct.)", "Af"], rightAligned: [1, 2])
    let ofGroup = "i gruppe 2"
    let ofKontanthjaelp = "fortsat på kontanthjælp"
    let rows: [(String, Int, Int, String)] = [
      ("I gruppe 2 (i_gruppe2)", n.iGruppe2, n.iGruppe2, ofGroup),
      ("Behandlet i rehabiliteringsteamet (behandlet)", n.behandlet, n.iGruppe2, ofGroup),
      ("Skiftet ydelse (skiftet_ydelse)", n.skiftetYdelse, n.iGruppe2, ofGroup),
      ("Fortsat på kontanthjælp (fortsat_kontanthjaelp)", n.fortsatKontanthjaelp, n.iGruppe2, ofGroup),
      (
        "– heraf over \(thresholds.months) måneder uden behandling (over_9_mdr)", n.over9Mdr, n.fortsatKontanthjaelp,
        ofKontanthjaelp
      ),
      ("– heraf uden aktivt tilbud (uden_tilbud)", n.udenTilbud, n.fortsatKontanthjaelp, ofKontanthjaelp),
      ("Afgået, ingen ydelse (afgaaet)", n.afgaaet, n.iGruppe2, ofGroup),
      ("Anden ydelse (anden_ydelse)", n.andenYdelse, n.iGruppe2, ofGroup),
    ]
    for (label, part, whole, of) in rows {
      table.append([label, DanishFormat.grouped(part), EarlyEffortTables.share(part, whole), of])
    }
    return table
  }

  private static func letterTable(
    _ letters: [KommuneFlereSkalMed], _ thresholds: FlereSkalMedThresholds
  ) -> MarkdownTable {
    var table = MarkdownTable(
      header: ["Kommune", "AMK", "I gruppe 2", "Fortsat på kontanthjælp", "Over \(thresholds.months) mdr.",
        "Andel over \(thresholds.months) mdr. (pct.)", "Uden tilbud"],
      rightAligned: [2, 3, 4, 5, 6])
    for result in letters {
      guard let c = result.counts else { continue }
      table.append([
        result.kommune.name, result.kommune.amk, DanishFormat.grouped(c.iGruppe2),
        DanishFormat.grouped(c.fortsatKontanthjaelp),
        DanishFormat.grouped(c.over9Mdr), EarlyEffortTables.share(c.over9Mdr, c.fortsatKontanthjaelp),
        DanishFormat.grouped(c.udenTilbud),
      ])
    }
    return table
  }

  /// "1 borger" / "1.234 borgere".
  static func borgere(_ count: Int) -> String { count == 1 ? "1 borger" : "\(DanishFormat.grouped(count)) borgere" }

  /// "45,0 pct. (9 af 20)", or just the count when there is no denominator.
  static func shareOf(_ part: Int, _ whole: Int) -> String {
    whole > 0
      ? "\(DanishFormat.percent(part, whole)) pct. (\(DanishFormat.grouped(part)) af \(DanishFormat.grouped(whole)))"
      : DanishFormat.grouped(part)
  }

  /// "(45,0 pct.) ", or nothing without a denominator.
  static func shareInParentheses(_ part: Int, _ whole: Int) -> String {
    whole > 0 ? "(\(DanishFormat.percent(part, whole)) pct.) " : ""
  }
}
