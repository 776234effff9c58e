/// The minister's letters to the mayors of the municipalities where `fsm2.brev_minimum` (20) or more
/// kontanthjælp recipients have been in Flere skal med gruppe 2 for more than `fsm2.maaneder` (9) months without being treated
/// in the rehabiliteringsteam (SPEC 4.3, 5; DOMAIN: the letter of 7 May 2019), filled from
/// `data/skabeloner/brev_flere_skal_med.md`.
public enum FlereSkalMedLetters {
  public static let templateName = "brev_flere_skal_med.md"

  /// The placeholders the template may use: the municipality's own counts and shares and the
  /// national comparison.
  public static let placeholders = LetterContext.commonPlaceholders.union([
    "i_gruppe2", "behandlet", "skiftet_ydelse", "fortsat_kontanthjaelp", "over_9_mdr", "uden_tilbud", "afgaaet",
    "andel_skiftet", "andel_over_9_mdr", "andel_uden_tilbud", "land_i_gruppe2", "land_over_9_mdr", "land_andel_skiftet",
    "antal_kommuner_brev", "maaneder", "brev_minimum",
  ])

  /// One letter per municipality that gets one, in code order.
  public static func letters(
    _ summary: FlereSkalMedSummary, template: LetterTemplate, context: LetterContext
  ) -> [(path: String, bytes: [UInt8])] {
    let national = summary.national
    return summary.letters.compactMap { kommune in
      guard let counts = kommune.counts else { return nil }
      var values = context.commonValues(kommune.kommune)
      values["i_gruppe2"] = String(counts.iGruppe2)
      values["behandlet"] = String(counts.behandlet)
      values["skiftet_ydelse"] = String(counts.skiftetYdelse)
      values["fortsat_kontanthjaelp"] = String(counts.fortsatKontanthjaelp)
      values["over_9_mdr"] = String(counts.over9Mdr)
      values["uden_tilbud"] = String(counts.udenTilbud)
      values["afgaaet"] = String(counts.afgaaet)
      values["andel_skiftet"] = EarlyEffortTables.share(counts.skiftetYdelse, counts.iGruppe2)
      values["andel_over_9_mdr"] = EarlyEffortTables.share(counts.over9Mdr, counts.fortsatKontanthjaelp)
      values["andel_uden_tilbud"] = EarlyEffortTables.share(counts.udenTilbud, counts.fortsatKontanthjaelp)
      values["land_i_gruppe2"] = DanishFormat.grouped(national.iGruppe2)
      values["land_over_9_mdr"] = DanishFormat.grouped(national.over9Mdr)
      values["land_andel_skiftet"] = EarlyEffortTables.share(national.skiftetYdelse, national.iGruppe2)
      values["antal_kommuner_brev"] = String(summary.letters.count)
      values["maaneder"] = RuleText.number(kommune.thresholds.months)
      values["brev_minimum"] = String(kommune.thresholds.letterMinimum)
      return (LetterContext.path(folder: "flere_skal_med", kommune.kommune), Array(template.render(values).utf8))
    }
  }
}
