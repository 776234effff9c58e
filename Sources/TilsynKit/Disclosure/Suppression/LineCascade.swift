extension DisclosureControl {
  /// The line cascade (tilsyn's secondary suppression before SPEC 5.1 was rewritten), now only a
  /// starting pattern for `protect`: while a stated sum has exactly one hidden member, hide its
  /// smallest non-zero shown component (lower code, then earlier column, on ties), else its total.
  /// On its own it can leave hidden cells that the sums pin or bound below the minimum.
  static func lineCascade(_ table: PublicationTable, _ status: [[CellStatus]]) -> [[CellStatus]] {
    var status = status
    let lines = table.lines.compactMap { $0.members(in: table) }
    var changed = true
    while changed {
      changed = false
      for members in lines {
        guard members.filter({ status[$0.row][$0.column].isSuppressed }).count == 1 else { continue }
        let candidates = members.dropLast().filter { status[$0.row][$0.column] == .published && (table.value($0) ?? 0) > 0 }
        let smallest = candidates.min { lhs, rhs in
          (table.value(lhs)!, table.rows[lhs.row].key, lhs.column) < (table.value(rhs)!, table.rows[rhs.row].key, rhs.column)
        }
        let total = members[members.count - 1]
        guard let cell = smallest ?? (status[total.row][total.column] == .published ? total : nil) else { continue }
        status[cell.row][cell.column] = .secondary
        changed = true
      }
    }
    return status
  }
}
