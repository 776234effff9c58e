import Testing
@testable import TilsynKit

@Suite struct DayTests {
  @Test func epochAndKnownDays() {
    #expect(Day(1970, 1, 1).number == 0)
    #expect(Day(2000, 3, 1).number == 11_017)
    #expect(Day(2024, 2, 29).description == "2024-02-29")
    #expect(Day(2024, 2, 29).danish == "29-02-2024")
  }

  @Test func rejectsImpossibleDates() {
    #expect(Day(year: 2023, month: 2, day: 29) == nil)
    #expect(Day(year: 2024, month: 2, day: 30) == nil)
    #expect(Day(year: 2024, month: 13, day: 1) == nil)
    #expect(Day(year: 2024, month: 4, day: 31) == nil)
    #expect(Day(year: 1900, month: 2, day: 29) == nil)
    #expect(Day(year: 2000, month: 2, day: 29) != nil)
  }

  @Test func roundTripsEveryDayOfFourCenturies() {
    var day = Day(1900, 1, 1)
    var expected = (year: 1900, month: 1, day: 1)
    while day < Day(2300, 1, 1) {
      let c = day.components
      #expect(c == expected, "\(day.number)")
      if c != expected { return }
      expected.day += 1
      if expected.day > Day.daysInMonth(year: expected.year, month: expected.month) {
        expected.day = 1
        expected.month += 1
        if expected.month == 13 { (expected.year, expected.month) = (expected.year + 1, 1) }
      }
      day = day.adding(days: 1)
    }
  }

  @Test func numbersEveryDateFromYear1To9999Consecutively() {
    var expected = Day(1, 1, 1).number
    var mismatches = 0
    for year in 1...9999 {
      for month in 1...12 {
        for day in 1...Day.daysInMonth(year: year, month: month) {
          if Day(year: year, month: month, day: day)?.number != expected { mismatches += 1 }
          expected += 1
        }
      }
    }
    #expect(mismatches == 0)
    // Anchors from Python: (date(1, 1, 1) - date(1970, 1, 1)).days and the same for 9999-12-31.
    #expect(Day(1, 1, 1).number == -719_162)
    #expect(Day(9999, 12, 31).number == 2_932_896)
  }

  /// SPEC 4: a month step is a calendar month; the day is clamped to the month's length.
  @Test func monthStepsClampTheDay() {
    #expect(Day(2023, 1, 31).adding(months: 1) == Day(2023, 2, 28))
    #expect(Day(2024, 1, 31).adding(months: 1) == Day(2024, 2, 29))
    #expect(Day(2023, 8, 31).adding(months: 6) == Day(2024, 2, 29))
    #expect(Day(2023, 8, 30).adding(months: 6) == Day(2024, 2, 29))
    #expect(Day(2023, 8, 29).adding(months: 6) == Day(2024, 2, 29))
    #expect(Day(2023, 8, 28).adding(months: 6) == Day(2024, 2, 28))
    #expect(Day(2022, 8, 31).adding(months: 6) == Day(2023, 2, 28))
    #expect(Day(2023, 12, 31).adding(months: 6) == Day(2024, 6, 30))
    #expect(Day(2024, 6, 30).adding(months: -12) == Day(2023, 6, 30))
    #expect(Day(2024, 2, 29).adding(months: -12) == Day(2023, 2, 28))
  }

  @Test func periods() throws {
    let period = try #require(Period("2024H1"))
    #expect(period.firstDay == Day(2024, 1, 1))
    #expect(period.lastDay == Day(2024, 6, 30))
    #expect(period.previous.description == "2023H2")
    #expect(period.previous.lastDay == Day(2023, 12, 31))
    #expect(period.months.map(\.description) == ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"])
    #expect(Period("2024H3") == nil)
    #expect(Period("2024-1") == nil)
    #expect(Period("24H1") == nil)
  }
}
