/// Each person's ordinary wage hours by month (`timer.csv`, SPEC 3.6), several rows of one person
/// and month summed, in exact millionths of an hour.
struct HoursByMonth: Sendable {
  private let rows: PersonGroups<Arbejdstimer>

  init(_ timer: [Arbejdstimer], persons: Int) {
    rows = PersonGroups(timer, persons: persons, person: \.person, orderedBy: { $0.maaned < $1.maaned })
  }

  /// The person's hours summed over the months `months` (inclusive).
  func hours(_ person: PersonIndex, in months: ClosedRange<YearMonth>) -> FixedDecimal {
    var total = FixedDecimal.zero
    for row in rows[person] {
      if row.maaned > months.upperBound { break }
      if row.maaned >= months.lowerBound { total = total + row.timer }
    }
    return total
  }

  /// The person's hours in one month.
  func hours(_ person: PersonIndex, in month: YearMonth) -> FixedDecimal {
    hours(person, in: month...month)
  }

  /// The person's months with rows, ascending, each with its summed hours.
  func months(_ person: PersonIndex) -> [(month: YearMonth, hours: FixedDecimal)] {
    var result: [(YearMonth, FixedDecimal)] = []
    for row in rows[person] {
      if let last = result.last, last.0 == row.maaned {
        result[result.count - 1].1 = last.1 + row.timer
      } else {
        result.append((row.maaned, row.timer))
      }
    }
    return result
  }
}
