/// `behandlet` (SPEC 4.3): the citizen's case has been treated in the rehabiliteringsteam — a
/// `rehabiliteringsteam` samtale (held by anyone) on or after the gruppe-2 marking's `fra` (the
/// earliest, for several markings) and no later than E.
struct RehabTreatment: Sendable {
  /// Each person's rehabiliteringsteam meetings, by date.
  private let meetings: PersonGroups<Samtale>

  init(samtaler: [Samtale], persons: Int) {
    meetings = PersonGroups(
      samtaler.filter { $0.type == .rehabiliteringsteam }, persons: persons, person: \.person,
      orderedBy: { $0.dato < $1.dato })
  }

  /// Whether `person`, marked from `fra`, was treated by `e`.
  func isTreated(_ person: PersonIndex, markedFrom fra: Day, by e: Day) -> Bool {
    meetings[person].contains { $0.dato >= fra && $0.dato <= e }
  }
}
