/// Keeps CPR numbers out of every output (SPEC 3.1, GDPR): a CPR-like token — six digits forming a
/// DDMMYY date, an optional `-`, four digits, with no digit directly before or after — is replaced by
/// `XXXXXX-XXXX` wherever text from an input file is written.
package enum CPRMasking {
  package static let mask = "XXXXXX-XXXX"

  /// `text` with every CPR-like token masked. Masks generously: a token inside a longer word
  /// (`p0101901234x`) is masked too, since a leaked CPR number costs more than a masked id.
  package static func masked(_ text: String) -> String {
    guard text.utf8.count >= 10, hasSixDigitRun(text.utf8) else { return text }
    let bytes = Array(text.utf8)
    var out = [UInt8]()
    var index = 0
    var changed = false
    bytes.withUnsafeBufferPointer { buffer in
      out.reserveCapacity(buffer.count)
      while index < buffer.count {
        if let length = cprToken(in: buffer, at: index) {
          out.append(contentsOf: mask.utf8)
          index += length
          changed = true
        } else {
          out.append(buffer[index])
          index += 1
        }
      }
    }
    return changed ? String(decoding: out, as: UTF8.self) : text
  }

  /// The length (10 to 12) of a CPR-like token starting at `start`, or `nil`. Between the six and
  /// the four digits may stand a `-`, a space or a line break (LF, CR or CRLF): a CPR number split
  /// over two lines inside a quoted field is masked whole (issue 14), not written in two halves.
  static func cprToken(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
    if start > 0, isDigit(bytes[start - 1]) { return nil }
    guard start + 10 <= bytes.count else { return nil }
    for offset in 0..<6 where !isDigit(bytes[start + offset]) { return nil }
    var rest = start + 6
    switch bytes[rest] {
    case UInt8(ascii: "-"), 0x20, 0x0A: rest += 1
    case 0x0D: rest += rest + 1 < bytes.count && bytes[rest + 1] == 0x0A ? 2 : 1
    default: break
    }
    guard rest + 4 <= bytes.count else { return nil }
    for offset in 0..<4 where !isDigit(bytes[rest + offset]) { return nil }
    if rest + 4 < bytes.count, isDigit(bytes[rest + 4]) { return nil }
    guard FieldParsing.isDDMMYY(bytes, at: start) else { return nil }
    return rest + 4 - start
  }

  /// Whether `bytes` hold six digits in a row (every CPR-like token does): a cheap test first, so
  /// text without one is passed through without a copy.
  static func hasSixDigitRun(_ bytes: String.UTF8View) -> Bool {
    var run = 0
    for byte in bytes {
      run = isDigit(byte) ? run + 1 : 0
      if run == 6 { return true }
    }
    return false
  }

  @inline(__always)
  static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
