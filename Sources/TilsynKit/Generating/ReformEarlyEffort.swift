/// The early effort of a spell that starts on or after the 2025 reform day (`Realism.reform2025Day`,
/// 2026-07-01; SPEC 4.6, lov nr. 1750 af 29. december 2025), planned so that the municipality's
/// propensities around the reform's 75 % criterion really are the shares of its cohort that meet:
///
/// - the jobcenter's jobsamtaler (held by it or jointly) of dagpenge (2 in [start + 3 months, D6]),
///   jobparat kontanthjælp and ledighedsydelse (4 in [start, D6]); the groups the reform no longer
///   measures get a few talks not planned against a requirement;
/// - the a-kasse's jobsamtaler of dagpenge (2 in the first three months), at a propensity of its own;
/// - an eligible offer by D6 for dagpenge, jobparat kontanthjælp and uddannelsesparat uddannelseshjælp,
///   where øvrig vejledning counts again; kontanthjælp and uddannelseshjælp aktivitetsparat and
///   overgangsydelse get offers that no rule measures.
///
/// Every draw comes from the `reform…` streams of the spell. The transition (`Realism.
/// bookedUnderOldRulesUntil`): what the old rules had put in motion before the reform day stays as they
/// planned it, i.e. the conversations they dated up to 2026-07-30 and the offers they granted before
/// 2026-07-01; the new plan counts those talks and takes over after. So the extracts of periods up to
/// 2026H1, which show such rows, are the same bytes as before the reform was simulated.
extension SpellEvents {
  mutating func planUnderReform(_ spell: SimulatedSpell, d6: Day, seed: UInt64, _ person: inout SimulatedPerson) {
    // What the old rules had planned: the conversations they booked before the cut-over stay.
    let earlierOffers = person.tilbud.count
    let earlierConversations = person.samtaler.count
    let waitingOffer = person.tilbud.contains { offer in
      offer.granted.map { $0 < Realism.reform2025Day } == true && offer.start >= spell.start
    }
    planUnderOldRules(spell, d6: d6, seed: seed, &person)
    var kept = earlierConversations
    for index in earlierConversations..<person.samtaler.count where person.samtaler[index].day <= Realism.bookedUnderOldRulesUntil {
      person.samtaler[kept] = person.samtaler[index]
      kept += 1
    }
    person.samtaler.removeLast(person.samtaler.count - kept)
    // An offer granted before the reform day keeps the spell's offers as the old rules planned them,
    // as does one granted to the person then that has not started yet (it was planned with them).
    let grantedBefore = person.tilbud[earlierOffers...].contains { $0.granted.map { $0 < Realism.reform2025Day } == true }
    let keepsOldOffers = grantedBefore || waitingOffer
    if !keepsOldOffers { person.tilbud.removeLast(person.tilbud.count - earlierOffers) }

    let halfYear = MunicipalityProfile.halfYear(d6)
    var decisions = SeededRandom(seed, Stream.reformDecisions.rawValue)
    let meetsConversations = decisions.chance(profile.reformConversationPropensity(halfYear))
    let meetsOffer = decisions.chance(profile.reformOfferPropensity(halfYear))
    let meetsAkasse = decisions.chance(profile.akassePropensity(halfYear))
    planReformConversations(spell, d6: d6, meets: meetsConversations, booked: earlierConversations, seed: seed, &person)
    if spell.state == .dp { planAkasseConversations(spell, meets: meetsAkasse, booked: earlierConversations, seed: seed, &person) }
    guard !keepsOldOffers else { return }
    var rng = SeededRandom(seed, Stream.reformOffers.rawValue)
    if spell.state.isReformOfferMeasureGroup {
      planEarlyOffer(spell, d6: d6, meets: meetsOffer, underReform: true, &rng, &person)
    } else if spell.state.isOfferMeasureGroup {
      // Kontanthjælp and uddannelseshjælp aktivitetsparat, overgangsydelse: no longer measured.
      if rng.chance(Realism.unmeasuredEarlyOfferShare) {
        let start = spell.start.adding(days: rng.int(in: Realism.unmeasuredEarlyOfferDays))
        addOffer(Realism.unmeasuredEarlyOffers.pick(&rng), start: start, spell: spell, grantedFrom: Realism.reform2025Day, &rng, &person)
      }
    } else if rng.chance(0.5) {
      // Jobafklaring, ressourceforløb, ledighedsydelse and revalidering: offers, not measured.
      let start = spell.start.adding(days: rng.int(in: 30...150))
      addOffer(Realism.longTermOffers.pick(&rng), start: start, spell: spell, grantedFrom: Realism.reform2025Day, &rng, &person)
    }
  }

