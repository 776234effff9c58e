/// Parsers for the value formats of SPEC 3.1, working on a field's UTF-8 bytes. Each returns `nil`
/// for a value that is not of its format; the table layer turns that into a reason code.
public enum FieldParsing {
  /// A date in one of the four formats of SPEC 3.1 — `YYYY-MM-DD`, `DD-MM-YYYY`, `DD.MM.YYYY`,
  /// `DD/MM/YYYY` (day and month with one or two digits in the last three) — that is a real
  /// calendar date.
  public static func date(_ field: UnsafeBufferPointer<UInt8>) -> Day? {
    let count = field.count
    guard count >= 8, count <= 10 else { return nil }
    if count == 10, field[4] == UInt8(ascii: "-"), field[7] == UInt8(ascii: "-") {
      guard let year = digits(field, 0, 4), let month = digits(field, 5, 2),
        let day = digits(field, 8, 2)
      else { return nil }
      return Day(year: year, month: month, day: day)
    }
    // D[D]sM[M]sYYYY with one separator s of `-`, `.` or `/`.
    let separator: UInt8
    let firstSeparator: Int
    if field[1] == UInt8(ascii: "-") || field[1] == UInt8(ascii: ".") || field[1] == UInt8(ascii: "/") {
      firstSeparator = 1
    } else {
      firstSeparator = 2
    }
    separator = field[firstSeparator]
    guard separator == UInt8(ascii: "-") || separator == UInt8(ascii: ".") || separator == UInt8(ascii: "/")
    else { return nil }
    let secondSeparator = count - 5
    guard field[secondSeparator] == separator else { return nil }
    let monthLength = secondSeparator - firstSeparator - 1
    guard monthLength == 1 || monthLength == 2,
      let day = digits(field, 0, firstSeparator),
      let month = digits(field, firstSeparator + 1, monthLength),
      let year = digits(field, count - 4, 4)
    else { return nil }
    return Day(year: year, month: month, day: day)
  }

  /// A month `YYYY-MM` (SPEC 3.1).
  public static func month(_ field: UnsafeBufferPointer<UInt8>) -> YearMonth? {
    guard field.count == 7, field[4] == UInt8(ascii: "-"), let year = digits(field, 0, 4),
      let month = digits(field, 5, 2), (1...12).contains(month), year >= 1
    else { return nil }
    return YearMonth(year: year, month: month)
  }

  /// A non-negative integer of plain digits (at most 15).
  public static func integer(_ field: UnsafeBufferPointer<UInt8>) -> Int? {
    guard (1...15).contains(field.count) else { return nil }
    return digits(field, 0, field.count)
  }

