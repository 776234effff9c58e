/// The result of `DisclosureAudit`: what the manifest and the methodology section report.
struct AuditResult: Sendable, Equatable {
  /// One Danish sentence per fault, naming table, row and column.
  var findings: [String]
  /// Per table, in the order audited.
  var tables: [TableCounts]

  /// No findings.
  var passed: Bool { findings.isEmpty }

  struct TableCounts: Sendable, Equatable {
    var name: String
    /// Count cells hidden on their own account (1 to minimum − 1).
    var primary: Int
    /// Count cells hidden to protect others.
    var secondary: Int
    /// Share cells shown as `..`.
    var suppressedShares: Int
    /// The hidden cell the published table pins most narrowly (`tabel: række / kolonne`) and its
    /// interval; `nil` when nothing is hidden.
    var narrowest: (cell: String, interval: CellInterval)? {
      get { narrowestCell.map { ($0, narrowestInterval!) } }
      set {
        narrowestCell = newValue?.cell
        narrowestInterval = newValue?.interval
      }
    }
    var narrowestCell: String?
    var narrowestInterval: CellInterval?

    init(
      name: String, primary: Int, secondary: Int, suppressedShares: Int, narrowest: (cell: String, interval: CellInterval)? = nil
    ) {
      self.name = name
      self.primary = primary
      self.secondary = secondary
      self.suppressedShares = suppressedShares
      self.narrowest = narrowest
    }
  }

  /// A Danish sentence for the methodology section.
  var summary: String {
    let primary = tables.reduce(0) { $0 + $1.primary }
    let secondary = tables.reduce(0) { $0 + $1.secondary }
    let outcome =
      passed
      ? "lineær programmering på de offentliggjorte tabeller kan ikke bestemme nogen skjult celle præcist eller vise, at den er under minimum"
      : "kontrollen fandt \(findings.count) fejl"
    let tableWord = tables.count == 1 ? "tabel" : "tabeller"
    let cellWord = primary == 1 ? "celle" : "celler"
    return "Diskretionering af \(tables.count) \(tableWord): \(primary) \(cellWord) skjult primært og \(secondary) sekundært; \(outcome)."
  }
}

/// The independent check of disclosure control (SPEC 5.1). It shares no code with the suppression:
/// it reads each table as published (`PublishedTable`: the texts and the stated structure) and
/// computes by exact linear programming (`CellIntervals`) the interval of values every hidden cell
/// can take. A finding is a hidden cell whose interval is a single value or lies below `minimum`,
/// a shown count below `minimum`, a shown share that does not follow from shown counts, or shown
/// numbers that break a stated sum. The primary and secondary counts are taken from the cells'
/// statuses for the manifest only; the verdict does not use them.
enum DisclosureAudit {
  static func audit(_ tables: [SuppressedTable], minimum: Int) -> AuditResult {
    var findings: [String] = []
    var counts: [AuditResult.TableCounts] = []
    for table in tables {
      let published = PublishedTable(table)
      let (intervals, faults) = CellIntervals.solve(published, minimum: minimum)
      findings += faults
      for cell in published.hiddenCells {
        guard let interval = intervals[cell] else { continue }
        if interval.upper == interval.lower {
          findings.append("\(published.name(cell)): kan regnes ud præcist af den offentliggjorte tabel")
        } else if let upper = interval.upper, upper < minimum {
          findings.append(
            "\(published.name(cell)): kan kun være \(interval.lower)–\(upper) ifølge den offentliggjorte tabel, altså under \(minimum)")
        }
      }
      let narrowest = published.hiddenCells.compactMap { cell in intervals[cell].map { (cell, $0) } }
        .min { ($0.1.width ?? .max, $0.1.lower) < ($1.1.width ?? .max, $1.1.lower) }
      counts.append(
        AuditResult.TableCounts(
          name: table.table.name, primary: table.primaryCount, secondary: table.secondaryCount,
          suppressedShares: table.suppressedShareCount,
          narrowest: narrowest.map { (published.name($0.0), $0.1) }))
    }
    return AuditResult(findings: findings, tables: counts)
  }
}

/// The run stops when the audit finds a fault (SPEC 5.1: exit 1, nothing written, the previous
/// reports kept).
struct DisclosureAuditFailure: Error, Sendable, CustomStringConvertible {
  var findings: [String]

  init(findings: [String]) { self.findings = findings }

  var description: String {
    let shown = findings.prefix(5).joined(separator: "; ")
    let more = findings.count > 5 ? " (og \(findings.count - 5) mere)" : ""
    return "diskretioneringskontrollen fandt \(findings.count) ubeskyttede celler i udvalgets tabeller: \(shown)\(more); "
      + "intet er skrevet, tidligere rapporter er urørte"
  }
}
