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
    let window = Self.window(cohortSpell.spell, requirement)
    var dates: [Day] = []
    dates.reserveCapacity(requirement.count)
    for samtale in conversations[cohortSpell.spell.person] where samtale.dato >= window.lowerBound {
      if samtale.dato > window.upperBound { break }
      guard Self.verdict(samtale, window: window, requirement, lastCounted: dates.last) == .counts else { continue }
      dates.append(samtale.dato)
      if dates.count >= requirement.count { return SpellJudgement(reason: nil, talkDates: dates) }
    }
    return SpellJudgement(reason: .forFaaSamtaler, talkDates: dates)
  }

  /// Every conversation of the spell's person with how the rule sees it (for `tilsyn forklar`): the
  /// same `verdict` as `judge`, over all of them, so a talk beyond the required number shows as
  /// counting too.
  func verdicts(_ cohortSpell: CohortSpell, _ requirement: TalkRequirement) -> [(samtale: Samtale, verdict: TalkVerdict)] {
    let window = Self.window(cohortSpell.spell, requirement)
    var lastCounted: Day?
    return conversations[cohortSpell.spell.person].map { samtale in
      let verdict = Self.verdict(samtale, window: window, requirement, lastCounted: lastCounted)
      if verdict == .counts { lastCounted = samtale.dato }
      return (samtale, verdict)
    }
  }

  /// [`start` + `fromMonths`, `start` + `toMonths`].
  static func window(_ spell: Forloeb, _ requirement: TalkRequirement) -> ClosedRange<Day> {
    spell.start.adding(months: requirement.fromMonths)...spell.start.adding(months: requirement.toMonths)
  }

  /// How one conversation counts, given the date of the last one that counted (conversations in date
  /// order).
  static func verdict(
    _ samtale: Samtale, window: ClosedRange<Day>, _ requirement: TalkRequirement, lastCounted: Day?
  ) -> TalkVerdict {
    guard window.contains(samtale.dato) else { return .outsideWindow }
    guard samtale.type == .jobsamtale else { return .notJobsamtale }
    guard requirement.holders.contains(samtale.afholdtAf) else { return .otherHolder }
    return samtale.dato == lastCounted ? .sameDate : .counts
  }
}

/// How the talk rule sees one conversation of a cohort spell's person (`tilsyn forklar`).
enum TalkVerdict: Sendable, Equatable {
  case counts
  /// Before the window opens or after it closes.
  case outsideWindow
  /// A conversation of another type (`opfoelgning`, `rehab_moede`, …).
  case notJobsamtale
  /// Held by someone the requirement does not count (the a-kasse for the jobcenter's talks, or the
  /// other way round).
  case otherHolder
  /// On the same date as a talk that already counted.
  case sameDate
}
