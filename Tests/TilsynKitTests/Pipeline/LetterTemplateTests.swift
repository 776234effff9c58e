import Testing
@testable import TilsynKit

@Suite struct LetterTemplateTests {
  @Test func fillsNamedPlaceholders() throws {
    let template = try LetterTemplate(
      text: "Til {{ kommunenavn }} Kommune\nDato: {{dato}}, {{dato}}\n", path: "t.md", known: ["kommunenavn", "dato"])
    #expect(template.render(["kommunenavn": "Ærø", "dato": "30-09-2024"]) == "Til Ærø Kommune\nDato: 30-09-2024, 30-09-2024\n")
  }

  /// An unknown placeholder is a clear error naming the template and the line.
  @Test func unknownPlaceholderNamesTemplateAndLine() {
    #expect(
      throws: ConfigurationError.badDataFile(
        path: "data/skabeloner/brev.md", line: 3, message: "ukendt pladsholder {{borgmster}} (kendte: dato, kommunenavn)")
    ) {
      try LetterTemplate(text: "a\nb\nKære {{borgmster}}\n", path: "data/skabeloner/brev.md", known: ["dato", "kommunenavn"])
    }
    #expect(throws: ConfigurationError.badDataFile(path: "x.md", line: 2, message: "pladsholderen '{{' lukkes ikke med '}}'")) {
      try LetterTemplate(text: "ok\n{{dato\n", path: "x.md", known: ["dato"])
    }
  }

  /// A template saved with Windows (CRLF) or old Mac (CR) line ends: the error names the right line
  /// (it said 1: Swift reads "\r\n" as one character), and the letter comes out with LF.
  @Test func windowsLineEndsCountLinesAndRenderAsLF() throws {
    #expect(
      throws: ConfigurationError.badDataFile(path: "w.md", line: 3, message: "ukendt pladsholder {{borgmster}} (kendte: dato)")
    ) {
      try LetterTemplate(text: "a\r\nb\r\nKære {{borgmster}}\r\n", path: "w.md", known: ["dato"])
    }
    #expect(throws: ConfigurationError.badDataFile(path: "m.md", line: 2, message: "pladsholderen '{{' lukkes ikke med '}}'")) {
      try LetterTemplate(text: "ok\r{{dato\r", path: "m.md", known: ["dato"])
    }
    let template = try LetterTemplate(text: "Dato: {{dato}}\r\n\r\nTak\r\n", path: "w.md", known: ["dato"])
    #expect(template.render(["dato": "1. juli 2026"]) == "Dato: 1. juli 2026\n\nTak\n")
  }

  /// The committed templates use only placeholders the letters provide, and the ones that carry the
  /// letter's substance: the months table, the streak and the reasons (issue 15), the counts of the
  /// mayor's letter.
  @Test func committedTemplatesLoadAndUseTheirPlaceholders() throws {
    let templates = try LetterTemplates.load(folder: Fixtures.packageRoot + "/data/skabeloner")
    let early = templates.earlyEffort.render(
      Dictionary(uniqueKeysWithValues: EarlyEffortLetters.placeholders.map { ($0, "<\($0)>") }))
    for name in ["maanedstabel", "i_traek", "aarsager", "kriterium", "kommunenavn", "dato"] {
      #expect(early.contains("<\(name)>"), "\(name)")
    }
    let mayor = templates.flereSkalMed.render(
      Dictionary(uniqueKeysWithValues: FlereSkalMedLetters.placeholders.map { ($0, "<\($0)>") }))
    #expect(mayor.contains("<kommunenavn>"))
    #expect(!mayor.contains("{{"))
    #expect(!early.contains("{{"))
  }

  @Test func letterDateAndPath() {
    #expect(LetterContext(period: Period("2024H1")!).date == Day(2024, 9, 30))
    #expect(LetterContext(period: Period("2023H2")!).date == Day(2024, 3, 31))
    let kommune = Kommune(code: 101, name: "Lyngby-Taarbæk", region: "", amk: "Øst", approximatePopulation: 0)
    #expect(LetterContext.path(folder: "x", kommune) == "breve/x/101-Lyngby-Taarbæk.md")
  }
}
