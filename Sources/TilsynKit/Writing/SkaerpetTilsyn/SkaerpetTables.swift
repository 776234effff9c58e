/// `skaerpet_tilsyn.csv` (SPEC 4.2, 5): one row per municipality with condition A's figures, the rank,
/// the fokusmål and the status; empty cells where a figure cannot be computed (never 0).
enum SkaerpetTables {
  static func csv(_ summary: SkaerpetSummary) -> ExcelCSV {
    var csv = ExcelCSV(header: [
      "kommune", "kommunenavn", "amk", "befolkning_16_66", "fuldtidspersoner", "faktisk_andel", "forventet_andel",
      "forskel_pp", "placering", "betingelse_a", "langtidsforsoergede_gns", "fm1_andel", "fm1_opfyldt", "fm2_andel",
      "fm2_opfyldt", "virksomhedsrettet_andel", "status", "forrige_status",
    ])
    for kommune in summary.kommuner {
      let actual = kommune.actual
      let focus = kommune.focus
      csv.appendRow([
        kommune.kommune.codeText, kommune.kommune.name, kommune.kommune.amk,
        actual.map { String($0.befolkning) } ?? "", actual?.fuldtidspersonerText ?? "", actual?.faktiskAndelText ?? "",
        actual?.forventetAndelText ?? "", actual?.forskelText ?? "",
        summary.ranks[kommune.kommune.code].map(String.init) ?? "",
        actual.map { $0.isWorseThanExpected ? "ja" : "nej" } ?? "",
        focus.map { DanishFormat.decimal(FixedDecimal(units: Int64(($0.meanLongTerm * 1e6).rounded())), places: 1) } ?? "",
        percent(focus?.meanShare(\.withoutOfferOrWork)), met(focus?.fokusmaal1, focus, kommune.hasFokusmaal1Tables),
        percent(focus?.meanShare(\.withoutJobsamtale)), met(focus?.fokusmaal2, focus, kommune.hasFokusmaal2Tables),
        percent(focus?.meanShare(\.withVirksomhedsrettet)), kommune.status.rawValue,
        summary.previous?[kommune.kommune.code]?.rawValue ?? "",
      ])
    }
    return csv
  }

  /// A mean share (0–1) in percent with one decimal, rounded half away from zero.
  static func percent(_ share: Double?) -> String {
    guard let share else { return "" }
    return DanishFormat.decimal(FixedDecimal(units: Int64((share * 100 * 1e6).rounded())), places: 1)
  }

  /// `ja`, `nej`, `ikke_vurderet` (no long-term recipients), or empty when a table is missing.
  static func met(_ isMet: Bool?, _ focus: FocusTargets?, _ hasTables: Bool) -> String {
    guard focus != nil, hasTables else { return "" }
    return isMet.map { $0 ? "ja" : "nej" } ?? "ikke_vurderet"
  }
}
