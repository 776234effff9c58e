import Foundation
@testable import TilsynKit

/// A tiny extract whose numbers can be checked by hand, for the golden files of `tilsyn run`:
///
/// - 101 København: each month of 2024H1 has 10 KHA spells (D6 in the month); 7 have four
///   jobsamtaler (70,0 % — under the criterion in all six months) and 8 have a 14-day praktik
///   (80,0 % — meets it). Plus one bad row (`ugyldig_dato`) and one `dublet`.
/// - 461 Odense: 10 DP spells a month (9 in March: cohort 9, so both measures `ikke_vurderet`). All
///   start in 2023, so each needs 4 jobsamtaler; each has four held jointly (`faelles`) and a
///   løntilskud granted before D6 that starts 5 days after it: 100 % in every month. No
///   markeringer.csv (noted in the data-quality chapter).
/// - 751 Aarhus: no folder (`mangler_data`).
/// - 101 also has 22 Flere skal med gruppe 2 persons marked 2023-06-01 (more than nine months before
///   E), on kontanthjælp since 2020 and never treated: `over_9_mdr` = 22 ≥ 20, so the mayor gets a
///   letter; ten of them have an open praktik from 2024-01-01 (`uden_tilbud` = 12). One more marked
///   person switched to førtidspension on 2024-03-01 (`skiftet_ydelse`), one has no benefit at E
///   (`afgaaet`): `i_gruppe2` = 24. With `befolkning_16_66` = 100 the 23 persons on kontanthjælp make
///   København worse than expected (condition A of skærpet tilsyn).
/// - The previous period (2023H2) had 101 and 751 under the tilbud criterion.
enum GoldenFixture {
  static let period = Period("2024H1")!

  /// Writes the fixture into a fresh folder named after `name` and runs `tilsyn run` on it with the
  /// committed rule set and templates; the outcome and the period's report folder. With
  /// `laterPeriod`, a copy of the earlier report also lies under `reports/2025H1`, as after a later
  /// period was run. The one place the suites that read the fixture's reports set it up.
  static func run(
    _ name: String, references: [Manifest.Reference] = [], laterPeriod: Bool = false
  ) throws -> (outcome: FollowUpRun.Outcome, folder: String) {
    let root = Fixtures.temporaryFolder(name)
    Fixtures.write(registerText, to: root + "/data/reference/kommuner.csv")
    write(extracts: root + "/extracts", reports: root + "/reports")
    if laterPeriod { try FileManager.default.copyItem(atPath: root + "/reports/2023H2", toPath: root + "/reports/2025H1") }
    let run = FollowUpRun(
      period: period, extractsRoot: root + "/extracts", reportsRoot: root + "/reports",
      register: try KommuneRegister.load(path: root + "/data/reference/kommuner.csv"),
      rules: try RuleSet.load(path: Fixtures.ruleSetPath), references: references,
      templates: try LetterTemplates.load(folder: Fixtures.packageRoot + "/data/skabeloner"))
    return (try run.run(), root + "/reports/" + period.description)
  }

  static let registerText = """
    kode;navn;region;amk;befolkning_ca
    101;København;Hovedstaden;Øst;660000
    461;Odense;Syddanmark;Syd;205000
    751;Aarhus;Midtjylland;Midt-Nord;360000

    """

