import Foundation
import FoundationXML
import Testing
@testable import TilsynKit

/// The letters as the run writes them (SPEC 5, `breve/`; issue 17): each Markdown letter with a Word
/// document beside it, Danish long dates and numbers, the municipality's months as a Word table, no
/// codes. The numbers are the golden fixture's, worked out by hand in `GoldenFixture`.
@Suite(.serialized) struct LetterDocumentTests {
  static func runFixture() throws -> String { try GoldenFixture.run("letters").folder + "/breve" }

  static func read(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path))) }

  /// The text of a `.docx`'s paragraphs, one line each, table cells separated by ` | `.
  static func documentText(_ reader: OfficeReader) throws -> [String] {
    try reader.nodes("word/document.xml", "/*/*/*[local-name()='p' or local-name()='tbl']").flatMap { node -> [String] in
      guard node.localName == "tbl" else { return [node.stringValue ?? ""] }
      return try node.nodes(forXPath: "*[local-name()='tr']").map { row in
        try row.nodes(forXPath: "*[local-name()='tc']").map { $0.stringValue ?? "" }.joined(separator: " | ")
      }
    }
  }

  @Test func earlyEffortLetterInBothFormats() throws {
    let folder = try Self.runFixture()
    let markdown = String(decoding: try Self.read(folder + "/tidlig_indsats/101-København.md"), as: UTF8.self)
    let reader = try OfficeReader(try Self.read(folder + "/tidlig_indsats/101-København.docx"))
    for name in reader.names { _ = try reader.xml(name) }
    let text = try Self.documentText(reader)
    #expect(markdown.contains("Dato: 30. september 2024\n"))
    #expect(text[0] == "Styrelsen for Arbejdsmarked og Rekruttering — AMK Øst")
    #expect(text[1] == "Dato: 30. september 2024J.nr.: [j.nr. indsættes]")
    #expect(text.contains("Opfølgning på den tidlige indsats, 1. halvår 2024"))
    // København: 7 of 10 citizens each month got their talks, 70,0 %, under the criterion of 80.
    let months = ["Januar", "Februar", "Marts", "April", "Maj", "Juni"].map { "\($0) 2024 | Jobsamtaler | 10 | 7 | 70,0 % | ja" }
    let header = "Måned | Mål | Borgere | Heraf opfyldt | Andel | Under kriteriet"
    let table = try #require(text.firstIndex(of: header))
    #expect(Array(text[(table + 1)...(table + 6)]) == months)
    #expect(reader.names.contains("word/styles.xml"))
    // The streak (on the list in the fixture's 2023H2 as well: 2) and the reasons (3 of 10 without
    // enough talks in each of six months: 18), issue 15.
    #expect(markdown.contains("kræver. Det er anden opfølgning i træk, hvor kommunen ikke opfylder kriterierne. Tabellen"))
    #expect(markdown.contains("over hele halvåret: Jobsamtaler: alle 18 havde for få jobsamtaler. AMK kan oplyse"))
  }

  /// The streak sentence: nothing the first time, the ordinal in words up to ten.
  @Test func streakSentence() {
    #expect(EarlyEffortLetters.streakSentence(nil) == "")
    #expect(EarlyEffortLetters.streakSentence(1) == "")
    #expect(EarlyEffortLetters.streakSentence(3) == " Det er tredje opfølgning i træk, hvor kommunen ikke opfylder kriterierne.")
    #expect(EarlyEffortLetters.streakSentence(12) == " Det er 12. opfølgning i træk, hvor kommunen ikke opfylder kriterierne.")
  }

  /// The municipalities the minister writes to, in the mayor's letter: singular for one, thousands
  /// grouped.
  @Test func kommunerWrittenTo() {
    #expect(FlereSkalMedLetters.kommunerPhrase(1) == "den ene kommune")
    #expect(FlereSkalMedLetters.kommunerPhrase(2) == "de 2 kommuner")
    #expect(FlereSkalMedLetters.kommunerPhrase(12) == "de 12 kommuner")
  }

  /// København's Flere skal med numbers: 24 in gruppe 2, 1 changed benefit (1/24 = 4,2 %), 22 still
  /// on kontanthjælp, all 22 more than nine months (100,0 %), 12 without an offer (12/22 = 54,5 %).
  @Test func mayorLetterInBothFormats() throws {
    let folder = try Self.runFixture()
    let markdown = String(decoding: try Self.read(folder + "/flere_skal_med/101-København.md"), as: UTF8.self)
    let text = try Self.documentText(try OfficeReader(try Self.read(folder + "/flere_skal_med/101-København.docx")))
    #expect(text[0] == "Beskæftigelsesministeren")
    let numbers =
      "Ved udgangen af 1. halvår 2024 var 24 borgere i København Kommune markeret i gruppe 2. Af dem havde 1 (4,2 pct.) "
      + "skiftet ydelse, mens 22 fortsat modtog kontanthjælp eller en lignende ydelse. 22 af dem har været i gruppe 2 i mere "
      + "end ni måneder uden at være behandlet i rehabiliteringsteamet (100,0 pct. af dem, der fortsat er på kontanthjælp), "
      + "og 12 (54,5 pct.) var ikke i et aktivt tilbud."
    #expect(text.contains(numbers))
    #expect(markdown.contains(numbers.replacingOccurrences(of: "22 af dem har", with: "**22 af dem har").replacingOccurrences(
      of: "rehabiliteringsteamet (100", with: "rehabiliteringsteamet** (100")))
  }

  /// No status code (the snake_case values of the CSV columns) and no "SPEC" in any letter.
  @Test func lettersHaveWordsNotCodes() throws {
    let folder = try Self.runFixture()
    let codes =
      MeasureStatus.allCases.map(\.rawValue) + OverallStatus.allCases.map(\.rawValue)
      + FlereSkalMedStatus.allCases.map(\.rawValue) + SkaerpetStatus.allCases.map(\.rawValue)
    let snakeCase = codes.filter { $0.contains("_") }
    #expect(snakeCase.contains("opfylder_ikke") && snakeCase.contains("under_kriteriet"))
    for subfolder in ["tidlig_indsats", "flere_skal_med"] {
      let name = folder + "/" + subfolder + "/101-København"
      let texts = [
        String(decoding: try Self.read(name + ".md"), as: UTF8.self),
        try Self.documentText(try OfficeReader(try Self.read(name + ".docx"))).joined(separator: "\n"),
      ]
      for text in texts {
        #expect(!text.contains("SPEC"))
        for code in snakeCase { #expect(!text.contains(code), "\(code) in \(name)") }
      }
    }
  }

  /// Danish long dates, at month ends and on a leap day.
  @Test func longDates() {
    #expect(PeriodText.longDate(Day(2024, 9, 30)) == "30. september 2024")
    #expect(PeriodText.longDate(Day(2024, 2, 29)) == "29. februar 2024")
    #expect(PeriodText.longDate(Day(2023, 12, 31)) == "31. december 2023")
    #expect(PeriodText.longDate(Day(2025, 1, 1)) == "1. januar 2025")
    let kommune = Kommune(code: 101, name: "København", region: "", amk: "Øst", approximatePopulation: 0)
    #expect(LetterContext(period: Period("2023H2")!).commonValues(kommune)["dato"] == "31. marts 2024")
    #expect(LetterContext(period: Period("2024H1")!, date: Day(2024, 2, 29)).commonValues(kommune)["dato"] == "29. februar 2024")
  }

  @Test func numbersInLetters() {
    #expect(LetterFormat.count(1234) == "1.234")
    #expect(LetterFormat.share(784, 1000) == "78,4")
    #expect(LetterFormat.shareCell(784, 1000) == "78,4 %")
    #expect(LetterFormat.shareCell(1, 0) == "")
    #expect(LetterFiles.files(markdownPath: "breve/x/101-Ærø.md", letter: "# T").map(\.path) == ["breve/x/101-Ærø.md", "breve/x/101-Ærø.docx"])
  }
}
