/// One person's `ydelser` spells (SPEC 3.5) in `fra` order — a view of the municipality's spells
/// grouped by person, valid as long as they are (`PersonGroups`' lifetime rule) — asked about one
/// benefit at a time. Days on a benefit are counted once however many spells overlap, by the same
/// `PublicSupport.daysCovered(by:in:counting:)` that counts public support.
struct BenefitHistory {
  /// The spells, ordered by `fra` (then `til`, open last) as `PublicSupport.precedes` orders them.
  let spells: PersonRecords<Ydelsesperiode>

  /// The days in `window` (inclusive) with at least one `benefit` spell running.
  func days(on benefit: Ydelse, in window: ClosedRange<Day>) -> Int {
    PublicSupport.daysCovered(by: spells, in: window, counting: { $0 == benefit })
  }

  /// Whether a `benefit` spell covers `day` (`fra` ≤ day ≤ `til`, empty `til` = ongoing).
  func isOn(_ benefit: Ydelse, on day: Day) -> Bool {
    spells.contains { $0.ydelse == benefit && $0.fra <= day && ($0.til.map { day <= $0 } ?? true) }
  }

  /// Whether a `benefit` spell starts in `days`.
  func starts(_ benefit: Ydelse, in days: ClosedRange<Day>) -> Bool {
    spells.contains { $0.ydelse == benefit && days.contains($0.fra) }
  }

  /// The person's public support, for the days on it in a window (SPEC 3.5).
  var publicSupport: PublicSupport { PublicSupport(ordered: spells) }
}

extension PersonGroups<Ydelsesperiode> {
  /// Every person's history with at least one spell, in person order; the sequence holds a copy of
  /// the groups, so each history is valid while the sequence is iterated.
  func histories(persons: Int) -> some Sequence<BenefitHistory> {
    (0..<persons).lazy.map { BenefitHistory(spells: self[PersonIndex(Int32($0))]) }.filter { !$0.spells.isEmpty }
  }

  /// Fuldtidspersoner on `benefit` in `window` (SPEC 4.2): days summed over persons.
  func fullTime(on benefit: Ydelse, in window: ClosedRange<Day>, persons: Int) -> FullTimeOnBenefit {
    var result = FullTimeOnBenefit(days: 0, persons: 0, windowDays: window.lowerBound.days(to: window.upperBound) + 1)
    for history in histories(persons: persons) {
      let days = history.days(on: benefit, in: window)
      if days > 0 {
        result.days += days
        result.persons += 1
      }
    }
    return result
  }
}
