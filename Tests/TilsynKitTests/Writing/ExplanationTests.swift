import Testing

@testable import TilsynKit

/// `tilsyn forklar` (SPEC 1, issue 15) on hand-built persons; the expected lines are worked out by
/// hand from the rules (KHJ spell from 2023-10-10, D6 2024-04-10: the April cohort).
@Suite struct ExplanationTests {
  /// A person with a row in every table.
  static func fixture() -> EarlyEffortFixture {
    var fixture = EarlyEffortFixture()
    fixture.spell(1, .kontanthjaelpJobparat, Day(2023, 10, 10))
    fixture.samtale(1, Day(2023, 10, 9))  // the day before the spell: outside
    fixture.samtale(1, Day(2023, 10, 12))  // counts
    fixture.samtale(1, Day(2023, 10, 12))  // the same date again
    fixture.samtale(1, Day(2023, 11, 1), .andet)  // not a jobsamtale
    fixture.samtale(1, Day(2023, 12, 1), by: .akasse)  // held by the a-kasse
    fixture.samtale(1, Day(2024, 1, 5))  // counts
    fixture.offer(1, .praktik, Day(2024, 1, 10), Day(2024, 1, 22))  // 13 days: too short
    fixture.marking(1, .fsm2Rehab, Day(2023, 6, 1))
    let person = fixture.person(1)
    fixture.extract.ydelser = [Ydelsesperiode(person: person, ydelse: .kontanthjaelp, fra: Day(2023, 10, 10), til: nil)]
    fixture.extract.timer = [Arbejdstimer(person: person, maaned: YearMonth(year: 2024, month: 2), timer: FixedDecimal(units: 12_500_000))]
    // Nine other KHJ spells in April without anything, so the month is assessable.
    for n in 2...10 { fixture.spell(n, .kontanthjaelpJobparat, Day(2023, 10, 10)) }
    return fixture
  }

  static func explain(measure: String? = nil, person: String? = nil) throws -> Explanation {
    let fixture = fixture()
    return try Explanation(
      extract: fixture.extract, period: Period("2024H1")!, rules: EarlyEffortFixture.rules,
      history: EarlyEffortHistory(), measureID: measure, personID: person)
  }

  @Test func personTimelineHasEveryTableInDateOrder() throws {
    let person = try #require(try Self.explain(person: "p1").person)
    #expect(person.rows.map(\.table) == [
      .markeringer, .samtaler, .forloeb, .ydelser, .samtaler, .samtaler, .samtaler, .samtaler, .samtaler, .tilbud, .timer,
    ])
    #expect(person.rows.map(\.day) == [
      Day(2023, 6, 1), Day(2023, 10, 9), Day(2023, 10, 10), Day(2023, 10, 10), Day(2023, 10, 12), Day(2023, 10, 12),
      Day(2023, 11, 1), Day(2023, 12, 1), Day(2024, 1, 5), Day(2024, 1, 10), Day(2024, 2, 1),
    ])
    #expect(person.rows[3].text == "KH 10-10-2023–")
    #expect(person.rows.last?.text == "2024-02: 12,5 timer")
    #expect(person.rows[9].text == "praktik 10-01-2024–22-01-2024")
  }

  /// Samtale: 2 of 4 dates counted; each other conversation with its own reason. Tilbud: the 13-day
  /// praktik is too short.
  @Test func personJudgementsSayWhyEachRowCountedOrNot() throws {
    let person = try #require(try Self.explain(person: "p1").person)
    #expect(person.judgements.map(\.measure.id) == ["samtale", "tilbud"])
    let samtale = person.judgements[0]
    #expect(samtale.month == YearMonth(year: 2024, month: 4))
    #expect(samtale.judged.judgement.reason == .forFaaSamtaler)
    #expect(samtale.judged.judgement.talkDates == [Day(2023, 10, 12), Day(2024, 1, 5)])
    #expect(samtale.talks.map(\.verdict) == [.outsideWindow, .counts, .sameDate, .notJobsamtale, .otherHolder, .counts])
    let tilbud = person.judgements[1]
    #expect(tilbud.judged.judgement.reason == .tilbudForKort)
    #expect(tilbud.offers.map(\.reason) == [.tilbudForKort])
    let text = ExplanationText.text(try Self.explain(person: "p1"))
    #expect(text.contains("    12-10-2023 jobsamtale (jobcenter): tæller ikke: samme dato som en samtale, der tæller\n"))
    #expect(text.contains("    01-12-2023 jobsamtale (akasse): tæller ikke: holdt af en anden, end kravet gælder\n"))
    #expect(text.contains("    praktik 10-01-2024–22-01-2024: tæller ikke: for kort\n"))
  }

  /// April: 10 spells, none met either measure (p1 has 2 of 4 talks and a short offer; the others
  /// nothing) = 0,0 pct., below 80; the other months have no cohort (not assessable).
  @Test func measureLinesShowTheArithmetic() throws {
    let text = ExplanationText.text(try Self.explain())
    #expect(text.contains("  april 2024    lab       80 pct.       10        0  0,0 pct.  under\n"))
    #expect(text.contains("  januar 2024   lab       80 pct.        0        0            for lille kohorte\n"))
    #expect(text.contains("Tilbud (tilbud): ikke vurderet\n"))
    #expect(text.contains("  Ikke opfyldt i halvåret: 10 af 10:\n         9  havde intet tilbud (intet_tilbud)\n         1  havde et tilbud, der var for kort (tilbud_for_kort)\n"))
  }

  @Test func measureCasesListTheNotMetSpells() throws {
    let explanation = try Self.explain(measure: "tilbud")
    #expect(explanation.cases?.count == 10)
    #expect(explanation.cases?.first?.personID == "p1")
    #expect(explanation.cases?.first?.judged.judgement.reason == .tilbudForKort)
  }

  @Test func unknownMeasureAndPersonAreUsageErrors() {
    #expect(throws: ExplanationError.unknownMeasure("tilbudd", known: ["samtale", "tilbud", "akasse"])) {
      try Self.explain(measure: "tilbudd")
    }
    #expect(throws: ExplanationError.unknownPerson("p99", kommune: "København")) { try Self.explain(person: "p99") }
  }

  @Test func jsonCarriesTheSameJudgement() throws {
    let json = ExplanationJSON.text(try Self.explain(person: "p1"))
    #expect(json.contains("\"aarsag\": \"tilbud_for_kort\""))
    #expect(json.contains("\"samtaler\": [\n"))
    #expect(json.contains("\"i_traek\": null"))
  }
}
