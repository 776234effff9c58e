/// A record type of one extract table, built from a validated row (SPEC 3.2–3.8).
protocol ExtractRecord: Sendable {
  static var table: TableKind { get }
  /// Builds the record from the validator's values (indexed by schema column), the interned person
  /// (`PersonIndex(-1)` for tables without `person_id`) and the code lists the schema was made with
  /// (a coded value is an index into its list).
  init(_ values: ParsedRow, person: PersonIndex, codes: CodeLists)
}

extension Forloeb: ExtractRecord {
  static let table = TableKind.forloeb
  init(_ values: ParsedRow, person: PersonIndex, codes: CodeLists) {
    self.init(person: person, maalgruppe: codes.maalgrupper[values.codeIndex(1)!], start: values.day(2)!, slut: values.day(3))
  }
}

extension Samtale: ExtractRecord {
  static let table = TableKind.samtaler
  init(_ values: ParsedRow, person: PersonIndex, codes: CodeLists) {
    self.init(
      person: person, dato: values.day(1)!, type: values.code(2)!,
      afholdtAf: values.code(3) ?? .jobcenter)
  }
}

extension Tilbud: ExtractRecord {
  static let table = TableKind.tilbud
  init(_ values: ParsedRow, person: PersonIndex, codes: CodeLists) {
    self.init(
      person: person, type: codes.tilbudstyper[values.codeIndex(1)!], bevilget: values.day(2), start: values.day(3)!,
      slut: values.day(4))
  }
}

extension Ydelsesperiode: ExtractRecord {
  static let table = TableKind.ydelser
  init(_ values: ParsedRow, person: PersonIndex, codes: CodeLists) {
    self.init(person: person, ydelse: codes.ydelser[values.codeIndex(1)!], fra: values.day(2)!, til: values.day(3))
  }
}

extension Arbejdstimer: ExtractRecord {
  static let table = TableKind.timer
  init(_ values: ParsedRow, person: PersonIndex, codes: CodeLists) {
    guard case .month(let month) = values[1], case .decimal(let hours) = values[2] else {
      preconditionFailure("validated timer row without month or hours")
    }
    self.init(person: person, maaned: month, timer: hours)
  }
}

extension Markering: ExtractRecord {
  static let table = TableKind.markeringer
  init(_ values: ParsedRow, person: PersonIndex, codes: CodeLists) {
    self.init(person: person, type: codes.markeringer[values.codeIndex(1)!], fra: values.day(2)!, til: values.day(3))
  }
}

extension BenchmarkRow: ExtractRecord {
  static let table = TableKind.benchmark
  init(_ values: ParsedRow, person: PersonIndex, codes: CodeLists) {
    guard case .integer(let kommune) = values[0], case .integer(let population) = values[1],
      case .decimal(let share) = values[2]
    else { preconditionFailure("validated benchmark row without its values") }
    self.init(kommune: kommune, befolkning16til66: population, forventetAndel: share)
  }
}
