import Testing
@testable import TilsynKit

/// The edges of each rule of SPEC 4.1, on hand-built spells; the expected numbers are worked out in
/// the comments.
@Suite struct EarlyEffortRuleTests {
  /// D6 = start + 6 months with the day clamped: a spell from 2023-08-31 has D6 2024-02-29 (leap
  /// year), so it belongs to the February cohort; 2023-08-28 gives 2024-02-28 (February too);
  /// 2023-09-01 gives 2024-03-01 (March).
  @Test func sixMonthDateDecidesTheCohortMonth() {
    var fixture = EarlyEffortFixture()
    fixture.spell(1, .kontanthjaelpJobparat, Day(2023, 8, 31))
    fixture.spell(2, .kontanthjaelpJobparat, Day(2023, 8, 29))
    fixture.spell(3, .kontanthjaelpJobparat, Day(2023, 8, 30))
    fixture.spell(4, .kontanthjaelpJobparat, Day(2023, 8, 28))
    fixture.spell(5, .kontanthjaelpJobparat, Day(2023, 9, 1))
    fixture.spell(6, .kontanthjaelpJobparat, Day(2023, 7, 31))  // D6 2024-01-31
    let result = fixture.compute()
    #expect(result.month(.samtale, "2024-01")?.cohort == 1)
    #expect(result.month(.samtale, "2024-02")?.cohort == 4)
    #expect(result.month(.samtale, "2024-03")?.cohort == 1)
    #expect(EarlyEffortFixture.rules.sixMonthDate(start: Day(2023, 8, 31)) == Day(2024, 2, 29))
    #expect(EarlyEffortFixture.rules.sixMonthDate(start: Day(2022, 8, 31)) == Day(2023, 2, 28))
    #expect(EarlyEffortFixture.rules.sixMonthDate(start: Day(2023, 12, 31)) == Day(2024, 6, 30))
  }

  /// Ongoing on D6: `slut` empty or ≥ D6. D6 of a 2023-09-15 start is 2024-03-15.
  @Test func spellMustBeOngoingOnTheSixMonthDate() {
    var fixture = EarlyEffortFixture()
    fixture.spell(1, .kontanthjaelpJobparat, Day(2023, 9, 15), Day(2024, 3, 15))  // ends on D6: in
    fixture.spell(2, .kontanthjaelpJobparat, Day(2023, 9, 15), Day(2024, 3, 14))  // ends the day before: out
    fixture.spell(3, .kontanthjaelpJobparat, Day(2023, 9, 15))  // open: in
    #expect(fixture.compute().month(.samtale, "2024-03")?.cohort == 2)
  }

  /// Only the rule set's target groups: SDP is in neither measure; JAF, RF, LY, REV only in samtale.
  @Test func targetGroupsPerMeasure() {
    var fixture = EarlyEffortFixture()
    for (n, group) in [Maalgruppe.sygedagpenge, .jobafklaring, .ressourceforloeb, .ledighedsydelse, .revalidering,
      .dagpenge, .overgangsydelse].enumerated()
    {
      fixture.spell(n, group, Day(2023, 10, 1))
    }
    let result = fixture.compute()
    #expect(result.month(.samtale, "2024-04")?.cohort == 6)
    #expect(result.month(.tilbud, "2024-04")?.cohort == 2)
  }

  /// Jobsamtaler in [start, D6]: the one on D6 counts, one on D6 + 1 does not; two on one date
  /// count once; `akasse` does not count, `faelles` does; other types do not.
  @Test func samtaleCountsDistinctDatesUpToTheSixMonthDate() {
    var fixture = EarlyEffortFixture()
    // Person 1, KHJ from 2023-10-10, D6 2024-04-10: dates 10-10, 11-01, 12-01, and 04-10 (on D6) = 4.
    fixture.spell(1, .kontanthjaelpJobparat, Day(2023, 10, 10))
    for day in [Day(2023, 10, 10), Day(2023, 11, 1), Day(2023, 12, 1), Day(2024, 4, 10)] { fixture.samtale(1, day) }
    // Person 2: the same but the fourth on D6 + 1 = 3 dates: not met.
    fixture.spell(2, .kontanthjaelpJobparat, Day(2023, 10, 10))
    for day in [Day(2023, 10, 10), Day(2023, 11, 1), Day(2023, 12, 1), Day(2024, 4, 11)] { fixture.samtale(2, day) }
    // Person 3: four conversations, two on one date = 3 dates: not met.
    fixture.spell(3, .kontanthjaelpJobparat, Day(2023, 10, 10))
    for day in [Day(2023, 10, 10), Day(2023, 11, 1), Day(2023, 11, 1), Day(2023, 12, 1)] { fixture.samtale(3, day) }
    // Person 4: one the day before start (out), one by the a-kasse (out), one `andet` (out),
    // one `faelles` (in), three by the jobcenter (in) = 4: met.
    fixture.spell(4, .kontanthjaelpJobparat, Day(2023, 10, 10))
    fixture.samtale(4, Day(2023, 10, 9))
    fixture.samtale(4, Day(2023, 10, 20), by: .akasse)
    fixture.samtale(4, Day(2023, 10, 21), .andet)
    fixture.samtale(4, Day(2023, 10, 22), by: .faelles)
    for day in [Day(2023, 11, 1), Day(2023, 12, 1), Day(2024, 1, 2)] { fixture.samtale(4, day) }
    let month = fixture.compute().month(.samtale, "2024-04")
    #expect(month?.cohort == 4)
    #expect(month?.met == 2)  // persons 1 and 4
  }

