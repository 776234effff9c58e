import Testing
@testable import TilsynKit

/// The edges of the 2025 reform (SPEC 4.6) on hand-built spells: which regime governs a month, the
/// dagpenge window from start + 3 months, `vejledning` by the offer's own start, and the a-kasse
/// measure that informs but never flags. Expected numbers are worked out in the comments.
@Suite struct RegimeBoundaryTests {
  /// A DP spell starting 2026-06-30 has D6 2026-12-30: month December 2026, governed by June 2026,
  /// the old regime: 3 jobcenter talks in [start, D6]. One starting 2026-07-01 has D6 2027-01-01:
  /// January 2027, governed by July 2026, the reform: 2 talks in [start + 3 months, D6].
  /// Each person gets the same talks: 2026-07-15, 2026-10-15, 2026-11-15 (jobcenter).
  @Test func dagpengeSpellsEitherSideOfTheFirstOfJuly() {
    var fixture = EarlyEffortFixture()
    fixture.spell(1, .dagpenge, Day(2026, 6, 30))
    fixture.spell(2, .dagpenge, Day(2026, 7, 1))
    for person in [1, 2] {
      for day in [Day(2026, 7, 15), Day(2026, 10, 15), Day(2026, 11, 15)] { fixture.samtale(person, day) }
    }
    // Old regime: 3 distinct dates in [2026-06-30, 2026-12-30] → met.
    let december = fixture.compute("2026H2").month(.samtale, "2026-12")
    #expect(december?.cohort == 1 && december?.met == 1)
    #expect(december?.setting.regime == "lab" && december?.criterion == FixedDecimal(integer: 80))
    // Reform: 2 distinct dates in [2026-10-01, 2027-01-01] (10-15, 11-15) → met.
    let january = fixture.compute("2027H1").month(.samtale, "2027-01")
    #expect(january?.cohort == 1 && january?.met == 1)
    #expect(january?.setting.regime == "reform2026" && january?.criterion == FixedDecimal(integer: 75))
  }

  /// The reform's dagpenge window opens on start + 3 months: for a 2026-07-01 start, a talk on
  /// 2026-09-30 (the day before) does not count, one on 2026-10-01 does. Person 1: 09-30 and 10-20 →
  /// one counting date → not met. Person 2: 10-01 and 10-20 → two → met. Person 3: two talks on
  /// 2026-10-01 → one distinct date → not met.
  @Test func dagpengeWindowOpensOnStartPlusThreeMonths() {
    var fixture = EarlyEffortFixture()
    for person in 1...3 { fixture.spell(person, .dagpenge, Day(2026, 7, 1)) }
    fixture.samtale(1, Day(2026, 9, 30))
    fixture.samtale(1, Day(2026, 10, 20))
    fixture.samtale(2, Day(2026, 10, 1), by: .faelles)
    fixture.samtale(2, Day(2026, 10, 20))
    fixture.samtale(3, Day(2026, 10, 1))
    fixture.samtale(3, Day(2026, 10, 1), by: .faelles)
    let january = fixture.compute("2027H1").month(.samtale, "2027-01")
    #expect(january?.cohort == 3)
    #expect(january?.met == 1)
  }

  /// The reform's target groups: KHA, UHA, JAF, RF, REV and OVG leave the samtale measure; KHA, UHA
  /// and OVG leave the tilbud measure; UHU stays in tilbud only. One spell of each group starting
  /// 2026-07-10 (D6 2027-01-10): samtale cohort DP, KHJ, LY = 3; tilbud cohort DP, KHJ, UHU = 3;
  /// a-kasse cohort DP = 1. Under the old regime (starting 2026-01-10, D6 2026-07-10) 10 and 6.
  @Test func targetGroupsOfEachRegime() {
    var fixture = EarlyEffortFixture()
    for (person, group) in Maalgruppe.allCases.enumerated() {
      fixture.spell(person, group, Day(2026, 7, 10))
      fixture.spell(100 + person, group, Day(2026, 1, 10))
    }
    let reform = fixture.compute("2027H1")
    #expect(reform.month(.samtale, "2027-01")?.cohort == 3)
    #expect(reform.month(.tilbud, "2027-01")?.cohort == 3)
    #expect(reform.month(.akasse, "2027-01")?.cohort == 1)
    #expect(reform.samtaleGroups.map { Set($0.keys) } == [.dagpenge, .kontanthjaelpJobparat, .ledighedsydelse])
    #expect(reform.tilbudGroups.map { Set($0.keys) } == [.dagpenge, .kontanthjaelpJobparat, .uddannelseshjaelpUddannelsesparat])
    let old = fixture.compute("2026H2")
    #expect(old.month(.samtale, "2026-07")?.cohort == 10)
    #expect(old.month(.tilbud, "2026-07")?.cohort == 6)
    #expect(old.month(.akasse, "2026-07") == nil)
    #expect(old.akasse.status == .ikkeGaeldende)
  }

