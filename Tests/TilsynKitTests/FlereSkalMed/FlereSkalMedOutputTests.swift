import Testing
@testable import TilsynKit

/// The national summary, `flere_skal_med.csv` and the report chapter of SPEC 4.3 on three
/// municipalities worked out by hand (E = 2024-06-30):
///
/// - København: 20 on KH marked 2023-01-01, untreated, no offer (fortsat, over 9 months, uden
///   tilbud) and 1 on RF (skiftet): i_gruppe2 21, skiftet 1, fortsat 20, over_9_mdr 20, uden_tilbud
///   20 → `brev` (20 ≥ 20). Shares: 1/21 = 4,8; 20/20 = 100,0; 20/20 = 100,0.
/// - Aarhus: 1 on KH marked 2024-01-01 with an open offer (fortsat, not over, has an offer), 1 with
///   no benefit (afgået): i_gruppe2 2, fortsat 1, afgaaet 1 → `intet_brev`. Shares 0/2, 0/1, 0/1.
/// - Aalborg: no `markeringer` → `mangler_data`, empty cells.
///
/// Nationally (København + Aarhus): i_gruppe2 23, skiftet 1 (1/23 = 4,3 %), fortsat 21, over 9
/// months 20 (20/21 = 95,2 %), uden tilbud 20 (95,2 %), afgået 1, anden 0.
@Suite struct FlereSkalMedOutputTests {
  static let fixtures: [EarlyEffortFixture] = {
    let longAgo = Day(2022, 1, 1)
    var koebenhavn = EarlyEffortFixture.withBenefits()
    for n in 0..<20 {
      koebenhavn.gruppe2(n, Day(2023, 1, 1))
      koebenhavn.benefit(n, .kontanthjaelp, longAgo)
    }
    koebenhavn.gruppe2(20, Day(2023, 1, 1))
    koebenhavn.benefit(20, .ressourceforloeb, Day(2023, 5, 1))
    var aarhus = EarlyEffortFixture.withBenefits(EarlyEffortFixture.aarhus)
    aarhus.gruppe2(1, Day(2024, 1, 1))
    aarhus.benefit(1, .kontanthjaelp, longAgo)
    aarhus.offer(1, .praktik, Day(2024, 5, 1))
    aarhus.gruppe2(2, Day(2024, 1, 1))
    var aalborg = EarlyEffortFixture.withBenefits(EarlyEffortFixture.aalborg)
    aalborg.extract.markeringer = nil
    return [koebenhavn, aarhus, aalborg]
  }()
  static let summary = FlereSkalMedSummary(kommuner: fixtures.map { $0.flereSkalMed() })

  /// The case list (SPEC 5.2): one row per person in gruppe 2, in person order, written out by hand
  /// from the fixture above; Aalborg (`mangler_data`) has none.
  @Test func caseListRows() {
    let persons = Dictionary(uniqueKeysWithValues: Self.fixtures.map { ($0.extract.kommune.code, $0.extract.persons) })
    let lines = EarlyEffortFixture.csvLines(FlereSkalMedCases.csv(Self.summary, persons: persons))
    let expected =
      ["kommune;person_id;markeret_fra;rehabiliteringsteam;ved_udgang;over_9_mdr;uden_tilbud"]
      + (0..<20).map { "101;p\($0);01-01-2023;;fortsat_kontanthjaelp;ja;ja" }
      + ["101;p20;01-01-2023;;skiftet_ydelse;nej;nej", "751;p1;01-01-2024;;fortsat_kontanthjaelp;nej;nej",
        "751;p2;01-01-2024;;afgaaet;nej;nej"]
    #expect(lines == expected)
  }

  @Test func nationalTotalsAndLetters() {
    let n = Self.summary.national
    #expect(n.iGruppe2 == 23)
    #expect(n.skiftetYdelse == 1)
    #expect(n.fortsatKontanthjaelp == 21)
    #expect(n.over9Mdr == 20)
    #expect(n.udenTilbud == 20)
    #expect(n.afgaaet == 1)
    #expect(n.andenYdelse == 0)
    #expect(n.identityHolds)
    #expect(Self.summary.letters.map(\.kommune.code) == [101])
    #expect(Self.summary.manglerData.map(\.kommune.code) == [851])
  }

  @Test func csvHeaderAndRows() {
    let lines = EarlyEffortFixture.csvLines(FlereSkalMedTables.csv(Self.summary))
    #expect(
      lines == [
        "kommune;kommunenavn;amk;i_gruppe2;behandlet;skiftet_ydelse;fortsat_kontanthjaelp;over_9_mdr;uden_tilbud;"
          + "afgaaet;anden_ydelse;andel_skiftet_ydelse;andel_over_9_mdr;andel_uden_tilbud;status",
        "101;København;Øst;21;0;1;20;20;20;0;0;4,8;100,0;100,0;brev",
        "751;Aarhus;Midt-Nord;2;0;0;1;0;0;1;0;0,0;0,0;0,0;intet_brev",
        "851;Aalborg;Midt-Nord;;;;;;;;;;;;mangler_data",
      ])
  }

  /// A share with no denominator is empty, not 0 (nobody still on kontanthjælp).
  @Test func shareWithoutDenominatorIsEmpty() {
    var fixture = EarlyEffortFixture.withBenefits()
    fixture.gruppe2(1, Day(2023, 1, 1))
    let lines = EarlyEffortFixture.csvLines(FlereSkalMedTables.csv(FlereSkalMedSummary(kommuner: [fixture.flereSkalMed()])))
    #expect(lines[1] == "101;København;Øst;1;0;0;0;0;0;1;0;0,0;;;intet_brev")
  }

  /// The chapter gives the letter's three shares, lists the municipality that gets a letter and
  /// the one without data.
  @Test func chapterHasTheLettersSentences() {
    let text = FlereSkalMedChapter.markdown(Self.summary, period: Period("2024H1")!)
    #expect(text.hasPrefix("## Flere skal med, gruppe 2\n"))
    #expect(text.contains("ministerens brev af 7. maj 2019"))
    #expect(text.contains("I alt er 23 borgere i gruppe 2 i 2 kommuner med data"))
    #expect(text.contains("4,3 pct. (1 af 23) har skiftet ydelse"))
    #expect(
      text.contains(
        "Af de 21, der fortsat er på kontanthjælp, uddannelseshjælp eller overgangsydelse, har 95,2 pct. (20 af 21) "
          + "været i gruppe 2 i mere end 9 måneder uden at være behandlet i rehabiliteringsteamet, og 95,2 pct. "
          + "(20 af 21) er ikke i et aktivt tilbud."))
    #expect(text.contains("1 kommune har 20 eller flere borgere"))
    #expect(text.contains("| København | Øst "))
    #expect(text.contains("Mangler data (markeringer, ydelser, samtaler eller tilbud mangler; tallene er tomme, ikke 0): Aalborg."))
  }

  /// With no municipality over the threshold the chapter says no letters go out.
  @Test func chapterWithoutLetters() {
    let summary = FlereSkalMedSummary(kommuner: [EarlyEffortFixture.withBenefits().flereSkalMed()])
    let text = FlereSkalMedChapter.markdown(summary, period: Period("2024H1")!)
    #expect(text.contains("så der sendes ingen breve"))
    #expect(!text.contains("Mangler data"))
  }
}
