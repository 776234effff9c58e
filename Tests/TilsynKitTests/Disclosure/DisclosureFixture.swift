@testable import TilsynKit

/// Hand-made publication tables for the disclosure tests.
enum DisclosureFixture {
  /// SPEC 5's minimum; `minimumComesFromTheRuleSet` checks it against `diskretion.minimum`.
  static let minimum = 5

  typealias Cell = PublicationTable.Cell

  /// The committee's usual columns.
  static let columns = ["opfyldt", "ikke opfyldt", "kohorte"]
  static let share = PublicationTable.ShareColumn(header: "andel opfyldt", numerator: 0, denominator: 2)

  /// A table of detail rows `(label, key, counts)` with the given lines.
  static func table(
    _ rows: [(String, Int, [Int?])], columns: [String], shares: [PublicationTable.ShareColumn] = [],
    lines: (PublicationTable) -> [PublicationTable.Line] = { _ in [] }
  ) -> PublicationTable {
    var table = PublicationTable(
      name: "test", title: "Test", rows: rows.map { PublicationTable.Row(label: $0.0, key: $0.1) }, countColumns: columns,
      counts: rows.map(\.2), shareColumns: shares)
    table.lines = lines(table)
    return table
  }

  /// A region of municipalities `(name, code, counts)`.
  static func region(_ label: String, _ rows: [(String, Int, [Int?])]) -> PublicationTable.Region {
    PublicationTable.Region(label: label, rows: rows.map { (PublicationTable.Row(label: $0.0, key: $0.1), $0.2) })
  }

  /// Municipality × (opfyldt, ikke opfyldt, kohorte) with region subtotals, `Hele landet` and the
  /// row sums `opfyldt + ikke opfyldt = kohorte`.
  static func regional(_ regions: [PublicationTable.Region]) -> PublicationTable {
    PublicationTable.regional(
      name: "tidlig_indsats_samtale", title: "Tidlig indsats: samtaler", countColumns: columns, shareColumns: [share],
      regions: regions, rowTotals: [(components: [0, 1], total: 2)])
  }

  /// Every row's published texts.
  static func texts(_ result: SuppressedTable) -> [[String]] {
    result.table.rows.indices.map(result.texts(row:))
  }

  /// `table` published with exactly `hidden` as `..` (primary where 1 to minimum − 1), the shares
  /// following their counts: a pattern made by hand for the audit to judge.
  static func hiding(_ hidden: [Cell], in table: PublicationTable) -> SuppressedTable {
    let status: [[CellStatus]] = table.counts.indices.map { row in
      table.counts[row].indices.map { column in
        guard let value = table.counts[row][column] else { return .notAvailable }
        guard hidden.contains(Cell(row: row, column: column)) else { return .published }
        return (1..<minimum).contains(value) ? .primary : .secondary
      }
    }
    return SuppressedTable(
      table: table, minimum: minimum, countStatus: status,
      shareStatus: DisclosureControl.shareStatus(table, counts: status, minimum: minimum))
  }

  /// The audit's interval for every hidden cell, keyed `række / kolonne`.
  static func intervals(_ result: SuppressedTable) -> [String: CellInterval] {
    let published = PublishedTable(result)
    let solved = CellIntervals.solve(published, minimum: minimum).intervals
    return Dictionary(uniqueKeysWithValues: solved.map { ("\(published.rowLabels[$0.key.row]) / \(published.columns[$0.key.column])", $0.value) })
  }

  /// The audit of one result at the fixture's minimum.
  static func audit(_ result: SuppressedTable) -> AuditResult {
    DisclosureAudit.audit([result], minimum: minimum)
  }
}
