/// The offer rule of the early effort (SPEC 4.1, 4.6; LAB § 102): a cohort spell meets it when the
/// person has an offer
///
/// - that started in [`start`, D6],
/// - lasted at least the minimum days (14: `slut` empty, or `slut` − `start` ≥ 13),
/// - of a type that counts on the offer's own start date (every type but `andet`; `vejledning` not
///   from 2023-03-22 to 2026-06-30, lov nr. 295/2023 and lov nr. 1750/2025);
///
/// or a `loentilskud_*` offer (also long enough) granted (`bevilget`) in [`start`, D6] that starts
/// after D6 but no later than D6 + 21 days ("granted before the deadline, starting at most three
/// weeks after it"). The minimum and the grace are the month's regime's.
struct TilbudRule: Sendable {
  let rules: EarlyEffortRules
  /// Each person's offers, by start date.
  let offers: PersonGroups<Tilbud>

  /// Whether the spell meets `requirement`.
  func isMet(_ cohortSpell: CohortSpell, _ requirement: OfferRequirement) -> Bool {
    let spell = cohortSpell.spell
    let d6 = cohortSpell.sixMonthDate
    let latestLoentilskudStart = d6.adding(days: requirement.graceDays)
    for offer in offers[spell.person] where offer.start >= spell.start {
      if offer.start > latestLoentilskudStart { break }
      guard lastsLongEnough(offer, requirement), rules.isEligible(offer.type, startedOn: offer.start) else { continue }
      if offer.start <= d6 { return true }
      if offer.type.isLoentilskud, let granted = offer.bevilget, granted >= spell.start, granted <= d6 {
        return true
      }
    }
    return false
  }

  /// At least the minimum number of days: an open offer does; otherwise `slut` − `start` ≥ days − 1.
  private func lastsLongEnough(_ offer: Tilbud, _ requirement: OfferRequirement) -> Bool {
    guard let slut = offer.slut else { return true }
    return offer.start.days(to: slut) >= requirement.minimumDays - 1
  }
}
