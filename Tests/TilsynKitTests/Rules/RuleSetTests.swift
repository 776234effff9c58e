import Testing
@testable import TilsynKit

/// The committed rule set holds the values of SPEC 4 and the regimes of SPEC 4.6.
@Suite struct RuleSetTests {
  static let rules = try! RuleSet.load(path: Fixtures.ruleSetPath)

  @Test func globalValuesAreTheSpecValues() {
    let rules = Self.rules
    #expect(rules.version == "2026.1")
    let day = Day(2024, 6, 30)
    #expect(rules.integer(.tidligMaanederTilSeksMaanedersdato, on: day) == 6)
    #expect(rules.integer(.tidligKriteriumMaaneder, on: day) == 6)
    #expect(rules.integer(.skaerpetAfbrydelseDage, on: day) == 28)
    #expect(rules.decimal(.skaerpetTimerMinimum, on: day) == FixedDecimal(integer: 100))
    #expect(rules.decimal(.skaerpetFokusmaalProcent, on: day) == FixedDecimal(integer: 30))
    #expect(rules.date(.skaerpetOphaevetFra, on: day) == Day(2026, 1, 1))
    #expect(rules.integer(.fsm2Maaneder, on: day) == 9)
    #expect(rules.integer(.fsm2BrevMinimum, on: day) == 20)
    #expect(rules.decimal(.indikatorFleksjobMaksTimer, on: day) == FixedDecimal(units: 43_300_000))
    #expect(rules.decimal(.indikatorProgressionTimer, on: day) == FixedDecimal(units: 4_330_000))
    #expect(rules.integer(.diskretionMinimum, on: day) == 5)
    // The rehabiliteringsteam requirement ends with the reform (modelled: 2026-07-01).
    #expect(rules.flag(.fsm2RehabiliteringsteamKrav, on: Day(2026, 6, 30)))
    #expect(!rules.flag(.fsm2RehabiliteringsteamKrav, on: Day(2026, 7, 1)))
  }

  /// `vejledning` counts by the offer's own start: before 2023-03-22 and from 2026-07-01; `andet` never.
  @Test func offerTypesByTheOffersStart() {
    func counts(_ day: Day) -> Set<Tilbudstype> { Self.rules.codes(.tidligTilbudstyper, on: day) }
    #expect(counts(Day(2023, 3, 21)).contains(.vejledning))
    #expect(!counts(Day(2023, 3, 22)).contains(.vejledning))
    #expect(!counts(Day(2026, 6, 30)).contains(.vejledning))
    #expect(counts(Day(2026, 7, 1)).contains(.vejledning))
    for day in [Day(2020, 1, 1), Day(2024, 1, 1), Day(2027, 1, 1)] { #expect(!counts(day).contains(.andet)) }
  }

  @Test func regimesChangeOnTheFirstOfJuly2026() {
    #expect(Self.rules.regimes.map(\.id) == ["lab", "reform2026"])
    #expect(Self.rules.regime(on: Day(2026, 6, 30)).id == "lab")
    #expect(Self.rules.regime(on: Day(2026, 7, 1)).id == "reform2026")
    #expect(Self.rules.earlyEffortMeasures.map(\.id) == ["samtale", "tilbud", "akasse"])
    #expect(Self.rules.earlyEffortMeasures.map(\.flags) == [true, true, false])
  }

  /// 2024H1's months are governed by July–December 2023: the old regime, DP with 4 talks (starts before
  /// 2024); 2024H2's by January–June 2024: DP with 3.
  @Test func oldRegimeValues() throws {
    let h1 = EarlyEffortRules(rules: Self.rules, period: Period("2024H1")!)
    #expect(h1.months.map(\.regimeID) == Array(repeating: "lab", count: 6))
    #expect(h1.months.map(\.governingDay) == (7...12).map { Day(2023, $0, 1) })
    let samtale = try #require(h1.months[0].rules(for: .samtale))
    #expect(samtale.groups.count == 10 && !samtale.groups.contains(.sygedagpenge))
    #expect(samtale.talks[.dagpenge] == TalkRequirement(count: 4, fromMonths: 0, toMonths: 6, holders: [.jobcenter, .faelles]))
    #expect(samtale.talks[.kontanthjaelpAktivitetsparat]?.count == 4)
    #expect(samtale.criterion == FixedDecimal(integer: 80) && samtale.cohortMinimum == 10)
    let tilbud = try #require(h1.months[5].rules(for: .tilbud))
    #expect(tilbud.groups == [
      .dagpenge, .kontanthjaelpJobparat, .kontanthjaelpAktivitetsparat, .uddannelseshjaelpUddannelsesparat,
      .uddannelseshjaelpAktivitetsparat, .overgangsydelse,
    ])
    #expect(tilbud.offer == OfferRequirement(minimumDays: 14, graceDays: 21))
    #expect(h1.months[0].rules(for: .akasse) == nil)
    let h2 = EarlyEffortRules(rules: Self.rules, period: Period("2024H2")!)
    #expect(h2.months[0].rules(for: .samtale)?.talks[.dagpenge]?.count == 3)
  }

  /// SPEC 4.6: 2026H2 is still governed by the old regime (spells started January–June 2026); 2027H1
  /// is the first half-year under the reform.
  @Test func reformRegimeValues() throws {
    let h2 = EarlyEffortRules(rules: Self.rules, period: Period("2026H2")!)
    #expect(Set(h2.months.map(\.regimeID)) == ["lab"])
    let h1 = EarlyEffortRules(rules: Self.rules, period: Period("2027H1")!)
    #expect(Set(h1.months.map(\.regimeID)) == ["reform2026"])
    let samtale = try #require(h1.months[0].rules(for: .samtale))
    #expect(samtale.groups == [.dagpenge, .kontanthjaelpJobparat, .ledighedsydelse])
    #expect(samtale.talks[.dagpenge] == TalkRequirement(count: 2, fromMonths: 3, toMonths: 6, holders: [.jobcenter, .faelles]))
    #expect(samtale.talks[.kontanthjaelpJobparat] == TalkRequirement(count: 4, fromMonths: 0, toMonths: 6, holders: [.jobcenter, .faelles]))
    #expect(samtale.criterion == FixedDecimal(integer: 75))
    let tilbud = try #require(h1.months[0].rules(for: .tilbud))
    #expect(tilbud.groups == [.dagpenge, .kontanthjaelpJobparat, .uddannelseshjaelpUddannelsesparat])
    #expect(tilbud.criterion == FixedDecimal(integer: 75))
    let akasse = try #require(h1.months[0].rules(for: .akasse))
    #expect(akasse.groups == [.dagpenge])
    #expect(akasse.talks[.dagpenge] == TalkRequirement(count: 2, fromMonths: 0, toMonths: 3, holders: [.akasse]))
    #expect(akasse.criterion == FixedDecimal(integer: 75) && akasse.cohortMinimum == 10)
    #expect(!akasse.measure.flags)
  }

  /// Every value the law's text did not settle is marked, and the list reaches the report.
  @Test func modelledAssumptionsAreListed() {
    let keys = Set(Self.rules.assumptions.map(\.key))
    #expect(keys.isSuperset(of: [
      "tidlig.samtale.fra_maaned.DP", "tidlig.tilbud.minimum_dage", "skaerpet.ophaevet_fra",
      "fsm2.rehabiliteringsteam_krav", "skaerpet.max_afbrydelse_dage",
    ]))
    #expect(!keys.contains("tidlig.samtale.kriterium_procent"))
  }
}
