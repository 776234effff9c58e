import Testing
@testable import TilsynKit

/// Assessability, the exact 80 % comparison and the half-year statuses of SPEC 4.1.
@Suite struct HalfYearStatusTests {
  static let months = Period("2024H1")!.months

  func share(_ met: Int, of cohort: Int, month: Int = 0) -> MonthlyShare {
    MonthlyShare(
      month: Self.months[month], cohort: cohort, met: met, cohortMinimum: 10, criterion: FixedDecimal(integer: 80))
  }

  func halfYear(_ pairs: [(Int, Int)]) -> MeasureHalfYear {
    MeasureHalfYear(months: pairs.enumerated().map { share($1.0, of: $1.1, month: $0) }, consecutiveMonthsBelow: 6)
  }

  @Test func cohortNineIsNotAssessableTenIs() {
    #expect(!share(0, of: 9).isAssessable)
    #expect(share(0, of: 10).isAssessable)
  }

  /// 7999 of 10000 = 79.99 % is below; 8000 of 10000 = 80.00 % is not; 79.995 % is below too,
  /// although it would round to 80.0 for display.
  @Test func eightyPercentIsComparedExactly() {
    #expect(share(7999, of: 10_000).isBelowCriterion)
    #expect(!share(8000, of: 10_000).isBelowCriterion)
    #expect(share(15_999, of: 20_000).isBelowCriterion)
    #expect(share(7, of: 9).isBelowCriterion)  // 77.8 %
    #expect(!share(8, of: 10).isBelowCriterion)
    #expect(share(11, of: 14).isBelowCriterion)  // 78.57 %
    #expect(!share(12, of: 15).isBelowCriterion)  // 80 % exactly
  }

  @Test func allSixBelowIsUnderKriteriet() {
    let year = halfYear(Array(repeating: (7, 10), count: 6))
    #expect(year.status == .underKriteriet)
    #expect(year.monthsBelowCriterion == 6)
  }

  /// Five months below and one at exactly 80 %: `opfylder`.
  @Test func fiveBelowAndOneAtEightyMeets() {
    let year = halfYear([(7, 10), (7, 10), (7, 10), (8, 10), (7, 10), (7, 10)])
    #expect(year.status == .opfylder)
    #expect(year.monthsBelowCriterion == 5)
    #expect(year.highest?.month == Self.months[3])
  }

  /// Any month with a cohort below 10 makes the half-year `ikke_vurderet`; months below, lowest and
  /// highest are taken over the assessable months only.
  @Test func oneSmallMonthIsIkkeVurderet() {
    let year = halfYear([(0, 9), (7, 10), (6, 10), (9, 10), (7, 10), (7, 10)])
    #expect(year.status == .ikkeVurderet)
    #expect(year.monthsBelowCriterion == 4)
    #expect(year.lowest?.month == Self.months[2])
    #expect(year.highest?.month == Self.months[3])
    #expect(halfYear(Array(repeating: (0, 3), count: 6)).lowest == nil)
  }

  /// The number of consecutive months comes from the rule set: with 3, a run of three months below
  /// 80 % is enough; a break in the run resets it.
  @Test func consecutiveMonthsComeFromTheRule() {
    let months = [(7, 10), (7, 10), (9, 10), (7, 10), (7, 10), (7, 10)].enumerated().map { share($1.0, of: $1.1, month: $0) }
    #expect(MeasureHalfYear(months: months, consecutiveMonthsBelow: 3).status == .underKriteriet)
    #expect(MeasureHalfYear(months: months, consecutiveMonthsBelow: 4).status == .opfylder)
    #expect(EarlyEffortFixture.rules.consecutiveMonthsBelow == 6)
  }

  @Test func missingTableIsManglerData() {
    let settings = (0..<6).map { share(0, of: 10, month: $0).setting }
    let year = MeasureHalfYear(months: nil, settings: settings, consecutiveMonthsBelow: 6)
    #expect(year.status == .manglerData)
    #expect(year.monthsBelowCriterion == nil)
  }

