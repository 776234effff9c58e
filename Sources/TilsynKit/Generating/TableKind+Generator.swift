/// What the generator needs to know of a table beyond its schema (SPEC 3.2–3.7).
extension TableKind {
  /// The column a bad value (`ugyldig_vaerdi`) is written into: the row's code, or `timer.timer`.
  var valueColumn: Int { self == .timer || self == .samtaler ? 2 : 1 }

  /// The row's main date (SPEC 3.1).
  var mainDateColumn: Int { schema.mainDate! }

  /// The end date of a spell table, which may not lie before its start; `nil` for other tables.
  var endDateColumn: Int? { schema.interval?.end }

  /// `tilbud.bevilget`, the one column a dialect may leave out.
  static let bevilgetColumn = 2

  /// The table's place among the six municipal tables, for bit sets.
  var municipalIndex: Int { TableKind.municipalTables.firstIndex(of: self)! }
}
