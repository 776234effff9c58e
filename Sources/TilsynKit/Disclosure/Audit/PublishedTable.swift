/// A committee table as a reader sees it (SPEC 5.1): the published texts (`..`, a number, or empty)
/// and the structure the table states — its sums, its "at most" relations, its shares. This is all
/// the audit reads: never a hidden value and never why a cell is hidden.
struct PublishedTable: Sendable {
  let name: String
  let rowLabels: [String]
  let columns: [String]
  /// `texts[row][countColumn]`.
  let texts: [[String]]
  let shareColumns: [PublicationTable.ShareColumn]
  /// `shareTexts[row][shareColumn]`.
  let shareTexts: [[String]]
  let lines: [PublicationTable.Line]
  let subsets: [PublicationTable.Subset]

  init(_ suppressed: SuppressedTable) {
    let table = suppressed.table
    name = table.name
    rowLabels = table.rows.map(\.label)
    columns = table.countColumns
    texts = table.rows.indices.map { row in table.countColumns.indices.map { suppressed.countText(row: row, column: $0) } }
    shareColumns = table.shareColumns
    shareTexts = table.rows.indices.map { row in table.shareColumns.indices.map { suppressed.shareText(row: row, share: $0) } }
    lines = table.lines
    subsets = table.subsets
  }

  typealias Cell = PublicationTable.Cell

  func text(_ cell: Cell) -> String { texts[cell.row][cell.column] }
  func isHidden(_ cell: Cell) -> Bool { text(cell) == SuppressedTable.suppressed }
  /// A shown number; `nil` when hidden or empty.
  func shown(_ cell: Cell) -> Int? { Int(text(cell)) }
  /// Empty: no value (`mangler_data`); it drops out of every relation.
  func isEmpty(_ cell: Cell) -> Bool { text(cell).isEmpty }

  /// `tabel: række / kolonne`.
  func name(_ cell: Cell) -> String { "\(name): \(rowLabels[cell.row]) / \(columns[cell.column])" }

  /// The hidden cells, row by row.
  var hiddenCells: [Cell] {
    texts.indices.flatMap { row in columns.indices.map { Cell(row: row, column: $0) }.filter(isHidden) }
  }

  /// A shown share as tenths of a percent (`65,2` → 652).
  static func tenths(_ text: String) -> Int? {
    let parts = text.split(separator: ",", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[1].count == 1, let whole = Int(parts[0]), let tenth = Int(parts[1]) else { return nil }
    return whole * 10 + tenth
  }
}
