/// Checks one data row against its table's schema and returns either its parsed values or the one
/// reason it is rejected for (SPEC 3.1). Each phase runs over every column before the next phase
/// starts, so a row with several faults gets the first reason of the priority list. (`dublet` is
/// the loader's, as it needs the rows accepted before.)
///
/// The schema is compiled once per file into per-phase lists of (schema column, file position), so
/// the per-row work is a few tight loops over the columns that matter for each phase.
struct RowValidator {
  let schema: TableSchema
  let layout: HeaderLayout
  let knownKommuner: Set<Int>
  /// The parsed values of the row last validated, by schema column; one buffer reused from row to
  /// row (no copy-on-write check per field).
  private let storage: ScratchBuffer<ParsedValue>

  /// The parsed values of the row last validated; valid until the next `validate`.
  var values: ParsedRow { ParsedRow(values: storage.buffer) }

  private let required: [ColumnAt]
  private let dates: [ColumnAt]
  private let months: [ColumnAt]
  private let codes: [ColumnAt]
  private let matchers: [CodeMatcher]
  private let decimals: [ColumnAt]
  private let integers: [ColumnAt]
  private let kommuner: [ColumnAt]
  private let personIds: [ColumnAt]

  /// A schema column and its position in the file.
  struct ColumnAt {
    var column: Int
    var position: Int
    /// For an integer column, the smallest value accepted (0, or 1 for a population).
    var minimum = 0
    /// For a decimal column, the largest value accepted (a percentage: 100).
    var maximum: FixedDecimal?
  }

  init(schema: TableSchema, layout: HeaderLayout, knownKommuner: Set<Int>) {
    self.schema = schema
    self.layout = layout
    self.knownKommuner = knownKommuner
    var required: [ColumnAt] = [], dates: [ColumnAt] = [], months: [ColumnAt] = []
    var codes: [ColumnAt] = [], decimals: [ColumnAt] = [], integers: [ColumnAt] = []
    var kommuner: [ColumnAt] = [], personIds: [ColumnAt] = []
    var matchers: [CodeMatcher] = []
    for (index, column) in schema.columns.enumerated() {
      guard let position = layout.positions[index] else { continue }  // optional, absent: empty
      let at = ColumnAt(column: index, position: position)
      if column.required { required.append(at) }
      switch column.kind {
      case .date: dates.append(at)
      case .month: months.append(at)
      case .code(let list):
        codes.append(at)
        matchers.append(CodeMatcher(list))
      case .decimal: decimals.append(at)
      case .percent: decimals.append(ColumnAt(column: index, position: position, maximum: FixedDecimal(integer: 100)))
      case .integer: integers.append(at)
      case .positiveInteger: integers.append(ColumnAt(column: index, position: position, minimum: 1))
      case .kommune: kommuner.append(at)
      case .personId: personIds.append(at)
      }
    }
    (self.required, self.dates, self.months, self.codes) = (required, dates, months, codes)
    (self.decimals, self.integers, self.kommuner, self.personIds) = (decimals, integers, kommuner, personIds)
    self.matchers = matchers
    storage = ScratchBuffer(capacity: max(1, schema.columns.count))
    for _ in schema.columns { storage.append(.empty) }
  }

