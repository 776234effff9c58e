/// One table of the committee briefing (`udvalg/`, SPEC 5) before disclosure control: rows of
/// counts, shares computed from two count columns, and the additive structure (`lines`) that a
/// reader could use to recover a hidden cell by subtraction.
///
/// Counts are `nil` where a municipality lacks data (`mangler_data`): such a cell is shown empty,
/// never as 0 and never as suppressed, and it adds nothing to any total.
struct PublicationTable: Sendable {
  /// File stem, e.g. `tidlig_indsats_samtale`.
  var name: String
  /// Danish title.
  var title: String
  var rows: [Row]
  /// Headers of the count columns.
  var countColumns: [String]
  /// `counts[row][countColumn]`; `nil` = not available (`mangler_data`).
  var counts: [[Int?]]
  var shareColumns: [ShareColumn]
  /// Every sum the table shows: components that add up to a total.
  var lines: [Line]
  /// Every "at most" the table's definitions imply (SPEC 5.1: `over 9 mdr.` ≤ `fortsat kontanthjælp`).
  var subsets: [Subset] = []
  /// Counts a letter or an appendix quotes: hidden only when protection needs it, and then the
  /// committee text says so (SPEC 5.1).
  var quoted: Set<Cell> = []
  /// What quotes them, in Danish, e.g. `borgmesterbrevet om Flere skal med`.
  var quotedBy = ""

  init(
    name: String, title: String, rows: [Row], countColumns: [String], counts: [[Int?]],
    shareColumns: [ShareColumn] = [], lines: [Line] = []
  ) {
    precondition(counts.count == rows.count, "one row of counts per row")
    precondition(counts.allSatisfy { $0.count == countColumns.count }, "one count per count column")
    precondition(
      shareColumns.allSatisfy { countColumns.indices.contains($0.numerator) && countColumns.indices.contains($0.denominator) },
      "a share column refers to two count columns")
    self.name = name
    self.title = title
    self.rows = rows
    self.countColumns = countColumns
    self.counts = counts
    self.shareColumns = shareColumns
    self.lines = lines
  }

  /// One row: a municipality, a region's subtotal or the national total.
  struct Row: Sendable, Equatable {
    /// As shown: `Albertslund`, `Region Hovedstaden i alt`, `Hele landet`.
    var label: String
    /// Breaks ties between equal candidates for secondary suppression (lower first): the
    /// municipality code for a municipality; totals get keys above every code.
    var key: Int
    var kind: Kind

    init(label: String, key: Int, kind: Kind = .detail) {
      self.label = label
      self.key = key
      self.kind = kind
    }

    enum Kind: Sendable, Equatable { case detail, subtotal, total }
  }

  /// A share column: `numerator / denominator` of two count columns of the same row, shown as a
  /// percentage with one decimal.
  struct ShareColumn: Sendable, Equatable {
    var header: String
    /// Index into `countColumns`.
    var numerator: Int
    /// Index into `countColumns`.
    var denominator: Int

    init(header: String, numerator: Int, denominator: Int) {
      self.header = header
      self.numerator = numerator
      self.denominator = denominator
    }
  }

  /// A count cell: row index and count-column index.
  struct Cell: Hashable, Sendable {
    var row: Int
    var column: Int

    init(row: Int, column: Int) {
      self.row = row
      self.column = column
    }
  }

  /// An additive relation the table shows: the components sum to the total. A `nil` component
  /// (`mangler_data`) contributes nothing and drops out of the line; a line with a `nil` total
  /// shows no sum and is skipped (`members(in:)`).
  struct Line: Sendable, Equatable {
    var components: [Cell]
    var total: Cell

    init(components: [Cell], total: Cell) {
      self.components = components
      self.total = total
    }

    /// The components and the total that carry a value, total last; `nil` when the total is
    /// `nil` or no component has a value — then the line reveals nothing.
    func members(in table: PublicationTable) -> [Cell]? {
      guard table.value(total) != nil else { return nil }
      let present = components.filter { table.value($0) != nil }
      return present.isEmpty ? nil : present + [total]
    }
  }

  /// `part` is at most `whole` (both counts of the same persons' table); a `nil` side drops it.
  struct Subset: Sendable, Equatable {
    var part: Cell
    var whole: Cell

    init(part: Cell, whole: Cell) {
      self.part = part
      self.whole = whole
    }
  }

  /// A set of rows whose counts add up to another row, column by column (the municipalities of a
  /// region to its subtotal; the regions' subtotals to the national total).
  struct RowGroup: Sendable, Equatable {
    var components: [Int]
    var total: Int