  /// `vejledning` counts by the offer's own start, whatever regime governs the month: a KHJ spell
  /// from 2026-03-15 (D6 2026-09-15, September 2026, old regime) meets the offer rule with a
  /// 30-day `vejledning` starting 2026-07-01, not with one starting 2026-06-30.
  @Test func vejledningCountsAgainFromTheFirstOfJuly() {
    var fixture = EarlyEffortFixture()
    fixture.spell(1, .kontanthjaelpJobparat, Day(2026, 3, 15))
    fixture.spell(2, .kontanthjaelpJobparat, Day(2026, 3, 15))
    fixture.offer(1, .vejledning, Day(2026, 6, 30), Day(2026, 7, 29))
    fixture.offer(2, .vejledning, Day(2026, 7, 1), Day(2026, 7, 30))
    let september = fixture.compute("2026H2").month(.tilbud, "2026-09")
    #expect(september?.setting.regime == "lab")
    #expect(september?.cohort == 2)
    #expect(september?.met == 1)
  }

  /// The a-kasse measure is under its criterion in all six months while the municipality meets the
  /// criteria: 10 DP spells a month (starting the 5th of July–December 2026), each with jobcenter
  /// talks on start + 4 and + 5 months (samtale met), a 30-day praktik from start + 1 month (tilbud
  /// met), and one a-kasse talk in the first three months (a-kasse needs 2: not met) — except 7 of
  /// each month's 10 get a second one: 7/10 = 70 % < 75 % every month → `under_kriteriet`, overall
  /// `opfylder`, and the a-kasse measure is not among the failed measures.
  @Test func theAkasseMeasureInformsButNeverFlags() {
    var fixture = EarlyEffortFixture()
    var person = 0
    for month in 7...12 {
      for index in 0..<10 {
        person += 1
        let start = Day(2026, month, 5)
        fixture.spell(person, .dagpenge, start)
        fixture.samtale(person, start.adding(months: 4))
        fixture.samtale(person, start.adding(months: 5))
        fixture.offer(person, .praktik, start.adding(months: 1), start.adding(months: 1).adding(days: 29))
        fixture.samtale(person, start.adding(days: 10), by: .akasse)
        if index < 7 { fixture.samtale(person, start.adding(days: 40), by: .akasse) }
      }
    }
    let result = fixture.compute("2027H1")
    #expect(result.akasse.months?.map(\.met) == Array(repeating: 7, count: 6))
    #expect(result.akasse.status == .underKriteriet)
    #expect(result.samtale.status == .opfylder)
    #expect(result.tilbud.status == .opfylder)
    #expect(result.overall == .opfylder)
    #expect(result.failedMeasures.isEmpty)
  }

  /// A test rule set whose reform starts 2026-04-01 (mid-half-year for 2026H2's months): July–
  /// September 2026 are governed by January–March (old regime, 80 %), October–December by April–June
  /// (reform, 75 %); the a-kasse measure has only three months and cannot be assessed for the
  /// half-year.
  @Test func aHalfYearThatMixesRegimes() throws {
    let text = String(decoding: try FileBytes.read(Fixtures.ruleSetPath), as: UTF8.self)
      .replacingOccurrences(of: "regime;Før reformen;;2026-06-30;", with: "regime;Før reformen;;2026-03-31;")
      .replacingOccurrences(of: "regime;Reformen 2025, fase 1;2026-07-01;", with: "regime;Reformen 2025, fase 1;2026-04-01;")
    let rules = try RuleSet.parse(bytes: Array(text.utf8), path: "test.csv")
    let period = Period("2026H2")!
    let early = EarlyEffortRules(rules: rules, period: period)
    #expect(early.months.map(\.regimeID) == ["lab", "lab", "lab", "reform2026", "reform2026", "reform2026"])
    var fixture = EarlyEffortFixture()
    // One DP spell per month, started the 2nd, with jobcenter talks on start + 1, + 4 and + 5 months:
    // 3 in [start, D6] meets the old rule (3 for DP from 2024); 2 in [start + 3, D6] the reform's.
    for month in 1...6 {
      let start = Day(2026, month, 2)
      fixture.spell(month, .dagpenge, start)
      for offset in [1, 4, 5] { fixture.samtale(month, start.adding(months: offset)) }
    }
    let result = fixture.compute("2026H2", rules: rules)
    #expect(result.samtale.months?.map(\.met) == [1, 1, 1, 1, 1, 1])
    #expect(result.samtale.settings.map(\.criterion) == [80, 80, 80, 75, 75, 75].map { FixedDecimal(integer: $0) })
    #expect(result.akasse.settings.map(\.month.description) == ["2026-10", "2026-11", "2026-12"])
    #expect(result.akasse.status == .ikkeVurderet)
  }
}
