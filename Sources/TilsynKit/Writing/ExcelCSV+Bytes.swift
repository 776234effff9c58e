/// Rows of `ExcelCSV` built field by field from UTF-8 bytes, for the large case lists (SPEC 5.2): the
/// same masking and quoting as `appendRow`, without a `String` per field. A field that holds six digits
/// in a row (the start of every CPR-like token) goes through `CPRMasking` as text; every other field is
/// copied as it is, quoted when it needs to be.
extension ExcelCSV {
  /// Appends one field; `first` leaves out the `;` before it.
  mutating func appendField<Bytes: Collection<UInt8>>(utf8 field: Bytes, first: Bool = false) {
    if !first { bytes.append(UInt8(ascii: ";")) }
    var run = 0
    var needsQuotes = false
    for byte in field {
      run = CPRMasking.isDigit(byte) ? run + 1 : 0
      if run == 6 {
        appendField(String(decoding: field, as: UTF8.self))
        return
      }
      if byte == UInt8(ascii: ";") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D { needsQuotes = true }
    }
    if let edge = field.first, edge == 0x20 || edge == 0x09 { needsQuotes = true }
    if !needsQuotes, let last = field.reversed().first, last == 0x20 || last == 0x09 { needsQuotes = true }
    guard needsQuotes else {
      bytes.append(contentsOf: field)
      return
    }
    appendField(String(decoding: field, as: UTF8.self))
  }

  /// Appends `day` as `DD-MM-YYYY`, the CSV date form (SPEC 5), as one field.
  mutating func appendField(day: Day?, first: Bool = false) {
    if !first { bytes.append(UInt8(ascii: ";")) }
    guard let day else { return }
    appendDay(day)
  }

  /// Appends `days` as one field, `DD-MM-YYYY` separated by single spaces.
  mutating func appendField(days: [Day]) {
    bytes.append(UInt8(ascii: ";"))
    for (index, day) in days.enumerated() {
      if index > 0 { bytes.append(0x20) }
      appendDay(day)
    }
  }

  /// Ends the row (CRLF).
  mutating func endRow() {
    bytes.append(0x0D)
    bytes.append(0x0A)
  }

  private mutating func appendDay(_ day: Day) {
    let c = day.components
    ByteFormat.padded(c.day, width: 2, into: &bytes)
    bytes.append(UInt8(ascii: "-"))
    ByteFormat.padded(c.month, width: 2, into: &bytes)
    bytes.append(UInt8(ascii: "-"))
    ByteFormat.padded(c.year, width: 4, into: &bytes)
  }
}
