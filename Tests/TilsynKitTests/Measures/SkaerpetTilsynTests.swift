import Testing
@testable import TilsynKit

/// Skærpet-tilsyn risk (SPEC 4.2) on hand-built timelines; the numbers are worked out in comments.
/// Period 2024H1: E = 2024-06-30, W = 2023-07-01…2024-06-30 (366 days), points = the month-ends
/// 2023-07-31 … 2024-06-30.
@Suite struct SkaerpetTilsynTests {
  static let rules = SkaerpetRules(rules: try! RuleSet.load(path: Fixtures.ruleSetPath), on: Day(2024, 6, 30))
  static let period = Period("2024H1")!

  func compute(_ fixture: EarlyEffortFixture, benchmark: BenchmarkRow?) -> KommuneSkaerpetTilsyn {
    KommuneSkaerpetTilsyn(fixture.extract, benchmark: benchmark, period: Self.period, rules: Self.rules)
  }

  func benchmark(befolkning: Int, forventet percentUnits: Int64) -> BenchmarkRow {
    BenchmarkRow(kommune: 101, befolkning16til66: befolkning, forventetAndel: FixedDecimal(units: percentUnits))
  }

  @Test func windowAndPoints() {
    #expect(Self.rules.window(endingOn: Day(2024, 6, 30)) == Day(2023, 7, 1)...Day(2024, 6, 30))
    #expect(Self.rules.points(endingOn: Day(2024, 6, 30)).first == Day(2023, 7, 31))
    #expect(Self.rules.points(endingOn: Day(2024, 6, 30)).last == Day(2024, 6, 30))
    #expect(Self.rules.points(endingOn: Day(2024, 6, 30)).count == 12)
    #expect(Self.rules.lookback(from: Day(2024, 2, 29)) == Day(2023, 3, 1)...Day(2024, 2, 29))
  }

  /// Two persons on support all of W = 732 days; befolkning 100: faktisk = 732/366/100 = 2.00 %.
  /// Expected 1.99 % → A true (worse); 2.00 % → A false (equal is not worse).
  @Test func conditionAIsAnExactComparison() {
    var fixture = EarlyEffortFixture()
    fixture.extract.ydelser = [
      Ydelsesperiode(person: fixture.person(1), ydelse: .kontanthjaelp, fra: Day(2020, 1, 1), til: nil),
      Ydelsesperiode(person: fixture.person(2), ydelse: .uddannelseshjaelp, fra: Day(2023, 1, 1), til: nil),
      Ydelsesperiode(person: fixture.person(2), ydelse: .sygedagpenge, fra: Day(2023, 8, 1), til: Day(2023, 9, 1)),
      Ydelsesperiode(person: fixture.person(3), ydelse: .foertidspension, fra: Day(2020, 1, 1), til: nil),
    ]
    let worse = compute(fixture, benchmark: benchmark(befolkning: 100, forventet: 1_990_000))
    #expect(worse.actual?.supportDays == 732)
    #expect(worse.actual?.isWorseThanExpected == true)
    #expect(worse.actual?.faktiskAndelText == "2,00")
    #expect(worse.actual?.forskelText == "0,01")
    #expect(worse.actual?.fuldtidspersonerText == "2,0")
    let equal = compute(fixture, benchmark: benchmark(befolkning: 100, forventet: 2_000_000))
    #expect(equal.actual?.isWorseThanExpected == false)
    #expect(equal.status == .ikkeOmfattet)
  }

  @Test func missingFromBenchmarkIsManglerData() {
    var fixture = EarlyEffortFixture()
    fixture.extract.ydelser = []
    #expect(compute(fixture, benchmark: nil).status == .manglerData)
    fixture.extract.ydelser = nil
    #expect(compute(fixture, benchmark: benchmark(befolkning: 100, forventet: 0)).status == .manglerData)
  }

  /// Seniority of exactly 12 months at a point counts: a stretch from 2023-06-30 is long-term at
  /// 2024-06-30 (start ≤ p − 12 months); from 2023-07-01 it is not.
  @Test func seniorityOfExactlyTwelveMonths() {
    var fixture = EarlyEffortFixture()
    fixture.extract.ydelser = [
      Ydelsesperiode(person: fixture.person(1), ydelse: .kontanthjaelp, fra: Day(2023, 6, 30), til: nil),
      Ydelsesperiode(person: fixture.person(2), ydelse: .kontanthjaelp, fra: Day(2023, 7, 1), til: nil),
    ]
    fixture.extract.timer = []
    let result = compute(fixture, benchmark: benchmark(befolkning: 10, forventet: 0))
    let june = result.focus?.points.last
    #expect(june?.point == Day(2024, 6, 30))
    #expect(june?.longTerm == 1)
    #expect(result.focus?.points.dropLast().allSatisfy { $0.longTerm == 0 } == true)
  }

