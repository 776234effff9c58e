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
  static func protect(
    _ table: PublicationTable, _ status: inout [[CellStatus]], minimum: Int, parallelFrom: Int = parallelSearchPrimaries
  ) {
    var search = ProtectionSearch(table: table, minimum: minimum)
    let cells = table.rows.indices.flatMap { row in table.countColumns.indices.map { PublicationTable.Cell(row: row, column: $0) } }
    let primaries = Set(cells.filter { status[$0.row][$0.column] == .primary })
    let cascade = lineCascade(table, status)
    let starts = [primaries, Set(cells.filter { cascade[$0.row][$0.column].isSuppressed })]
    // The two searches side by side when the table has many small cells (Flere skal med's at
    // national scale is most of the report stage), sharing the moves either works out; moves are a
    // pure function of the cell, so the patterns are the same as one search after the other.
    let patterns: [Set<PublicationTable.Cell>]
    if primaries.count >= parallelFrom {
      let prepared = search
      patterns = parallelMap(starts.count) { start in
        var own = prepared
        return own.pattern(from: starts[start], primaries: primaries)
      }
    } else {
      patterns = starts.map { search.pattern(from: $0, primaries: primaries) }
    }
    let best = patterns.min { search.cost(of: $0, primaries: primaries) < search.cost(of: $1, primaries: primaries) }!
    for cell in best where status[cell.row][cell.column] == .published { status[cell.row][cell.column] = .secondary }
  }

  /// Primary cells from which the two searches run side by side.
  static let parallelSearchPrimaries = 32
}

/// The search behind `DisclosureControl.protect` (SPEC 5.1): moves through a cell, their capacity
/// on a table shifted by earlier moves, and their cost in newly hidden cells. Cells are addressed by
/// their flat index `row × width + column` in the hot loops (`index`), and each row's hidden and
/// zero columns are kept as bit masks, so that most moves are passed over before their cells are
/// written out (`MoveList`); moves are evaluated in `Suppression/MoveEvaluation.swift`.
struct ProtectionSearch {
  typealias Cell = PublicationTable.Cell
  typealias Cells = ArraySlice<(cell: Cell, change: Int)>
  let table: PublicationTable
  let minimum: Int
  /// The moves through each cell, shared by every copy of the search (the two side by side).
  private let moves: MoveCache
  /// Count columns, for flat cell indices.
  let width: Int
  /// The counts by flat index, 0 where not available (no move touches such a cell).
  let values: [Int]
  /// Whether a letter quotes the cell, by flat index.
  let isQuoted: [Bool]
  /// The "at most" relations with both sides available, by the part's row.
  let subsetsByRow: [[PublicationTable.Subset]]
  /// The shown zeros' columns per row as bit masks (tables of at most 64 count columns).
  let zeroColumns: [UInt64]

  init(table: PublicationTable, minimum: Int) {
    self.table = table
    self.minimum = minimum
    moves = MoveCache(MoveCatalogue(table))
    width = table.countColumns.count
    values = table.counts.flatMap { $0.map { $0 ?? 0 } }
    var quoted = Array(repeating: false, count: table.rows.count * table.countColumns.count)
    for cell in table.quoted where table.contains(cell) { quoted[cell.row * table.countColumns.count + cell.column] = true }
    isQuoted = quoted
    var subsets = Array(repeating: [PublicationTable.Subset](), count: table.rows.count)
    for subset in table.subsets where table.value(subset.part) != nil && table.value(subset.whole) != nil {
      subsets[subset.part.row].append(subset)
    }
    subsetsByRow = subsets
    zeroColumns = table.counts.map { row in
      row.indices.reduce(UInt64(0)) { $0 | (row[$1] == 0 && $1 < 64 ? 1 << UInt64($1) : 0) }
    }
  }

