import Foundation

/// The moves through each cell of one table (`MoveCatalogue.moves(through:)`), worked out the first
/// time a search asks and kept for every later ask, from any thread: `DisclosureControl.protect`
/// runs its two searches side by side, and they need mostly the same cells' moves. Moves are a pure
/// function of the cell, so which search works them out first changes nothing.
final class MoveCache: @unchecked Sendable {
  private let catalogue: MoveCatalogue
  private let lock = NSLock()
  /// By flat index `row × columns + column`; guarded by `lock`.
  private var lists: [MoveList?]

  init(_ catalogue: MoveCatalogue) {
    self.catalogue = catalogue
    lists = Array(repeating: nil, count: catalogue.table.rows.count * catalogue.table.countColumns.count)
  }

  func moves(through cell: PublicationTable.Cell) -> MoveList {
    let index = cell.row * catalogue.table.countColumns.count + cell.column
    if let known = lock.withLock({ lists[index] }) { return known }
    // Worked out outside the lock, so the other search is not held up; if both work out the same
    // cell at once, they get equal lists.
    let moves = catalogue.moves(through: cell)
    lock.withLock { lists[index] = moves }
    return moves
  }
}
