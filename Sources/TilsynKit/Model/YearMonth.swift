/// A calendar month, stored as `year × 12 + (month − 1)` so that months compare and step as integers.
/// `timer.maaned` and the measuring months of a period are `YearMonth`s (SPEC 2, 3.6).
package struct YearMonth: Hashable, Comparable, Sendable, BitwiseCopyable {
  package var index: Int32

  @inlinable
  package init(index: Int32) { self.index = index }

  @inlinable
  package init(year: Int, month: Int) { self.index = Int32(year * 12 + month - 1) }

  @inlinable
  package var year: Int { Int(index) / 12 }
  @inlinable
  package var month: Int { Int(index) % 12 + 1 }

  @inlinable
  package static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { lhs.index < rhs.index }

  @inlinable
  package func adding(months n: Int) -> YearMonth { YearMonth(index: index + Int32(n)) }

  /// The first day of the month.
  package var firstDay: Day { Day(year, month, 1) }
  /// The last day of the month.
  package var lastDay: Day { Day(year, month, Day.daysInMonth(year: year, month: month)) }
}

extension YearMonth: CustomStringConvertible {
  /// `YYYY-MM`, the form of `timer.maaned` and of the `maaned` column of the outputs.
  package var description: String { "\(pad(year, 4))-\(pad(month, 2))" }
}
