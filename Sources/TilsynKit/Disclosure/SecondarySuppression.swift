extension DisclosureControl {
  /// Secondary suppression (SPEC 5.1). Every small hidden cell needs moves (`Move`) through hidden
  /// cells that together raise it to at least `minimum`; every other hidden cell lies on a move, so
  /// it can change. A pattern built so is protected against every relation the table states —
  /// sums, "at most", whole non-negative counts — and the shares, which are hidden with their counts.
  ///
  /// Two starts, the least result kept (fewest cells, then fewest quoted, then smallest total):
  /// the primaries alone, and the primaries with the line cascade's cells (`lineCascade`). From a
  /// start, each hidden cell, smallest first, that its fellows cannot yet protect gets the move
  /// adding fewest cells, then fewest quoted cells (a letter's numbers), then the smallest total; a
  /// move that carries only part is taken and the search goes on from the table it leads to. Zeros
  /// are never hidden. Then each secondary cell, quoted and largest first, is shown again if the
  /// rest still protect every hidden cell on their own.
  static func protect(_ table: PublicationTable, _ status: inout [[CellStatus]], minimum: Int) {
    var search = ProtectionSearch(table: table, minimum: minimum)
    let cells = table.rows.indices.flatMap { row in table.countColumns.indices.map { PublicationTable.Cell(row: row, column: $0) } }
    let primaries = Set(cells.filter { status[$0.row][$0.column] == .primary })
    let cascade = lineCascade(table, status)
    let starts = [primaries, Set(cells.filter { cascade[$0.row][$0.column].isSuppressed })]
    let patterns = starts.map { search.pattern(from: $0, primaries: primaries) }
    let best = patterns.min { search.cost(of: $0, primaries: primaries) < search.cost(of: $1, primaries: primaries) }!
    for cell in best where status[cell.row][cell.column] == .published { status[cell.row][cell.column] = .secondary }
  }
}

/// The search behind `DisclosureControl.protect`: moves through a cell, their capacity on a table
/// shifted by earlier moves, and their cost in newly hidden cells.
struct ProtectionSearch {
  typealias Cell = PublicationTable.Cell
  let table: PublicationTable
  let minimum: Int
  private let catalogue: MoveCatalogue
  private let subsetsByRow: [Int: [PublicationTable.Subset]]
  /// Count columns, for flat cell indices.
  private var width: Int { table.countColumns.count }
  private var cache: [Cell: [Move]] = [:]

  init(table: PublicationTable, minimum: Int) {
    self.table = table
    self.minimum = minimum
    catalogue = MoveCatalogue(table)
    subsetsByRow = Dictionary(grouping: table.subsets.filter { table.value($0.part) != nil && table.value($0.whole) != nil }) {
      $0.part.row
    }
  }

  /// A protected pattern grown from `start` and then thinned (see `DisclosureControl.protect`).
  mutating func pattern(from start: Set<Cell>, primaries: Set<Cell>) -> Set<Cell> {
    var hidden = start
    for cell in start.sorted(by: { order($0) < order($1) }) { _ = protect(cell, in: &hidden, mayAdd: true) }
    let secondaries = hidden.subtracting(primaries).sorted { lhs, rhs in
      let left = (table.quoted.contains(lhs) ? 0 : 1, -table.value(lhs)!, -table.rows[lhs.row].key, -lhs.column)
      let right = (table.quoted.contains(rhs) ? 0 : 1, -table.value(rhs)!, -table.rows[rhs.row].key, -rhs.column)
      return left < right
    }
    // Each hidden cell's proof: the cells of the moves that protect it. Showing a cell again only
    // needs the cells whose proof used it proved anew.
    var proofs: [Cell: Set<Cell>] = [:]
    for cell in hidden { proofs[cell] = prove(cell, within: hidden) }
    for cell in secondaries {
      var trial = hidden
      trial.remove(cell)
      var renewed: [Cell: Set<Cell>] = [:]
      let affected = trial.filter { proofs[$0]?.contains(cell) ?? true }.sorted { order($0) < order($1) }
      let holds = affected.allSatisfy { other in
        renewed[other] = prove(other, within: trial)
        return renewed[other] != nil
      }
      if holds {
        hidden = trial
        proofs[cell] = nil
        proofs.merge(renewed) { $1 }
      }
    }
    return hidden
  }

