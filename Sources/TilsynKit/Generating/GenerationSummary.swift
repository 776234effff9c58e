/// What the generator wrote: every file with its rows, bytes and the bad rows injected in it by
/// reason, so that a test can check that the reader rejects exactly those. No timings (the caller
/// times the run).
package struct GenerationSummary: Sendable, Equatable {
  /// One written file.
  package struct File: Sendable, Equatable {
    /// The path relative to the period folder, e.g. `0101/forloeb.csv` or `benchmark.csv`.
    package var path: String
    /// The municipality code; `nil` for `benchmark.csv`.
    package var kommune: Int?
    /// The table; `nil` for `benchmark.csv`.
    package var table: TableKind?
    /// Data rows (records) written, valid and bad; blank lines and the header not counted.
    package var rows: Int
    package var bytes: Int
    /// Bad rows injected, by reason.
    var injected: [RejectReason: Int]

    /// Bad rows injected in all.
    package var injectedRows: Int { injected.values.reduce(0, +) }
  }

  /// Totals of one table over all municipalities.
  package struct Totals: Sendable, Equatable {
    package var files = 0
    package var rows = 0
    package var bytes = 0
    var injected: [RejectReason: Int] = [:]
  }

  package var period: Period
  /// Every file: `benchmark.csv` first, then each municipality's six files in code and table order.
  package var files: [File]
  /// Persons with at least one row in the extract.
  package var persons: Int
  /// Persons on a benefit on the period's last day, and of those on public support (SPEC 3.5).
  package var personsOnBenefitAtEnd: Int
  package var personsOnPublicSupportAtEnd: Int

  /// Totals of `table` (`nil`: `benchmark.csv`).
  package func totals(_ table: TableKind?) -> Totals {
    var totals = Totals()
    for file in files where file.table == table {
      totals.files += 1
      totals.rows += file.rows
      totals.bytes += file.bytes
      totals.injected.merge(file.injected, uniquingKeysWith: +)
    }
    return totals
  }

  /// Rows, bytes and injected rows over every file.
  package var rows: Int { files.reduce(0) { $0 + $1.rows } }
  package var bytes: Int { files.reduce(0) { $0 + $1.bytes } }
  package var injected: [RejectReason: Int] {
    files.reduce(into: [:]) { $0.merge($1.injected, uniquingKeysWith: +) }
  }
}
