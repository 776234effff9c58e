/// Checks one data row against its table's schema and returns either its parsed values or the one
/// reason it is rejected for (SPEC 3.1): each phase runs over every column before the next phase
/// starts, so a row with several faults gets the first reason of the priority list. (`dublet` is
/// the loader's, as it needs the rows accepted before.)
struct RowValidator {
  let schema: TableSchema
  let layout: HeaderLayout
  let knownKommuner: Set<Int>
  private let matchers: [CodeMatcher?]
  /// The parsed values of the row last validated, by schema column; reused from row to row.
  private(set) var values: [ParsedValue]

  init(schema: TableSchema, layout: HeaderLayout, knownKommuner: Set<Int>) {
    self.schema = schema
    self.layout = layout
    self.knownKommuner = knownKommuner
    self.matchers = schema.columns.map { column in
      if case .code(let codes) = column.kind { return CodeMatcher(codes) }
      return nil
    }
    self.values = Array(repeating: .empty, count: schema.columns.count)
  }

  /// Validates `row`; on success `values` holds its parsed fields.
  mutating func validate(_ row: borrowing CSVRow) -> RowFault? {
    guard row.count == layout.fieldCount else {
      return RowFault(
        reason: .antalFelter, column: nil, value: "\(row.count) felter",
        expected: "\(layout.fieldCount) felter som overskriften")
    }
    let columns = schema.columns
    for (index, column) in columns.enumerated() {
      guard let position = layout.positions[index] else {
        values[index] = .empty
        continue
      }
      if column.required && row[position].isEmpty {
        return RowFault(reason: .manglerVaerdi, column: column.name, value: "", expected: "en værdi")
      }
    }
    for (index, column) in columns.enumerated() {
      guard let position = layout.positions[index], !row[position].isEmpty else {
        values[index] = .empty
        continue
      }
      let field = row[position]
      switch column.kind {
      case .date:
        guard let day = FieldParsing.date(field) else {
          return fault(.ugyldigDato, column, field, "en dato (ÅÅÅÅ-MM-DD, DD-MM-ÅÅÅÅ, DD.MM.ÅÅÅÅ eller DD/MM/ÅÅÅÅ)")
        }
        values[index] = .day(day)
      case .month:
        guard let month = FieldParsing.month(field) else {
          return fault(.ugyldigDato, column, field, "en måned (ÅÅÅÅ-MM)")
        }
        values[index] = .month(month)
      default:
        continue
      }
    }
    for (index, column) in columns.enumerated() {
      guard let position = layout.positions[index], !row[position].isEmpty else { continue }
      let field = row[position]
      switch column.kind {
      case .code(let codes):
        guard let code = matchers[index]!.match(field) else {
          return fault(.ugyldigVaerdi, column, field, "en af " + codes.joined(separator: ", "))
        }
        values[index] = .code(code)
      case .decimal:
        guard let decimal = FieldParsing.decimal(field) else {
          return fault(.ugyldigVaerdi, column, field, "et ikke-negativt decimaltal (37,5 eller 37.5)")
        }
        values[index] = .decimal(decimal)
      case .integer:
        guard let integer = FieldParsing.integer(field) else {
          return fault(.ugyldigVaerdi, column, field, "et ikke-negativt heltal")
        }
        values[index] = .integer(integer)
      case .kommune:
        guard let code = parseKommuneCode(field), knownKommuner.contains(code) else {
          return fault(.ugyldigVaerdi, column, field, "en kommunekode fra kommuneregisteret")
        }
        values[index] = .integer(code)
      case .personId, .date, .month:
        continue
      }
    }
    for (index, column) in columns.enumerated() {
      guard case .personId = column.kind, let position = layout.positions[index] else { continue }
      if !FieldParsing.isValidPersonId(row[position]) {
        return fault(.ugyldigPersonId, column, row[position], "1–64 tegn af A–Z, a–z, 0–9, _ og -")
      }
    }
    for position in 0..<row.count where FieldParsing.looksLikeCPR(row[position]) {
      return RowFault(
        reason: .cprNummer, column: layout.names[position], value: CPRMasking.mask,
        expected: "et pseudonymt id, ikke et CPR-nummer")
    }
    if let (start, end) = schema.interval, case .day(let from) = values[start],
      case .day(let to) = values[end], to < from
    {
      return RowFault(
        reason: .slutFoerStart, column: columns[end].name, value: to.description,
        expected: "en dato på eller efter \(columns[start].name) \(from.description)")
    }
    return nil
  }

  private func fault(
    _ reason: RejectReason, _ column: TableSchema.Column, _ field: UnsafeBufferPointer<UInt8>,
    _ expected: String
  ) -> RowFault {
    RowFault(
      reason: reason, column: column.name,
      value: CPRMasking.masked(String(decoding: field, as: UTF8.self)), expected: expected)
  }
}

/// A parsed field value.
enum ParsedValue: Sendable {
  case empty
  case day(Day)
  case month(YearMonth)
  /// The index of the code in the column's code list.
  case code(Int)
  case decimal(FixedDecimal)
  case integer(Int)

  /// Whether a main date lies after the period (SPEC 3.1): a day after `lastDay`, a month after
  /// `lastMonth`.
  func isAfter(_ lastDay: Day, _ lastMonth: YearMonth) -> Bool {
    switch self {
    case .day(let day): return day > lastDay
    case .month(let month): return month > lastMonth
    default: return false
    }
  }
}

/// Why one row was rejected: the reason code, the column, the bad value (CPR-masked) and what was
/// expected instead.
public struct RowFault: Equatable, Sendable {
  public var reason: RejectReason
  public var column: String?
  public var value: String
  public var expected: String
}

/// Matches a field against a code list, ignoring ASCII letter case (SPEC 3.1).
struct CodeMatcher {
  private let codes: [[UInt8]]

  init(_ codes: [String]) { self.codes = codes.map { Array($0.lowercased().utf8) } }

  func match(_ field: UnsafeBufferPointer<UInt8>) -> Int? {
    for (index, code) in codes.enumerated() where code.count == field.count {
      var equal = true
      for offset in 0..<code.count {
        var byte = field[offset]
        if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { byte |= 0x20 }
        if byte != code[offset] {
          equal = false
          break
        }
      }
      if equal { return index }
    }
    return nil
  }
}
