/// A small reference or rule file read with the extract reader, where any fault is a configuration
/// error naming the file and line (not a rejected row): the run cannot be trusted without it.
struct ReferenceTable {
  struct Row {
    var line: Int
    /// The fields in the order of the `columns` asked for.
    var fields: [String]
  }

  var rows: [Row] = []

  init(bytes: [UInt8], path: String, columns: [String]) throws(ConfigurationError) {
    let file: CSVFile
    do throws(CSVError) { file = try CSVFile(bytes: bytes) } catch {
      throw .badDataFile(path: path, line: 0, message: error.description)
    }
    let names = file.header.map { $0.lowercased() }
    var positions: [Int] = []
    for column in columns {
      guard let position = names.firstIndex(of: column) else {
        throw .badDataFile(path: path, line: file.headerLine, message: "kolonnen '\(column)' mangler")
      }
      positions.append(position)
    }
    var rows: [Row] = []
    var fault: ConfigurationError?
    do {
      try file.forEachRow { (row: CSVRow) throws(Never) in
        guard fault == nil else { return }
        guard row.count == names.count else {
          fault = .badDataFile(
            path: path, line: row.lineNumber,
            message: "\(row.count) felter, forventede \(names.count) som overskriften")
          return
        }
        rows.append(Row(line: row.lineNumber, fields: positions.map { row.string(at: $0) }))
      }
    } catch {
      switch error {
      case .csv(let error): throw .badDataFile(path: path, line: 0, message: error.description)
      }
    }
    if let fault { throw fault }
    self.rows = rows
  }
}
