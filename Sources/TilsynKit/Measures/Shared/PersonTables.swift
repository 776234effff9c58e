/// One municipality's tables grouped by person once, for every measure: each person's records as one
/// slice in date order, so no measure sorts a table again. A table is `nil` when it is missing.
struct PersonTables: Sendable {
  let persons: Int
  /// By `start`.
  let forloeb: PersonGroups<Forloeb>?
  /// By `dato`.
  let samtaler: PersonGroups<Samtale>?
  /// By `start`.
  let tilbud: PersonGroups<Tilbud>?
  /// By `fra`, then `til` (open last), as `PublicSupport` wants them.
  let ydelser: PersonGroups<Ydelsesperiode>?
  /// By `fra`.
  let markeringer: PersonGroups<Markering>?
  /// `timer` summed by person and month.
  let hours: HoursByMonth?

  init(_ extract: KommuneExtract) {
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
