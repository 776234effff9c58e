import Testing
@testable import TilsynKit

/// Days on public support and seniority (SPEC 4.2) on hand-built benefit spells.
@Suite struct PublicSupportTests {
  let person = PersonIndex(0)

  func spell(_ ydelse: Ydelse, _ fra: Day, _ til: Day?) -> Ydelsesperiode {
    Ydelsesperiode(person: person, ydelse: ydelse, fra: fra, til: til)
  }

  /// Overlapping and adjacent spells count each day once; FJ and FP are not public support.
  @Test func daysAreCountedOnce() {
    let support = PublicSupport([
      spell(.kontanthjaelp, Day(2024, 1, 1), Day(2024, 1, 31)),  // 31 days
      spell(.sygedagpenge, Day(2024, 1, 15), Day(2024, 2, 10)),  // overlaps: adds 1–10 Feb = 10
      spell(.kontanthjaelp, Day(2024, 2, 11), Day(2024, 2, 20)),  // adjacent: adds 10
      spell(.fleksjob, Day(2024, 3, 1), nil),  // not public support
      spell(.dagpenge, Day(2024, 1, 5), Day(2024, 1, 6)),  // inside: adds 0
    ])
    #expect(support.daysOnSupport(in: Day(2024, 1, 1)...Day(2024, 12, 31)) == 51)
    #expect(support.daysOnSupport(in: Day(2024, 1, 20)...Day(2024, 2, 5)) == 17)
    let open = PublicSupport([spell(.kontanthjaelp, Day(2023, 12, 1), nil)])
    #expect(open.daysOnSupport(in: Day(2024, 1, 1)...Day(2024, 1, 31)) == 31)
  }

  /// A gap of 28 days does not break the stretch; 29 does. The gap is the next `fra` − the latest
  /// `til` of all earlier spells − 1.
  @Test func gapsOfUpToTwentyEightDaysAreBridged() {
    // til 2023-01-31; next fra 2023-03-01 → gap = 29 − 1 = 28 days (1–28 February).
    let bridged = PublicSupport([
      spell(.kontanthjaelp, Day(2022, 6, 1), Day(2023, 1, 31)), spell(.kontanthjaelp, Day(2023, 3, 1), nil),
    ])
    #expect(bridged.stretchStart(coveringDay: Day(2023, 6, 30), maximumGap: 28) == Day(2022, 6, 1))
    // next fra 2023-03-02 → gap 29: a new stretch.
    let broken = PublicSupport([
      spell(.kontanthjaelp, Day(2022, 6, 1), Day(2023, 1, 31)), spell(.kontanthjaelp, Day(2023, 3, 2), nil),
    ])
    #expect(broken.stretchStart(coveringDay: Day(2023, 6, 30), maximumGap: 28) == Day(2023, 3, 2))
    // The latest `til` of all earlier spells counts, not the previous spell's.
    let nested = PublicSupport([
      spell(.kontanthjaelp, Day(2022, 1, 1), Day(2022, 12, 31)), spell(.sygedagpenge, Day(2022, 3, 1), Day(2022, 3, 31)),
      spell(.kontanthjaelp, Day(2023, 1, 20), nil),
    ])
    #expect(nested.stretchStart(coveringDay: Day(2023, 6, 30), maximumGap: 28) == Day(2022, 1, 1))
  }

  /// A spell must cover the day itself: inside a bridged gap there is no seniority.
  @Test func noSeniorityInAGap() {
    let support = PublicSupport([
      spell(.kontanthjaelp, Day(2022, 6, 1), Day(2023, 1, 31)), spell(.kontanthjaelp, Day(2023, 3, 1), nil),
    ])
    #expect(support.stretchStart(coveringDay: Day(2023, 2, 28), maximumGap: 28) == nil)
    #expect(support.stretchStart(coveringDay: Day(2022, 5, 31), maximumGap: 28) == nil)
    #expect(support.stretchStart(coveringDay: Day(2022, 6, 1), maximumGap: 28) == Day(2022, 6, 1))
    let fleksjob = PublicSupport([spell(.fleksjob, Day(2022, 1, 1), nil)])
    #expect(fleksjob.stretchStart(coveringDay: Day(2023, 1, 1), maximumGap: 28) == nil)
  }
}

@Suite struct HoursByMonthTests {
  /// SPEC 3.1: several `timer` rows of one person and month are summed, exactly.
  @Test func rowsOfOneMonthAreSummed() {
    let p = PersonIndex(0)
    let january = YearMonth(year: 2024, month: 1)
    let hours = HoursByMonth(
      [
        Arbejdstimer(person: p, maaned: january, timer: FixedDecimal(units: 20_100_000)),
        Arbejdstimer(person: p, maaned: january.adding(months: 1), timer: FixedDecimal(units: 5_000_000)),
        Arbejdstimer(person: p, maaned: january, timer: FixedDecimal(units: 23_200_000)),
        Arbejdstimer(person: PersonIndex(1), maaned: january, timer: FixedDecimal(integer: 99)),
      ], persons: 2)
    #expect(hours.hours(p, in: january) == FixedDecimal(units: 43_300_000))  // 20.1 + 23.2 = 43.3 exactly
    #expect(hours.hours(p, in: january...january.adding(months: 1)) == FixedDecimal(units: 48_300_000))
    #expect(hours.months(p).map(\.hours) == [FixedDecimal(units: 43_300_000), FixedDecimal(integer: 5)])
    #expect(hours.hours(PersonIndex(1), in: january.adding(months: 1)) == .zero)
  }
}
