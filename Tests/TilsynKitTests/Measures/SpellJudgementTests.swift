import Testing

@testable import TilsynKit

/// One judgement per spell (SPEC 4.1, 5.2): every reason code once, on hand-built spells whose
/// reasons are worked out in the comments. All spells are KHJ from 2023-10-10: D6 = 2024-04-10 (the
/// April cohort), a wage subsidy may start up to D6 + 21 = 2024-05-01, 14 days = `slut` − `start` ≥ 13.
@Suite struct SpellJudgementTests {
  static let start = Day(2023, 10, 10)

  static func fixture() -> EarlyEffortFixture {
    var fixture = EarlyEffortFixture()
    for n in 1...11 { fixture.spell(n, .kontanthjaelpJobparat, start) }
    // 1: praktik 10-01 to 23-01, 13 days apart = 14 days: met.
    fixture.offer(1, .praktik, Day(2024, 1, 10), Day(2024, 1, 23))
    // 2: praktik 10-01 to 22-01 = 13 days: too short.
    fixture.offer(2, .praktik, Day(2024, 1, 10), Day(2024, 1, 22))
    // 3: nothing.
    // 4: `andet`, open: a type that never counts.
    fixture.offer(4, .andet, Day(2024, 1, 10))
    // 5: `vejledning` started in 2024 (not counting from 2023-03-22).
    fixture.offer(5, .vejledning, Day(2024, 1, 10))
    // 6: wage subsidy starting 20-04 (within the grace), granted 09-10-2023: a day before the spell.
    fixture.offer(6, .loentilskudPrivat, Day(2024, 4, 20), granted: Day(2023, 10, 9))
    // 7: the same granted on the spell's first day: met.
    fixture.offer(7, .loentilskudPrivat, Day(2024, 4, 20), granted: Day(2023, 10, 10))
    // 8: praktik starting 11-04, the day after D6: too late.
    fixture.offer(8, .praktik, Day(2024, 4, 11))
    // 9: `andet` first, then a praktik of 5 days: the nearest is the short praktik (length before type).
    fixture.offer(9, .andet, Day(2024, 1, 1))
    fixture.offer(9, .praktik, Day(2024, 2, 1), Day(2024, 2, 5))
    // 10: FRITAGET on D6: not in the cohort at all.
    fixture.marking(10, .fritaget, Day(2024, 4, 1), Day(2024, 4, 30))
    // 11: an open praktik that started before the spell: no offer in the window, nothing later.
    fixture.offer(11, .praktik, Day(2023, 10, 1))
    // Talks: 1 has four distinct dates in [start, D6]; 2 has two, a third on D6 + 1 does not count.
    for day in [Day(2023, 10, 12), Day(2023, 11, 1), Day(2024, 1, 5), Day(2024, 4, 10)] { fixture.samtale(1, day) }
    for day in [Day(2023, 10, 12), Day(2023, 12, 1), Day(2024, 4, 11)] { fixture.samtale(2, day) }
    return fixture
  }

  /// The April cases of `measure`, by person id.
  static func cases(_ measure: EarlyEffortMeasure) -> [String: JudgedSpell] {
    let fixture = fixture()
    let result = fixture.compute()
    let persons = fixture.extract.persons
    let april = result.result(measure)!.halfYear.months!.firstIndex { $0.month.description == "2024-04" }!
    let judged = result.result(measure)!.cases![april]
    return Dictionary(uniqueKeysWithValues: judged.map { (persons.id(of: $0.spell.spell.person), $0) })
  }

