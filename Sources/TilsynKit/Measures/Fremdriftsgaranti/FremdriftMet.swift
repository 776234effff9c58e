/// A due person *meets* the fremdriftsgaranti (SPEC 4.4) when they had a `fremdriftsvurdering`
/// samtale (held by anyone) in the 12 months before E: [E − 12 months + 1 day, E].
struct FremdriftMet: Sendable {
  /// Each person's conversations, by date.
  private let conversations: PersonGroups<Samtale>

  init(conversations: PersonGroups<Samtale>) {
    self.conversations = conversations
  }

  /// The date of the person's latest review in `window`; `nil` when there was none (not met).
  func review(_ person: PersonIndex, in window: ClosedRange<Day>) -> Day? {
    conversations[person].last { $0.type == .fremdriftsvurdering && window.contains($0.dato) }?.dato
  }
}