  /// The flat index of `cell`.
  func index(_ cell: Cell) -> Int { cell.row * width + cell.column }

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
    var shift = Array(repeating: 0, count: values.count)
    var isHidden = Array(repeating: false, count: values.count)
    for cell in hidden { isHidden[index(cell)] = true }
    // The hidden cells' columns per row as bit masks, when the table is narrow enough.
    let masked = width <= 64
    var hiddenColumns = Array(repeating: UInt64(0), count: table.rows.count)
    for cell in hidden where masked { hiddenColumns[cell.row] |= 1 << UInt64(cell.column) }
    var baseColumns = Array(repeating: UInt64(0), count: table.rows.count)
    var merged: [(cell: Cell, change: Int)] = []
    var scratch: [(cell: Cell, change: Int)] = []
    var slots = Array(repeating: 0, count: values.count)
    var remaining = need
    for step in 0..<12 {
      var bestFull: Candidate?
      var bestPart: (candidate: Candidate, reach: Int)?
      var blocked: [(candidate: Candidate, whole: Cell)] = []
      // `sign` −1 tries the move the other way round (`scaled(-1)`) without building it.
      func consider(_ cells: Cells, sign: Int, blockedMayCombine: Bool) {
        if !mayAdd && !cells.allSatisfy({ isHidden[index($0.cell)] }) { return }
        guard var cost = tally(cells, isHidden) else { return }
        // Once a move carries enough, a costlier one can only matter as free progress.
        if let full = bestFull, cost.cells > 0, !precedes(&cost, cells, isHidden, full.cost) { return }
        let (reach, whole, _) = self.reach(cells, sign: sign, of: target, upward: upward, shift: shift)
        func candidate() -> Candidate { Candidate(cost: placed(cost, cells, isHidden), cells: cells, sign: sign) }
        guard reach > 0 else {
          if blockedMayCombine, let whole { blocked.append((candidate(), whole)) }
          return
        }
        if reach >= remaining {
          if bestFull == nil || precedes(&cost, cells, isHidden, bestFull!.cost) { bestFull = candidate() }
          return
        }
        if let part = bestPart {
          let better = precedes(&cost, cells, isHidden, part.candidate.cost)
          if better || (cost == part.candidate.cost && reach > part.reach) { bestPart = (candidate(), reach) }
        } else {
          bestPart = (candidate(), reach)
        }
        if blockedMayCombine, let whole { blocked.append((candidate(), whole)) }
      }
      for number in 0..<moves.count {
        // What `consider` checks first, on bit masks: without adding, every cell must be hidden; no
        // shown 0 may be hidden; once a move carries enough, one hiding more cells is no use.
        if masked {
          guard let fresh = moves.newCells(number, hiddenColumns: hiddenColumns, zeroColumns: zeroColumns),
            mayAdd ? fresh <= bestFull?.cost.cells ?? .max : fresh == 0
          else { continue }
        }
        moves.write(number, into: &scratch)
        if !masked && !mayAdd && !scratch.allSatisfy({ isHidden[index($0.cell)] }) { continue }
        consider(scratch[...], sign: 1, blockedMayCombine: true)
        if !upward { consider(scratch[...], sign: -1, blockedMayCombine: true) }
      }
      if bestFull == nil || bestFull!.cost.cells > 0 {
        for (base, whole) in blocked.sorted(by: { $0.candidate.cost < $1.candidate.cost }).prefix(6) {
          for (position, (cell, _)) in base.move.cells.enumerated() {
            slots[index(cell)] = position + 1
            if masked { baseColumns[cell.row] |= 1 << UInt64(cell.column) }
          }
          let raises = movesThrough(whole)
          for number in 0..<raises.count {
            // Without adding, every cell of the sum must be hidden: `base`'s are, so the raise's must
            // be. Else `consider` would drop the sum at once when the cells only the raise has (they
            // stay in the sum) hide a shown 0 or more cells than a move that carries enough (the
            // masks count them as `cellsOnlyIn` does; `base` hides no shown 0).
            if masked {
              guard let fresh = raises.newCells(number, hiddenColumns: hiddenColumns, zeroColumns: zeroColumns, excluding: baseColumns),
                mayAdd ? fresh <= bestFull?.cost.cells ?? .max : fresh == 0
              else { continue }
              raises.write(number, into: &scratch)
            } else {
              raises.write(number, into: &scratch)
              if !mayAdd && !scratch.allSatisfy({ isHidden[index($0.cell)] }) { continue }
              guard let added = cellsOnlyIn(scratch[...], slots, isHidden), added <= bestFull?.cost.cells ?? .max else { continue }
            }
            base.move.adding(scratch[...], into: &merged, slots: slots, width: width)
            consider(merged[...], sign: 1, blockedMayCombine: false)
          }
          for (cell, _) in base.move.cells {
            slots[index(cell)] = 0
            if masked { baseColumns[cell.row] = 0 }
          }
        }
      }
      if let full = bestFull, full.cost.cells == 0 || bestPart?.candidate.cost.cells != 0 || step == 11 {
        hidden.formUnion(full.move.cells.map(\.cell))
        used.formUnion(full.move.cells.map(\.cell))
        return true
      }
      guard let (part, reach) = bestPart else { return false }
      hidden.formUnion(part.move.cells.map(\.cell))
      used.formUnion(part.move.cells.map(\.cell))
      for (cell, _) in part.move.cells where !isHidden[index(cell)] {
        isHidden[index(cell)] = true
        if masked { hiddenColumns[cell.row] |= 1 << UInt64(cell.column) }
      }
      let size = self.reach(part.move.cells, sign: 1, of: target, upward: upward, shift: shift).capacity
      for (cell, change) in part.move.cells { shift[index(cell)] += change * size }
      remaining -= reach
    }
    return false
  }

  /// Every move with `cell` at +1 (`MoveCatalogue.moves(through:)`), worked out once per cell.
  private func movesThrough(_ cell: Cell) -> MoveList { moves.moves(through: cell) }
}