  @Test func everyOfferReasonOnce() {
    let cases = Self.cases(.tilbud)
    #expect(cases.count == 10)  // 1–9 and 11; 10 is exempt
    #expect(cases["p10"] == nil)
    let reasons = cases.mapValues { $0.judgement.reason }
    #expect(reasons["p1"] == .some(nil))
    #expect(reasons["p7"] == .some(nil))
    #expect(reasons["p2"] == .tilbudForKort)
    #expect(reasons["p3"] == .intetTilbud)
    #expect(reasons["p4"] == .tilbudstypeTaellerIkke)
    #expect(reasons["p5"] == .tilbudstypeTaellerIkke)
    #expect(reasons["p6"] == .bevilgetUdenforVinduet)
    #expect(reasons["p8"] == .tilbudStartetForSent)
    #expect(reasons["p9"] == .tilbudForKort)
    #expect(reasons["p11"] == .intetTilbud)
    // The evidence: the offer that counted, or the nearest that did not.
    #expect(cases["p1"]?.judgement.offer?.slut == Day(2024, 1, 23))
    #expect(cases["p9"]?.judgement.offer?.type == .praktik)
    #expect(cases["p3"]?.judgement.offer == nil)
    #expect(cases["p11"]?.judgement.offer == nil)
    #expect(cases["p6"]?.judgement.offer?.bevilget == Day(2023, 10, 9))
  }

  /// The counts are the judgements': 2 of 10 met, and the reasons add up to the 8 not met.
  @Test func countsAndReasonsComeFromTheJudgements() {
    let fixture = Self.fixture()
    let result = fixture.compute()
    #expect(result.month(.tilbud, "2024-04")?.cohort == 10)
    #expect(result.month(.tilbud, "2024-04")?.met == 2)
    let reasons = result.result(.tilbud)!.reasons!
    #expect(reasons.map(\.reason) == [.intetTilbud, .tilbudForKort, .tilbudstypeTaellerIkke, .bevilgetUdenforVinduet, .tilbudStartetForSent])
    #expect(reasons.map(\.count) == [2, 2, 2, 1, 1])
  }

  @Test func talkDatesThatCounted() {
    let cases = Self.cases(.samtale)
    #expect(cases["p1"]?.judgement.isMet == true)
    #expect(cases["p1"]?.judgement.talkDates == [Day(2023, 10, 12), Day(2023, 11, 1), Day(2024, 1, 5), Day(2024, 4, 10)])
    #expect(cases["p2"]?.judgement.reason == .forFaaSamtaler)
    #expect(cases["p2"]?.judgement.talkDates == [Day(2023, 10, 12), Day(2023, 12, 1)])
    #expect(cases["p3"]?.judgement.talkDates == [])
    #expect(cases["p3"]?.judgement.reason == .forFaaSamtaler)
  }

  /// The case-list rows of person 2, written out by hand.
  @Test func caseListRows() {
    let fixture = Self.fixture()
    let result = fixture.compute()
    var csv = ExcelCSV(header: [])
    EarlyEffortCases.appendRows(result, persons: fixture.extract.persons, rules: EarlyEffortFixture.rules, to: &csv)
    let lines = String(decoding: csv.bytes.dropFirst(5), as: UTF8.self).split(separator: "\r\n").map(String.init)
    #expect(
      lines.contains(
        "101;2024-04;samtale;p2;KHJ;10-10-2023;10-04-2024;4 jobsamtaler jobcenter/faelles mdr. 0-6;12-10-2023 01-12-2023;;nej;for_faa_samtaler"
      ))
    #expect(
      lines.contains(
        "101;2024-04;tilbud;p2;KHJ;10-10-2023;10-04-2024;tilbud min. 14 dage, loentilskud op til 21 dage efter D6;;praktik 10-01-2024–22-01-2024;nej;tilbud_for_kort"
      ))
    #expect(
      lines.contains(
        "101;2024-04;tilbud;p7;KHJ;10-10-2023;10-04-2024;tilbud min. 14 dage, loentilskud op til 21 dage efter D6;;loentilskud_privat 20-04-2024– bevilget 10-10-2023;ja;"
      ))
    // 10 tilbud rows and 10 samtale rows (the samtale cohort is the same 10 KHJ spells).
    #expect(lines.filter { $0.contains(";2024-04;tilbud;") }.count == 10)
    #expect(lines.filter { $0.contains(";2024-04;samtale;") }.count == 10)
  }
}
