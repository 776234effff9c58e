/// The talk rule of the early effort (SPEC 4.1, 4.6; LAB § 31): a cohort spell meets it when the
/// person had `jobsamtale`s held by one of the requirement's holders on at least the required number
/// of distinct dates in [`start` + `fromMonths`, `start` + `toMonths`] — before the reform 4 with the
/// jobcenter in [start, D6] (dagpenge from 2024: 3); from it, dagpenge 2 in [start + 3 months, D6]
/// and the a-kasse measure 2 held by the a-kasse in [start, start + 3 months]. Two talks on one date
/// count once. The requirement is the month's (its regime's), by the spell's target group.
struct SamtaleRule: Sendable {
  /// Each person's conversations, by date.
  let conversations: PersonGroups<Samtale>

  /// Whether the spell meets `requirement`.
  func isMet(_ cohortSpell: CohortSpell, _ requirement: TalkRequirement) -> Bool {
    let spell = cohortSpell.spell
    let opens = spell.start.adding(months: requirement.fromMonths)
    let closes = spell.start.adding(months: requirement.toMonths)
    var distinctDates = 0
    var previous: Day?
    for samtale in conversations[spell.person] where samtale.dato >= opens {
      if samtale.dato > closes { break }
      guard samtale.type == .jobsamtale, requirement.holders.contains(samtale.afholdtAf) else { continue }
      if samtale.dato != previous {
        distinctDates += 1
        previous = samtale.dato
        if distinctDates >= requirement.count { return true }
      }
    }
    return false
  }
}
