import Testing
@testable import TilsynKit

/// The edges of each reform indicator (SPEC 4.5) on hand-built spells, for 2024H1: P = 2024-01-01 –
/// 2024-06-30 (182 days), E = 2024-06-30, W = 2023-07-01 – 2024-06-30. Expected numbers are worked
/// out in the comments.
@Suite struct IndicatorRuleTests {
  /// The thresholds come from the rule set, looked up on E; W = [E − 12 months + 1 day, E].
  @Test func thresholdsFromTheRuleSet() {
    let h1 = IndicatorFixture.rules.thresholds(on: Period("2024H1")!.lastDay)
    #expect(h1.window == Day(2023, 7, 1)...Day(2024, 6, 30))
    #expect(h1.populationBase == 10_000)
    #expect(h1.exitDays == 31)
    #expect(h1.fleksjobMaximumHours == FixedDecimal(units: 43_300_000))
    #expect(h1.progressionHours == FixedDecimal(units: 4_330_000))
    let h2 = IndicatorFixture.rules.thresholds(on: Period("2024H2")!.lastDay)
    #expect(h2.window == Day(2024, 1, 1)...Day(2024, 12, 31))
  }

  /// `FP` spells with `fra` in P: one on P's first day counts, one the day before does not.
  /// 2 spells × 10,000 / 30,000 = 0,666… → 0,67.
  @Test func foertidspensionInflowCountsSpellsStartingInP() throws {
    var fixture = IndicatorFixture(population: 30_000)
    fixture.benefit(1, .foertidspension, Day(2024, 1, 1))  // first day of P: in
    fixture.benefit(2, .foertidspension, Day(2023, 12, 31))  // the day before: out
    fixture.benefit(3, .foertidspension, Day(2024, 6, 30), Day(2024, 6, 30))  // on E: in
    fixture.benefit(4, .kontanthjaelp, Day(2024, 2, 1))  // not FP
    let values = try #require(fixture.compute().values)
    #expect(values.foertidspension.spells == 2)
    #expect(values.foertidspension.population == 30_000)
    #expect(Indicator.tilgangFoertidspension.text(values) == "0,67")
  }

  /// Persons with an `RF` spell covering E: one ending on E counts, one ending the day before does
  /// not; a person with two spells covering E counts once. 3 persons.
  @Test func ressourceforloebPersonsOnE() throws {
    var fixture = IndicatorFixture()
    fixture.benefit(1, .ressourceforloeb, Day(2024, 1, 1), Day(2024, 6, 30))  // ends on E: in
    fixture.benefit(2, .ressourceforloeb, Day(2024, 1, 1), Day(2024, 6, 29))  // ends the day before: out
    fixture.benefit(3, .ressourceforloeb, Day(2023, 1, 1))  // open: in
    fixture.benefit(4, .ledighedsydelse, Day(2023, 1, 1))  // not RF
    fixture.benefit(5, .ressourceforloeb, Day(2023, 1, 1))  // two spells covering E: once
    fixture.benefit(5, .ressourceforloeb, Day(2024, 6, 1))
    let values = try #require(fixture.compute().values)
    #expect(values.ressourceforloeb.personsAtEnd == 3)
    #expect(Indicator.ressourceforloebPersoner.text(values) == "3")
  }

