/// The result of `DisclosureAudit`: what the manifest and the methodology section report.
public struct AuditResult: Sendable, Equatable {
  /// One Danish sentence per fault, naming table, row and column; never a hidden value.
  public var findings: [String]
  /// Per table, in the order audited.
  public var tables: [TableCounts]

  /// No findings.
  public var passed: Bool { findings.isEmpty }

  public struct TableCounts: Sendable, Equatable {
    public var name: String
    /// Count cells suppressed on their own account (1 to minimum − 1).
    public var primary: Int
    /// Count cells suppressed to protect others.
    public var secondary: Int
    /// Share cells shown as `..`.
    public var suppressedShares: Int
  }

  /// A Danish sentence for the methodology section.
  public var summary: String {
    let primary = tables.reduce(0) { $0 + $1.primary }
    let secondary = tables.reduce(0) { $0 + $1.secondary }
    let outcome = passed ? "kontrollen fandt ingen fejl" : "kontrollen fandt \(findings.count) fejl"
    let tableWord = tables.count == 1 ? "tabel" : "tabeller"
    let cellWord = primary == 1 ? "celle" : "celler"
    return "Diskretionering af \(tables.count) \(tableWord): \(primary) \(cellWord) skjult primært og \(secondary) sekundært; \(outcome)."
  }
}

/// An independent check of disclosure control (SPEC 5; DOMAIN: no published cell may rest on fewer
/// than `minimum` persons). It shares only the data model with `DisclosureControl` and reads what
/// is *shown* (`countText`, `shareText`) next to the true values and the status flags:
///
/// 1. every shown count is its true value, `..` exactly where the flags say suppressed, and empty
///    exactly where there is no value;
/// 2. no count of 1 to `minimum` − 1 is shown;
/// 3. every shown share has a shown numerator and a shown denominator of at least `minimum`, and is
///    their percentage;
/// 4. by the flags, every line has no suppressed member or at least two;
/// 5. by arithmetic on the shown texts, no hidden cell is the complement of its line (the total
///    minus the shown components, or the sum of the shown components when the total is hidden);
/// 6. every line adds up on the true values (else its declared structure is wrong and check 5
///    proves nothing).
///
/// As in the tables, a cell without a value adds nothing to a line, and a line whose total has no
/// value is skipped.
public enum DisclosureAudit {
  public static func audit(_ tables: [SuppressedTable], minimum: Int) -> AuditResult {
    var findings: [String] = []
    var counts: [AuditResult.TableCounts] = []
    for table in tables {
      findings += audit(table, minimum: minimum)
      let flags = table.countStatus.joined()
      counts.append(
        AuditResult.TableCounts(
          name: table.table.name, primary: flags.filter { $0 == .primary }.count,
          secondary: flags.filter { $0 == .secondary }.count,
          suppressedShares: table.shareStatus.joined().filter { $0 == .primary || $0 == .secondary }.count))
    }
    return AuditResult(findings: findings, tables: counts)
  }

  /// The findings for one table.
  static func audit(_ suppressed: SuppressedTable, minimum: Int) -> [String] {
    let view = View(suppressed)
    var findings: [String] = []
    for row in view.table.rows.indices {
      for column in view.table.countColumns.indices {
        findings += countFindings(view, row: row, column: column, minimum: minimum)
      }
      for share in view.table.shareColumns.indices {
        findings += shareFindings(view, row: row, share: share, minimum: minimum)
      }
    }
    for line in view.table.lines {
      findings += lineFindings(view, line)
    }
    return findings
  }

  /// Checks 1 and 2 for one count cell.
  private static func countFindings(_ view: View, row: Int, column: Int, minimum: Int) -> [String] {
    let cell = PublicationTable.Cell(row: row, column: column)
    let value = view.table.counts[row][column]
    let text = view.texts[row][column]
    let flagged = view.flagged(cell)
    var findings: [String] = []
    if text == SuppressedTable.suppressed {
      if !flagged { findings.append("\(view.name(cell)): vises som .., men er ikke markeret som skjult") }
      if value == nil { findings.append("\(view.name(cell)): mangler data, men vises som ..") }
    } else if let value {
      if flagged { findings.append("\(view.name(cell)): er markeret som skjult, men vises") }
      if text != String(value) { findings.append("\(view.name(cell)): den viste tekst er ikke cellens værdi") }
      if (1..<max(minimum, 1)).contains(value) {
        findings.append("\(view.name(cell)): et antal under \(minimum) er offentliggjort")
      }
    } else if !text.isEmpty {
      findings.append("\(view.name(cell)): mangler data, men vises ikke tom")
    }
    return findings
  }

