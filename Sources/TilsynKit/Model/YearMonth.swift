/// A calendar month, stored as `year × 12 + (month − 1)` so that months compare and step as integers.
/// `timer.maaned` and the measuring months of a period are `YearMonth`s (SPEC 2, 3.6).
public struct YearMonth: Hashable, Comparable, Sendable, BitwiseCopyable {
  public var index: Int32

  @inlinable
  public init(index: Int32) { self.index = index }

  @inlinable
  public init(year: Int, month: Int) { self.index = Int32(year * 12 + month - 1) }

  @inlinable
  public var year: Int { Int(index) / 12 }
  @inlinable
  public var month: Int { Int(index) % 12 + 1 }

  @inlinable
  public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { lhs.index < rhs.index }

  @inlinable
  public func adding(months n: Int) -> YearMonth { YearMonth(index: index + Int32(n)) }

  /// The first day of the month.
  public var firstDay: Day { Day(year, month, 1) }
  /// The last day of the month.
  public var lastDay: Day { Day(year, month, Day.daysInMonth(year: year, month: month)) }
}

extension YearMonth: CustomStringConvertible {
  /// `YYYY-MM`, the form of `timer.maaned` and of the `maaned` column of the outputs.
  public var description: String { "\(pad(year, 4))-\(pad(month, 2))" }
}
