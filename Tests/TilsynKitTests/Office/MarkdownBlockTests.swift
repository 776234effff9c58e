import Testing
@testable import TilsynKit

@Suite struct MarkdownBlockTests {
  @Test func lettersSubset() {
    let text = """
      Afsender — AMK Øst

      Dato: 30. september 2024
      J.nr.: [j.nr. indsættes]

      # Overskrift, 1. halvår 2024

      Tekst med **fed skrift** og a\\|b.
      - første
      - anden
      1. et
      2. to

      | Måned | Andel |
      | ----- | ----: |
      | Januar 2024 | 63,4 % |

      """
    #expect(
      MarkdownBlock.parse(text) == [
        .paragraph([[MarkdownRun("Afsender — AMK Øst")]]),
        .paragraph([[MarkdownRun("Dato: 30. september 2024")], [MarkdownRun("J.nr.: [j.nr. indsættes]")]]),
        .heading(level: 1, [MarkdownRun("Overskrift, 1. halvår 2024")]),
        .paragraph([[MarkdownRun("Tekst med "), MarkdownRun("fed skrift", bold: true), MarkdownRun(" og a|b.")]]),
        .list(ordered: false, items: [[MarkdownRun("første")], [MarkdownRun("anden")]]),
        .list(ordered: true, items: [[MarkdownRun("et")], [MarkdownRun("to")]]),
        .table(
          header: [[MarkdownRun("Måned")], [MarkdownRun("Andel")]], rightAligned: [false, true],
          rows: [[[MarkdownRun("Januar 2024")], [MarkdownRun("63,4 %")]]]),
      ])
  }

  /// An escaped pipe stays inside its cell; an empty cell stays a cell; a missing cell is padded.
  @Test func tableCells() {
    #expect(MarkdownBlock.cells("| a\\|b |  | c |") == ["a\\|b", "", "c"])
    guard case .table(_, _, let rows) = MarkdownBlock.table([["a", "b"], ["---", "---"], ["1"]]) else {
      Issue.record("not a table")
      return
    }
    #expect(rows == [[[MarkdownRun("1")], []]])
  }

  @Test func runs() {
    #expect(MarkdownRun.parse("**75 af dem** har") == [MarkdownRun("75 af dem", bold: true), MarkdownRun(" har")])
    #expect(MarkdownRun.parse("\\*ikke fed\\*") == [MarkdownRun("*ikke fed*")])
    #expect(MarkdownRun.parse("") == [])
  }
}
