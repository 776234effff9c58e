import Testing
@testable import TilsynKit

/// Days on public support and seniority (SPEC 4.2) on hand-built benefit spells.
@Suite struct PublicSupportTests {
  let person = PersonIndex(0)

  func spell(_ ydelse: Ydelse, _ fra: Day, _ til: Day?) -> Ydelsesperiode {
    Ydelsesperiode(person: person, ydelse: ydelse, fra: fra, til: til)
  }

  func days(_ spells: [Ydelsesperiode], in window: ClosedRange<Day>) -> Int {
    PublicSupport.of(spells) { $0.daysOnSupport(in: window) }
  }

  func stretchStart(_ spells: [Ydelsesperiode], coveringDay day: Day) -> Day? {
    PublicSupport.of(spells) { $0.stretchStart(coveringDay: day, maximumGap: 28) }
  }

  /// Overlapping and adjacent spells count each day once; FJ and FP are not public support.
  @Test func daysAreCountedOnce() {
    let spells = [
      spell(.kontanthjaelp, Day(2024, 1, 1), Day(2024, 1, 31)),  // 31 days
      spell(.sygedagpenge, Day(2024, 1, 15), Day(2024, 2, 10)),  // overlaps: adds 1–10 Feb = 10
      spell(.kontanthjaelp, Day(2024, 2, 11), Day(2024, 2, 20)),  // adjacent: adds 10
      spell(.fleksjob, Day(2024, 3, 1), nil),  // not public support
      spell(.dagpenge, Day(2024, 1, 5), Day(2024, 1, 6)),  // inside: adds 0
    ]
    #expect(days(spells, in: Day(2024, 1, 1)...Day(2024, 12, 31)) == 51)
    #expect(days(spells, in: Day(2024, 1, 20)...Day(2024, 2, 5)) == 17)
    #expect(days([spell(.kontanthjaelp, Day(2023, 12, 1), nil)], in: Day(2024, 1, 1)...Day(2024, 1, 31)) == 31)
  }

  /// A gap of 28 days does not break the stretch; 29 does. The gap is the next `fra` − the latest
  /// `til` of all earlier spells − 1.
  @Test func gapsOfUpToTwentyEightDaysAreBridged() {
    // til 2023-01-31; next fra 2023-03-01 → gap = 29 − 1 = 28 days (1–28 February).
    let bridged = [
      spell(.kontanthjaelp, Day(2022, 6, 1), Day(2023, 1, 31)), spell(.kontanthjaelp, Day(2023, 3, 1), nil),
    ]
    #expect(stretchStart(bridged, coveringDay: Day(2023, 6, 30)) == Day(2022, 6, 1))
    // next fra 2023-03-02 → gap 29: a new stretch.
    let broken = [
      spell(.kontanthjaelp, Day(2022, 6, 1), Day(2023, 1, 31)), spell(.kontanthjaelp, Day(2023, 3, 2), nil),
    ]
    #expect(stretchStart(broken, coveringDay: Day(2023, 6, 30)) == Day(2023, 3, 2))
    // The latest `til` of all earlier spells counts, not the previous spell's; given in any order.
    let nested = [
      spell(.kontanthjaelp, Day(2023, 1, 20), nil), spell(.sygedagpenge, Day(2022, 3, 1), Day(2022, 3, 31)),
      spell(.kontanthjaelp, Day(2022, 1, 1), Day(2022, 12, 31)),
    ]
    #expect(stretchStart(nested, coveringDay: Day(2023, 6, 30)) == Day(2022, 1, 1))
  }

  /// A spell must cover the day itself: inside a bridged gap there is no seniority.
  @Test func noSeniorityInAGap() {
    let spells = [
      spell(.kontanthjaelp, Day(2022, 6, 1), Day(2023, 1, 31)), spell(.kontanthjaelp, Day(2023, 3, 1), nil),
    ]
    #expect(stretchStart(spells, coveringDay: Day(2023, 2, 28)) == nil)
    #expect(stretchStart(spells, coveringDay: Day(2022, 5, 31)) == nil)
    #expect(stretchStart(spells, coveringDay: Day(2022, 6, 1)) == Day(2022, 6, 1))
    #expect(stretchStart([spell(.fleksjob, Day(2022, 1, 1), nil)], coveringDay: Day(2023, 1, 1)) == nil)
  }

  /// Asked day after day, the one-pass seniority agrees with asking each day afresh, and a person with
  /// fleksjob only has no public support at all.
  @Test func seniorityInOnePassAgreesWithSingleDays() {
    let spells = [
      spell(.kontanthjaelp, Day(2022, 6, 1), Day(2023, 1, 31)), spell(.fleksjob, Day(2023, 2, 1), Day(2023, 2, 20)),
      spell(.kontanthjaelp, Day(2023, 3, 2), Day(2023, 8, 31)), spell(.sygedagpenge, Day(2023, 9, 20), nil),
    ]
    let days = (0..<30).map { Day(2022, 5, 1).adding(months: $0) }
    PublicSupport.of(spells) { support in
      #expect(!support.isEmpty)
      var seniority = support.seniority(maximumGap: 28)
      for day in days {
        #expect(seniority.stretchStart(coveringDay: day) == support.stretchStart(coveringDay: day, maximumGap: 28))
      }
    }
    #expect(PublicSupport.of([spell(.fleksjob, Day(2022, 1, 1), nil)]) { $0.isEmpty })
    #expect(PublicSupport.of([]) { $0.isEmpty })
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
