/// The tilbud measure of the early effort (SPEC 4.1; LAB § 102): a cohort spell of `DP`, `KHJ`, `KHA`,
/// `UHU`, `UHA` or `OVG` meets it when the person has an offer
///
/// - that started in [`start`, D6],
/// - lasted at least 14 days (`slut` empty, or `slut` − `start` ≥ 13),
/// - of an eligible type: every type but `andet`, and `vejledning` only if it started before
///   2023-03-22 (lov nr. 295/2023: øvrig vejledning og opkvalificering no longer counts);
///
/// or a `loentilskud_*` offer (also ≥ 14 days) granted (`bevilget`) in [`start`, D6] that starts after
/// D6 but no later than D6 + 21 days ("granted before the deadline, starting at most three weeks
/// after it").
struct TilbudRule: Sendable {
  let rules: EarlyEffortRules
  /// Each person's offers, by start date.
  let offers: PersonGroups<Tilbud>

  init(offers: PersonGroups<Tilbud>, rules: EarlyEffortRules) {
    self.rules = rules
    self.offers = offers
  }

  /// Whether the spell meets the measure.
  func isMet(_ cohortSpell: CohortSpell) -> Bool {
    let spell = cohortSpell.spell
    let d6 = cohortSpell.sixMonthDate
    let latestLoentilskudStart = d6.adding(days: rules.loentilskudGraceDays(on: d6))
    for offer in offers[spell.person] where offer.start >= spell.start {
      if offer.start > latestLoentilskudStart { break }
      guard lastsLongEnough(offer), rules.isEligible(offer.type, startedOn: offer.start) else { continue }
      if offer.start <= d6 { return true }
      if offer.type.isLoentilskud, let granted = offer.bevilget, granted >= spell.start, granted <= d6 {
        return true
      }
    }
    return false
  }

  /// At least the minimum number of days: an open offer does; otherwise `slut` − `start` ≥ 13.
  private func lastsLongEnough(_ offer: Tilbud) -> Bool {
    guard let slut = offer.slut else { return true }
    return offer.start.days(to: slut) >= rules.minimumOfferDays(on: offer.start) - 1
  }
}
