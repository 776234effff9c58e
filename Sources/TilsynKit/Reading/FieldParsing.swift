/// Parsers for the value formats of SPEC 3.1, working on a field's UTF-8 bytes. Each returns `nil`
/// for a value that is not of its format; the table layer turns that into a reason code.
package enum FieldParsing {
  /// A date in one of the four formats of SPEC 3.1 — `YYYY-MM-DD`, `DD-MM-YYYY`, `DD.MM.YYYY`,
  /// `DD/MM/YYYY` (day and month with one or two digits in the last three) — that is a real
  /// calendar date.
  package static func date(_ field: UnsafeBufferPointer<UInt8>) -> Day? {
    let count = field.count
    guard count >= 8, count <= 10 else { return nil }
    if count == 10, field[4] == UInt8(ascii: "-"), field[7] == UInt8(ascii: "-") {
      // `YYYY-MM-` in one word, `DD` in another.
      guard let head = ByteWord.digitValues(ByteWord.load(field, at: 0, count: 8), pattern: yearMonthPattern),
        let tail = ByteWord.digitValues(ByteWord.load(field, at: 8, count: 2), pattern: 0x3030)
      else { return nil }
      let (year, month) = yearAndMonth(head)
      return Day(year: year, month: month, day: ByteWord.byte(ByteWord.pairs(tail), 0))
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
  package static func month(_ field: UnsafeBufferPointer<UInt8>) -> YearMonth? {
    let pattern = yearMonthPattern & 0x00FF_FFFF_FFFF_FFFF  // `YYYY-MM`, nothing in the eighth byte
    guard field.count == 7, let values = ByteWord.digitValues(ByteWord.load(field, at: 0, count: 7), pattern: pattern)
    else { return nil }
    let (year, month) = yearAndMonth(values)
    guard (1...12).contains(month), year >= 1 else { return nil }
    return YearMonth(year: year, month: month)
  }

  /// `YYYY-MM-` as a `ByteWord.digitValues` pattern: `0` where a digit goes.
  static let yearMonthPattern: UInt64 = 0x2D30_302D_3030_3030

  /// The year and month of the `digitValues` of `YYYY-MM`.
  @inline(__always)
  static func yearAndMonth(_ values: UInt64) -> (year: Int, month: Int) {
    let pairs = ByteWord.pairs(values)
    return (ByteWord.byte(pairs, 0) * 100 + ByteWord.byte(pairs, 2), ByteWord.byte(pairs, 5))
  }

  /// A non-negative integer of plain digits (at most 15).
  package static func integer(_ field: UnsafeBufferPointer<UInt8>) -> Int? {
    guard (1...15).contains(field.count) else { return nil }
    return digits(field, 0, field.count)
  }

  /// A non-negative decimal (SPEC 3.1): `37,5` or `37.5`; when the value holds a comma, `.` groups
  /// thousands (`1.234,5`, groups of exactly three digits); otherwise `.` is the decimal point
  /// (`1.234`). No sign, no exponent, at least one digit on each side of the separator.
  ///
  /// One pass takes the common form — digits with at most one `,` or `.` — and hands anything else
  /// (thousands groups, a second separator, a bad byte) to `groupedDecimal`, which gives the same
  /// value for the common form (a test checks they agree). Up to eight bytes are read as one word.
  package static func decimal(_ field: UnsafeBufferPointer<UInt8>) -> FixedDecimal? {
    let count = field.count
    if count <= 8 { return shortDecimal(field) }
    // Longer than 40 bytes is never a decimal, in either reading.
    guard count <= 40 else { return nil }
    let (integerPart, separator) = digitRun(field, from: 0, to: count)
    var fraction: UInt64 = 0
    if separator < count {
      guard field[separator] == UInt8(ascii: ",") || field[separator] == UInt8(ascii: ".") else {
        return groupedDecimal(field)
      }
      let start = separator + 1
      let (kept, keptEnd) = digitRun(field, from: start, to: min(count, start + FixedDecimal.digits))
      let (_, end) = digitRun(field, from: keptEnd, to: count)  // digits past the sixth: checked only
      guard end == count else { return groupedDecimal(field) }
      guard keptEnd > start else { return nil }
      fraction = kept &* powerOfTen(start + FixedDecimal.digits - keptEnd)
      if keptEnd < count, field[keptEnd] >= UInt8(ascii: "5") { fraction &+= 1 }  // half up at the seventh
    }
    guard separator > 0, separator <= 12 else { return nil }
    // No overflow: with at most 12 integer digits and a fraction of at most 10⁶ (six digits rounded
    // up), the units stay below 10¹⁸ + 10⁶ < 2⁶³. Longer integer parts may wrap in `digitRun`, but
    // are rejected by then.
    return FixedDecimal(units: Int64(bitPattern: integerPart &* FixedDecimal.unitsPerOne &+ fraction))
  }

  /// `decimal` of a field of at most eight bytes, read as one word: all digits, or digits around
  /// one `,` or `.` (at most six decimals, so nothing to round); anything else as `decimal` does.
  @inline(__always)
  static func shortDecimal(_ field: UnsafeBufferPointer<UInt8>) -> FixedDecimal? {
    let count = field.count
    guard count > 0 else { return nil }
    let word = ByteWord.load(field, at: 0, count: count)
    let inField = ByteWord.highBits &>> (64 &- 8 &* count)
    let digits = ByteWord.bytesInRange(word & ~ByteWord.highBits, UInt8(ascii: "0"), UInt8(ascii: "9")) & ~word
    let others = inField & ~digits
    let values = word & 0x0F0F_0F0F_0F0F_0F0F  // the digits' values, in their bytes
    // Numbers are read from the top of a word down (`ByteWord.decimalValue`); no overflow, as there
    // are at most eight digits.
    guard others != 0 else {
      let integerPart = ByteWord.decimalValue(values &<< (64 &- 8 &* count))
      return FixedDecimal(units: Int64(integerPart &* FixedDecimal.unitsPerOne))
    }
    let separator = others.trailingZeroBitCount / 8
    guard others & (others &- 1) == 0,
      field[separator] == UInt8(ascii: ",") || field[separator] == UInt8(ascii: ".")
    else { return groupedDecimal(field) }
    guard separator > 0, separator < count - 1 else { return nil }
    let integerPart = ByteWord.decimalValue(values &<< (64 &- 8 &* separator))
    // The decimals after two zero digits: eight digits that are the fraction in millionths.
    let fraction = ByteWord.decimalValue((values &>> (8 &* separator &+ 8)) &<< 16)
    return FixedDecimal(units: Int64(integerPart &* FixedDecimal.unitsPerOne &+ fraction))
  }

  /// 10^`exponent` for `exponent` in 0…6, the scale of a fraction of 6 − `exponent` digits.
  @inline(__always)
  static func powerOfTen(_ exponent: Int) -> UInt64 {
    switch exponent {
    case 0: return 1
    case 1: return 10
    case 2: return 100
    case 3: return 1_000
    case 4: return 10_000
    case 5: return 100_000
    default: return 1_000_000
    }
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

  /// SPEC 3.1: a `person_id` is 1–64 characters of `A-Z a-z 0-9 _ -`. Checks eight bytes at a time:
  /// the words at 0, 8, … and one more ending at the last byte (overlapping the one before it);
  /// an id shorter than eight bytes is padded with `0`s, which are allowed.
  @inline(__always)
  package static func isValidPersonId(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = field.count
    guard (1...64).contains(count) else { return false }
    guard count >= 8 else {
      return ByteWord.isPersonIdWord(ByteWord.load(field, at: 0, count: count) | ByteWord.zeros &<< (count &* 8))
    }
    var offset = 0
    while offset < count - 8 {
      guard ByteWord.isPersonIdWord(ByteWord.load(field, at: offset, count: 8)) else { return false }
      offset += 8
    }
    return ByteWord.isPersonIdWord(ByteWord.load(field, at: count - 8, count: 8))
  }

  /// SPEC 3.1: a whole field that looks like a Danish CPR number — six digits forming a DDMMYY
  /// date (29 February always counts as valid), an optional `-`, four digits.
  package static func looksLikeCPR(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = field.count
    guard count == 10 || count == 11 else { return false }
    // The first eight bytes (`DDMMYY` and two digits, or `-` and a digit), then the last three.
    let headPattern = count == 10 ? ByteWord.zeros : 0x302D_3030_3030_3030
    guard let head = ByteWord.digitValues(ByteWord.load(field, at: 0, count: 8), pattern: headPattern),
      ByteWord.digitValues(ByteWord.load(field, at: count - 3, count: 3), pattern: 0x30_3030) != nil
    else { return false }
    let pairs = ByteWord.pairs(head)
    return isDDMM(day: ByteWord.byte(pairs, 0), month: ByteWord.byte(pairs, 2))
  }

  /// Whether the six digits at `offset` form a DDMMYY date of some year (29 February allowed).
  static func isDDMMYY(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
    guard let day = digits(bytes, offset, 2), let month = digits(bytes, offset + 2, 2) else { return false }
    return isDDMM(day: day, month: month)
  }

  /// Whether `day` and `month` are a day of some year (29 February allowed).
  @inline(__always)
  static func isDDMM(day: Int, month: Int) -> Bool {
    guard (1...12).contains(month), day >= 1 else { return false }
    return day <= (month == 2 ? 29 : Day.daysInMonth(year: 2001, month: month))
  }

  /// The value of `length` ASCII digits at `offset`, or `nil` if any byte is not a digit.
  @inline(__always)
  static func digits(_ field: UnsafeBufferPointer<UInt8>, _ offset: Int, _ length: Int) -> Int? {
    guard length > 0 else { return nil }
    let run = digitRun(field, from: offset, to: offset + length)
    return run.end == offset + length ? Int(truncatingIfNeeded: run.value) : nil
  }

  /// The value of the ASCII digits from `start` up to the first other byte or `end`, and the index
  /// they stop at. The value wraps around past 19 digits; callers bound the length.
  @inline(__always)
  static func digitRun(_ field: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> (value: UInt64, end: Int) {
    var value: UInt64 = 0
    var index = start
    while index < end {
      let digit = field[index] &- UInt8(ascii: "0")
      guard digit < 10 else { break }
      value = value &* 10 &+ UInt64(digit)
      index &+= 1
    }
    return (value, index)
  }
}

/// A non-negative decimal held exactly as an integer number of millionths, so sums and threshold
/// comparisons (100 hours, 43.3 hours, an expected share in percent) are exact. Input with more
/// than six decimals is rounded half up to six (documented in the README).
package struct FixedDecimal: Hashable, Comparable, Sendable, BitwiseCopyable {
  /// Decimal places kept.
  package static let digits = 6
  package static let unitsPerOne: UInt64 = 1_000_000

  /// The value × 10⁶.
  package var units: Int64

  package init(units: Int64) { self.units = units }

  /// A whole number.
  package init(integer: Int) { self.units = Int64(integer) * Int64(FixedDecimal.unitsPerOne) }

  package static func < (lhs: FixedDecimal, rhs: FixedDecimal) -> Bool { lhs.units < rhs.units }
  package static func + (lhs: FixedDecimal, rhs: FixedDecimal) -> FixedDecimal {
    FixedDecimal(units: lhs.units + rhs.units)
  }
  package static let zero = FixedDecimal(units: 0)

  /// The value as a `Double`, for display arithmetic only.
  package var doubleValue: Double { Double(units) / Double(FixedDecimal.unitsPerOne) }
}
