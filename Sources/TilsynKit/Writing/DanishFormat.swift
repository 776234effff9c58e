/// Number and date formats of the Danish outputs (SPEC 5): decimal comma, `.` between thousands
/// in running text, `DD-MM-YYYY`, display rounding half away from zero on the exact value.
package enum DanishFormat {
  /// `1234567` → `1.234.567` (for running text; CSV cells carry plain digits).
  package static func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var out = ""
    for (index, character) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { out.append(".") }
      out.append(character)
    }
    return value < 0 ? "-" + out : out
  }

  /// A number already formatted with a decimal comma, with `.` between thousands of its whole part for
  /// running text: `33174,7` → `33.174,7`, `-1234` → `-1.234`; other text is returned as it is.
  package static func groupedText(_ number: String) -> String {
    let negative = number.hasPrefix("-")
    let unsigned = negative ? number.dropFirst() : Substring(number)
    let whole = unsigned.prefix { $0 != "," }
    guard !whole.isEmpty, whole.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(whole) else { return number }
    return (negative ? "-" : "") + grouped(value) + unsigned.dropFirst(whole.count)
  }

  /// `numerator / denominator × 100` rounded half away from zero to `places` decimals, with a
  /// decimal comma: `percent(784, 1000)` → `78,4`. Computed on integers, so 79.95 % rounds to 80,0
  /// exactly as the rule says, and nothing is lost to binary fractions.
  package static func percent(_ numerator: Int, _ denominator: Int, places: Int = 1) -> String {
    precondition(denominator > 0, "a share needs a positive denominator")
    return ratio(numerator * 100, denominator, places: places)
  }

  /// `numerator / denominator` rounded half away from zero to `places` decimals, decimal comma.
  package static func ratio(_ numerator: Int, _ denominator: Int, places: Int) -> String {
    precondition(denominator != 0, "division by zero")
    let negative = (numerator < 0) != (denominator < 0) && numerator != 0
    let n = numerator.magnitude
    let d = denominator.magnitude
    var scale: UInt = 1
    for _ in 0..<places { scale *= 10 }
    let scaled = (2 * n * scale + d) / (2 * d)  // round half up on the magnitude
    return (negative && scaled != 0 ? "-" : "") + fixedPoint(scaled, places: places)
  }

  /// A `FixedDecimal` rounded half away from zero to `places` decimals, decimal comma.
  package static func decimal(_ value: FixedDecimal, places: Int) -> String {
    ratio(Int(value.units), Int(FixedDecimal.unitsPerOne), places: places)
  }

  /// A `FixedDecimal` with as many decimals as it needs (`80`, `43,3`, `4,33`).
  package static func decimalTrimmed(_ value: FixedDecimal) -> String {
    var text = decimal(value, places: FixedDecimal.digits)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(",") { text.removeLast() }
    return text
  }

  /// `scaled / 10^places` with a decimal comma.
  private static func fixedPoint(_ scaled: UInt, places: Int) -> String {
    guard places > 0 else { return String(scaled) }
    var digits = String(scaled)
    if digits.count <= places { digits = String(repeating: "0", count: places - digits.count + 1) + digits }
    let split = digits.index(digits.endIndex, offsetBy: -places)
    return digits[..<split] + "," + digits[split...]
  }
}
