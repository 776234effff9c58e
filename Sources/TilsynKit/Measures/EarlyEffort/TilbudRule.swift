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

  /// Judges the spell against `requirement`: met by the first offer (by start) that counts, which is
  /// the evidence. Otherwise the reason is that of the nearest offer that did not count: every offer
  /// from the spell's start on is judged (`failure`) up to and including the first that started after
  /// the grace period, and the one whose reason comes first in `NotMetReason`'s order is shown (the
  /// earliest of equals); with none, `intet_tilbud`.
  func judge(_ cohortSpell: CohortSpell, _ requirement: OfferRequirement) -> SpellJudgement {
    let spell = cohortSpell.spell
    let d6 = cohortSpell.sixMonthDate
    let latestLoentilskudStart = d6.adding(days: requirement.graceDays)
    var nearest: (offer: Tilbud, reason: NotMetReason)?
    for offer in offers[spell.person] where offer.start >= spell.start {
      guard let reason = failure(offer, spell: spell, d6: d6, latestStart: latestLoentilskudStart, requirement) else {
        return SpellJudgement(reason: nil, offer: offer)
      }
      if nearest.map({ reason < $0.reason }) ?? true { nearest = (offer, reason) }
      if offer.start > latestLoentilskudStart { break }
    }
    return SpellJudgement(reason: nearest?.reason ?? .intetTilbud, offer: nearest?.offer)
  }

  /// Every offer of the spell's person with how the rule sees it (for `tilsyn forklar`): `nil` for one
  /// that counts, `intet_tilbud` for one that started before the spell (not in the window at all),
  /// otherwise `failure`'s reason.
  func verdicts(_ cohortSpell: CohortSpell, _ requirement: OfferRequirement) -> [(offer: Tilbud, reason: NotMetReason?)] {
    let d6 = cohortSpell.sixMonthDate
    let latest = d6.adding(days: requirement.graceDays)
    return offers[cohortSpell.spell.person].map { offer in
      guard offer.start >= cohortSpell.spell.start else { return (offer, .intetTilbud) }
      return (offer, failure(offer, spell: cohortSpell.spell, d6: d6, latestStart: latest, requirement))
    }
  }

  /// Why `offer` (started on or after the spell's start) does not meet the spell's requirement, or
  /// `nil` when it does: started in [start, D6], or a wage subsidy granted in [start, D6] that started
  /// no later than D6 + the grace days; of a counting type; long enough.
  private func failure(
    _ offer: Tilbud, spell: Forloeb, d6: Day, latestStart: Day, _ requirement: OfferRequirement
  ) -> NotMetReason? {
    if offer.start > latestStart { return .tilbudStartetForSent }
    if offer.start > d6 {
      guard offer.type.isLoentilskud else { return .tilbudStartetForSent }
      guard let granted = offer.bevilget, granted >= spell.start, granted <= d6 else { return .bevilgetUdenforVinduet }
    }
    guard rules.isEligible(offer.type, startedOn: offer.start) else { return .tilbudstypeTaellerIkke }
    guard lastsLongEnough(offer, requirement) else { return .tilbudForKort }
    return nil
  }

  /// At least the minimum number of days: an open offer does; otherwise `slut` − `start` ≥ days − 1.
  private func lastsLongEnough(_ offer: Tilbud, _ requirement: OfferRequirement) -> Bool {
    guard let slut = offer.slut else { return true }
    return offer.start.days(to: slut) >= requirement.minimumDays - 1
  }
}