  /// SPEC 4.6: a measure that no month of the half-year has is `ikke_gaeldende`, even without its
  /// tables; one that only some months have cannot be assessed for the half-year.
  @Test func aMeasureWithoutMonthsIsNotApplicable() {
    #expect(MeasureHalfYear(months: nil, settings: [], consecutiveMonthsBelow: 6).status == .ikkeGaeldende)
    #expect(MeasureHalfYear(months: [], settings: [], consecutiveMonthsBelow: 6).status == .ikkeGaeldende)
    // No counts to show: the months-below column stays empty, not 0.
    #expect(MeasureHalfYear(months: [], settings: [], consecutiveMonthsBelow: 6).monthsBelowCriterion == nil)
    let three = (3..<6).map { share(1, of: 10, month: $0) }
    let partial = MeasureHalfYear(months: three, consecutiveMonthsBelow: 3)
    #expect(partial.status == .ikkeVurderet)
    #expect(partial.monthsBelowCriterion == 3)
  }

  /// 75 % exactly: 2999 of 4000 = 74.975 % is below, 3000 of 4000 = 75.00 % is not; 7499 of 10000 =
  /// 74.99 % is below.
  @Test func seventyFivePercentIsComparedExactly() {
    func reform(_ met: Int, of cohort: Int) -> MonthlyShare {
      MonthlyShare(month: Self.months[0], cohort: cohort, met: met, cohortMinimum: 10, criterion: FixedDecimal(integer: 75))
    }
    #expect(reform(7499, of: 10_000).isBelowCriterion)
    #expect(!reform(7500, of: 10_000).isBelowCriterion)
    #expect(reform(2999, of: 4000).isBelowCriterion)
    #expect(!reform(3, of: 4).isBelowCriterion)
    #expect(reform(14, of: 19).isBelowCriterion)  // 73.7 %
    #expect(!reform(15, of: 20).isBelowCriterion)
  }

  /// A half-year that mixes regimes compares each month with its own criterion: 78 % is below 80 in
  /// the old regime's months and not below 75 in the reform's, so six months at 78 % meet.
  @Test func eachMonthHasItsOwnCriterion() {
    let months = (0..<6).map { month in
      MonthlyShare(
        month: Self.months[month], cohort: 100, met: 78, cohortMinimum: 10,
        criterion: FixedDecimal(integer: month < 3 ? 80 : 75))
    }
    let year = MeasureHalfYear(months: months, consecutiveMonthsBelow: 6)
    #expect(year.monthsBelowCriterion == 3)
    #expect(year.status == .opfylder)
    #expect(year.settings.map(\.criterion) == [80, 80, 80, 75, 75, 75].map { FixedDecimal(integer: $0) })
  }

  /// `opfylder_ikke` when either measure is under; otherwise the first of mangler_data,
  /// ikke_vurderet, opfylder that applies.
  @Test func overallStatus() {
    #expect(OverallStatus([.underKriteriet, .manglerData]) == .opfylderIkke)
    #expect(OverallStatus([.opfylder, .underKriteriet]) == .opfylderIkke)
    #expect(OverallStatus([.ikkeVurderet, .manglerData]) == .manglerData)
    #expect(OverallStatus([.opfylder, .ikkeVurderet]) == .ikkeVurderet)
    #expect(OverallStatus([.opfylder, .opfylder]) == .opfylder)
  }

  /// End to end on spells: ten spells a month, seven met, for all six months → under_kriteriet for
  /// samtale; a missing `tilbud` table → mangler_data; overall opfylder_ikke.
  @Test func statusesFromSpells() {
    var fixture = EarlyEffortFixture()
    var n = 0
    for month in 7...12 {
      for k in 0..<10 {
        n += 1
        let start = Day(2023, month, 1)
        fixture.spell(n, .kontanthjaelpAktivitetsparat, start)
        if k < 7 { for offset in 0..<4 { fixture.samtale(n, start.adding(days: 7 * offset)) } }
      }
    }
    fixture.extract.tilbud = nil
    let result = fixture.compute()
    #expect(result.samtale.months?.map(\.cohort) == [10, 10, 10, 10, 10, 10])
    #expect(result.samtale.months?.map(\.met) == [7, 7, 7, 7, 7, 7])
    #expect(result.samtale.status == .underKriteriet)
    #expect(result.tilbud.status == .manglerData)
    #expect(result.overall == .opfylderIkke)
    #expect(result.samtaleGroups?[.kontanthjaelpAktivitetsparat] == GroupCount(cohort: 60, met: 42))
  }
}
