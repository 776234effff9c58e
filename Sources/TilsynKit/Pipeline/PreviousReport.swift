/// A table of the previous period's reports, read back for the trend (SPEC 4.1, 4.2: "mod M i forrige
/// opfølgning"): `<reports>/<period>/<file>` with the given columns, each row's municipality code
/// parsed. `nil` when the file does not exist; a file that exists but cannot be read as this tool
/// writes it is a configuration error naming the line, since the trend would be wrong.
enum PreviousReport {
  static func rows(
    reports: String, period: Period, file: String, columns: [String]
  ) throws(ConfigurationError) -> [(code: Int, fields: [String], line: Int)]? {
    let path = "\(reports)/\(period)/\(file)"
    guard let bytes = try? FileBytes.read(path) else { return nil }
    let table = try ReferenceTable(bytes: bytes, path: path, columns: ["kommune"] + columns)
    var rows: [(Int, [String], Int)] = []
    for row in table.rows {
      guard let code = parseKommuneCode(Array(row.fields[0].utf8)) else {
        throw .badDataFile(path: path, line: row.line, message: "ukendt kommunekode '\(row.fields[0])' i forrige opfølgning")
      }
      rows.append((code, Array(row.fields.dropFirst()), row.line))
    }
    return rows
  }

  /// The lower-cased column names of the file's header, or `nil` when the file does not exist.
  static func header(reports: String, period: Period, file: String) -> [String]? {
    guard let bytes = try? FileBytes.read("\(reports)/\(period)/\(file)"),
      let csv = try? CSVFile(bytes: bytes)
    else { return nil }
    return csv.header.map { $0.lowercased() }
  }

  /// The error for a row whose status is not one this tool writes.
  static func badStatus(reports: String, period: Period, file: String, line: Int) -> ConfigurationError {
    .badDataFile(path: "\(reports)/\(period)/\(file)", line: line, message: "ukendt status i forrige opfølgning")
  }
}
