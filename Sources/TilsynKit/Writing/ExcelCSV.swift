/// CSV for Danish Excel (SPEC 5): UTF-8 with BOM, `;` between fields, CRLF after every row.
/// A field holding `;`, `"`, a line break or blanks at either end is quoted, with `"` doubled.
/// Numbers and dates are formatted by the caller (`DanishFormat`). Every field passes through
/// `CPRMasking` on its way out, so no CPR-like token reaches a CSV output whatever route it took
/// (SPEC 3.1); the callers mask at the source as well.
package struct ExcelCSV: Sendable {
  /// The file's bytes so far.
  package var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// Starts a file with its header row.
  init(header: [String]) { appendRow(header) }

  /// Appends one row.
  mutating func appendRow(_ fields: [String]) {
    for (index, field) in fields.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ";")) }
      appendField(field)
    }
    bytes.append(0x0D)
    bytes.append(0x0A)
  }

  mutating func appendField(_ field: String) {
    let utf8 = CPRMasking.masked(field).utf8
    let needsQuotes =
      utf8.contains { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
      || utf8.first == 0x20 || utf8.last == 0x20 || utf8.first == 0x09 || utf8.last == 0x09
    guard needsQuotes else {
      bytes.append(contentsOf: utf8)
      return
    }
    bytes.append(UInt8(ascii: "\""))
    for byte in utf8 {
      if byte == UInt8(ascii: "\"") { bytes.append(byte) }
      bytes.append(byte)
    }
    bytes.append(UInt8(ascii: "\""))
  }
}
