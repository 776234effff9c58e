/// `fremdriftsgaranti.csv` (SPEC 4.4, 5): one row per municipality in code order — persons due
/// (`omfattet`), met (`opfyldt`), the share (percent, one decimal) and the status — and an `ordning`
/// column that marks every row as a proposed scheme (`foreslaaet_ordning`: the expert group's
/// proposal of 2024, not law). Where the measure is `mangler_data` the counts and share are empty,
/// never 0.
enum FremdriftTables {
  static let header = ["kommune", "kommunenavn", "amk", "omfattet", "opfyldt", "andel", "status", "ordning"]

  /// The `ordning` cell of every row.
  static let proposedScheme = "foreslaaet_ordning"

  static func csv(_ summary: FremdriftSummary) -> ExcelCSV {
    var csv = ExcelCSV(header: header)
    for result in summary.kommuner {
      let kommune = result.kommune
      let counts =
        result.share.map { [String($0.cohort), String($0.met), EarlyEffortTables.share($0.met, $0.cohort)] }
        ?? ["", "", ""]
      csv.appendRow([kommune.codeText, kommune.name, kommune.amk] + counts + [result.status.rawValue, proposedScheme])
    }
    return csv
  }
}
