/// The minister's letters to the mayors of the municipalities where `fsm2.brev_minimum` (20) or more
/// kontanthjælp recipients have been in Flere skal med gruppe 2 for more than `fsm2.maaneder` (9) months without being treated
/// in the rehabiliteringsteam (SPEC 4.3, 5; DOMAIN: the letter of 7 May 2019), filled from
/// `data/skabeloner/brev_flere_skal_med.md`.
package enum FlereSkalMedLetters {
  package static let templateName = "brev_flere_skal_med.md"

  /// The placeholders the template may use: the municipality's own counts and shares and the
  /// national comparison.
  package static let placeholders = LetterContext.commonPlaceholders.union([
    "i_gruppe2", "behandlet", "skiftet_ydelse", "fortsat_kontanthjaelp", "over_9_mdr", "uden_tilbud", "afgaaet",
    "andel_skiftet", "andel_over_9_mdr", "andel_uden_tilbud", "land_i_gruppe2", "land_over_9_mdr", "land_andel_skiftet",
    "antal_kommuner_brev", "kommuner_brev", "maaneder", "brev_minimum",
  ])

  /// The municipalities written to, as the words after "Jeg skriver til": "de 12 kommuner", and "den
  /// ene kommune" when there is one ("de 1 kommuner" was the template's grammar with one letter).
  static func kommunerPhrase(_ count: Int) -> String {
    count == 1 ? "den ene kommune" : "de \(LetterFormat.count(count)) kommuner"
  }

  /// One letter per municipality that gets one, in code order, as Markdown and Word.
  static func letters(
    _ summary: FlereSkalMedSummary, template: LetterTemplate, context: LetterContext
  ) -> [(path: String, bytes: [UInt8])] {
    let national = summary.national
    return summary.letters.flatMap { kommune -> [(path: String, bytes: [UInt8])] in
      guard let counts = kommune.counts else { return [] }
      var values = context.commonValues(kommune.kommune)
      values["i_gruppe2"] = LetterFormat.count(counts.iGruppe2)
      values["behandlet"] = LetterFormat.count(counts.behandlet)
      values["skiftet_ydelse"] = LetterFormat.count(counts.skiftetYdelse)
      values["fortsat_kontanthjaelp"] = LetterFormat.count(counts.fortsatKontanthjaelp)
      values["over_9_mdr"] = LetterFormat.count(counts.over9Mdr)
      values["uden_tilbud"] = LetterFormat.count(counts.udenTilbud)
      values["afgaaet"] = LetterFormat.count(counts.afgaaet)
      values["andel_skiftet"] = LetterFormat.share(counts.skiftetYdelse, counts.iGruppe2)
      values["andel_over_9_mdr"] = LetterFormat.share(counts.over9Mdr, counts.fortsatKontanthjaelp)
      values["andel_uden_tilbud"] = LetterFormat.share(counts.udenTilbud, counts.fortsatKontanthjaelp)
      values["land_i_gruppe2"] = LetterFormat.count(national.iGruppe2)
      values["land_over_9_mdr"] = LetterFormat.count(national.over9Mdr)
      values["land_andel_skiftet"] = LetterFormat.share(national.skiftetYdelse, national.iGruppe2)
      values["antal_kommuner_brev"] = LetterFormat.count(summary.letters.count)
      values["kommuner_brev"] = kommunerPhrase(summary.letters.count)
      values["maaneder"] = RuleText.number(kommune.thresholds.months)
      values["brev_minimum"] = LetterFormat.count(kommune.thresholds.letterMinimum)
      return LetterFiles.files(
        markdownPath: LetterContext.path(folder: "flere_skal_med", kommune.kommune), letter: template.render(values))
    }
  }
}
