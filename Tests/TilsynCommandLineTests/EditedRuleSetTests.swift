import Foundation
import Testing

/// Issue 13: an analyst edits the rule set — criterion 70, cohort minimum 12, letter threshold 15,
/// required talks 3 — and every output states the new values and none of the old ones (80 and 75 pct.,
/// a minimum of 10, 20 citizens, 4 talks), in the report, appendix, letters, committee page, SVGs and
/// CSV headers. `sammenlign` then puts the two rule sets side by side.
@Suite(.serialized) struct EditedRuleSetTests {
  /// The committed rule set with the four values changed everywhere they occur.
  static func editedRuleSet() throws -> String {
    let text = try String(contentsOfFile: BinaryRunner.packageRoot + "/data/regler/regelsaet.csv", encoding: .utf8)
    let lines = text.split(separator: "\n").map { line -> String in
      var fields = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
      let key = fields[0]
      if key.hasSuffix("kriterium_procent") { fields[1] = "70" }
      if key.hasSuffix("kohorte_minimum") || key == "fremdrift.minimum" { fields[1] = "12" }
      if key == "fsm2.brev_minimum" { fields[1] = "15" }
      if key.hasPrefix("tidlig.samtale.antal"), fields[1] == "4" { fields[1] = "3" }
      return fields.joined(separator: ";")
    }
    let path = BinaryRunner.temporaryFolder() + "/redigeret.csv"
    try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// Every text file of a report folder, by relative path.
  static func texts(_ folder: String) throws -> [(String, String)] {
    let names = FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []
    return try names.sorted().compactMap { name in
      guard name.hasSuffix(".md") || name.hasSuffix(".csv") || name.hasSuffix(".svg") || name.hasSuffix(".html")
      else { return nil }
      return (name, try String(contentsOfFile: folder + "/" + name, encoding: .utf8))
    }
  }

  @Test func everyOutputStatesTheEditedValues() throws {
    let rules = try Self.editedRuleSet()
    let reports = BinaryRunner.temporaryFolder()
    for period in ["2023H2", "2024H1"] {
      let outcome = try BinaryRunner.run([
        "run", "--period", period, "--extracts", RunCommandTests.extracts, "--reports", reports, "--quiet",
        "--regler", rules,
      ])
      #expect(outcome.status == 0, "\(outcome.stderr)")
    }
    let files = try Self.texts(reports + "/2024H1")
    #expect(files.count > 20)
    // Phrases that state the old values; data cells are not rules, so the search is for the phrases.
    let old = [
      "80 pct.", "75 pct.", "mindst 10 ", "20 eller flere", "mindst 4 jobsamtaler", "under_80", "Mdr. under 80",
      ">80 pct.<",
    ]
    for (name, text) in files {
      for phrase in old { #expect(!text.contains(phrase), "\(name) still says '\(phrase)'") }
    }
    let report = try #require(files.first { $0.0 == "rapport.md" }?.1)
    #expect(report.contains("når under 70 pct. af borgerne"))
    #expect(report.contains("Reglen gælder kun måneder med mindst 12 borgere"))
    #expect(report.contains("mindst 3 jobsamtaler på forskellige datoer"))
    #expect(report.contains("15 eller flere borgere på kontanthjælp"))
    #expect(report.contains("Fremdriftsgarantien (foreslået ordning):") && report.contains("kriteriet på 70 pct."))
    let months = try #require(files.first { $0.0 == "tidlig_indsats_maaneder.csv" }?.1)
    #expect(months.split(separator: "\r\n")[0].hasSuffix(";kriterium;regime"))
    #expect(months.split(separator: "\r\n").dropFirst().allSatisfy { $0.hasSuffix(";70;lab") })
    let kommuner = try #require(files.first { $0.0 == "tidlig_indsats_kommuner.csv" }?.1)
    #expect(kommuner.contains("maaneder_under_kriteriet_samtale"))
    let chart = try #require(files.first { $0.0 == "udvalg/tidlig_indsats_tilbud.svg" }?.1)
    #expect(chart.contains("70 pct."))
    for (name, text) in files where name.hasPrefix("breve/tidlig_indsats/") {
      #expect(text.contains("under 70 pct. af borgerne") && text.contains("mindst 12 borgere"), "\(name)")
    }
  }

  @Test func sammenlignWritesBothRuleSetsSideBySide() throws {
    let rules = try Self.editedRuleSet()
    let out = BinaryRunner.temporaryFolder() + "/sammenligning"
    let outcome = try BinaryRunner.run([
      "sammenlign", "--period", "2024H1", "--extracts", RunCommandTests.extracts, "--regler",
      "data/regler/regelsaet.csv", "--mod", rules, "--out", out, "--quiet",
    ])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let markdown = try String(contentsOfFile: out + "/sammenligning.md", encoding: .utf8)
    #expect(markdown.contains("version 2026.1"))
    #expect(markdown.contains("under kriteriet efter B (70 pct.), mod"))
    #expect(markdown.contains("efter A (80 pct.)"))
    let csv = try String(contentsOfFile: out + "/sammenligning.csv", encoding: .utf8)
    let rows = csv.split(separator: "\r\n")
    #expect(rows[0].hasSuffix("kommune;kommunenavn;maal;status_a;status_b;maaneder_under_kriteriet_a;maaneder_under_kriteriet_b;andel_a;andel_b;aendret"))
    // 98 municipalities × (3 measures + samlet) rows, plus the header.
    #expect(rows.count == 1 + 98 * 4)
    let missing = try BinaryRunner.run([
      "sammenlign", "--period", "2024H1", "--extracts", RunCommandTests.extracts, "--mod", rules, "--out", out,
    ])
    #expect(missing.status == 2)
    #expect(missing.stderr == "tilsyn sammenlign: sammenlign kræver --regler (se 'tilsyn sammenlign --help')\n")
  }

  /// A broken rule set given with --regler stops the run with exit 2 and the line named.
  @Test func aBrokenRuleSetIsRefused() throws {
    let path = BinaryRunner.temporaryFolder() + "/brudt.csv"
    let text = try String(contentsOfFile: BinaryRunner.packageRoot + "/data/regler/regelsaet.csv", encoding: .utf8)
    try text.replacingOccurrences(of: "tidlig.akasse.kriterium_procent;75;", with: "tidlig.akasse.kriterium_procnt;75;")
      .write(toFile: path, atomically: true, encoding: .utf8)
    let reports = BinaryRunner.temporaryFolder()
    let outcome = try BinaryRunner.run([
      "run", "--period", "2024H1", "--extracts", RunCommandTests.extracts, "--reports", reports, "--regler", path,
    ])
    #expect(outcome.status == 2)
    #expect(outcome.stderr.hasPrefix("tilsyn run: \(path), linje "))
    #expect(outcome.stderr.contains("ukendt regel 'tidlig.akasse.kriterium_procnt'"))
    #expect(!FileManager.default.fileExists(atPath: reports + "/2024H1"))
  }
}
