/// A half-year follow-up period, `YYYYH1` (1 January – 30 June) or `YYYYH2` (1 July – 31 December).
/// Its six calendar months are the measuring months (SPEC 2).
package struct Period: Hashable, Comparable, Sendable {
  package var year: Int
  /// 1 or 2.
  package var half: Int

  package init?(year: Int, half: Int) {
    guard (1900...9999).contains(year), half == 1 || half == 2 else { return nil }
    self.year = year
    self.half = half
  }

  /// Parses `2024H1` (the `H` may be lower-case).
  package init?(_ text: String) {
    let bytes = Array(text.utf8)
    guard bytes.count == 6, bytes[4] == UInt8(ascii: "H") || bytes[4] == UInt8(ascii: "h"),
      let year = Int(String(decoding: bytes[0..<4], as: UTF8.self)),
      bytes[0...3].allSatisfy({ $0 >= 48 && $0 <= 57 })
    else { return nil }
    switch bytes[5] {
    case UInt8(ascii: "1"): self.init(year: year, half: 1)
    case UInt8(ascii: "2"): self.init(year: year, half: 2)
    default: return nil
    }
  }

  package static func < (lhs: Period, rhs: Period) -> Bool {
    (lhs.year, lhs.half) < (rhs.year, rhs.half)
  }

  /// The first measuring month.
  package var firstMonth: YearMonth { YearMonth(year: year, month: half == 1 ? 1 : 7) }
  /// The six measuring months in order.
  /// The number of measuring months in a period (SPEC 2).
  package static let monthCount = 6

  package var months: [YearMonth] { (0..<Self.monthCount).map { firstMonth.adding(months: $0) } }
  /// The period's first day.
  package var firstDay: Day { firstMonth.firstDay }
  /// The period's last day, E in SPEC 4.2–4.5.
  package var lastDay: Day { firstMonth.adding(months: 5).lastDay }
  /// The period before this one: 2024H1 → 2023H2.
  package var previous: Period {
    half == 1 ? Period(year: year - 1, half: 2)! : Period(year: year, half: 1)!
  }
  /// The period after this one.
  package var next: Period {
    half == 2 ? Period(year: year + 1, half: 1)! : Period(year: year, half: 2)!
  }
}

extension Period: CustomStringConvertible {
  package var description: String { "\(year)H\(half)" }
}
