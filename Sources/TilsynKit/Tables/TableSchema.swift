/// The columns of one extract table and what they must hold (SPEC 3.2–3.8).
package struct TableSchema: Sendable {
  package var columns: [Column]
  /// The start and end columns whose order `slut_foer_start` checks, if the table has an interval.
  package var interval: (start: Int, end: Int)?
  /// The main date (SPEC 3.1): a row dated after the period's last day is accepted but not used.
  package var mainDate: Int?
  /// A column whose value may occur only once: a later row with the same value is a `dublet`
  /// (SPEC 3.1: a later `benchmark.csv` row for the same municipality).
  package var uniqueColumn: Int? = nil

  /// One column of a table.
  package struct Column: Sendable {
    package var name: String
    package var required: Bool
    package var kind: ColumnKind

    package init(_ name: String, required: Bool, _ kind: ColumnKind) {
      self.name = name
      self.required = required
      self.kind = kind
    }
  }

  /// What a column holds, and so which reason code a bad value gets.
  package enum ColumnKind: Sendable, Equatable {
    /// A `person_id` (`ugyldig_person_id`, `cpr_nummer`).
    case personId
    /// A date in one of the four formats (`ugyldig_dato`).
    case date
    /// A month `YYYY-MM` (`ugyldig_dato`).
    case month
    /// One of the codes, matched case-insensitively (`ugyldig_vaerdi`); the value is its index.
    case code([String])
    /// A non-negative decimal (`ugyldig_vaerdi`).
    case decimal
    /// A non-negative integer (`ugyldig_vaerdi`).
    case integer
    /// An integer of at least 1, such as a population (`ugyldig_vaerdi`: a population of 0 would
    /// divide by zero).
    case positiveInteger
    /// A percentage: a decimal from 0 to 100 (`ugyldig_vaerdi`).
    case percent
    /// A municipality code of the register, 3 or 4 digits (`ugyldig_vaerdi`).
    case kommune
  }
}

/// The seven tables of a period's extract (SPEC 3).
package enum TableKind: String, CaseIterable, Sendable, Comparable {
  case forloeb, samtaler, tilbud, ydelser, timer, markeringer, benchmark

  /// The file name in the extract.
  package var fileName: String { rawValue + ".csv" }

  /// The six tables of a municipality's folder, in report order.
  package static let municipalTables: [TableKind] = [
    .forloeb, .samtaler, .tilbud, .ydelser, .timer, .markeringer,
  ]

  package static func < (lhs: TableKind, rhs: TableKind) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }

  /// The table's columns (SPEC 3.2–3.8) with every code of SPEC 3.
  package var schema: TableSchema { schema(codes: .standard) }

  /// The table's columns (SPEC 3.2–3.8), the coded columns accepting `codes` (the rule set's lists).
  package func schema(codes: CodeLists) -> TableSchema {
    switch self {
    case .forloeb:
      return TableSchema(
        columns: [
          .init("person_id", required: true, .personId),
          .init("maalgruppe", required: true, .code(codes.maalgrupper.map(\.rawValue))),
          .init("start", required: true, .date),
          .init("slut", required: false, .date),
        ], interval: (2, 3), mainDate: 2)
    case .samtaler:
      return TableSchema(
        columns: [
          .init("person_id", required: true, .personId),
          .init("dato", required: true, .date),
          .init("type", required: true, .code(SamtaleType.codes)),
          .init("afholdt_af", required: false, .code(AfholdtAf.codes)),
        ], interval: nil, mainDate: 1)
    case .tilbud:
      return TableSchema(
        columns: [
          .init("person_id", required: true, .personId),
          .init("tilbudstype", required: true, .code(codes.tilbudstyper.map(\.rawValue))),
          .init("bevilget", required: false, .date),
          .init("start", required: true, .date),
          .init("slut", required: false, .date),
        ], interval: (3, 4), mainDate: 3)
    case .ydelser:
      return TableSchema(
        columns: [
          .init("person_id", required: true, .personId),
          .init("ydelse", required: true, .code(codes.ydelser.map(\.rawValue))),
          .init("fra", required: true, .date),
          .init("til", required: false, .date),
        ], interval: (2, 3), mainDate: 2)
    case .timer:
      return TableSchema(
        columns: [
          .init("person_id", required: true, .personId),
          .init("maaned", required: true, .month),
          .init("timer", required: true, .decimal),
        ], interval: nil, mainDate: 1)
    case .markeringer:
      return TableSchema(
        columns: [
          .init("person_id", required: true, .personId),
          .init("markering", required: true, .code(codes.markeringer.map(\.rawValue))),
          .init("fra", required: true, .date),
          .init("til", required: false, .date),
        ], interval: (2, 3), mainDate: 2)
    case .benchmark:
      return TableSchema(
        columns: [
          .init("kommune", required: true, .kommune),
          .init("befolkning_16_66", required: true, .positiveInteger),
          .init("forventet_andel", required: true, .percent),
        ], interval: nil, mainDate: nil, uniqueColumn: 0)
    }
  }
}
