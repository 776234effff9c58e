/// One table of the committee briefing as published (SPEC 5, issue 17): the counts and shares after
/// disclosure control, and a status column in words — the municipality's own status, and on a region's
/// or the nation's line how many municipalities have it. Counts are shown with thousands separators
/// (`1.606`) on the page and in `udvalg.md`, plain in the CSV for Excel.
///
/// The statuses are computed on the unsuppressed data (SPEC 5.1, "Flags are computed on the
/// unsuppressed data"); they are those the internal reports and the letters already make public.
struct CommitteeTable {
  /// One row's status cell: the words, and the standing that colours it (none on summary lines and
  /// where a colour would mislead, e.g. "intet brev" after the letters were abolished).
  struct StatusCell: Equatable {
    var text: String
    var status: CommitteeStatus?
  }

  var suppressed: SuppressedTable
  var statuses: [StatusCell]

  static let statusHeader = "status"

  /// At most four columns of numbers: printed two columns to the page (`HTMLText`).
  var isNarrow: Bool { suppressed.header.count <= 4 }

  /// `statuses` for `table`: `detail(key)` on a municipality's row; on a subtotal or total line,
  /// `summary(n)` with `n` the number of that region's (or the nation's) municipalities whose status
  /// is `counted`. Relies on `PublicationTable.regional`'s order: a region's municipalities, then its
  /// subtotal; the total last.
  static func statuses(
    _ table: PublicationTable, counted: CommitteeStatus, detail: (Int) -> StatusCell, summary: (Int) -> String
  ) -> [StatusCell] {
    var inRegion = 0
    var national = 0
    return table.rows.map { row in
      switch row.kind {
      case .detail:
        let cell = detail(row.key)
        if cell.status == counted {
          inRegion += 1
          national += 1
        }
        return cell
      case .subtotal:
        defer { inRegion = 0 }
        return StatusCell(text: summary(inRegion), status: nil)
      case .total:
        return StatusCell(text: summary(national), status: nil)
      }
    }
  }

  /// The published texts of one row: counts (grouped in thousands when `grouped`), shares, status.
  func texts(row: Int, grouped: Bool) -> [String] {
    let counts = suppressed.table.countColumns.indices.map { column -> String in
      let text = suppressed.countText(row: row, column: column)
      guard grouped, let value = Int(text) else { return text }
      return DanishFormat.grouped(value)
    }
    let shares = suppressed.table.shareColumns.indices.map { suppressed.shareText(row: row, share: $0) }
    return counts + shares + [statuses[row].text]
  }

  var header: [String] { suppressed.header + [Self.statusHeader] }

  /// The table as Danish-Excel CSV: the row label under `kommune`, the columns, the status.
  var csv: ExcelCSV {
    var csv = ExcelCSV(header: ["kommune"] + header)
    for row in suppressed.table.rows.indices { csv.appendRow([suppressed.table.rows[row].label] + texts(row: row, grouped: false)) }
    return csv
  }

  /// The table in Markdown, numbers right-aligned.
  var markdown: MarkdownTable {
    var markdown = MarkdownTable(header: ["Kommune"] + header, rightAligned: Set(suppressed.header.indices.map { $0 + 1 }))
    for row in suppressed.table.rows.indices {
      markdown.append([suppressed.table.rows[row].label] + texts(row: row, grouped: true))
    }
    return markdown
  }
}