    init(components: [Int], total: Int) {
      self.components = components
      self.total = total
    }
  }

  /// The count in `cell`, `nil` when not available.
  func value(_ cell: Cell) -> Int? { counts[cell.row][cell.column] }

  /// Whether `cell` lies inside the table.
  func contains(_ cell: Cell) -> Bool { rows.indices.contains(cell.row) && countColumns.indices.contains(cell.column) }
}

// MARK: - Declaring the structure

extension PublicationTable {
  /// The line "columns `components` of `row` sum to column `total` of `row`".
  static func rowTotal(row: Int, components: [Int], total: Int) -> Line {
    Line(components: components.map { Cell(row: row, column: $0) }, total: Cell(row: row, column: total))
  }

  /// `rowTotal` for every row: e.g. `opfyldt + ikke opfyldt = kohorte` in each row.
  func rowTotals(components: [Int], total: Int) -> [Line] {
    rows.indices.map { Self.rowTotal(row: $0, components: components, total: total) }
  }

  /// `part ≤ whole` in every row, for each `(part, whole)` pair of count columns.
  func rowSubsets(_ pairs: [(part: Int, whole: Int)]) -> [Subset] {
    rows.indices.flatMap { row in
      pairs.map { Subset(part: Cell(row: row, column: $0.part), whole: Cell(row: row, column: $0.whole)) }
    }
  }

  /// For each group and each count column (or `columns`), the line "the group's rows sum to its
  /// total row".
  func columnTotals(groups: [RowGroup], columns: [Int]? = nil) -> [Line] {
    groups.flatMap { group in
      (columns ?? Array(countColumns.indices)).map { column in
        Line(
          components: group.components.map { Cell(row: $0, column: column) },
          total: Cell(row: group.total, column: column))
      }
    }
  }

  /// The municipalities of one region, as input to `regional`.
  struct Region: Sendable {
    /// The subtotal row's label, e.g. `Region Hovedstaden i alt`.
    var label: String
    /// The municipality rows (kind `.detail`) with their counts.
    var rows: [(row: Row, counts: [Int?])]

    init(label: String, rows: [(row: Row, counts: [Int?])]) {
      self.label = label
      self.rows = rows
    }
  }

  /// The usual committee layout: each region's municipalities followed by the region's subtotal,
  /// then the national total last. Subtotals and the total are computed here as sums of the
  /// available counts (`nil` only when no row below has a value), so the table is additive by
  /// construction; their keys lie above every municipality code, in region order. Lines: every
  /// count column down each region and across the regions to the total, plus `rowTotals`
  /// (`components` summing to `total` within every row), and `rowSubsets` in every row.
  static func regional(
    name: String, title: String, countColumns: [String], shareColumns: [ShareColumn] = [],
    regions: [Region], totalLabel: String = "Hele landet", rowTotals: [(components: [Int], total: Int)] = [],
    rowSubsets: [(part: Int, whole: Int)] = []
  ) -> PublicationTable {
    var rows: [Row] = []
    var counts: [[Int?]] = []
    var groups: [RowGroup] = []
    var subtotalRows: [Int] = []
    var nextKey = (regions.flatMap { $0.rows.map(\.row.key) }.max() ?? 0) + 1
    func appendSum(label: String, kind: Row.Kind, of members: [Int]) -> Int {
      rows.append(Row(label: label, key: nextKey, kind: kind))
      nextKey += 1
      let sums = countColumns.indices.map { column in sum(members.map { counts[$0][column] }) }
      counts.append(sums)
      return rows.count - 1
    }
    for region in regions {
      let first = rows.count
      for (row, values) in region.rows {
        rows.append(row)
        counts.append(values)
      }
      let details = Array(first..<rows.count)
      let subtotal = appendSum(label: region.label, kind: .subtotal, of: details)
      groups.append(RowGroup(components: details, total: subtotal))
      subtotalRows.append(subtotal)
    }
    let total = appendSum(label: totalLabel, kind: .total, of: subtotalRows)
    groups.append(RowGroup(components: subtotalRows, total: total))
    var table = PublicationTable(
      name: name, title: title, rows: rows, countColumns: countColumns, counts: counts, shareColumns: shareColumns)
    table.lines =
      table.columnTotals(groups: groups) + rowTotals.flatMap { table.rowTotals(components: $0.components, total: $0.total) }
    table.subsets = table.rowSubsets(rowSubsets)
    return table
  }

  /// The sum of the available values; `nil` when none is available.
  private static func sum(_ values: [Int?]) -> Int? {
    let present = values.compactMap { $0 }
    return present.isEmpty ? nil : present.reduce(0, +)
  }
}