  /// Dagpenge spells from 2024-01-01 need 3 jobsamtaler; from 2023-12-31, 4.
  @Test func dagpengeFromTwentyTwentyFourNeedThree() {
    var fixture = EarlyEffortFixture()
    fixture.spell(1, .dagpenge, Day(2023, 12, 31))  // D6 2024-06-30, needs 4
    fixture.spell(2, .dagpenge, Day(2024, 1, 1))  // D6 2024-07-01 — outside 2024H1; see 2024H2
    for n in [1, 2] {
      for day in [Day(2024, 4, 1), Day(2024, 5, 1), Day(2024, 6, 1)] { fixture.samtale(n, day) }
    }
    #expect(fixture.compute("2024H1").month(.samtale, "2024-06")?.met == 0)  // 3 < 4
    #expect(fixture.compute("2024H2").month(.samtale, "2024-07")?.met == 1)  // 3 ≥ 3
    // A non-DP spell starting 2024-01-01 still needs 4.
    var other = EarlyEffortFixture()
    other.spell(1, .kontanthjaelpJobparat, Day(2024, 1, 1))
    for day in [Day(2024, 4, 1), Day(2024, 5, 1), Day(2024, 6, 1)] { other.samtale(1, day) }
    #expect(other.compute("2024H2").month(.samtale, "2024-07")?.met == 0)
  }

  /// An offer must last 14 days: `slut` − `start` = 13 counts, 12 does not; open counts.
  @Test func offerOfThirteenAgainstFourteenDays() {
    var fixture = EarlyEffortFixture()
    for n in 1...3 { fixture.spell(n, .kontanthjaelpJobparat, Day(2023, 10, 1)) }  // D6 2024-04-01
    fixture.offer(1, .praktik, Day(2024, 1, 1), Day(2024, 1, 14))  // 14 days: met
    fixture.offer(2, .praktik, Day(2024, 1, 1), Day(2024, 1, 13))  // 13 days: not met
    fixture.offer(3, .nytte, Day(2024, 4, 1))  // starts on D6, open: met
    #expect(fixture.compute().month(.tilbud, "2024-04")?.met == 2)
  }

  /// `vejledning` counts when it started on 2023-03-21, not from 2023-03-22; `andet` never; offers
  /// started before the spell do not count.
  @Test func vejledningStopsCountingOnTheTwentySecondOfMarch() {
    var fixture = EarlyEffortFixture()
    for n in 1...4 { fixture.spell(n, .kontanthjaelpJobparat, Day(2022, 12, 1)) }  // D6 2023-06-01
    fixture.offer(1, .vejledning, Day(2023, 3, 21), Day(2023, 4, 30))
    fixture.offer(2, .vejledning, Day(2023, 3, 22), Day(2023, 4, 30))
    fixture.offer(3, .andet, Day(2023, 1, 1))
    fixture.offer(4, .praktik, Day(2022, 11, 30))  // the day before the spell
    #expect(fixture.compute("2023H1").month(.tilbud, "2023-06")?.met == 1)
  }

  /// Løntilskud granted on D6 may start up to D6 + 21; D6 + 22 is too late; granted after D6 or
  /// not granted does not count; a practice starting after D6 never counts.
  @Test func loentilskudGrantedByTheSixMonthDate() {
    var fixture = EarlyEffortFixture()
    let start = Day(2023, 10, 5)
    let d6 = Day(2024, 4, 5)
    for n in 1...5 { fixture.spell(n, .dagpenge, start) }
    fixture.offer(1, .loentilskudPrivat, d6.adding(days: 21), granted: d6)  // met
    fixture.offer(2, .loentilskudOffentlig, d6.adding(days: 22), granted: d6)  // too late
    fixture.offer(3, .loentilskudPrivat, d6.adding(days: 10), granted: d6.adding(days: 1))  // granted late
    fixture.offer(4, .loentilskudPrivat, d6.adding(days: 10))  // never granted
    fixture.offer(5, .praktik, d6.adding(days: 1), granted: d6)  // not løntilskud
    let month = fixture.compute().month(.tilbud, "2024-04")
    #expect(month?.cohort == 5)
    #expect(month?.met == 1)
  }

  /// A late løntilskud must last 14 days too.
  @Test func lateLoentilskudMustLastFourteenDays() {
    var fixture = EarlyEffortFixture()
    fixture.spell(1, .dagpenge, Day(2023, 10, 5))
    fixture.offer(1, .loentilskudPrivat, Day(2024, 4, 10), Day(2024, 4, 22), granted: Day(2024, 4, 1))  // 13 days
    #expect(fixture.compute().month(.tilbud, "2024-04")?.met == 0)
  }

  /// `FRITAGET` covering D6 takes the spell out of the cohort; one ending the day before does not.
  @Test func fritagetCoveringTheSixMonthDate() {
    var fixture = EarlyEffortFixture()
    for n in 1...4 { fixture.spell(n, .kontanthjaelpJobparat, Day(2023, 11, 15)) }  // D6 2024-05-15
    fixture.marking(1, .fritaget, Day(2024, 5, 1), Day(2024, 5, 15))  // covers D6: out
    fixture.marking(2, .fritaget, Day(2024, 5, 1), Day(2024, 5, 14))  // ends the day before: in
    fixture.marking(3, .fritaget, Day(2024, 5, 15))  // open from D6: out
    fixture.marking(4, .fsm2Rehab, Day(2024, 1, 1))  // another marking: in
    #expect(fixture.compute().month(.samtale, "2024-05")?.cohort == 2)
  }
}
