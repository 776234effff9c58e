/// The samtale measure of the early effort (SPEC 4.1; LAB § 31): a cohort spell meets it when the
/// person had `jobsamtale`s held by the jobcenter (`jobcenter` or `faelles`) on at least the required
/// number of distinct dates in [`start`, D6] — 4, or 3 for dagpenge spells starting on or after
/// 2024-01-01, when the a-kasse holds the conversations of the first three months. Two conversations
/// on one date count once.
struct SamtaleRule: Sendable {
  let rules: EarlyEffortRules
  /// Each person's counting conversations, by date.
  let conversations: PersonGroups<Samtale>

  /// Keeps the conversations that count: `jobsamtale` held by a holder the rule set counts (as valid
  /// on the conversation's date).
  init(samtaler: [Samtale], persons: Int, rules: EarlyEffortRules) {
    self.rules = rules
    let counting = samtaler.filter {
      $0.type == .jobsamtale && rules.countingHolders(on: $0.dato).contains($0.afholdtAf)
    }
    conversations = PersonGroups(counting, persons: persons, person: \.person, orderedBy: { $0.dato < $1.dato })
  }

  /// Whether the spell meets the measure.
  func isMet(_ cohortSpell: CohortSpell) -> Bool {
    let spell = cohortSpell.spell
    let required = rules.requiredSamtaler(for: spell)
    var distinctDates = 0
    var previous: Day?
    for samtale in conversations[spell.person] where samtale.dato >= spell.start {
      if samtale.dato > cohortSpell.sixMonthDate { break }
      if samtale.dato != previous {
        distinctDates += 1
        previous = samtale.dato
        if distinctDates >= required { return true }
      }
    }
    return false
  }
}
