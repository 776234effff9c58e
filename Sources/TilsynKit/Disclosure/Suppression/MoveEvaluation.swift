extension ProtectionSearch {
  /// A pattern's cost: its secondary cells, quoted ones among them, their total.
  func cost(of pattern: Set<Cell>, primaries: Set<Cell>) -> Cost {
    let secondary = pattern.subtracting(primaries)
    return Cost(
      cells: secondary.count, quoted: secondary.filter(table.quoted.contains).count,
      total: secondary.reduce(0) { $0 + table.value($1)! }, places: [])
  }

  /// Smaller values first, then by row key and column.
  func order(_ cell: Cell) -> (Int, Int, Int) { (table.value(cell) ?? 0, table.rows[cell.row].key, cell.column) }

  /// A move under consideration (SPEC 5.1): its cost on the current hidden cells, with `places`
  /// filled in whenever it hides a cell, so that two candidates always compare exactly.
  struct Candidate {
    var cost: Cost
    var move: Move

    init(cost: Cost, cells: Cells, sign: Int) {
      self.cost = cost
      move = sign == 1 ? Move(cells: cells) : Move(cells: cells).scaled(sign)
    }
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

  /// Cells a move would newly hide, quoted ones among them, and their total, without `places`
  /// (see `placed`); `nil` when it would hide a zero.
  func tally(_ cells: Cells, _ isHidden: [Bool]) -> Cost? {
    var cost = Cost(cells: 0, quoted: 0, total: 0, places: [])
    for (cell, _) in cells where !isHidden[index(cell)] {
      let value = values[index(cell)]
      if value == 0 { return nil }
      cost.cells += 1
      cost.total += value
      if isQuoted[index(cell)] { cost.quoted += 1 }
    }
    return cost
  }

  /// The cells of `raise` that are neither hidden nor in the move marked in `slots` (see
  /// `Move.adding`): in the sum of the two they stay as they are, so the sum hides at least that
  /// many cells; `nil` when one of them is a 0, which the sum may not hide.
  func cellsOnlyIn(_ raise: Cells, _ slots: [Int], _ isHidden: [Bool]) -> Int? {
    var count = 0
    for (cell, _) in raise where slots[index(cell)] == 0 && !isHidden[index(cell)] {
      if values[index(cell)] == 0 { return nil }
      count += 1
    }
    return count
  }

  /// `cost` (from `tally`) with its `places`: the newly hidden cells' row keys and columns, sorted.
  func placed(_ cost: Cost, _ cells: Cells, _ isHidden: [Bool]) -> Cost {
    guard cost.cells > 0, cost.places.isEmpty else { return cost }
    var placed = cost
    placed.places = cells.filter { !isHidden[index($0.cell)] }.map { table.rows[$0.cell.row].key * 100 + $0.cell.column }
    placed.places.sort()
    return placed
  }

  /// `cost < other` for a `cost` from `tally` of `cells` and an `other` with its places: the places
  /// are worked out only when the rest ties (and kept in `cost`).
  func precedes(_ cost: inout Cost, _ cells: Cells, _ isHidden: [Bool], _ other: Cost) -> Bool {
    if (cost.cells, cost.quoted, cost.total) == (other.cells, other.quoted, other.total) {
      cost = placed(cost, cells, isHidden)
    }
    return cost < other
  }

  /// How far the move (`cells` times `sign`) can go from the true table shifted by `shift`
  /// (`capacity`: cells going down stay non-negative, every "at most" of a moved row keeps holding;
  /// `Int.max` when unbounded), how far that moves `target` (`reach`, 0 when it would move the wrong
  /// way), and the whole of the "at most" that holds it back, if that is what does. Rows are taken
  /// in the order the move first touches them, "at most"s in table order within a row.
  func reach(_ cells: Cells, sign: Int, of target: Cell, upward: Bool, shift: [Int]) -> (reach: Int, whole: Cell?, capacity: Int) {
    func value(_ cell: Cell) -> Int { values[index(cell)] + shift[index(cell)] }
    func change(_ cell: Cell) -> Int { (cells.first { $0.cell == cell }?.change ?? 0) * sign }
    var cellLimit = Int.max
    for (cell, change) in cells where change * sign < 0 { cellLimit = min(cellLimit, value(cell) / -(change * sign)) }
    var subsetLimit = Int.max
    var whole: Cell?
    for position in cells.indices {
      let row = cells[position].cell.row
      if cells[..<position].contains(where: { $0.cell.row == row }) { continue }
      for subset in subsetsByRow[row] {
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
}
