/// One municipality's tables grouped by person once, for every measure: each person's records as one
/// slice in date order, so no measure sorts a table again. A table is `nil` when it is missing.
public struct PersonTables: Sendable {
  public let persons: Int
  /// By `start`.
  public let forloeb: PersonGroups<Forloeb>?
  /// By `dato`.
  public let samtaler: PersonGroups<Samtale>?
  /// By `start`.
  public let tilbud: PersonGroups<Tilbud>?
  /// By `fra`, then `til` (open last), as `PublicSupport` wants them.
  public let ydelser: PersonGroups<Ydelsesperiode>?
  /// By `fra`.
  public let markeringer: PersonGroups<Markering>?
  /// `timer` summed by person and month.
  public let hours: HoursByMonth?

  public init(_ extract: KommuneExtract) {
    let persons = extract.persons.count
    self.persons = persons
    forloeb = extract.forloeb.map { PersonGroups($0, persons: persons, person: \.person, orderedBy: { $0.start < $1.start }) }
    samtaler = extract.samtaler.map { PersonGroups($0, persons: persons, person: \.person, orderedBy: { $0.dato < $1.dato }) }
    tilbud = extract.tilbud.map { PersonGroups($0, persons: persons, person: \.person, orderedBy: { $0.start < $1.start }) }
    ydelser = extract.ydelser.map { PersonGroups($0, persons: persons, person: \.person, orderedBy: PublicSupport.precedes) }
    markeringer = extract.markeringer.map { PersonGroups($0, persons: persons, person: \.person, orderedBy: { $0.fra < $1.fra }) }
    hours = extract.timer.map { HoursByMonth($0, persons: persons) }
  }
}