  /// A non-negative decimal (SPEC 3.1): `37,5` or `37.5`; when the value holds a comma, `.` groups
  /// thousands (`1.234,5`, groups of exactly three digits); otherwise `.` is the decimal point
  /// (`1.234`). No sign, no exponent, at least one digit on each side of the separator.
  ///
  /// One pass takes the common form — digits with at most one `,` or `.` — and hands anything else
  /// (thousands groups, a second separator, a bad byte) to `groupedDecimal`, which gives the same
  /// value for the common form (a test checks they agree).
  public static func decimal(_ field: UnsafeBufferPointer<UInt8>) -> FixedDecimal? {
    var integerPart: UInt64 = 0
    var integerDigits = 0
    var fraction: UInt64 = 0
    var fractionDigits = 0
    var roundUp = false
    var sawSeparator = false
    for byte in field {
      let digit = byte &- UInt8(ascii: "0")
      if digit < 10 {
        if !sawSeparator {
          integerPart = integerPart &* 10 &+ UInt64(digit)
          integerDigits += 1
        } else {
          fractionDigits += 1
          if fractionDigits <= FixedDecimal.digits {
            fraction = fraction * 10 + UInt64(digit)
          } else if fractionDigits == FixedDecimal.digits + 1 {
            roundUp = digit >= 5
          }
        }
      } else if (byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".")) && !sawSeparator {
        sawSeparator = true
      } else {
        return groupedDecimal(field)
      }
    }
    guard integerDigits > 0, integerDigits <= 12, !sawSeparator || fractionDigits > 0, field.count <= 40 else {
      return nil
    }
    for _ in min(fractionDigits, FixedDecimal.digits)..<FixedDecimal.digits { fraction *= 10 }
    if roundUp { fraction += 1 }
    return FixedDecimal(units: Int64(integerPart * FixedDecimal.unitsPerOne + fraction))
  }

  /// `decimal` for every form, thousands groups included, in two passes.
  static func groupedDecimal(_ field: UnsafeBufferPointer<UInt8>) -> FixedDecimal? {
    guard !field.isEmpty, field.count <= 40 else { return nil }
    let comma = field.firstIndex(of: UInt8(ascii: ","))
    var integerPart: UInt64 = 0
    var integerDigits = 0
    var index = 0
    let integerEnd = comma ?? field.firstIndex(of: UInt8(ascii: ".")) ?? field.count
    var groupLength = 0
    var sawGroupSeparator = false
    while index < integerEnd {
      let byte = field[index]
      if byte == UInt8(ascii: "."), comma != nil {
        // Thousands separator: the group before it has 1–3 digits (first) or exactly 3.
        guard groupLength > 0, groupLength <= 3, !sawGroupSeparator || groupLength == 3 else {
          return nil
        }
        sawGroupSeparator = true
        groupLength = 0
        index += 1
        continue
      }
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      integerPart = integerPart * 10 + UInt64(byte - UInt8(ascii: "0"))
      integerDigits += 1
      groupLength += 1
      guard integerDigits <= 12 else { return nil }
      index += 1
    }
    guard integerDigits > 0, !sawGroupSeparator || groupLength == 3 else { return nil }
    var fraction: UInt64 = 0
    var scale: UInt64 = FixedDecimal.unitsPerOne
    if index < field.count {
      index += 1  // the decimal separator
      guard index < field.count else { return nil }
      var roundUp = false
      var fractionDigits = 0
      while index < field.count {
        let byte = field[index]
        guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
        fractionDigits += 1
        if fractionDigits <= FixedDecimal.digits {
          scale /= 10
          fraction += UInt64(byte - UInt8(ascii: "0")) * scale
        } else if fractionDigits == FixedDecimal.digits + 1 {
          roundUp = byte >= UInt8(ascii: "5")
        }
        index += 1
      }
      if roundUp { fraction += 1 }
    }
    return FixedDecimal(units: Int64(integerPart * FixedDecimal.unitsPerOne + fraction))
  }

  /// SPEC 3.1: a `person_id` is 1–64 characters of `A-Z a-z 0-9 _ -`.
  public static func isValidPersonId(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
    guard (1...64).contains(field.count) else { return false }
    for byte in field {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
        continue
      default:
        return false
      }
    }
    return true
  }

  /// SPEC 3.1: a whole field that looks like a Danish CPR number — six digits forming a DDMMYY
  /// date (29 February always counts as valid), an optional `-`, four digits.
  public static func looksLikeCPR(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = field.count
    guard count == 10 || count == 11 else { return false }
    if count == 11, field[6] != UInt8(ascii: "-") { return false }
    for index in 0..<count where !(count == 11 && index == 6) {
      guard field[index] >= UInt8(ascii: "0"), field[index] <= UInt8(ascii: "9") else { return false }
    }
    return isDDMMYY(field, at: 0)
  }

  /// Whether the six digits at `offset` form a DDMMYY date of some year (29 February allowed).
  static func isDDMMYY(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
    guard let day = digits(bytes, offset, 2), let month = digits(bytes, offset + 2, 2),
      (1...12).contains(month), day >= 1
    else { return false }
    return day <= (month == 2 ? 29 : Day.daysInMonth(year: 2001, month: month))
  }

  /// The value of `length` ASCII digits at `offset`, or `nil` if any byte is not a digit.
  @inline(__always)
  static func digits(_ field: UnsafeBufferPointer<UInt8>, _ offset: Int, _ length: Int) -> Int? {
    guard length > 0 else { return nil }
    var value = 0
    for index in offset..<(offset + length) {
      let digit = field[index] &- UInt8(ascii: "0")
      guard digit < 10 else { return nil }
      value = value * 10 + Int(digit)
    }
    return value
  }
}

/// A non-negative decimal held exactly as an integer number of millionths, so sums and threshold
/// comparisons (100 hours, 43.3 hours, an expected share in percent) are exact. Input with more
/// than six decimals is rounded half up to six (documented in the README).
public struct FixedDecimal: Hashable, Comparable, Sendable, BitwiseCopyable {
  /// Decimal places kept.
  public static let digits = 6
  public static let unitsPerOne: UInt64 = 1_000_000

  /// The value × 10⁶.
  public var units: Int64

  public init(units: Int64) { self.units = units }

  /// A whole number.
  public init(integer: Int) { self.units = Int64(integer) * Int64(FixedDecimal.unitsPerOne) }

  public static func < (lhs: FixedDecimal, rhs: FixedDecimal) -> Bool { lhs.units < rhs.units }
  public static func + (lhs: FixedDecimal, rhs: FixedDecimal) -> FixedDecimal {
    FixedDecimal(units: lhs.units + rhs.units)
  }
  public static let zero = FixedDecimal(units: 0)

  /// The value as a `Double`, for display arithmetic only.
  public var doubleValue: Double { Double(units) / Double(FixedDecimal.unitsPerOne) }
}
