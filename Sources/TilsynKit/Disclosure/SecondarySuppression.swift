extension DisclosureControl {
  /// Secondary suppression (SPEC 5): where a suppressed cell could be recovered from its row or
  /// column total — a line with exactly one suppressed member, the others published — the
  /// next-smallest cell of that line is suppressed too: the smallest published component with a
  /// value above 0 (a zero is never chosen: it hides nothing and protects nothing), equal values
  /// broken by the row's key (the municipality code), then by column order; if the line has no such
  /// component, its total.
  ///
  /// The lines are visited in the order declared, each seeing the suppressions made before it, and
  /// the passes repeat until one changes nothing: a suppression can leave a crossing line (a
  /// region's subtotal, the national total) with a single suppressed member. It terminates because
  /// cells only ever become suppressed. Cells without a value drop out of their lines
  /// (`PublicationTable.Line.members(in:)`).
  static func suppressComplements(_ table: PublicationTable, _ status: inout [[CellStatus]]) {
    let lines = table.lines.compactMap { $0.members(in: table) }
    var changed = true
    while changed {
      changed = false
      for members in lines {
        let suppressed = members.filter { status[$0.row][$0.column].isSuppressed }
        guard suppressed.count == 1, let cell = complementCell(members, table, status) else { continue }
        status[cell.row][cell.column] = .secondary
        changed = true
      }
    }
  }

  /// The cell to suppress in a line with one suppressed member (`members`: components, total last);
  /// `nil` only when the line cannot add up (its total hidden, every component a published zero).
  private static func complementCell(
    _ members: [PublicationTable.Cell], _ table: PublicationTable, _ status: [[CellStatus]]
  ) -> PublicationTable.Cell? {
    let total = members[members.count - 1]
    let candidates = members.dropLast().filter { cell in
      status[cell.row][cell.column] == .published && (table.value(cell) ?? 0) > 0
    }
    let smallest = candidates.min { lhs, rhs in
      (table.value(lhs) ?? 0, table.rows[lhs.row].key, lhs.column) < (table.value(rhs) ?? 0, table.rows[rhs.row].key, rhs.column)
    }
    if let smallest { return smallest }
    return status[total.row][total.column] == .published ? total : nil
  }
}
