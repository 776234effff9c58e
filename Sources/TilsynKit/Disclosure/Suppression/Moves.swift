/// A move (SPEC 5.1, the suppression's certificate): whole-number changes to cells, +1 or −1 per
/// unit of `size`, that keep every sum the table states. Applied to the true table, any size up to
/// `capacity` gives another table with the same published cells, whole, non-negative and within
/// every "at most" — so a reader cannot tell the moved cells from their alternatives.
struct Move: Sendable {
  /// The change per unit: ±1 on a simple move, up to ±2 where two moves are added. A slice, so a
  /// move can be read from a reused buffer (`MoveList.write`) without copying.
  var cells: ArraySlice<(cell: PublicationTable.Cell, change: Int)>

  func scaled(_ factor: Int) -> Move { Move(cells: ArraySlice(cells.map { ($0.cell, $0.change * factor) })) }

  /// Both moves at once (their sum keeps every sum too); cells that cancel drop out. The cells of
  /// `self` come first, in order, then those only `other` has; written into `merged` (emptied
  /// first, its storage kept) so that trying many sums allocates nothing. `slots`, by flat index
  /// `row × width + column`, holds 1 + the position in `cells` of each of this move's cells and 0
  /// for every other cell.
  func adding(
    _ other: ArraySlice<(cell: PublicationTable.Cell, change: Int)>, into merged: inout [(cell: PublicationTable.Cell, change: Int)],
    slots: [Int], width: Int
  ) {
    merged.removeAll(keepingCapacity: true)
    merged.append(contentsOf: cells)
    for (cell, change) in other {
      let slot = slots[cell.row * width + cell.column]
      if slot > 0 {
        merged[slot - 1].change += change
      } else {
        merged.append((cell, change))
      }
    }
    merged.removeAll { $0.change == 0 }
  }
}

/// The moves through one cell of a table with hierarchical rows (municipalities → region → nation)
/// and hierarchical columns (components → total): a signed path of rows times a signed set of
/// columns, as in τ-ARGUS's hypercube method, checked against every stated sum.
struct MoveCatalogue: Sendable {
  typealias Cell = PublicationTable.Cell
  let table: PublicationTable
  private let parent: [Int: Int]
  private let children: [Int: [Int]]
  /// The stated sums each cell belongs to, by `row × columns + column`: the sum's index and the
  /// cell's sign in `components − total = 0` (+1 a component, −1 the total), once per membership.
  private let linesByCell: [[(line: Int, sign: Int)]]
  /// The stated sums with a value (`Line.members(in:)`).
  private let lineCount: Int
  /// Whether each stated sum lies in one column (`true`) or in one row (`false`); `nil` when one
  /// spans both or the table has more than 64 count columns (see `moves(through:)`).
  private let lineInColumn: [Bool]?
  /// `columnSets(through:)` of each column.
  private let columnSetsByColumn: [[[(Int, Int)]]]

  init(_ table: PublicationTable) {
    self.table = table
    var parent: [Int: Int] = [:]
    var children: [Int: [Int]] = [:]
    var patterns: [(components: [Int], total: Int)] = []
    for line in table.lines {
      let cells = line.components + [line.total]
      if cells.allSatisfy({ $0.column == line.total.column }) {
        for component in line.components where parent[component.row] == nil {
          parent[component.row] = line.total.row
          children[line.total.row, default: []].append(component.row)
        }
      } else if cells.allSatisfy({ $0.row == line.total.row }) {
        let pattern = (line.components.map(\.column), line.total.column)
        if !patterns.contains(where: { $0.components == pattern.0 && $0.total == pattern.1 }) { patterns.append(pattern) }
      }
    }
    self.parent = parent
    self.children = children
    var byCell = Array(repeating: [(line: Int, sign: Int)](), count: table.rows.count * table.countColumns.count)
    let active = table.lines.compactMap { $0.members(in: table) }
    for (index, members) in active.enumerated() {
      for (position, cell) in members.enumerated() {
        byCell[cell.row * table.countColumns.count + cell.column].append((index, position == members.count - 1 ? -1 : 1))
      }
    }
    linesByCell = byCell
    lineCount = active.count
    let inColumn = active.map { members in members.allSatisfy { $0.column == members[0].column } }
    let inRow = active.map { members in members.allSatisfy { $0.row == members[0].row } }
    let productForm = table.countColumns.count <= 64 && inColumn.indices.allSatisfy { inColumn[$0] || inRow[$0] }
    lineInColumn = productForm ? inColumn : nil
    columnSetsByColumn = table.countColumns.indices.map {
      Self.columnSets(through: $0, columns: table.countColumns.count, patterns: patterns)
    }
  }

