/// `flere_skal_med.csv` (SPEC 4.3, 5): one row per municipality in code order with the counts named
/// as SPEC 4.3 names them, the three shares of the minister's letter of 7 May 2019 (percent, one
/// decimal; empty without a denominator) and the status (`brev` when `over_9_mdr` ≥ 20). Where the
/// measure is `mangler_data` the counts and shares are empty, never 0.
enum FlereSkalMedTables {
  static let header = [
    "kommune", "kommunenavn", "amk", "i_gruppe2", "behandlet", "skiftet_ydelse", "fortsat_kontanthjaelp",
    "over_9_mdr", "uden_tilbud", "afgaaet", "anden_ydelse", "andel_skiftet_ydelse", "andel_over_9_mdr",
    "andel_uden_tilbud", "status",
  ]

  static func csv(_ summary: FlereSkalMedSummary) -> ExcelCSV {
    var csv = ExcelCSV(header: header)
    for result in summary.kommuner {
      let kommune = result.kommune
      var row = [kommune.codeText, kommune.name, kommune.amk]
      if let c = result.counts {
        row += [c.iGruppe2, c.behandlet, c.skiftetYdelse, c.fortsatKontanthjaelp, c.over9Mdr, c.udenTilbud, c.afgaaet,
          c.andenYdelse].map(String.init)
        row += FlereSkalMedShare.letterShares(c).map { EarlyEffortTables.share($0.part, $0.whole) }
      } else {
        row += Array(repeating: "", count: header.count - 4)
      }
      row.append(result.status.rawValue)
      csv.appendRow(row)
    }
    return csv
  }
}

/// The three shares of the minister's letter of 7 May 2019 (SPEC 4.3; DOMAIN "Flere skal med"): of
/// everyone in gruppe 2, those who switched benefit; of those still on kontanthjælp, those in gruppe 2
/// for more than nine months untreated, and those in no active offer.
enum FlereSkalMedShare {
  static func letterShares(_ c: FlereSkalMedCounts) -> [(part: Int, whole: Int)] {
    [(c.skiftetYdelse, c.iGruppe2), (c.over9Mdr, c.fortsatKontanthjaelp), (c.udenTilbud, c.fortsatKontanthjaelp)]
  }
}