  /// Fuldtidspersoner on `RF` in P: a person's overlapping spells count each day once; spells are
  /// clipped to P. Person 1: 1–31 January and 15 January – 29 February = 31 + 29 = 60 days;
  /// person 2: from 2023 to 10 January = 10; person 3: June = 30; person 4: all of P = 182.
  /// 282 / 182 = 1,549… → 1,5.
  @Test func ressourceforloebFullTimeCountsEachDayOnce() throws {
    var fixture = IndicatorFixture()
    fixture.benefit(1, .ressourceforloeb, Day(2024, 1, 1), Day(2024, 1, 31))
    fixture.benefit(1, .ressourceforloeb, Day(2024, 1, 15), Day(2024, 2, 29))
    fixture.benefit(2, .ressourceforloeb, Day(2023, 6, 1), Day(2024, 1, 10))
    fixture.benefit(3, .ressourceforloeb, Day(2024, 6, 1))
    fixture.benefit(4, .ressourceforloeb, Day(2023, 1, 1))
    fixture.benefit(4, .kontanthjaelp, Day(2024, 1, 1))  // other benefits do not count
    let values = try #require(fixture.compute().values)
    #expect(values.ressourceforloeb.fullTime == FullTimeOnBenefit(days: 282, persons: 4, windowDays: 182))
    #expect(Indicator.ressourceforloebFuldtid.text(values) == "1,5")
  }

  /// An `RF` spell ending in P followed by `FJ` starting 31 days after its end is an exit; 32 days
  /// after is not (and without hours nothing else makes it one). 2024-03-10 + 31 days = 2024-04-10.
  /// A spell ending before P is not counted; one ending on E is, and cannot be followed within the
  /// extract. 1 exit of 3 spells = 33,3 %.
  @Test func exitToFleksjobWithinThirtyOneDays() throws {
    #expect(Day(2024, 3, 10).adding(days: 31) == Day(2024, 4, 10))
    var fixture = IndicatorFixture()
    fixture.benefit(1, .ressourceforloeb, Day(2023, 9, 1), Day(2024, 3, 10))
    fixture.benefit(1, .fleksjob, Day(2024, 4, 10))  // day 31: exit
    fixture.benefit(2, .ressourceforloeb, Day(2023, 9, 1), Day(2024, 3, 10))
    fixture.benefit(2, .fleksjob, Day(2024, 4, 11))  // day 32: not
    fixture.benefit(3, .ressourceforloeb, Day(2023, 9, 1), Day(2023, 12, 31))  // ends before P: not counted
    fixture.benefit(3, .fleksjob, Day(2024, 1, 1))
    fixture.benefit(4, .ressourceforloeb, Day(2023, 9, 1), Day(2024, 6, 30))  // ends on E: counted, no exit
    let values = try #require(fixture.compute().values)
    #expect(values.afgangRF == IndicatorFraction(1, 3))
    #expect(Indicator.afgangRessourceforloeb.text(values) == "33,3")
  }

  /// The self-support route: no public support in the 31 days after `til` and at least 1 hour in a
  /// month after the end month. All spells end 2024-03-15 except person 6's.
  /// 1: 1 hour in April → exit. 2: 0 hours in April, 100 in March (the end month does not count) →
  /// not. 3: KH from 2024-04-04 (day 20 after) → not, however many hours. 4: KH from 2024-04-16
  /// (day 32) and 0,5 + 0,5 hours in May (rows summed) → exit. 5: 0,99 hours in April → not.
  /// 6: ends 2024-06-10, in E's month: no later month in the extract → not. 2 of 6 = 33,3 %.
  @Test func exitToSelfSupportNeedsNoSupportAndAnHour() throws {
    #expect(Day(2024, 3, 15).adding(days: 20) == Day(2024, 4, 4))
    #expect(Day(2024, 3, 15).adding(days: 32) == Day(2024, 4, 16))
    var fixture = IndicatorFixture()
    for n in 1...5 { fixture.benefit(n, .ressourceforloeb, Day(2023, 6, 1), Day(2024, 3, 15)) }
    fixture.hours(1, 2024, 4, "1")
    fixture.hours(2, 2024, 4, "0")
    fixture.hours(2, 2024, 3, "100")
    fixture.benefit(3, .kontanthjaelp, Day(2024, 4, 4))
    fixture.hours(3, 2024, 4, "100")
    fixture.benefit(4, .kontanthjaelp, Day(2024, 4, 16))
    fixture.hours(4, 2024, 5, "0,5")
    fixture.hours(4, 2024, 5, "0,5")
    fixture.hours(5, 2024, 4, "0,99")
    fixture.benefit(6, .ressourceforloeb, Day(2023, 6, 1), Day(2024, 6, 10))
    fixture.hours(6, 2024, 6, "100")
    let values = try #require(fixture.compute().values)
    #expect(values.afgangRF == IndicatorFraction(2, 6))
    #expect(Indicator.afgangRessourceforloeb.text(values) == "33,3")
  }

