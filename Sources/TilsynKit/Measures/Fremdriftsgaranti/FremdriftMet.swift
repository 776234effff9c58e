/// A due person *meets* the fremdriftsgaranti (SPEC 4.4) when they had a `fremdriftsvurdering`
/// samtale (held by anyone) in the 12 months before E: [E − 12 months + 1 day, E].
struct FremdriftMet: Sendable {
  private let reviews: PersonGroups<Samtale>

  init(samtaler: [Samtale], persons: Int) {
    reviews = PersonGroups(
      samtaler.filter { $0.type == .fremdriftsvurdering }, persons: persons, person: \.person,
      orderedBy: { $0.dato < $1.dato })
  }

  /// Whether `person` had a review in `window`.
  func isMet(_ person: PersonIndex, in window: ClosedRange<Day>) -> Bool {
    reviews[person].contains { window.contains($0.dato) }
  }
}
