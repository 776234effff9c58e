/// The talk rule of the early effort (SPEC 4.1, 4.6; LAB § 31): a cohort spell meets it when the
/// person had `jobsamtale`s held by one of the requirement's holders on at least the required number
/// of distinct dates in [`start` + `fromMonths`, `start` + `toMonths`] — before the reform 4 with the
/// jobcenter in [start, D6] (dagpenge from 2024: 3); from it, dagpenge 2 in [start + 3 months, D6]
/// and the a-kasse measure 2 held by the a-kasse in [start, start + 3 months]. Two talks on one date
/// count once. The requirement is the month's (its regime's), by the spell's target group.
struct SamtaleRule: Sendable {
  /// Each person's conversations, by date.
  let conversations: PersonGroups<Samtale>

  /// Judges the spell against `requirement`: met once the required number of distinct dates is
  /// reached (those dates are the evidence); otherwise `for_faa_samtaler` with the dates that did
  /// count.
  func judge(_ cohortSpell: CohortSpell, _ requirement: TalkRequirement) -> SpellJudgement {
    let spell = cohortSpell.spell
    let opens = spell.start.adding(months: requirement.fromMonths)
    let closes = spell.start.adding(months: requirement.toMonths)
    var dates: [Day] = []
    dates.reserveCapacity(requirement.count)
    for samtale in conversations[spell.person] where samtale.dato >= opens {
      if samtale.dato > closes { break }
      guard samtale.type == .jobsamtale, requirement.holders.contains(samtale.afholdtAf) else { continue }
      if samtale.dato != dates.last {
        dates.append(samtale.dato)
        if dates.count >= requirement.count { return SpellJudgement(reason: nil, talkDates: dates) }
      }
    }
    return SpellJudgement(reason: .forFaaSamtaler, talkDates: dates)
  }
}
