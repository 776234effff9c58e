/// The values of the CSV outputs (SPEC 5: decimal comma, `DD-MM-YYYY`, `YYYY-MM`) read as workbook
/// values: exact decimals and Excel date serials.
enum SheetValue {
  /// A decimal number as its sign, digits and number of decimals: `-78,4` → (true, "784", 1).
  struct Decimal: Equatable {
    var negative: Bool
    var digits: String
    var places: Int

    /// The value divided by 10^`shift` in the notation of `<v>` (`.` point, no exponent, no leading
    /// or trailing zeros): `78,4` with shift 2 → `0.784`. Exact: no binary fraction in between.
    func text(shift: Int) -> String {
      var digits = Array(self.digits)
      var point = digits.count - places - shift  // digits before the point
      if point <= 0 {
        digits = Array(repeating: "0", count: 1 - point) + digits
        point = 1
      }
      if point > digits.count { digits += Array(repeating: "0", count: point - digits.count) }
      var whole = String(digits[..<point])
      var fraction = String(digits[point...])
      while whole.count > 1 && whole.hasPrefix("0") { whole.removeFirst() }
      while fraction.hasSuffix("0") { fraction.removeLast() }
      let text = fraction.isEmpty ? whole : whole + "." + fraction
      return negative && text != "0" ? "-" + text : text
    }
  }

  /// `-?(0|[1-9][0-9]*)(,[0-9]+)?`, or `nil`.
  static func decimal(_ value: String) -> Decimal? {
    var text = Substring(value)
    let negative = text.hasPrefix("-")
    if negative { text = text.dropFirst() }
    let parts = text.split(separator: ",", omittingEmptySubsequences: false)
    guard parts.count <= 2, let whole = parts.first, !whole.isEmpty, whole.utf8.count <= 15,
      whole.allSatisfy(\.isASCIIDigit), whole == "0" || !whole.hasPrefix("0")
    else { return nil }
    let fraction = parts.count == 2 ? parts[1] : ""
    guard parts.count == 1 || (!fraction.isEmpty && fraction.utf8.count <= 6 && fraction.allSatisfy(\.isASCIIDigit)) else {
      return nil
    }
    return Decimal(negative: negative, digits: String(whole + fraction), places: fraction.count)
  }

  /// `YYYY-MM` → its first day.
  static func month(_ value: String) -> Day? {
    let bytes = Array(value.utf8)
    guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"), let year = number(bytes[0..<4]), let month = number(bytes[5..<7])
    else { return nil }
    return Day(year: year, month: month, day: 1)
  }

  /// `DD-MM-YYYY` → the day.
  static func date(_ value: String) -> Day? {
    let bytes = Array(value.utf8)
    guard bytes.count == 10, bytes[2] == UInt8(ascii: "-"), bytes[5] == UInt8(ascii: "-"),
      let day = number(bytes[0..<2]), let month = number(bytes[3..<5]), let year = number(bytes[6..<10])
    else { return nil }
    return Day(year: year, month: month, day: day)
  }

  static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
    var value = 0
    for byte in bytes {
      guard byte >= 48 && byte <= 57 else { return nil }
      value = value * 10 + Int(byte - 48)
    }
    return value
  }

  /// Excel's serial number of a day (the 1900 date system): days since 30 December 1899, so
  /// 1 January 1970 (day 0) is 25569 and 1 January 2024 is 45292.
  static func serial(_ day: Day) -> Int { Int(day.number) + 25569 }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