  /// The cells of the moves that protect `cell` using only `hidden`; `nil` when they cannot.
  private mutating func prove(_ cell: Cell, within hidden: Set<Cell>) -> Set<Cell>? {
    var used: Set<Cell> = []
    return protect(cell, in: &used, within: hidden) ? used : nil
  }

  /// A pattern's cost: its secondary cells, quoted ones among them, their total.
  func cost(of pattern: Set<Cell>, primaries: Set<Cell>) -> Cost {
    let secondary = pattern.subtracting(primaries)
    return Cost(
      cells: secondary.count, quoted: secondary.filter(table.quoted.contains).count,
      total: secondary.reduce(0) { $0 + table.value($1)! }, places: [])
  }

  /// Protects `cell` (raised to `minimum` when small, else moved either way) with moves through
  /// `hidden`, adding cells when `mayAdd`.
  private mutating func protect(_ cell: Cell, in hidden: inout Set<Cell>, mayAdd: Bool) -> Bool {
    let value = table.value(cell)!
    return value < minimum
      ? protect(cell, need: minimum - value, upward: true, hidden: &hidden, mayAdd: mayAdd)
      : protect(cell, need: 1, upward: false, hidden: &hidden, mayAdd: mayAdd)
  }

  /// `protect` with moves inside `hidden` only, collecting their cells in `used`.
  private mutating func protect(_ cell: Cell, in used: inout Set<Cell>, within hidden: Set<Cell>) -> Bool {
    var fixed = hidden
    let value = table.value(cell)!
    let done = value < minimum
      ? protect(cell, need: minimum - value, upward: true, hidden: &fixed, mayAdd: false, used: &used)
      : protect(cell, need: 1, upward: false, hidden: &fixed, mayAdd: false, used: &used)
    return done
  }

  /// Smaller values first, then by row key and column.
  func order(_ cell: Cell) -> (Int, Int, Int) { (table.value(cell) ?? 0, table.rows[cell.row].key, cell.column) }

  /// Finds moves through `target` that change it by `need` (only upwards when `upward`), hiding
  /// their cells in `hidden` when `mayAdd`; `false` when the hidden cells cannot do it alone. A
  /// move held back by an "at most" (the part may not pass its whole) is also tried together with a
  /// move raising that whole.
  mutating func protect(_ target: Cell, need: Int, upward: Bool, hidden: inout Set<Cell>, mayAdd: Bool) -> Bool {
    var used: Set<Cell> = []
    return protect(target, need: need, upward: upward, hidden: &hidden, mayAdd: mayAdd, used: &used)
  }

  private mutating func protect(
    _ target: Cell, need: Int, upward: Bool, hidden: inout Set<Cell>, mayAdd: Bool, used: inout Set<Cell>
  ) -> Bool {
    let moves = movesThrough(target)
    var shift: [Cell: Int] = [:]
    var remaining = need
    for step in 0..<12 {
      var bestFull: (cost: Cost, move: Move)?
      var bestPart: (cost: Cost, reach: Int, move: Move)?
      var blocked: [(cost: Cost, move: Move, whole: Cell)] = []
      var isHidden = Array(repeating: false, count: table.rows.count * width)
      for cell in hidden { isHidden[cell.row * width + cell.column] = true }
      func consider(_ move: Move, blockedMayCombine: Bool) {
        if !mayAdd && !move.cells.allSatisfy({ isHidden[$0.cell.row * width + $0.cell.column] }) { return }
        guard let cost = cost(move, isHidden) else { return }
        // Once a move carries enough, a costlier one can only matter as free progress.
        if let full = bestFull, cost.cells > 0, !(cost < full.cost) { return }
        let (reach, whole, _) = self.reach(move, of: target, upward: upward, shift: shift)
        guard reach > 0 else {
          if blockedMayCombine, let whole { blocked.append((cost, move, whole)) }
          return
        }
        if reach >= remaining {
          if bestFull == nil || cost < bestFull!.cost { bestFull = (cost, move) }
          return
        }
        if bestPart == nil || cost < bestPart!.cost || (cost == bestPart!.cost && reach > bestPart!.reach) {
          bestPart = (cost, reach, move)
        }
        if blockedMayCombine, let whole { blocked.append((cost, move, whole)) }
      }
      for move in moves {
        if !mayAdd && !move.cells.allSatisfy({ isHidden[$0.cell.row * width + $0.cell.column] }) { continue }
        consider(move, blockedMayCombine: true)
        if !upward { consider(move.scaled(-1), blockedMayCombine: true) }
      }
      if bestFull == nil || bestFull!.cost.cells > 0 {
        for (_, move, whole) in blocked.sorted(by: { $0.cost < $1.cost }).prefix(6) {
          for raise in movesThrough(whole) { consider(move.adding(raise), blockedMayCombine: false) }
        }
      }
      if let full = bestFull, full.cost.cells == 0 || bestPart?.cost.cells != 0 || step == 11 {
        hidden.formUnion(full.move.cells.map(\.cell))
        used.formUnion(full.move.cells.map(\.cell))
        return true
      }
      guard let part = bestPart else { return false }
      hidden.formUnion(part.move.cells.map(\.cell))
      used.formUnion(part.move.cells.map(\.cell))
      let size = self.reach(part.move, of: target, upward: upward, shift: shift).capacity
      for (cell, change) in part.move.cells { shift[cell, default: 0] += change * size }
      remaining -= part.reach
    }
    return false
  }