  /// Signed row paths with `row` at +1: a leaf under `row` up to `row` or any row above it (the
  /// sums of a column without a stated sum need not follow), or a leaf under `row` up to below a
  /// common ancestor and down, with −1, to another leaf (two municipalities of a region; a
  /// municipality, its region, another region and one of its municipalities). Only rows with a
  /// count above 0 in `column` can move; of the leaves on the far side, the `width` smallest per
  /// branch are tried.
  func rowPaths(through row: Int, column: Int, width: Int = 12) -> [[(Int, Int)]] {
    func positive(_ row: Int) -> Bool { (table.counts[row][column] ?? 0) > 0 }
    guard positive(row) else { return [] }
    let above = chain(row).dropFirst()
    var paths: [[(Int, Int)]] = []
    for leaf in leaves(row) where positive(leaf) {
      let up = chain(leaf)
      let start = up.firstIndex(of: row)!
      for end in start..<up.count where up[...end].allSatisfy(positive) { paths.append(up[...end].map { ($0, 1) }) }
      for ancestor in above {
        let ownSide = up.prefix { $0 != ancestor }
        guard ownSide.allSatisfy(positive) else { continue }
        for sibling in children[ancestor] ?? [] where !ownSide.contains(sibling) && positive(sibling) {
          let others = leaves(sibling).filter(positive).sorted { (table.counts[$0][column]!, $0) < (table.counts[$1][column]!, $1) }
          for other in others.prefix(width) {
            let otherSide = chain(other).prefix { $0 != ancestor }
            guard otherSide.allSatisfy(positive) else { continue }
            paths.append(ownSide.map { ($0, 1) } + otherSide.map { ($0, -1) })
          }
        }
      }
    }
    return paths
  }

  /// Signed column sets with `column` at +1: up to four members balanced in every kind of row sum
  /// (`components − total = 0`), and every pair (for rows whose sum is not stated).
  static func columnSets(
    through column: Int, columns count: Int, patterns columnPatterns: [(components: [Int], total: Int)]
  ) -> [[(Int, Int)]] {
    var sets: [[(Int, Int)]] = []
    var signs = Array(repeating: 0, count: count)
    signs[column] = 1
    func extend(_ index: Int) {
      if index == count {
        let balanced = columnPatterns.allSatisfy { pattern in
          pattern.components.reduce(0) { $0 + signs[$1] } == signs[pattern.total]
        }
        let size = signs.filter { $0 != 0 }.count
        if (balanced && size <= 4) || size <= 2 {
          sets.append(signs.indices.filter { signs[$0] != 0 }.map { ($0, signs[$0]) })
        }
        return
      }
      if index == column { return extend(index + 1) }
      for sign in [0, 1, -1] {
        signs[index] = sign
        extend(index + 1)
      }
      signs[index] = 0
    }
    extend(0)
    return sets
  }

