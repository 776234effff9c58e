/// Whether a cell of a published table is shown, and if not, why (SPEC 5, disclosure control).
enum CellStatus: String, Sendable, Equatable {
  /// Shown as its value.
  case published
  /// Hidden (`..`) on its own account: a count of 1 to minimum − 1, a share whose denominator is
  /// below the minimum.
  case primary
  /// Hidden (`..`) to protect another cell: the complement cell of a line, or a share whose
  /// numerator or denominator is hidden.
  case secondary
  /// No value: `mangler_data`, or a share over a denominator of 0. Shown empty.
  case notAvailable

  var isSuppressed: Bool { self == .primary || self == .secondary }
}

/// A `PublicationTable` after disclosure control (`DisclosureControl.apply`): the status of every
/// count and share cell and the text to publish. Suppressed cells read `..`, as on jobindsats.dk
/// (DOMAIN, "Data conventions"); counts are plain integers; shares are percentages with one decimal
/// comma (`DanishFormat.percent`); cells without a value are empty.
struct SuppressedTable: Sendable {
  /// The table with its true values.
  var table: PublicationTable
  /// The minimum the table was suppressed with.
  var minimum: Int
  /// `countStatus[row][countColumn]`.
  var countStatus: [[CellStatus]]
  /// `shareStatus[row][shareColumn]`.
  var shareStatus: [[CellStatus]]

  init(table: PublicationTable, minimum: Int, countStatus: [[CellStatus]], shareStatus: [[CellStatus]]) {
    self.table = table
    self.minimum = minimum
    self.countStatus = countStatus
    self.shareStatus = shareStatus
  }

  func status(_ cell: PublicationTable.Cell) -> CellStatus { countStatus[cell.row][cell.column] }

  /// The published text of a count cell: its value, `..` or empty.
  func countText(row: Int, column: Int) -> String {
    let status = countStatus[row][column]
    if status.isSuppressed { return Self.suppressed }
    guard status == .published, let value = table.counts[row][column] else { return "" }
    return String(value)
  }

  /// The published text of a share cell: the percentage with one decimal, `..` or empty.
  func shareText(row: Int, share: Int) -> String {
    let status = shareStatus[row][share]
    if status.isSuppressed { return Self.suppressed }
    let column = table.shareColumns[share]
    guard status == .published, let numerator = table.counts[row][column.numerator],
      let denominator = table.counts[row][column.denominator], denominator > 0
    else { return "" }
    return DanishFormat.percent(numerator, denominator)
  }

  /// The marker for a suppressed cell.
  static let suppressed = ".."

  /// Headers of the count columns, then the share columns.
  var header: [String] { table.countColumns + table.shareColumns.map(\.header) }

  /// One row's published texts: the count columns, then the share columns.
  func texts(row: Int) -> [String] {
    table.countColumns.indices.map { countText(row: row, column: $0) }
      + table.shareColumns.indices.map { shareText(row: row, share: $0) }
  }

  /// One Danish sentence per municipality whose quoted counts (`PublicationTable.quoted`) had to be
  /// hidden (SPEC 5.1): the reader is told the figure is withheld, not left with a bare `..`.
  var withheldQuotes: [String] {
    table.rows.indices.compactMap { row in
      let columns = table.countColumns.indices.filter { column in
        let cell = PublicationTable.Cell(row: row, column: column)
        return table.quoted.contains(cell) && status(cell).isSuppressed
      }
      guard !columns.isEmpty else { return nil }
      let names = columns.map { table.countColumns[$0] }
      let listed = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " og " + names.last!
      return "\(table.rows[row].label): kommunens tal for \(listed) vises ikke af diskretionshensyn, "
        + "selv om \(table.quotedBy) nævner \(names.count == 1 ? "det" : "dem")."
    }
  }

  /// Count cells hidden on their own account.
  var primaryCount: Int { countStatus.joined().filter { $0 == .primary }.count }
  /// Count cells hidden to protect others.
  var secondaryCount: Int { countStatus.joined().filter { $0 == .secondary }.count }
  /// Share cells shown as `..`.
  var suppressedShareCount: Int { shareStatus.joined().filter(\.isSuppressed).count }

  /// The table as Danish-Excel CSV: the row label under `labelHeader`, then `header`.
  func csv(labelHeader: String) -> ExcelCSV {
    var csv = ExcelCSV(header: [labelHeader] + header)
    for row in table.rows.indices { csv.appendRow([table.rows[row].label] + texts(row: row)) }
    return csv
  }

  /// The table in Markdown, numbers right-aligned.
  func markdown(labelHeader: String) -> MarkdownTable {
    var markdown = MarkdownTable(header: [labelHeader] + header, rightAligned: Set(header.indices.map { $0 + 1 }))
    for row in table.rows.indices { markdown.append([table.rows[row].label] + texts(row: row)) }
    return markdown
  }
}