  /// Fokusmål 1 at 2024-06-30 (lookback 2023-07-01…2024-06-30, months 2023-07…2024-06), five
  /// long-term recipients:
  /// 1: an offer ending on 2023-07-01, active one day inside → has an offer;
  /// 2: an offer ending 2023-06-30, the day before → none; 99.5 hours → without (counted);
  /// 3: exactly 100 hours over two rows → has work;
  /// 4: nothing at all → without (counted);
  /// 5: hours in 2023-06 only (outside the months) → without (counted).
  /// 3 of 5 = 60 % → fokusmål 1 not met at that point. Jobsamtale: only person 4 had one in the
  /// lookback (2023-07-01, any holder) → 4 of 5 without.
  @Test func fokusmaalAtOnePoint() throws {
    var fixture = EarlyEffortFixture()
    var ydelser: [Ydelsesperiode] = []
    for n in 1...5 {
      ydelser.append(Ydelsesperiode(person: fixture.person(n), ydelse: .kontanthjaelp, fra: Day(2022, 1, 1), til: nil))
    }
    fixture.extract.ydelser = ydelser
    fixture.offer(1, .nytte, Day(2023, 5, 1), Day(2023, 7, 1))
    fixture.offer(2, .praktik, Day(2023, 5, 1), Day(2023, 6, 30))
    fixture.extract.timer = [
      Arbejdstimer(person: fixture.person(2), maaned: YearMonth(year: 2024, month: 1), timer: FixedDecimal(units: 99_500_000)),
      Arbejdstimer(person: fixture.person(3), maaned: YearMonth(year: 2023, month: 7), timer: FixedDecimal(integer: 60)),
      Arbejdstimer(person: fixture.person(3), maaned: YearMonth(year: 2024, month: 6), timer: FixedDecimal(integer: 40)),
      Arbejdstimer(person: fixture.person(5), maaned: YearMonth(year: 2023, month: 6), timer: FixedDecimal(integer: 500)),
    ]
    fixture.samtale(4, Day(2023, 7, 1), by: .akasse)
    fixture.samtale(1, Day(2023, 6, 30))
    let june = try #require(compute(fixture, benchmark: benchmark(befolkning: 10, forventet: 0)).focus?.points.last)
    #expect(june.longTerm == 5)
    #expect(june.withoutOfferOrWork == 3)
    #expect(june.withoutJobsamtale == 4)
    #expect(june.withVirksomhedsrettet == 0)  // nytte is not virksomhedsrettet; the praktik ended before
  }

  /// Statuses when A is true: fokusmål 1 failed → i_risiko; met but no samtaler table →
  /// mangler_data; both met → risikozone; no long-term recipient at any point → ikke_vurderet.
  @Test func statusPrecedence() {
    var fixture = EarlyEffortFixture()
    fixture.extract.ydelser = [
      Ydelsesperiode(person: fixture.person(1), ydelse: .kontanthjaelp, fra: Day(2020, 1, 1), til: nil)
    ]
    fixture.extract.timer = []
    let worse = benchmark(befolkning: 10, forventet: 0)
    #expect(compute(fixture, benchmark: worse).status == .iRisiko)  // no offer, no hours: 100 % without
    fixture.offer(1, .praktik, Day(2020, 2, 1))  // an open offer: fokusmål 1 met
    fixture.samtale(1, Day(2023, 7, 15))
    fixture.samtale(1, Day(2024, 6, 15))  // a jobsamtale in every lookback: fokusmål 2 met
    #expect(compute(fixture, benchmark: worse).status == .risikozone)
    fixture.extract.samtaler = nil
    #expect(compute(fixture, benchmark: worse).status == .manglerData)
    var none = EarlyEffortFixture()
    none.extract.ydelser = [
      Ydelsesperiode(person: none.person(1), ydelse: .kontanthjaelp, fra: Day(2024, 1, 1), til: nil)
    ]
    none.extract.timer = []
    #expect(compute(none, benchmark: worse).status == .ikkeVurderet)
  }