  /// Every move with `cell` at +1: each row path through it (`rowPaths`) times each column set
  /// through its column (`columnSets`) that is a move, in that order.
  ///
  /// When every stated sum lies in one column or one row (`lineInColumn`), a product holds exactly
  /// when the row path keeps the column sums of each of the set's columns and the column set keeps
  /// the row sums of each of the path's rows (a cell's change is its row's sign times its column's):
  /// the first is worked out once per path and column, the second once per row and set.
  func moves(through cell: Cell) -> MoveList {
    var balance = Array(repeating: 0, count: lineCount)
    let paths = rowPaths(through: cell.row, column: cell.column)
    let sets = columnSetsByColumn[cell.column]
    var moves: [(path: Int32, columns: Int32)] = []
    guard lineInColumn != nil else {
      for (path, rows) in paths.enumerated() {
        for (number, columns) in sets.enumerated() where holds(rows: rows, columns: columns, balance: &balance) {
          moves.append((Int32(path), Int32(number)))
        }
      }
      return MoveList(paths: paths, columnSets: sets, moves: moves, columns: table.countColumns.count)
    }
    let setMasks = sets.map { $0.reduce(UInt64(0)) { $0 | 1 << UInt64($1.0) } }
    var rowKeeps = Array(repeating: Int8(0), count: table.rows.count * sets.count)  // 0 unknown, 1 yes, −1 no
    for (path, rows) in paths.enumerated() {
      var keptColumns = UInt64(0)
      for column in table.countColumns.indices
      where holds(rows: rows, columns: CollectionOfOne((column, 1)), balance: &balance, linesInColumn: true) {
        keptColumns |= 1 << UInt64(column)
      }
      for (number, columns) in sets.enumerated() where setMasks[number] & ~keptColumns == 0 {
        let kept = rows.allSatisfy { (row, _) in
          let slot = row * sets.count + number
          if rowKeeps[slot] == 0 {
            rowKeeps[slot] =
              holds(rows: CollectionOfOne((row, 1)), columns: columns, balance: &balance, linesInColumn: false) ? 1 : -1
          }
          return rowKeeps[slot] == 1
        }
        if kept { moves.append((Int32(path), Int32(number))) }
      }
    }
    return MoveList(paths: paths, columnSets: sets, moves: moves, columns: table.countColumns.count)
  }

  /// Whether the product of a row path and a column set is a move: every cell has a value and every
  /// stated sum (only those in one column, or only those in one row, when `linesInColumn` says
  /// which) stays balanced. `balance` (one 0 per stated sum) is scratch space, all 0 again on
  /// return. Generic, so a single row or column is passed without building an array (this is the
  /// catalogue's inner loop).
  private func holds(
    rows: some Collection<(Int, Int)>, columns: some Collection<(Int, Int)>, balance: inout [Int],
    linesInColumn wanted: Bool? = nil
  ) -> Bool {
    let width = table.countColumns.count
    func counts(_ line: Int) -> Bool { wanted.map { lineInColumn?[line] == $0 } ?? true }
    for (row, _) in rows {
      for (column, _) in columns where table.counts[row][column] == nil { return false }
    }
    // A sum holds when its members' changes, signed, add up to 0; only the move's own cells
    // change, so only their sums are added up, then checked and cleared.
    for (row, rowSign) in rows {
      for (column, columnSign) in columns {
        for (line, sign) in linesByCell[row * width + column] where counts(line) { balance[line] += sign * rowSign * columnSign }
      }
    }
    var holds = true
    for (row, _) in rows {
      for (column, _) in columns {
        for (line, _) in linesByCell[row * width + column] where counts(line) {
          if balance[line] != 0 { holds = false }
          balance[line] = 0
        }
      }
    }
    return holds
  }

  /// `row` and every row above it.
  private func chain(_ row: Int) -> [Int] {
    var rows = [row]
    while let next = parent[rows[rows.count - 1]] { rows.append(next) }
    return rows
  }

  /// The rows under `row` with nothing under them (`row` itself when it has none).
  private func leaves(_ row: Int) -> [Int] {
    guard let below = children[row] else { return [row] }
    return below.flatMap(leaves)
  }
}