  /// Writes the extract under `root/2024H1` and the previous report under `reports/2023H2`.
  static func write(extracts root: String, reports: String) {
    var forloeb = ["person_id;maalgruppe;start;slut"]
    var samtaler = ["person_id;dato;type;afholdt_af"]
    var tilbud = ["person_id;tilbudstype;bevilget;start;slut"]
    for (monthIndex, month) in period.months.enumerated() {
      for n in 0..<10 {
        let id = "k\(monthIndex)x\(n)"
        let start = month.firstDay.adding(months: -6).adding(days: n)
        forloeb.append("\(id);KHA;\(start);")
        if n < 7 {
          for week in 0..<4 { samtaler.append("\(id);\(start.adding(days: 7 * week));jobsamtale;jobcenter") }
        }
        if n < 8 { tilbud.append("\(id);praktik;;\(start.adding(days: 30));\(start.adding(days: 43))") }
      }
    }
    var ydelser = ["person_id;ydelse;fra;til"]
    var markeringer = ["person_id;markering;fra;til"]
    for n in 0..<24 {
      markeringer.append("f\(n);FSM2_REHAB;2023-06-01;")
      switch n {
      case 22: ydelser += ["f\(n);KH;2020-01-01;2024-02-29", "f\(n);FP;2024-03-01;"]
      case 23: ydelser.append("f\(n);KH;2020-01-01;2024-01-31")
      default: ydelser.append("f\(n);KH;2020-01-01;")
      }
      if n < 10 { tilbud.append("f\(n);praktik;;2024-01-01;") }
    }
    forloeb.append("bad;KHA;2023-02-30;")
    forloeb.append(forloeb[1])
    let koebenhavn = root + "/2024H1/101/"
    Fixtures.write(forloeb.joined(separator: "\n") + "\n", to: koebenhavn + "forloeb.csv")
    Fixtures.write(samtaler.joined(separator: "\n") + "\n", to: koebenhavn + "samtaler.csv")
    Fixtures.write(tilbud.joined(separator: "\n") + "\n", to: koebenhavn + "tilbud.csv")
    Fixtures.write(ydelser.joined(separator: "\n") + "\n", to: koebenhavn + "ydelser.csv")
    Fixtures.write("person_id;maaned;timer\n", to: koebenhavn + "timer.csv")
    Fixtures.write(markeringer.joined(separator: "\n") + "\n", to: koebenhavn + "markeringer.csv")

    var odenseForloeb = ["person_id;maalgruppe;start;slut"]
    var odenseSamtaler = ["person_id;dato;type;afholdt_af"]
    var odenseTilbud = ["person_id;tilbudstype;bevilget;start;slut"]
    for (monthIndex, month) in period.months.enumerated() {
      for n in 0..<(monthIndex == 2 ? 9 : 10) {
        let id = "o\(monthIndex)x\(n)"
        let start = month.firstDay.adding(months: -6).adding(days: n)
        odenseForloeb.append("\(id);DP;\(start);")
        for week in 0..<4 { odenseSamtaler.append("\(id);\(start.adding(days: 10 * week));jobsamtale;faelles") }
        odenseTilbud.append("\(id);loentilskud_privat;\(start.adding(months: 5));\(start.adding(months: 6).adding(days: 5));")
      }
    }
    let odense = root + "/2024H1/461/"
    Fixtures.write(odenseForloeb.joined(separator: "\n") + "\n", to: odense + "forloeb.csv")
    Fixtures.write(odenseSamtaler.joined(separator: "\n") + "\n", to: odense + "samtaler.csv")
    Fixtures.write(odenseTilbud.joined(separator: "\n") + "\n", to: odense + "tilbud.csv")
    Fixtures.write("person_id;ydelse;fra;til\n", to: odense + "ydelser.csv")
    Fixtures.write("person_id;maaned;timer\n", to: odense + "timer.csv")
    Fixtures.write("kommune;befolkning_16_66;forventet_andel\n101;100;15,5\n461;133000;14,2\n", to: root + "/2024H1/benchmark.csv")

    Fixtures.write(
      "\u{FEFF}kommune;kommunenavn;amk;status_samtale;status_tilbud;status\r\n"
        + "101;København;Øst;opfylder;under_kriteriet;opfylder_ikke\r\n"
        + "461;Odense;Syd;opfylder;opfylder;opfylder\r\n"
        + "751;Aarhus;Midt-Nord;opfylder;under_kriteriet;opfylder_ikke\r\n",
      to: reports + "/2023H2/tidlig_indsats_kommuner.csv")
  }
}
