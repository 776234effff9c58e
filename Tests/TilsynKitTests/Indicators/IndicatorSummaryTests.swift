import Testing
@testable import TilsynKit

/// National values and places (SPEC 4.5) on hand-set counts.
@Suite struct IndicatorSummaryTests {
  static let thresholds = IndicatorFixture.rules.thresholds(on: Period("2024H1")!.lastDay)

  static func kommune(_ code: Int) -> Kommune {
    Kommune(code: code, name: "K\(code)", region: "R", amk: "Øst", approximatePopulation: 1)
  }

  /// One municipality's counts: P has 182 days.
  static func result(
    _ code: Int, fp: Int, population: Int, rfPersons: Int, rfDays: Int, exits: IndicatorFraction?, lyDays: Int,
    fjDays: Int, progression: IndicatorFraction?
  ) -> KommuneIndicators {
    let values = IndicatorValues(
      foertidspension: FoertidspensionInflow(spells: fp, population: population, base: 10_000),
      ressourceforloeb: RessourceforloebUse(
        personsAtEnd: rfPersons, fullTime: FullTimeOnBenefit(days: rfDays, persons: rfPersons, windowDays: 182)),
      afgangRF: exits,
      ledighedFleksjob: FleksjobUnemployment(
        ledighedsydelse: FullTimeOnBenefit(days: lyDays, persons: 1, windowDays: 182),
        fleksjob: FullTimeOnBenefit(days: fjDays, persons: 1, windowDays: 182)),
      timeprogression: progression)
    return KommuneIndicators(kommune: kommune(code), period: Period("2024H1")!, thresholds: thresholds, values: values)
  }

  /// K101: FP 2/10,000 (2 per 10,000), RF 5 persons of 10,000, exits 1/4, LY 50/(50+150) = 25 %,
  /// progression 1/2. K147: FP 6/20,000 (3), RF 5 of 20,000 (fewer per inhabitant), exits 1/2, LY
  /// 100/200 = 50 %, no one on few hours (0/0). K151: FP 1/5,000 (2, equal to K101, which comes first
  /// by code), no RF, LY 0/10 = 0 %, no timer. K153: no data.
  /// National: FP 9 × 10,000 / 35,000 = 2,571… → 2,57; exits 2/6 = 33,3 % over K101 and K147; RF 10
  /// persons, 1,820 days / 182 = 10,0 fuldtidspersoner; LY 150 / (150 + 260).
  @Test func placesAndNationalValues() throws {
    let k101 = Self.result(
      101, fp: 2, population: 10_000, rfPersons: 5, rfDays: 910, exits: IndicatorFraction(1, 4), lyDays: 50,
      fjDays: 150, progression: IndicatorFraction(1, 2))
    let k147 = Self.result(
      147, fp: 6, population: 20_000, rfPersons: 5, rfDays: 910, exits: IndicatorFraction(1, 2), lyDays: 100,
      fjDays: 100, progression: IndicatorFraction(0, 0))
    let k151Data = Self.result(
      151, fp: 1, population: 5_000, rfPersons: 0, rfDays: 0, exits: nil, lyDays: 0, fjDays: 10, progression: nil)
    let k153 = KommuneIndicators(
      kommune: Self.kommune(153), period: Period("2024H1")!, thresholds: Self.thresholds, values: nil)
    let summary = IndicatorSummary(kommuner: [k153, k147, k151Data, k101])
    #expect(summary.kommuner.map(\.kommune.code) == [101, 147, 151, 153])  // code order
    // FP per 10,000: K101 2, K147 3, K151 2 (tie with K101: code order) → 101, 151, 147.
    #expect([k101, k151Data, k147].map { summary.place(.tilgangFoertidspension, of: $0.kommune) } == [1, 2, 3])
    // Exits, highest first: K147 50 %, K101 25 %; K151 has no timer, K153 no data.
    #expect(summary.place(.afgangRessourceforloeb, of: k147.kommune) == 1)
    #expect(summary.place(.afgangRessourceforloeb, of: k101.kommune) == 2)
    #expect(summary.place(.afgangRessourceforloeb, of: k151Data.kommune) == nil)
    #expect(summary.place(.afgangRessourceforloeb, of: k153.kommune) == nil)
    #expect(summary.ranked(.afgangRessourceforloeb) == 2)
    // RF per inhabitant, most first: K101 5/10,000 before K147 5/20,000; K151 has 0 → last.
    #expect([k101, k147, k151Data].map { summary.place(.ressourceforloebPersoner, of: $0.kommune) } == [1, 2, 3])
    // LY share, lowest first: K151 0/10 = 0 %, K101 25 %, K147 50 %.
    #expect([k151Data, k101, k147].map { summary.place(.ledighedFleksjob, of: $0.kommune) } == [1, 2, 3])
    // Progression: K147 has no one on few hours (0/0) → no place.
    #expect(summary.place(.timeprogression, of: k147.kommune) == nil)
    #expect(summary.place(.timeprogression, of: k101.kommune) == 1)

    let national = try #require(summary.national)
    #expect(national.foertidspension == FoertidspensionInflow(spells: 9, population: 35_000, base: 10_000))
    #expect(Indicator.tilgangFoertidspension.text(national) == "2,57")  // 90,000 / 35,000 = 2,571…
    #expect(national.afgangRF == IndicatorFraction(2, 6))
    #expect(Indicator.afgangRessourceforloeb.text(national) == "33,3")
    #expect(national.ressourceforloeb.personsAtEnd == 10)
    #expect(Indicator.ressourceforloebFuldtid.text(national) == "10,0")  // 1,820 / 182
    #expect(national.ledighedFleksjob.share == IndicatorFraction(150, 410))
    #expect(national.timeprogression == IndicatorFraction(1, 2))
    #expect(summary.manglerData.map(\.kommune.code) == [153])
    #expect(summary.manglerTimer.map(\.kommune.code) == [151])
  }

  /// A municipality with a population of 0 has no FP value and no place (no division by zero).
  @Test func zeroPopulationHasNoValue() {
    let k = Self.result(
      101, fp: 1, population: 0, rfPersons: 1, rfDays: 1, exits: nil, lyDays: 0, fjDays: 0, progression: nil)
    let summary = IndicatorSummary(kommuner: [k])
    #expect(Indicator.tilgangFoertidspension.text(k.values!) == "")
    #expect(summary.place(.tilgangFoertidspension, of: k.kommune) == nil)
    #expect(summary.place(.ressourceforloebPersoner, of: k.kommune) == nil)
  }

  /// Exact comparison: 1/3 is below 333,334/1,000,000 though both show as 33,3.
  @Test func fractionsCompareExactly() {
    #expect(IndicatorFraction(1, 3).isLess(than: IndicatorFraction(333_334, 1_000_000)))
    #expect(!IndicatorFraction(2, 6).isLess(than: IndicatorFraction(1, 3)))
    #expect(!IndicatorFraction(1, 3).isLess(than: IndicatorFraction(2, 6)))
  }
}