  /// Validates `row`; on success `values` holds its parsed fields.
  mutating func validate(_ row: CSVRow) -> RowFault? {
    guard row.count == layout.fieldCount else {
      return RowFault(
        reason: .antalFelter, column: nil, value: "\(row.count) felter",
        expected: "\(layout.fieldCount) felter som overskriften")
    }
    for at in required where row[at.position].isEmpty {
      return RowFault(reason: .manglerVaerdi, column: name(at), value: "", expected: "en værdi")
    }
    for index in 0..<storage.count { storage[index] = .empty }
    for at in dates {
      let field = row[at.position]
      if field.isEmpty {
        continue
      } else if let day = FieldParsing.date(field) {
        storage[at.column] = .day(day)
      } else {
        return fault(.ugyldigDato, at, field, "en dato (ÅÅÅÅ-MM-DD, DD-MM-ÅÅÅÅ, DD.MM.ÅÅÅÅ eller DD/MM/ÅÅÅÅ)")
      }
    }
    for at in months {
      let field = row[at.position]
      if field.isEmpty {
        continue
      } else if let month = FieldParsing.month(field) {
        storage[at.column] = .month(month)
      } else {
        return fault(.ugyldigDato, at, field, "en måned (ÅÅÅÅ-MM)")
      }
    }
    for (at, matcher) in zip(codes, matchers) {
      let field = row[at.position]
      if field.isEmpty {
        continue
      } else if let code = matcher.match(field) {
        storage[at.column] = .code(code)
      } else {
        return fault(.ugyldigVaerdi, at, field, "en af " + matcher.names.joined(separator: ", "))
      }
    }
    for at in decimals where !row[at.position].isEmpty {
      guard let decimal = FieldParsing.decimal(row[at.position]) else {
        return fault(.ugyldigVaerdi, at, row[at.position], "et ikke-negativt decimaltal (37,5 eller 37.5)")
      }
      if let maximum = at.maximum, decimal > maximum {
        return fault(.ugyldigVaerdi, at, row[at.position], "en procent fra 0 til \(DanishFormat.decimalTrimmed(maximum))")
      }
      storage[at.column] = .decimal(decimal)
    }
    for at in integers where !row[at.position].isEmpty {
      guard let integer = FieldParsing.integer(row[at.position]) else {
        return fault(.ugyldigVaerdi, at, row[at.position], "et ikke-negativt heltal")
      }
      guard integer >= at.minimum else {
        return fault(.ugyldigVaerdi, at, row[at.position], "et heltal på mindst \(at.minimum)")
      }
      storage[at.column] = .integer(integer)
    }
    for at in kommuner where !row[at.position].isEmpty {
      guard let code = parseKommuneCode(row[at.position]), knownKommuner.contains(code) else {
        return fault(.ugyldigVaerdi, at, row[at.position], "en kommunekode fra kommuneregisteret")
      }
      storage[at.column] = .integer(code)
    }
    for at in personIds where !FieldParsing.isValidPersonId(row[at.position]) {
      return fault(.ugyldigPersonId, at, row[at.position], "1–64 tegn af A–Z, a–z, 0–9, _ og -")
    }
    for position in 0..<row.count where FieldParsing.looksLikeCPR(row[position]) {
      return RowFault(
        reason: .cprNummer, column: layout.names[position], value: CPRMasking.mask,
        expected: "et pseudonymt id, ikke et CPR-nummer")
    }
    if let (start, end) = schema.interval, case .day(let from) = storage[start],
      case .day(let to) = storage[end], to < from
    {
      return RowFault(
        reason: .slutFoerStart, column: schema.columns[end].name, value: to.description,
        expected: "en dato på eller efter \(schema.columns[start].name) \(from.description)")
    }
    return nil
  }

  private func name(_ at: ColumnAt) -> String { schema.columns[at.column].name }

  private func fault(
    _ reason: RejectReason, _ at: ColumnAt, _ field: UnsafeBufferPointer<UInt8>, _ expected: String
  ) -> RowFault {
    RowFault(
      reason: reason, column: name(at), value: RejectedRow.shownRawLine(field, what: "værdien"), expected: expected)
  }
}

/// The parsed values of one validated row, by schema column.
struct ParsedRow {
  let values: UnsafeBufferPointer<ParsedValue>

  subscript(index: Int) -> ParsedValue { values[index] }

  func day(_ index: Int) -> Day? {
    if case .day(let day) = values[index] { return day }
    return nil
  }

  /// The position of a coded value in its column's code list.
  func codeIndex(_ index: Int) -> Int? {
    if case .code(let position) = values[index] { return position }
    return nil
  }

  func code<Code: ExtractCode>(_ index: Int, as type: Code.Type = Code.self) -> Code? {
    if case .code(let position) = values[index] { return Code.allCases[position] }
    return nil
  }
}