  /// Check 3 for one share cell.
  private static func shareFindings(_ view: View, row: Int, share: Int, minimum: Int) -> [String] {
    let column = view.table.shareColumns[share]
    let text = view.suppressed.shareText(row: row, share: share)
    guard text != SuppressedTable.suppressed, !text.isEmpty else { return [] }
    let name = "\(view.table.name): \(view.table.rows[row].label) / \(column.header)"
    guard let numerator = Int(view.texts[row][column.numerator]) else {
      return ["\(name): andelen vises, men tælleren (\(view.table.countColumns[column.numerator])) er skjult eller mangler"]
    }
    guard let denominator = Int(view.texts[row][column.denominator]) else {
      return ["\(name): andelen vises, men nævneren (\(view.table.countColumns[column.denominator])) er skjult eller mangler"]
    }
    if denominator < max(minimum, 1) { return ["\(name): andelen vises, men nævneren er under \(minimum)"] }
    guard text == DanishFormat.percent(numerator, denominator) else {
      return ["\(name): den viste andel passer ikke til tæller og nævner"]
    }
    return []
  }

  /// Checks 4, 5 and 6 for one line.
  private static func lineFindings(_ view: View, _ line: PublicationTable.Line) -> [String] {
    let name = "linjen til \(view.place(line.total))"
    guard let total = view.table.value(line.total) else { return [] }
    let components = line.components.filter { view.table.value($0) != nil }
    guard !components.isEmpty else { return [] }
    var findings: [String] = []
    // 4: by the flags.
    let flaggedMembers = (components + [line.total]).filter(view.flagged)
    if flaggedMembers.count == 1 {
      findings.append("\(view.name(flaggedMembers[0])): er den eneste skjulte celle i \(name)")
    }
    // 5: by arithmetic on the shown texts — a hidden cell that the shown ones determine.
    let hidden = (components + [line.total]).filter { view.text($0) == SuppressedTable.suppressed }
    if hidden.count == 1 {
      let shownSum = components.compactMap { Int(view.text($0)) }.reduce(0, +)
      let recovered = hidden[0] == line.total ? shownSum : (Int(view.text(line.total)) ?? 0) - shownSum
      let exact = recovered == view.table.value(hidden[0])
      findings.append(
        "\(view.name(hidden[0])): kan genberegnes\(exact ? " præcist" : "") af de viste celler i \(name)")
    }
    // 6: the declared sum holds on the true values.
    if components.compactMap(view.table.value).reduce(0, +) != total {
      findings.append("\(name): cellerne summerer ikke til totalen")
    }
    return findings
  }

  /// The audited table as shown: texts per count cell, flags, and cell names for findings.
  private struct View {
    let suppressed: SuppressedTable
    let texts: [[String]]
    var table: PublicationTable { suppressed.table }

    init(_ suppressed: SuppressedTable) {
      self.suppressed = suppressed
      texts = suppressed.table.rows.indices.map { row in
        suppressed.table.countColumns.indices.map { suppressed.countText(row: row, column: $0) }
      }
    }

    func text(_ cell: PublicationTable.Cell) -> String { texts[cell.row][cell.column] }

    func flagged(_ cell: PublicationTable.Cell) -> Bool {
      let status = suppressed.countStatus[cell.row][cell.column]
      return status == .primary || status == .secondary
    }

    /// `række / kolonne`.
    func place(_ cell: PublicationTable.Cell) -> String {
      "\(table.rows[cell.row].label) / \(table.countColumns[cell.column])"
    }

    /// `tabel: række / kolonne`.
    func name(_ cell: PublicationTable.Cell) -> String { "\(table.name): \(place(cell))" }
  }
}
