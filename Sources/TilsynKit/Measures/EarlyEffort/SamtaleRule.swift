/// The samtale measure of the early effort (SPEC 4.1; LAB § 31): a cohort spell meets it when the
/// person had `jobsamtale`s held by the jobcenter (`jobcenter` or `faelles`) on at least the required
/// number of distinct dates in [`start`, D6] — 4, or 3 for dagpenge spells starting on or after
/// 2024-01-01, when the a-kasse holds the conversations of the first three months. Two conversations
/// on one date count once.
struct SamtaleRule: Sendable {
  let rules: EarlyEffortRules
  /// Each person's conversations, by date.
  let conversations: PersonGroups<Samtale>

  init(conversations: PersonGroups<Samtale>, rules: EarlyEffortRules) {
    self.rules = rules
    self.conversations = conversations
  }

  /// Whether a conversation counts: a `jobsamtale` held by a holder the rule set counts (as valid on
  /// the conversation's date).
  private func counts(_ samtale: Samtale) -> Bool {
    samtale.type == .jobsamtale && rules.countingHolders(on: samtale.dato).contains(samtale.afholdtAf)
  }

  /// Whether the spell meets the measure.
  func isMet(_ cohortSpell: CohortSpell) -> Bool {
    let spell = cohortSpell.spell
    let required = rules.requiredSamtaler(for: spell)
    var distinctDates = 0
    var previous: Day?
    for samtale in conversations[spell.person] where samtale.dato >= spell.start {
      if samtale.dato > cohortSpell.sixMonthDate { break }
      guard counts(samtale) else { continue }
      if samtale.dato != previous {
        distinctDates += 1
        previous = samtale.dato
        if distinctDates >= required { return true }
      }
    }
    return false
  }
}
