/// A spell of a monthly cohort of the early-effort follow-up, with its six-month date.
package struct CohortSpell: Sendable, Equatable {
  package let spell: Forloeb
  /// D6 = `start` + 6 calendar months.
  package let sixMonthDate: Day
}

/// The monthly cohorts of the early-effort follow-up (SPEC 4.1; STAR's follow-up since November
/// 2023): the `forloeb` spells of the measure's target groups whose six-month date D6 falls in the
/// month and that are still ongoing on D6 (`slut` empty or ≥ D6), except spells of persons with a
/// `FRITAGET` marking covering D6.
enum Cohort {
  /// The spells that can be in the cohort of one of `months` (consecutive), whichever the measure:
  /// D6 falls in the months, the spell is still ongoing on D6, and no `FRITAGET` marking of the
  /// person covers D6; in `spells` order. D6 is worked out once here for both measures, and the
  /// cheap tests come first. The target groups, which differ by measure, are left to `monthly`.
  static func candidates(
    months: [YearMonth], spells: [Forloeb], rules: EarlyEffortRules, markings: PersonGroups<Markering>?
  ) -> [CohortSpell] {
    guard let first = months.first else { return [] }
    let days = first.firstDay...first.adding(months: months.count - 1).lastDay
    var candidates: [CohortSpell] = []
    for spell in spells {
      let d6 = rules.sixMonthDate(start: spell.start)
      guard days.contains(d6) else { continue }
      if let slut = spell.slut, slut < d6 { continue }
      if let markings, markings[spell.person].contains(where: { $0.exempts(on: d6) }) { continue }
      candidates.append(CohortSpell(spell: spell, sixMonthDate: d6))
    }
    return candidates
  }

  /// The cohort spells of each of `months`, in `candidates` order (from `candidates(months:...)`):
  /// month i takes the candidates whose D6 falls in it and whose target group is in `groups[i]`
  /// (`nil`: the month's regime does not have the measure, so its cohort is empty).
  static func monthly(months: [YearMonth], candidates: [CohortSpell], groups: [Set<Maalgruppe>?]) -> [[CohortSpell]] {
    var cohorts = [[CohortSpell]](repeating: [], count: months.count)
    guard let first = months.first else { return cohorts }
    for candidate in candidates {
      let index = Int(candidate.sixMonthDate.yearMonth.index - first.index)
      if groups[index]?.contains(candidate.spell.maalgruppe) == true { cohorts[index].append(candidate) }
    }
    return cohorts
  }
}

extension Markering {
  /// Whether this is a `FRITAGET` marking covering `day` (`fra` ≤ day ≤ `til`; empty `til` = ongoing).
  func exempts(on day: Day) -> Bool {
    type == .fritaget && fra <= day && (til.map { day <= $0 } ?? true)
  }
}
