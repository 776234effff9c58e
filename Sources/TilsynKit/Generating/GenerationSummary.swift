/// What the generator wrote: every file with its rows, bytes and the bad rows injected in it by
/// reason, so that a test can check that the reader rejects exactly those. No timings (the caller
/// times the run).
public struct GenerationSummary: Sendable, Equatable {
  /// One written file.
  public struct File: Sendable, Equatable {
    /// The path relative to the period folder, e.g. `0101/forloeb.csv` or `benchmark.csv`.
    public var path: String
    /// The municipality code; `nil` for `benchmark.csv`.
    public var kommune: Int?
    /// The table; `nil` for `benchmark.csv`.
    public var table: TableKind?
    /// Data rows (records) written, valid and bad; blank lines and the header not counted.
    public var rows: Int
    public var bytes: Int
    /// Bad rows injected, by reason.
    public var injected: [RejectReason: Int]

    /// Bad rows injected in all.
    public var injectedRows: Int { injected.values.reduce(0, +) }
  }

  /// Totals of one table over all municipalities.
  public struct Totals: Sendable, Equatable {
    public var files = 0
    public var rows = 0
    public var bytes = 0
    public var injected: [RejectReason: Int] = [:]
  }

  public var period: Period
  /// Every file: `benchmark.csv` first, then each municipality's six files in code and table order.
  public var files: [File]
  /// Persons with at least one row in the extract.
  public var persons: Int
  /// Persons on a benefit on the period's last day, and of those on public support (SPEC 3.5).
  public var personsOnBenefitAtEnd: Int
  public var personsOnPublicSupportAtEnd: Int

  /// Totals of `table` (`nil`: `benchmark.csv`).
  public func totals(_ table: TableKind?) -> Totals {
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
  public var rows: Int { files.reduce(0) { $0 + $1.rows } }
  public var bytes: Int { files.reduce(0) { $0 + $1.bytes } }
  public var injected: [RejectReason: Int] {
    files.reduce(into: [:]) { $0.merge($1.injected, uniquingKeysWith: +) }
  }
}
