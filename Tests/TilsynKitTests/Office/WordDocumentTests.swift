import Foundation
import FoundationXML
import Testing
@testable import TilsynKit

/// A `.docx` read back through `OfficeReader`: its parts and what `word/document.xml` says.
@Suite struct WordDocumentTests {
  static let markdown = """
    Styrelsen for Arbejdsmarked og Rekruttering — AMK Øst

    Dato: 30. september 2024
    J.nr.: [j.nr. indsættes]

    # Opfølgning & mere <her>

    **75 af dem** har ventet.

    | Måned | Borgere |  Andel |
    | ----- | ------: | -----: |
    | Januar 2024 | 1.224 | 63,4 % |
    | Februar 2024 | 210 | 63,8 % |

    - et punkt
    """

  static func document() throws -> OfficeReader {
    try OfficeReader(WordDocument.docx(markdown: markdown, title: "Opfølgning", letterhead: true))
  }

  static func paragraphs(_ reader: OfficeReader) throws -> [XMLNode] {
    try reader.nodes("word/document.xml", "/*[local-name()='document']/*[local-name()='body']/*[local-name()='p']")
  }

  @Test func partsAreThereAndWellFormed() throws {
    let reader = try Self.document()
    #expect(
      reader.names == [
        "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml",
        "docProps/core.xml",
      ])
    for name in reader.names { _ = try reader.xml(name) }
    let overrides = try reader.nodes("[Content_Types].xml", "//*[local-name()='Override']").map { $0.attribute("PartName") }
    #expect(overrides == ["/word/document.xml", "/word/styles.xml", "/docProps/core.xml"])
    let title = try reader.nodes("docProps/core.xml", "//*[local-name()='title']").first?.stringValue
    #expect(title == "Opfølgning")
    #expect(reader.dates == [[0, 0x21]])  // the fixed date: the same letter gives the same bytes
  }

  @Test func paragraphsHeadingsAndLineBreaks() throws {
    let reader = try Self.document()
    let paragraphs = try Self.paragraphs(reader)
    func style(_ node: XMLNode) throws -> String? {
      try node.nodes(forXPath: "*[local-name()='pPr']/*[local-name()='pStyle']").first?.attribute("w:val")
    }
    #expect(try style(paragraphs[0]) == "Brevhoved")
    #expect(paragraphs[0].stringValue == "Styrelsen for Arbejdsmarked og Rekruttering — AMK Øst")
    // Two lines of one paragraph, with a line break between them.
    #expect(try paragraphs[1].nodes(forXPath: ".//*[local-name()='br']").count == 1)
    #expect(paragraphs[1].stringValue == "Dato: 30. september 2024J.nr.: [j.nr. indsættes]")
    #expect(try style(paragraphs[1]) == nil)
    #expect(try style(paragraphs[2]) == "Heading1")
    #expect(paragraphs[2].stringValue == "Opfølgning & mere <her>")
    let bold = try paragraphs[3].nodes(forXPath: "*[local-name()='r'][*[local-name()='rPr']/*[local-name()='b']]")
    #expect(bold.map(\.stringValue) == ["75 af dem"])
    #expect(try style(paragraphs[4]) == "ListParagraph")
    #expect(try paragraphs[4].nodes(forXPath: ".//*[local-name()='tab']").count == 1)
    #expect(paragraphs[4].stringValue == "•et punkt")
  }

  /// The table is a real Word table: a header row repeated on each page, then one row per line,
  /// numbers right-aligned, the columns filling the text width (A4 less 2 × 2 cm: 9638 twips).
  @Test func tableIsAWordTable() throws {
    let reader = try Self.document()
    let rows = try reader.nodes("word/document.xml", "//*[local-name()='tbl']/*[local-name()='tr']")
    #expect(rows.count == 3)
    let texts = try rows.map { row in try row.nodes(forXPath: "*[local-name()='tc']").map { $0.stringValue ?? "" } }
    #expect(texts == [["Måned", "Borgere", "Andel"], ["Januar 2024", "1.224", "63,4 %"], ["Februar 2024", "210", "63,8 %"]])
    #expect(try rows[0].nodes(forXPath: "*[local-name()='trPr']/*[local-name()='tblHeader']").count == 1)
    let alignments = try rows[1].nodes(forXPath: "*[local-name()='tc']").map { cell in
      try cell.nodes(forXPath: ".//*[local-name()='jc']").first?.attribute("w:val")
    }
    #expect(alignments == [nil, "right", "right"])
    let grid = try reader.nodes("word/document.xml", "//*[local-name()='gridCol']").compactMap { Int($0.attribute("w:w") ?? "") }
    #expect(grid.count == 3 && grid.reduce(0, +) == 9638)
  }

  @Test func sameTextSameBytes() {
    #expect(WordDocument.docx(markdown: Self.markdown, title: "t") == WordDocument.docx(markdown: Self.markdown, title: "t"))
  }
}