  /// Cells a move would newly hide, quoted ones among them, and their total; `nil` when it would
  /// hide a zero.
  private func cost(_ move: Move, _ isHidden: [Bool]) -> Cost? {
    var cost = Cost(cells: 0, quoted: 0, total: 0, places: [])
    for (cell, _) in move.cells where !isHidden[cell.row * width + cell.column] {
      let value = table.value(cell)!
      if value == 0 { return nil }
      cost.cells += 1
      cost.total += value
      if table.quoted.contains(cell) { cost.quoted += 1 }
      cost.places.append(table.rows[cell.row].key * 100 + cell.column)
    }
    cost.places.sort()
    return cost
  }

  /// How far the move can go from the true table shifted by `shift` (`capacity`: cells going down
  /// stay non-negative, every "at most" of a moved row keeps holding; `Int.max` when unbounded),
  /// how far that moves `target` (`reach`, 0 when it would move the wrong way), and the whole of
  /// the "at most" that holds it back, if that is what does.
  private func reach(_ move: Move, of target: Cell, upward: Bool, shift: [Cell: Int]) -> (reach: Int, whole: Cell?, capacity: Int) {
    func value(_ cell: Cell) -> Int { table.counts[cell.row][cell.column]! + (shift.isEmpty ? 0 : shift[cell] ?? 0) }
    func change(_ cell: Cell) -> Int { move.cells.first { $0.cell == cell }?.change ?? 0 }
    var cellLimit = Int.max
    for (cell, change) in move.cells where change < 0 { cellLimit = min(cellLimit, value(cell) / -change) }
    var subsetLimit = Int.max
    var whole: Cell?
    var rows: [Int] = []
    for (cell, _) in move.cells where !rows.contains(cell.row) { rows.append(cell.row) }
    for row in rows {
      for subset in subsetsByRow[row] ?? [] {
        let closing = change(subset.part) - change(subset.whole)
        guard closing > 0 else { continue }
        let limit = (value(subset.whole) - value(subset.part)) / closing
        if limit < subsetLimit {
          subsetLimit = limit
          whole = subset.whole
        }
      }
    }
    let capacity = min(cellLimit, subsetLimit)
    let gain = change(target)
    let reach = (upward ? gain > 0 : gain != 0) ? (capacity == .max ? .max : capacity * abs(gain)) : 0
    return (reach, subsetLimit < cellLimit ? whole : nil, capacity)
  }

  /// Every move with `cell` at +1, worked out once per cell.
  private mutating func movesThrough(_ cell: Cell) -> [Move] {
    if let moves = cache[cell] { return moves }
    let columns = catalogue.columnSets(through: cell.column)
    let moves = catalogue.rowPaths(through: cell.row, column: cell.column).flatMap { rows in
      columns.compactMap { catalogue.move(rows: rows, columns: $0) }
    }
    cache[cell] = moves
    return moves
  }

  /// Newly hidden cells, quoted ones among them, their total; equal costs go to the lower
  /// municipality codes, then the earlier columns (`places`).
  struct Cost: Comparable {
    var cells: Int
    var quoted: Int
    var total: Int
    var places: [Int]

    static func < (lhs: Cost, rhs: Cost) -> Bool {
      if (lhs.cells, lhs.quoted, lhs.total) != (rhs.cells, rhs.quoted, rhs.total) {
        return (lhs.cells, lhs.quoted, lhs.total) < (rhs.cells, rhs.quoted, rhs.total)
      }
      return lhs.places.lexicographicallyPrecedes(rhs.places)
    }
  }
}
