/// A spell of a monthly cohort of the early-effort follow-up, with its six-month date.
public struct CohortSpell: Sendable, Equatable {
  public let spell: Forloeb
  /// D6 = `start` + 6 calendar months.
  public let sixMonthDate: Day
}

/// The monthly cohorts of the early-effort follow-up (SPEC 4.1; STAR's follow-up since November
/// 2023): the `forloeb` spells of the measure's target groups whose six-month date D6 falls in the
/// month and that are still ongoing on D6 (`slut` empty or ≥ D6), except spells of persons with a
/// `FRITAGET` marking covering D6.
enum Cohort {
  /// The cohort spells of each of `months`, in `spells` order, for the target groups that
  /// `groups(D6)` gives.
  static func monthly(
    months: [YearMonth], spells: [Forloeb], rules: EarlyEffortRules, groups: (Day) -> Set<Maalgruppe>,
    markings: PersonGroups<Markering>?
  ) -> [[CohortSpell]] {
    var cohorts = [[CohortSpell]](repeating: [], count: months.count)
    guard let first = months.first else { return cohorts }
    for spell in spells {
      let d6 = rules.sixMonthDate(start: spell.start)
      let monthIndex = Int(d6.yearMonth.index - first.index)
      guard monthIndex >= 0, monthIndex < months.count, groups(d6).contains(spell.maalgruppe) else { continue }
      if let slut = spell.slut, slut < d6 { continue }
      if let markings, markings[spell.person].contains(where: { $0.exempts(on: d6) }) { continue }
      cohorts[monthIndex].append(CohortSpell(spell: spell, sixMonthDate: d6))
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
