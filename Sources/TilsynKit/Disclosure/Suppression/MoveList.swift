/// The moves through one cell (SPEC 5.1), each kept as a row path and a column set: a move's cells
/// are written out only when it is looked at (`write`), so a catalogue of many thousand moves takes
/// two small numbers per move.
struct MoveList: Sendable {
  /// Signed row paths, as `MoveCatalogue.rowPaths`.
  let paths: [[(Int, Int)]]
  /// Signed column sets, as `MoveCatalogue.columnSets`.
  let columnSets: [[(Int, Int)]]
  /// The moves, in order: indices into `paths` and `columnSets`.
  let moves: [(path: Int32, columns: Int32)]
  /// Each column set as a bit mask (bit `c` for column `c`); empty when the table has more than
  /// 64 count columns (then `newCells` may not be used).
  let columnMasks: [UInt64]

  init(paths: [[(Int, Int)]], columnSets: [[(Int, Int)]], moves: [(path: Int32, columns: Int32)], columns: Int) {
    self.paths = paths
    self.columnSets = columnSets
    self.moves = moves
    columnMasks = columns > 64 ? [] : columnSets.map { $0.reduce(0) { $0 | 1 << UInt64($1.0) } }
  }

  var count: Int { moves.count }

  /// How many cells of move `number` are not hidden, given each row's hidden columns as a bit mask
  /// (as `columnMasks`), leaving out those in `excluded` (the same form) when given; `nil` when one
  /// of the cells not hidden is a shown 0 (`zeroColumns`, the same form).
  func newCells(_ number: Int, hiddenColumns: [UInt64], zeroColumns: [UInt64], excluding excluded: [UInt64]? = nil) -> Int? {
    let (path, columns) = moves[number]
    let wanted = columnMasks[Int(columns)]
    var count = 0
    for (row, _) in paths[Int(path)] {
      let shown = wanted & ~hiddenColumns[row]
      if shown & zeroColumns[row] != 0 { return nil }
      count += (excluded.map { shown & ~$0[row] } ?? shown).nonzeroBitCount
    }
    return count
  }

  /// The cells of move `number`, row by row and column by column within a row, written into
  /// `cells` (emptied first, its storage kept).
  func write(_ number: Int, into cells: inout [(cell: PublicationTable.Cell, change: Int)]) {
    cells.removeAll(keepingCapacity: true)
    let (path, columns) = moves[number]
    for (row, rowSign) in paths[Int(path)] {
      for (column, columnSign) in columnSets[Int(columns)] {
        cells.append((PublicationTable.Cell(row: row, column: column), rowSign * columnSign))
      }
    }
  }
}
