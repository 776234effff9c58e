/// `behandlet` (SPEC 4.3): the citizen's case has been treated in the rehabiliteringsteam — a
/// `rehabiliteringsteam` samtale (held by anyone) on or after the gruppe-2 marking's `fra` (the
/// earliest, for several markings) and no later than E.
struct RehabTreatment: Sendable {
  /// Each person's conversations, by date.
  private let conversations: PersonGroups<Samtale>

  init(conversations: PersonGroups<Samtale>) {
    self.conversations = conversations
  }

  /// The date of the first rehabiliteringsteam meeting of `person`, marked from `fra`, in [fra, e];
  /// `nil` when the person was not treated by `e`.
  func treatment(_ person: PersonIndex, markedFrom fra: Day, by e: Day) -> Day? {
    conversations[person].first { $0.type == .rehabiliteringsteam && $0.dato >= fra && $0.dato <= e }?.dato
  }
}