  /// Fleksjob holders on few hours: on `FJ` on W's first day (2023-07-01) with at most 43,3 hours in
  /// July 2023; progression: at least 4,33 more hours in June 2024.
  /// 1: 43,3 → 40 + 7,63 = 47,63 (+4,33) → in, progressed. 2: 20,1 + 23,2 = 43,3 → 47,62 (+4,32) → in,
  /// not. 3: 43,31 → out. 4: FJ from 2023-07-02 → out. 5: no July rows = 0 → 4,33 → in, progressed.
  /// 6: FJ ending 2023-07-01 → in; no June rows → not. 7: LY, not FJ → out. 2 of 4 = 50,0 %.
  @Test func hourProgressionOfFleksjobOnFewHours() throws {
    var fixture = IndicatorFixture()
    for n in [1, 2, 3, 5] { fixture.benefit(n, .fleksjob, Day(2023, 1, 1)) }
    fixture.hours(1, 2023, 7, "43,3")
    fixture.hours(1, 2024, 6, "40")
    fixture.hours(1, 2024, 6, "7,63")
    fixture.hours(2, 2023, 7, "20,1")
    fixture.hours(2, 2023, 7, "23,2")
    fixture.hours(2, 2024, 6, "47,62")
    fixture.hours(3, 2023, 7, "43,31")
    fixture.hours(3, 2024, 6, "100")
    fixture.benefit(4, .fleksjob, Day(2023, 7, 2))
    fixture.hours(4, 2024, 6, "100")
    fixture.hours(5, 2024, 6, "4,33")
    fixture.benefit(6, .fleksjob, Day(2022, 1, 1), Day(2023, 7, 1))
    fixture.benefit(7, .ledighedsydelse, Day(2023, 1, 1))
    fixture.hours(7, 2024, 6, "100")
    let values = try #require(fixture.compute().values)
    #expect(values.timeprogression == IndicatorFraction(2, 4))
    #expect(Indicator.timeprogression.text(values) == "50,0")
  }

  /// Fuldtidspersoner on LY ÷ (LY + FJ) in P, on days. LY: person 1, 1 January – 31 March = 91;
  /// person 3, 1–31 March and 15 March – 30 April overlapping = 31 + 30 = 61; LY = 152. FJ: person 2,
  /// all of P = 182. 152 / 334 = 45,508… % → 45,5; fuldtid LY 152/182 = 0,83… → 0,8; FJ 1,0.
  @Test func unemploymentAmongFleksjobHolders() throws {
    var fixture = IndicatorFixture()
    fixture.benefit(1, .ledighedsydelse, Day(2024, 1, 1), Day(2024, 3, 31))
    fixture.benefit(2, .fleksjob, Day(2023, 1, 1))
    fixture.benefit(3, .ledighedsydelse, Day(2024, 3, 1), Day(2024, 3, 31))
    fixture.benefit(3, .ledighedsydelse, Day(2024, 3, 15), Day(2024, 4, 30))
    let values = try #require(fixture.compute().values)
    let share = values.ledighedFleksjob
    #expect(share.ledighedsydelse == FullTimeOnBenefit(days: 152, persons: 2, windowDays: 182))
    #expect(share.fleksjob == FullTimeOnBenefit(days: 182, persons: 1, windowDays: 182))
    #expect(share.share == IndicatorFraction(152, 334))
    #expect(Indicator.ledighedFleksjob.text(values) == "45,5")
    #expect(share.ledighedsydelse.text == "0,8")
    #expect(share.fleksjob.text == "1,0")
  }
}