  /// The jobcenter's jobsamtaler of the first six months: the number the spell's group requires, or
  /// fewer for a spell drawn not to meet it; a few for the groups no longer measured. Talks booked
  /// under the old rules (`person.samtaler[booked...]`) count towards the number; the rest fall after
  /// the cut-over.
  private mutating func planReformConversations(
    _ spell: SimulatedSpell, d6: Day, meets: Bool, booked: Int, seed: UInt64, _ person: inout SimulatedPerson
  ) {
    var rng = SeededRandom(seed, Stream.reformConversations.rawValue)
    let isDagpenge = spell.state == .dp
    let count: Int
    var first = spell.start
    if let required = spell.state.reformRequiredConversations {
      count =
        meets
        ? required + Realism.extraEarlyConversations.pick(&rng)
        : max(0, required - Realism.missingEarlyConversations.pick(&rng))
      if isDagpenge { first = spell.start.adding(months: Realism.reformDagpengeJobcenterAfterMonths) }
    } else {
      count = Realism.unmeasuredEarlyConversations.pick(&rng)
    }
    let held = person.samtaler[booked...].filter { $0.type == .jobsamtale && $0.heldBy != .akasse && $0.day >= first && $0.day <= d6 }
    let from = max(first, Realism.bookedUnderOldRulesUntil.adding(days: 1))
    let joint = isDagpenge ? Realism.jointConversationShare.dagpenge : Realism.jointConversationShare.others
    let last = lastEventDay(spell)
    SpellEvents.spreadDays(max(0, count - held.count), from: from, to: d6, &rng, into: &days)
    for day in days {
      // Drawn for every day, so that a nearer horizon cuts the talks without moving later draws.
      let heldBy: AfholdtAf = rng.chance(joint) ? .faelles : .jobcenter
      if day <= last { person.samtaler.append(SimulatedSamtale(day: day, type: .jobsamtale, heldBy: heldBy)) }
    }
    let other = rng.chance(0.3)
    let otherDay = spell.start.adding(days: rng.int(in: 0...180))
    if other && otherDay <= last && otherDay >= from {
      person.samtaler.append(SimulatedSamtale(day: otherDay, type: .andet, heldBy: .jobcenter))
    }
  }

  /// The a-kasse's jobsamtaler in a dagpenge spell's first three months: two or more when it meets the
  /// reform's requirement, none or one when not (talks booked under the old rules count).
  private mutating func planAkasseConversations(
    _ spell: SimulatedSpell, meets: Bool, booked: Int, seed: UInt64, _ person: inout SimulatedPerson
  ) {
    var rng = SeededRandom(seed, Stream.reformAkasse.rawValue)
    let count =
      meets
      ? Realism.reformAkasseConversations + Realism.extraAkasseConversations.pick(&rng)
      : Realism.missedAkasseConversations.pick(&rng)
    let end = spell.start.adding(months: Realism.reformAkasseMonths).adding(days: -1)
    let held = person.samtaler[booked...].filter { $0.heldBy == .akasse && $0.type == .jobsamtale && $0.day <= end }
    let from = max(spell.start, Realism.bookedUnderOldRulesUntil.adding(days: 1))
    let last = lastEventDay(spell)
    SpellEvents.spreadDays(max(0, count - held.count), from: from, to: end, &rng, into: &days)
    for day in days where day <= last {
      person.samtaler.append(SimulatedSamtale(day: day, type: .jobsamtale, heldBy: .akasse))
    }
  }
}