  /// Rank 1 = the largest difference; equal differences by code.
  @Test func ranksByDifferenceThenCode() {
    func kommune(_ code: Int, days: Int, forventet: Int64) -> KommuneSkaerpetTilsyn {
      KommuneSkaerpetTilsyn(
        kommune: Kommune(code: code, name: "K\(code)", region: "", amk: "Øst", approximatePopulation: 1),
        actual: ActualShare(supportDays: days, windowDays: 366, befolkning: 100, forventetAndel: FixedDecimal(units: forventet)),
        focus: nil, hasFokusmaal1Tables: true, hasFokusmaal2Tables: true)
    }
    let summary = SkaerpetSummary(
      kommuner: [
        kommune(101, days: 366, forventet: 500_000),  // 1.00 − 0.50 = +0.50
        kommune(147, days: 732, forventet: 1_000_000),  // 2.00 − 1.00 = +1.00
        kommune(151, days: 366, forventet: 500_000),  // +0.50, tie with 101
        kommune(153, days: 0, forventet: 100_000),  // −0.10
      ], previous: nil, period: Self.period, rules: Self.rules)
    #expect(summary.ranks == [147: 1, 101: 2, 151: 3, 153: 4])
    #expect(summary.isAbolished == false)
    #expect(SkaerpetSummary(kommuner: [], previous: nil, period: Period("2026H1")!, rules: Self.rules).isAbolished)
  }
}

/// Issue 14: the fokusmål compare the mean of the monthly shares with 30 % exactly.
@Suite struct FocusTargetExactnessTests {
  static func targets(_ shares: [(without: Int, longTerm: Int)]) -> FocusTargets {
    FocusTargets(
      points: shares.enumerated().map { index, share in
        FocusPoint(
          point: Day(2024, 1, 31).adding(months: index), longTerm: share.longTerm, withoutOfferOrWork: share.without,
          withoutJobsamtale: share.without, withVirksomhedsrettet: 0)
      }, targetPercent: FixedDecimal(integer: 30))
  }

  /// Twelve points of 3 of 10: the mean is exactly 30 %, not below it. In doubles the mean comes out
  /// as 29.999…% and was judged met.
  @Test func aMeanOfExactlyThirtyIsNotMet() {
    let targets = Self.targets(Array(repeating: (3, 10), count: 12))
    #expect(targets.fokusmaal1 == false)
    #expect(targets.meanShare(\.withoutOfferOrWork)! * 100 < 30)  // the double that used to decide
  }

  /// 11 × 30 % and one point of 2999/10000: the mean is 29.99999…% — below, met. One point of
  /// 3001/10000 instead: above, not met.
  @Test func justBelowAndJustAbove() {
    #expect(Self.targets(Array(repeating: (3, 10), count: 11) + [(2999, 10_000)]).fokusmaal1 == true)
    #expect(Self.targets(Array(repeating: (3, 10), count: 11) + [(3001, 10_000)]).fokusmaal1 == false)
  }

  /// Different denominators whose product needs more than 128 bits: 12 points with long-term counts
  /// around 50,000 and shares 1/3, 1/3 + ε, …, compared by hand: 12 × 16,667/50,001 is 12 × 0.33333…,
  /// mean 33.3 % ≥ 30 → not met; 14,999/50,000 × 12 is 29.998 % → met.
  @Test func largeDenominators() {
    #expect(Self.targets(Array(repeating: (16_667, 50_001), count: 12)).fokusmaal1 == false)
    #expect(Self.targets((0..<12).map { (14_999 + $0, 50_000 + $0 * 7) }).fokusmaal1 == true)
    #expect(Self.targets([(0, 0), (3, 10)]).fokusmaal1 == false)  // only points with recipients count
    #expect(Self.targets([(0, 0)]).fokusmaal1 == nil)
  }

  @Test func wideIntegersAddMultiplyAndCompare() {
    var big = WideUInt(1)
    for _ in 0..<5 { big = big.multiplied(by: 4_000_000_000) }  // 4e9^5 = 1.024e48
    #expect(big.limbs.count == 5)
    #expect(WideUInt(7) < WideUInt(8))
    #expect(!(WideUInt(8) < WideUInt(8)))
    #expect(big + WideUInt(1) > big)
    #expect(WideUInt(0xFFFF_FFFF) + WideUInt(1) == WideUInt(1).multiplied(by: 65_536).multiplied(by: 65_536))
    #expect(WideUInt(5).multiplied(by: 0) == WideUInt(0))
  }
}
