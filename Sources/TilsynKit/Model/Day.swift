/// A calendar date as a day number: days since 1970-01-01 in the proleptic Gregorian calendar.
///
/// Every date in tilsyn is a `Day`: comparing, subtracting and stepping are integer operations, and
/// nothing on a hot path touches `Date`, `Calendar` or `DateFormatter`. Month steps follow SPEC 4:
/// "31 January + 1 month = 28/29 February" (the day is clamped to the target month's length).
package struct Day: Hashable, Comparable, Sendable, BitwiseCopyable {
  /// Days since 1970-01-01.
  package var number: Int32

  @inlinable
  package init(number: Int32) { self.number = number }

  /// The date `year-month-day`, or `nil` when it is not a real calendar date (30 February, month 13).
  /// Dates of 1900–2099 — every date an extract holds, once per field read — are looked up in a table
  /// of month starts; others are computed.
  @inlinable
  package init?(year: Int, month: Int, day: Int) {
    let monthIndex = (year &- Day.tableFirstYear) &* 12 &+ month &- 1
    if UInt(bitPattern: year &- Day.tableFirstYear) < Day.tableYears, UInt(bitPattern: month &- 1) < 12 {
      let start = Day.monthStarts[monthIndex]
      guard day >= 1, day <= Int(Day.monthStarts[monthIndex + 1] &- start) else { return nil }
      self.number = start &+ Int32(truncatingIfNeeded: day &- 1)
      return
    }
    guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
      day <= Day.daysInMonth(year: year, month: month)
    else { return nil }
    self.number = Int32(Day.daysFromCivil(year: year, month: month, day: day))
  }

  @usableFromInline static let tableFirstYear = 1900
  @usableFromInline static let tableYears: UInt = 200
  /// The day number of the first of each month from January 1900 to January 2100.
  @usableFromInline static let monthStarts: [Int32] = (0...Int(tableYears) * 12).map { index in
    Int32(daysFromCivil(year: tableFirstYear + index / 12, month: index % 12 + 1, day: 1))
  }

  /// A known-good date; traps on an impossible one. For constants in code and tests.
  package init(_ year: Int, _ month: Int, _ day: Int) {
    guard let day = Day(year: year, month: month, day: day) else {
      preconditionFailure("not a calendar date: \(year)-\(month)-\(day)")
    }
    self = day
  }

  @inlinable
  package static func < (lhs: Day, rhs: Day) -> Bool { lhs.number < rhs.number }

  /// Year, month (1–12) and day of month (1–31).
  @inlinable
  package var components: (year: Int, month: Int, day: Int) {
    Day.civilFromDays(Int(number))
  }

  package var year: Int { components.year }
  package var month: Int { components.month }
  package var dayOfMonth: Int { components.day }

  /// The calendar month that holds this day.
  @inlinable
  package var yearMonth: YearMonth {
    let c = components
    return YearMonth(year: c.year, month: c.month)
  }

  /// This day `n` days later (earlier for negative `n`).
  @inlinable
  package func adding(days n: Int) -> Day { Day(number: number + Int32(n)) }

  /// This day `n` calendar months later (earlier for negative `n`), the day clamped to the month's
  /// length: 2023-08-31 + 6 months = 2024-02-29; 2023-01-31 + 1 month = 2023-02-28.
  @inlinable
  package func adding(months n: Int) -> Day {
    let c = components
    let target = YearMonth(year: c.year, month: c.month).adding(months: n)
    let day = min(c.day, Day.daysInMonth(year: target.year, month: target.month))
    return Day(number: Int32(Day.daysFromCivil(year: target.year, month: target.month, day: day)))
  }

  /// Whole days from `self` to `other` (`other − self`).
  @inlinable
  package func days(to other: Day) -> Int { Int(other.number) - Int(number) }

  @inlinable
  package static func isLeapYear(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  @inlinable
  package static func daysInMonth(year: Int, month: Int) -> Int {
    switch month {
    case 2: return isLeapYear(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Howard Hinnant's `days_from_civil`: exact for every Gregorian date. After the era, every
  /// quantity divided is small and non-negative (a year of the era 0–399, a month index 0–11), so
  /// the arithmetic is unsigned and unchecked.
  @inlinable
  static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year &- 1 : year
    let era = (y >= 0 ? y : y &- 399) / 400
    let yearOfEra = UInt(bitPattern: y &- era &* 400)
    let monthIndex = UInt(bitPattern: month > 2 ? month &- 3 : month &+ 9)
    let dayOfYear = (153 &* monthIndex &+ 2) / 5 &+ UInt(bitPattern: day) &- 1
    let dayOfEra = yearOfEra &* 365 &+ yearOfEra / 4 &- yearOfEra / 100 &+ dayOfYear
    return era &* 146_097 &+ Int(bitPattern: dayOfEra) &- 719_468
  }

  /// Howard Hinnant's `civil_from_days`, the inverse of `daysFromCivil`.
  @inlinable
  static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}

extension Day: CustomStringConvertible {
  /// ISO 8601, `YYYY-MM-DD`.
  package var description: String {
    let c = components
    return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))"
  }

  /// Danish display form, `DD-MM-YYYY` (SPEC 5).
  package var danish: String {
    let c = components
    return "\(pad(c.day, 2))-\(pad(c.month, 2))-\(pad(c.year, 4))"
  }
}

/// Zero-padded decimal digits of a non-negative number.
func pad(_ value: Int, _ width: Int) -> String {
  let digits = String(value)
  return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
