/// `behandlet` (SPEC 4.3): the citizen's case has been treated in the rehabiliteringsteam — a
/// `rehabiliteringsteam` samtale (held by anyone) on or after the gruppe-2 marking's `fra` (the
/// earliest, for several markings) and no later than E.
struct RehabTreatment: Sendable {
  /// Each person's conversations, by date.
  private let conversations: PersonGroups<Samtale>

  init(conversations: PersonGroups<Samtale>) {
    self.conversations = conversations
  }

  /// Whether `person`, marked from `fra`, was treated by `e`.
  func isTreated(_ person: PersonIndex, markedFrom fra: Day, by e: Day) -> Bool {
    conversations[person].contains { $0.type == .rehabiliteringsteam && $0.dato >= fra && $0.dato <= e }
  }
}
