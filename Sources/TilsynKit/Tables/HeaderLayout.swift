/// Where a file's header puts each column of its table's schema (SPEC 3.1): names matched
/// case-insensitively after trimming, any order, extra columns ignored, a missing optional column
/// read as empty. A missing required column or a duplicate name rejects the file.
struct HeaderLayout: Sendable {
  /// For each schema column, its position in the file, or `nil` for a missing optional column.
  let positions: [Int?]
  /// The number of fields every row must have.
  let fieldCount: Int
  /// The file's column names as written.
  let names: [String]
  /// The names of columns the schema does not know.
  let extraColumns: [String]

  init(header: [String], schema: TableSchema) throws(FileFault) {
    let normalized = header.map { $0.lowercased() }
    var seen = Set<String>()
    for name in normalized where !seen.insert(name).inserted {
      throw .duplicateColumn(name)
    }
    positions = schema.columns.map { normalized.firstIndex(of: $0.name) }
    for (column, position) in zip(schema.columns, positions) where column.required && position == nil {
      throw .missingColumn(column.name)
    }
    let known = Set(schema.columns.map(\.name))
    extraColumns = zip(header, normalized).filter { !known.contains($0.1) }.map(\.0)
    fieldCount = header.count
    names = header
  }
}

/// Why a whole file was rejected; it is listed with status `afvist` and 0 rows read (SPEC 3.1).
enum FileFault: Error, Equatable, Sendable {
  case missingColumn(String)
  case duplicateColumn(String)
  case unreadable(String)
  case structure(CSVError)
}

extension FileFault: CustomStringConvertible {
  var description: String {
    switch self {
    case .missingColumn(let name): return "den obligatoriske kolonne '\(name)' mangler"
    case .duplicateColumn(let name): return "kolonnen '\(name)' står mere end én gang i overskriften"
    case .unreadable(let reason): return reason
    case .structure(let error): return error.description
    }
  }
}
