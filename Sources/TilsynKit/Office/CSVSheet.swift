/// A sheet typed from one of the run's CSV outputs (SPEC 5, `tilsyn_<period>.xlsx`).
///
/// Why from the CSV bytes and not from in-memory rows: the tables are built by a dozen writers that
/// each produce an `ExcelCSV` (bytes), not a shared row model, and the CSV *is* the published table —
/// reading it back gives the workbook the very values, rounding and masking the CSV has, and a new
/// CSV output joins the workbook without code here. The price is typing by column, which the CSV
/// conventions (SPEC 5) make safe:
/// - a column whose every value is `YYYY-MM` is a month (a date on the 1st, shown `yyyy-mm`);
/// - every value `DD-MM-YYYY` (a real date): a date, shown `dd-mm-yyyy`;
/// - every value a decimal number (`-12`, `78,4`; no leading zero, which keeps ids such as `007`
///   text): a number with the column's decimals; a share (`andel` in the name, or `kriterium`) is
///   stored as a fraction with a percent format (`78,4` → 0.784 shown `78,4%`), so it calculates as a
///   share;
/// - anything else, an empty column, and the raw-text columns of rejected rows (`rawTextColumns`),
///   text.
/// Empty fields stay empty cells.
enum CSVSheet {
  /// Columns that hold text from an input file as it was, never typed.
  static let rawTextColumns: Set<String> = ["vaerdi", "raa_linje", "forventet", "besked", "person_id", "fil"]

  enum Kind: Equatable, Sendable {
    case text
    case month
    case date
    case number(places: Int)
    case share(places: Int)
  }

  /// The sheet of CSV `bytes` (the run's own: UTF-8 with BOM, `;`, CRLF, `"` quoting).
  static func sheet(name: String, csv bytes: [UInt8]) -> Workbook.Sheet {
    let records = records(bytes)
    guard let header = records.first else { return Workbook.Sheet(name: name, rows: []) }
    let kinds = header.indices.map { column in
      kind(header[column], values: records.dropFirst().lazy.map { column < $0.count ? $0[column] : "" })
    }
    let rows = records.dropFirst().map { record in
      record.enumerated().map { column, value in cell(value, column < kinds.count ? kinds[column] : .text) }
    }
    return Workbook.Sheet(name: name, rows: [header.map { .text($0, .header) }] + rows)
  }

  /// The kind of a column from its name and values.
  static func kind<Values: Sequence<String>>(_ name: String, values: Values) -> Kind {
    if rawTextColumns.contains(name) { return .text }
    var month = true, date = true, number = true, places = 0, any = false
    for value in values where !value.isEmpty {
      any = true
      month = month && SheetValue.month(value) != nil
      date = date && SheetValue.date(value) != nil
      if number, let decimal = SheetValue.decimal(value) {
        places = max(places, decimal.places)
      } else {
        number = false
      }
      if !month && !date && !number { return .text }
    }
    guard any else { return .text }
    if month { return .month }
    if date { return .date }
    let isShare = name == "kriterium" || name.split(separator: "_").contains("andel")
    return isShare ? .share(places: places) : .number(places: places)
  }

  static func cell(_ value: String, _ kind: Kind) -> Workbook.Cell {
    guard !value.isEmpty else { return .empty }
    switch kind {
    case .text: return .text(value)
    case .month: return SheetValue.month(value).map { .number(String(SheetValue.serial($0)), .month) } ?? .text(value)
    case .date: return SheetValue.date(value).map { .number(String(SheetValue.serial($0)), .date) } ?? .text(value)
    case .number(let places):
      return SheetValue.decimal(value).map { .number($0.text(shift: 0), .decimal(places: places)) } ?? .text(value)
    case .share(let places):
      return SheetValue.decimal(value).map { .number($0.text(shift: 2), .percent(places: places)) } ?? .text(value)
    }
  }

  /// The records of a CSV as the run writes it (`ExcelCSV`): fields split on `;`, quoted fields
  /// with `""` for `"`, records ended by CRLF (a line break inside quotes belongs to the field).
  static func records(_ bytes: [UInt8]) -> [[String]] {
    var start = 0
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
    var records: [[String]] = []
    var record: [String] = []
    var field: [UInt8] = []
    var quoted = false
    var index = start
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      if quoted {
        if byte == UInt8(ascii: "\"") {
          if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
            field.append(byte)
            index += 1
          } else {
            quoted = false
          }
        } else {
          field.append(byte)
        }
      } else if byte == UInt8(ascii: "\"") && field.isEmpty {
        quoted = true
      } else if byte == UInt8(ascii: ";") {
        record.append(String(decoding: field, as: UTF8.self))
        field = []
      } else if byte == 0x0A || (byte == 0x0D && index < bytes.count && bytes[index] == 0x0A) {
        if byte == 0x0D { index += 1 }
        record.append(String(decoding: field, as: UTF8.self))
        records.append(record)
        record = []
        field = []
      } else {
        field.append(byte)
      }
    }
    if !field.isEmpty || !record.isEmpty {
      record.append(String(decoding: field, as: UTF8.self))
      records.append(record)
    }
    return records
  }
}