/// A parsed field value.
enum ParsedValue: Sendable, BitwiseCopyable {
  case empty
  case day(Day)
  case month(YearMonth)
  /// The index of the code in the column's code list.
  case code(Int)
  case decimal(FixedDecimal)
  case integer(Int)

  /// The value as one word for hashing: a tag for the case in the top byte, the payload below.
  /// Distinct values may share a word (every use confirms a match field by field); equal values
  /// always do.
  var hashWord: UInt64 {
    switch self {
    case .empty: return 0
    case .day(let day): return 1 << 56 ^ UInt64(UInt32(bitPattern: day.number))
    case .month(let month): return 2 << 56 ^ UInt64(UInt32(bitPattern: month.index))
    case .code(let index): return 3 << 56 ^ UInt64(truncatingIfNeeded: index)
    case .decimal(let decimal): return 4 << 56 ^ UInt64(bitPattern: decimal.units)
    case .integer(let integer): return 5 << 56 ^ UInt64(truncatingIfNeeded: integer)
    }
  }

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
struct RowFault: Equatable, Sendable {
  var reason: RejectReason
  var column: String?
  var value: String
  var expected: String
}

/// Matches a field against a code list, ignoring ASCII letter case (SPEC 3.1): the field's bytes,
/// with `A`–`Z` made small, must equal the lower-cased code's.
///
/// A code is kept as its length, its first and its last eight bytes (overlapping when shorter than
/// 16; one word, zero-padded, when shorter than 8), and for a code longer than 16 bytes the words
/// at 8, 16, … in between (`ByteWord`). The field is read and lower-cased the same way once, so
/// trying a code is comparing three words.
struct CodeMatcher {
  /// The codes as written in the SPEC, for messages.
  let names: [String]
  private let keys: [Key]
  /// For each code, its words between the first and the last eight bytes (none up to 16 bytes).
  private let middles: [[UInt64]]

  /// A length and the first and last eight bytes of a code or field.
  private struct Key: Equatable, BitwiseCopyable {
    var count: Int
    var first: UInt64
    var last: UInt64

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
      count = bytes.count
      first = ByteWord.load(bytes, at: 0, count: min(count, 8))
      last = count >= 8 ? ByteWord.load(bytes, at: count - 8, count: 8) : 0
    }
  }

  init(_ codes: [String]) {
    names = codes
    let bytes = codes.map { Array($0.lowercased().utf8) }
    keys = bytes.map { $0.withUnsafeBufferPointer(Key.init) }
    middles = bytes.map { $0.withUnsafeBufferPointer(Self.middleWords) }
  }

  /// The index of the first code that `field` matches, or `nil`.
  func match(_ field: UnsafeBufferPointer<UInt8>) -> Int? {
    var key = Key(field)
    key.first = ByteWord.asciiLowercased(key.first)
    key.last = ByteWord.asciiLowercased(key.last)
    guard field.count > 16 else { return keys.firstIndex(of: key) }
    return longMatch(field, key)
  }

  /// `match` for a field longer than 16 bytes, `key` its lower-cased key.
  private func longMatch(_ field: UnsafeBufferPointer<UInt8>, _ key: Key) -> Int? {
    keys.indices.first { index in
      keys[index] == key
        && zip(Self.middleOffsets(field.count), middles[index]).allSatisfy { offset, word in
          ByteWord.asciiLowercased(ByteWord.load(field, at: offset, count: 8)) == word
        }
    }
  }

  /// The words at 8, 16, … of `bytes` that start before its last eight bytes.
  private static func middleWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt64] {
    middleOffsets(bytes.count).map { ByteWord.load(bytes, at: $0, count: 8) }
  }

  /// 8, 16, … up to (not including) the start of the last eight of `count` bytes.
  private static func middleOffsets(_ count: Int) -> StrideTo<Int> { stride(from: 8, to: count - 8, by: 8) }
}
