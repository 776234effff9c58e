import Foundation
import Testing
@testable import TilsynKit

/// `indikatorer.csv` and the report chapter (SPEC 4.5, 5).
@Suite struct IndicatorOutputTests {
  /// The file's rows as text, without the BOM and the CRLFs.
  static func lines(_ csv: ExcelCSV) -> [String] {
    #expect(csv.bytes.starts(with: [0xEF, 0xBB, 0xBF]))
    let text = String(decoding: csv.bytes.dropFirst(3), as: UTF8.self)
    #expect(text.hasSuffix("\r\n"))
    return text.components(separatedBy: "\r\n").dropLast()
  }

  /// København, 2024H1 (P = 182 days), population 10,000:
  /// - FP: 1 spell from 2024-02-01 → 1 × 10,000 / 10,000 = 1,00.
  /// - RF: person 2 open (182 days, on E); person 3 from 2023-10-01 to 2024-03-10 (31 + 29 + 10 = 70
  ///   days) → 1 person on E; 252 / 182 = 1,38… → 1,4 fuldtidspersoner.
  /// - Exit: person 3's spell ends 2024-03-10, FJ from 2024-03-11 (day 1) → 1 of 1 = 100,0 %.
  /// - LY: person 4, 1–28 January = 28 days → 0,15… → 0,2; FJ: person 3, 11 March – 30 June = 21 + 30 +
  ///   31 + 30 = 112 days → 0,61… → 0,6; 28 / 140 = 20,0 %.
  /// - Progression: no one on FJ on 2023-07-01 → 0 of 0: counts 0, share and place empty.
  static func koebenhavn() -> KommuneIndicators {
    var fixture = IndicatorFixture()
    fixture.benefit(1, .foertidspension, Day(2024, 2, 1))
    fixture.benefit(2, .ressourceforloeb, Day(2023, 1, 1))
    fixture.benefit(3, .ressourceforloeb, Day(2023, 10, 1), Day(2024, 3, 10))
    fixture.benefit(3, .fleksjob, Day(2024, 3, 11))
    fixture.benefit(4, .ledighedsydelse, Day(2024, 1, 1), Day(2024, 1, 28))
    return fixture.compute()
  }

  /// Frederiksberg without `ydelser`: every indicator `mangler_data`.
  static func frederiksberg() -> KommuneIndicators {
    var fixture = IndicatorFixture(IndicatorFixture.frederiksberg)
    fixture.extract.ydelser = nil
    return fixture.compute()
  }

  @Test func headerAndRows() {
    let summary = IndicatorSummary(kommuner: [Self.frederiksberg(), Self.koebenhavn()])
    let lines = Self.lines(IndicatorTables.csv(summary))
    #expect(
      lines[0]
        == "kommune;kommunenavn;amk;tilgang_fp;befolkning_16_66;tilgang_fp_pr_10000;ressourceforloeb_personer;"
        + "ressourceforloeb_fuldtid;afgang_rf_antal;afgang_rf_job_uddannelse;afgang_rf_job_uddannelse_andel;"
        + "ledighedsydelse_personer;ledighedsydelse_fuldtid;fleksjob_personer;fleksjob_fuldtid;ledighed_fleksjob_andel;"
        + "fleksjob_faa_timer;fleksjob_timeprogression;timeprogression_andel;placering_tilgang_fp_pr_10000;"
        + "placering_ressourceforloeb_personer;placering_ressourceforloeb_fuldtid;"
        + "placering_afgang_rf_job_uddannelse_andel;placering_ledighed_fleksjob_andel;placering_timeprogression_andel;"
        + "status")
    #expect(lines[1] == "101;København;Øst;1;10000;1,00;1;1,4;1;1;100,0;1;0,2;1;0,6;20,0;0;0;;1;1;1;1;1;;beregnet")
    #expect(lines[2] == "147;Frederiksberg;Øst;" + String(repeating: ";", count: 22) + "mangler_data")
    #expect(lines.count == 3)
  }

  @Test func chapterContent() {
    let summary = IndicatorSummary(kommuner: [Self.koebenhavn(), Self.frederiksberg()])
    let text = IndicatorChapter.markdown(summary, period: Period("2024H1")!)
    #expect(text.hasPrefix("## Reformindikatorer for førtidspension og fleksjob\n"))
    for expected in [
      "BEU spørgsmål 558",  // the indicators that replaced the 2012 reform's targets
      "**Definitionerne er modelleret:**",
      "Periode P: 01-01-2024 – 30-06-2024",
      "Opgjort for 1 af 2 kommuner.",
      "Mangler data (ydelser.csv eller kommunens række i benchmark.csv mangler), alle indikatorer: Frederiksberg.",
      "1 / 10.000 16–66-årige × 10.000",  // the national arithmetic
      "252 dage / 182 dage",
      "1 / 1 afsluttede forløb",
      "28 / (28 + 112) dage",
      "0 / 0 personer",
      "højst 43,3 løntimer i juli 2023",
      "mindst 4,33 timer mere i juni 2024",
      "inden for 31 dage",
      "vinduet W: 01-07-2023 – 30-06-2024",
      "Plads 1 er den bedste værdi",
      "| Tilgang til førtidspension pr. 10.000 16–66-årige ",
      "| laveste tilgang ",
      "| højeste andel ",
      "| laveste andel ",
      "| flest pr. 16–66-årig ",
    ] {
      #expect(text.contains(expected), "\(expected)")
    }
    let rows = text.split(separator: "\n")
    let koebenhavn = rows.first { $0.hasPrefix("| København") }.map(String.init) ?? ""
    #expect(koebenhavn.contains("1,00 (1)"))
    #expect(koebenhavn.contains("100,0 (1)"))
    #expect(koebenhavn.hasSuffix("– |"))  // no one on few hours
    let frederiksberg = rows.first { $0.hasPrefix("| Frederiksberg") }.map(String.init) ?? ""
    #expect(frederiksberg.components(separatedBy: "mangler data").count == 7)  // all six indicators
  }
}
