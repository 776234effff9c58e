/// `datakvalitet.csv` and `afviste_raekker.csv` (SPEC 5): one line per expected input file with
/// its status and reconciliation, and every rejected row with where it was, why, and its raw text
/// (CPR-masked).
package enum DataQualityTables {
  /// `datakvalitet.csv`: `laest` = `accepteret` + `afvist`, and `afvist` is the sum of the reason
  /// columns. `efter_perioden` counts accepted rows dated after the period (not used).
  package static func fileTable(_ extract: Extract, register: KommuneRegister) -> ExcelCSV {
    var csv = ExcelCSV(
      header: ["kommune", "kommunenavn", "tabel", "fil", "status", "tegnsaet", "laest", "accepteret", "afvist"]
        + RejectReason.allCases.map(\.rawValue) + ["efter_perioden", "besked"])
    for file in extract.files {
      let kommune = file.kommune.flatMap(register.kommune(code:))
      let note = ([file.message].compactMap { $0 } + file.warnings).joined(separator: "; ")
      csv.appendRow(
        [
          kommune?.codeText ?? "", kommune?.name ?? "", file.table.rawValue, file.path, file.status.rawValue,
          file.encoding?.rawValue ?? "", String(file.rowsRead), String(file.rowsAccepted),
          String(file.rowsRejected),
        ] + file.rejectedByReason.map(String.init) + [String(file.acceptedAfterPeriod), note])
    }
    return csv
  }

  /// `afviste_raekker.csv`: every rejected row in file order, then line.
  package static func rejectedRowTable(_ extract: Extract, register: KommuneRegister) -> ExcelCSV {
    var csv = ExcelCSV(
      header: ["kommune", "kommunenavn", "fil", "linje", "aarsag", "kolonne", "vaerdi", "forventet", "raa_linje"])
    for row in extract.rejectedRows {
      let kommune = row.kommune.flatMap(register.kommune(code:))
      csv.appendRow([
        kommune?.codeText ?? "", kommune?.name ?? "", row.path, String(row.line), row.reason.rawValue,
        row.column ?? "", row.value, row.expected, row.rawLine,
      ])
    }
    return csv
  }
}
