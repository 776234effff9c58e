import Testing
@testable import TilsynKit

/// The national summary, `fremdriftsgaranti.csv` and the report chapter of SPEC 4.4 on three
/// municipalities worked out by hand (E = 2024-06-30):
///
/// - København: 10 due, 7 met → 70,0 %, `under_kriteriet` (10 ≥ 10 and 7 × 100 < 80 × 10).
/// - Aarhus: 3 due, 3 met → 100,0 %, `ikke_vurderet` (3 < 10).
/// - Aalborg: no `samtaler` → `mangler_data`, empty cells.
///
/// Nationally: 13 due, 10 met = 76,9 %.
@Suite struct FremdriftOutputTests {
  static let fixtures: [EarlyEffortFixture] = {
    var koebenhavn = EarlyEffortFixture.withBenefits()
    for n in 1...10 { koebenhavn.khaRecipient(n, reviewed: n <= 7) }
    var aarhus = EarlyEffortFixture.withBenefits(EarlyEffortFixture.aarhus)
    for n in 1...3 { aarhus.khaRecipient(n, reviewed: true) }
    var aalborg = EarlyEffortFixture.withBenefits(EarlyEffortFixture.aalborg)
    aalborg.khaRecipient(1, reviewed: false)
    aalborg.extract.samtaler = nil
    return [koebenhavn, aarhus, aalborg]
  }()
  static let summary = FremdriftSummary(kommuner: fixtures.map { $0.fremdrift() })

  /// The case list (SPEC 5.2): the due persons in person order, met with the review's date
  /// (15-01-2024 in the fixture), by hand; Aalborg (`mangler_data`) has none.
  @Test func caseListRows() {
    let persons = Dictionary(uniqueKeysWithValues: Self.fixtures.map { ($0.extract.kommune.code, $0.extract.persons) })
    let lines = EarlyEffortFixture.csvLines(FremdriftCases.csv(Self.summary, persons: persons))
    #expect(
      lines
        == ["kommune;person_id;opfyldt;fremdriftsvurdering"]
        + (1...10).map { "101;p\($0);" + ($0 <= 7 ? "ja;15-01-2024" : "nej;") }
        + (1...3).map { "751;p\($0);ja;15-01-2024" })
  }

  @Test func nationalTotalsAndStatuses() {
    let summary = Self.summary
    #expect(summary.due == 13)
    #expect(summary.met == 10)
    #expect(summary.kommuner.map(\.status) == [.underKriteriet, .ikkeVurderet, .manglerData])
    #expect(summary.underKriteriet.map(\.kommune.code) == [101])
    #expect(summary.count(.opfylder) == 0)
  }

  @Test func csvHeaderAndRows() {
    #expect(
      EarlyEffortFixture.csvLines(FremdriftTables.csv(Self.summary)) == [
        "kommune;kommunenavn;amk;omfattet;opfyldt;andel;status;ordning",
        "101;København;Øst;10;7;70,0;under_kriteriet;foreslaaet_ordning",
        "751;Aarhus;Midt-Nord;3;3;100,0;ikke_vurderet;foreslaaet_ordning",
        "851;Aalborg;Midt-Nord;;;;mangler_data;foreslaaet_ordning",
      ])
  }

  /// The chapter says first that the scheme is proposed, not law, then the measurement with the
  /// rule set's values, the national share, the statuses and the flagged municipality.
  @Test func chapterSaysItIsAProposedScheme() {
    let text = FremdriftChapter.markdown(Self.summary, period: Period("2024H1")!)
    #expect(text.hasPrefix("## Fremdriftsgaranti (foreslået ordning)\n"))
    #expect(text.contains("Fremdriftsgarantien er en foreslået ordning, ikke gældende lov"))
    #expect(text.contains("ekspertgruppen om fremtidens beskæftigelsesindsats foreslog i 2024"))
    #expect(text.contains("mindst 12 måneders sammenhængende offentlig forsørgelse"))
    #expect(text.contains("afbrydelser på højst 28 dage"))
    #expect(text.contains("fremdriftsvurdering fra 01-07-2023 til 30-06-2024"))
    #expect(text.contains("under 80 pct."))
    #expect(text.contains("På landsplan var 13 borgere omfattet; 10 (76,9 pct.) havde haft en fremdriftsvurdering."))
    #expect(text.contains("Status for de 3 kommuner: 1 under kriteriet, 0 opfylder kriteriet, 1 ikke vurderet, 1 mangler data."))
    #expect(text.contains("| København | Øst "))
    #expect(text.contains("Mangler data (forloeb, ydelser eller samtaler mangler; tallene er tomme, ikke 0): Aalborg."))
  }

  @Test func chapterWithNobodyDue() {
    let summary = FremdriftSummary(kommuner: [EarlyEffortFixture.withBenefits().fremdrift()])
    let text = FremdriftChapter.markdown(summary, period: Period("2024H1")!)
    #expect(text.contains("På landsplan var ingen borgere omfattet."))
    #expect(text.contains("Ingen kommuner er under kriteriet."))
  }
}
