/// The early effort of a spell's first six months (SPEC 4.1, LAB §§ 31 and 102), planned so that the
/// municipality's propensity in the half-year of the six-month date D6 = start + 6 months really is the
/// share of its cohort that meets each rule: a spell drawn to meet the samtale rule gets at least the
/// required number of jobcenter (or joint) jobsamtaler on distinct days in [start, D6]; one drawn not to
/// gets fewer. Likewise for an eligible offer of at least 14 days started in [start, D6].
///
/// This file plans spells that start before the 2025 reform day (`Realism.reform2025Day`) under the
/// rules before it; `ReformEarlyEffort.swift` plans the later ones (SPEC 4.6).
extension SpellEvents {
  static let dagpengeRuleChange = Day(2024, 1, 1)

  mutating func planEarlyEffort(_ spell: SimulatedSpell, seed: UInt64, _ person: inout SimulatedPerson) {
    let d6 = spell.start.adding(months: 6)
    if spell.start < Realism.reform2025Day {
      planUnderOldRules(spell, d6: d6, seed: seed, &person)
    } else {
      planUnderReform(spell, d6: d6, seed: seed, &person)
    }
    var exemption = SeededRandom(seed, Stream.exemption.rawValue)
    if exemption.chance(Realism.exemptionShare) {
      let from = spell.start.adding(days: exemption.int(in: 0...150))
      let to: Day? = exemption.chance(0.25) ? nil : from.adding(days: exemption.int(in: 30...300))
      if from <= horizon { person.markings.append(SimulatedMarking(type: .fritaget, from: from, to: to)) }
    }
  }

  /// The conversations and offers of the first six months under the rules before the 2025 reform
  /// (SPEC 4.1), at the municipality's propensities for them.
  mutating func planUnderOldRules(_ spell: SimulatedSpell, d6: Day, seed: UInt64, _ person: inout SimulatedPerson) {
    let halfYear = MunicipalityProfile.halfYear(d6)
    var decisions = SeededRandom(seed, Stream.decisions.rawValue)
    let meetsConversations = decisions.chance(profile.conversationPropensity(halfYear))
    let meetsOffer = decisions.chance(profile.offerPropensity(halfYear))
    planEarlyConversations(spell, d6: d6, meets: meetsConversations, seed: seed, &person)
    var rng = SeededRandom(seed, Stream.offers.rawValue)
    if spell.state.isOfferMeasureGroup {
      planEarlyOffer(spell, d6: d6, meets: meetsOffer, &rng, &person)
    } else if rng.chance(0.5) {
      // Jobafklaring, ressourceforløb, ledighedsydelse and revalidering: offers, not measured.
      let start = spell.start.adding(days: rng.int(in: 30...150))
      addOffer(Realism.longTermOffers.pick(&rng), start: start, spell: spell, &rng, &person)
    }
  }

  /// Jobsamtaler of the first six months. Dagpenge spells from 2024 need three, held from the third
  /// month (the a-kasse holds the first three months' conversations); every other spell needs four.
  private mutating func planEarlyConversations(
    _ spell: SimulatedSpell, d6: Day, meets: Bool, seed: UInt64, _ person: inout SimulatedPerson
  ) {
    var rng = SeededRandom(seed, Stream.conversations.rawValue)
    let isDagpenge = spell.state == .dp
    let newRule = isDagpenge && spell.start >= SpellEvents.dagpengeRuleChange
    let required = newRule ? 3 : 4
    let count =
      meets
      ? required + Realism.extraEarlyConversations.pick(&rng)
      : max(0, required - Realism.missingEarlyConversations.pick(&rng))
    let firstJobcenterDay = newRule ? spell.start.adding(months: 3) : spell.start
    let joint = isDagpenge ? Realism.jointConversationShare.dagpenge : Realism.jointConversationShare.others
    let last = lastEventDay(spell)
    SpellEvents.spreadDays(count, from: firstJobcenterDay, to: d6, &rng, into: &days)
    for day in days where day <= last {
      person.samtaler.append(SimulatedSamtale(day: day, type: .jobsamtale, heldBy: rng.chance(joint) ? .faelles : .jobcenter))
    }
    if isDagpenge {
      let akasse = rng.int(in: newRule ? Realism.akasseConversations.from2024 : Realism.akasseConversations.before2024)
      SpellEvents.spreadDays(akasse, from: spell.start, to: spell.start.adding(months: 3).adding(days: -1), &rng, into: &days)
      for day in days where day <= last {
        person.samtaler.append(SimulatedSamtale(day: day, type: .jobsamtale, heldBy: .akasse))
      }
    }
    if rng.chance(0.3) {
      let day = spell.start.adding(days: rng.int(in: 0...180))
      if day <= last { person.samtaler.append(SimulatedSamtale(day: day, type: .andet, heldBy: .jobcenter)) }
    }
  }

  /// The offer of the first six months, or how the spell misses it: nothing, too late, an ineligible
  /// type or too short (under 14 days). Before the reform (`underReform` false) the ineligible type is
  /// `andet`, or from 2023-03-22 often `vejledning`, and the eligible mix is that of the offer's day;
  /// an offer that misses as `vejledning` but starts, and is granted, from the reform day on, when
  /// vejledning counts again (SPEC 4.6), is `andet` instead. Under the reform the eligible mix is
  /// `Realism.reformOffers`, the ineligible type is `andet`, and offers are granted from the reform day.
  func planEarlyOffer(
    _ spell: SimulatedSpell, d6: Day, meets: Bool, underReform: Bool = false, _ rng: inout SeededRandom,
    _ person: inout SimulatedPerson
  ) {
    let window = max(14, spell.start.days(to: d6))
    let tentative = spell.start.adding(days: rng.int(in: 14...window))
    let eligible =
      underReform
      ? Realism.reformOffers
      : tentative < Realism.vejledningStoppedCounting ? Realism.offersBeforeReform : Realism.offersAfterReform
    let grantedFrom = underReform ? Realism.reform2025Day : nil
    if meets {
      let type = eligible.pick(&rng)
      let late = type.isLoentilskud && recordsGrantDate && rng.chance(Realism.lateStartingWageSubsidy)
      if late {
        // Granted before D6, starting at most three weeks after it: counts (SPEC 4.1).
        let granted = spell.start.adding(days: rng.int(in: 14...window))
        let start = d6.adding(days: rng.int(in: 1...21))
        guard spell.end >= d6 else { return }
        addOffer(type, start: start, granted: granted, spell: spell, keepAfterSpell: true, &rng, &person)
      } else {
        addOffer(type, start: min(tentative, d6), spell: spell, grantedFrom: grantedFrom, &rng, &person)
      }
      return
    }
    switch Realism.offerMisses.pick(&rng) {
    case .nothing:
      return
    case .late:
      let start = d6.adding(days: rng.int(in: 22...120))
      addOffer(eligible.pick(&rng), start: start, spell: spell, grantedFrom: grantedFrom, &rng, &person)
    case .ineligibleType:
      let vejledning = !underReform && tentative >= Realism.vejledningStoppedCounting && rng.chance(0.6)
      let planned = person.tilbud.count
      addOffer(vejledning ? .vejledning : .andet, start: min(tentative, d6), spell: spell, grantedFrom: grantedFrom, &rng, &person)
      if vejledning, person.tilbud.count > planned, let offer = person.tilbud.last, offer.start >= Realism.reform2025Day,
        (offer.granted ?? offer.start) >= Realism.reform2025Day
      {
        person.tilbud[planned].type = .andet
      }
    case .tooShort:
      let types: [Tilbudstype] = [.praktik, .nytte, .uddannelse]
      let type = types[rng.below(types.count)]
      addOffer(
        type, start: min(tentative, d6), spell: spell, length: rng.int(in: 3...13), exactLength: true, grantedFrom: grantedFrom,
        &rng, &person)
    }
  }

  /// Adds an offer starting on `start` while the person is on the spell (or, for a wage subsidy
  /// granted in time, just after it ended). `granted` defaults to a few days or weeks before the
  /// start, sometimes unrecorded, and no earlier than `grantedFrom` when given. The offer is cut short
  /// when the spell ends, but never below 14 days (unless `exactLength`: the too-short offers that
  /// miss the rule on purpose).
  func addOffer(
    _ type: Tilbudstype, start: Day, granted: Day? = nil, spell: SimulatedSpell, length: Int? = nil,
    exactLength: Bool = false, keepAfterSpell: Bool = false, grantedFrom: Day? = nil, _ rng: inout SeededRandom,
    _ person: inout SimulatedPerson
  ) {
    let days = length ?? rng.int(in: Realism.offerDays(type))
    let missingGrant = rng.chance(Realism.missingGrantDate)
    let grantedBefore = rng.int(in: 3...35)
    guard start <= horizon, keepAfterSpell || start <= spell.end else { return }
    let planned = start.adding(days: days - 1)
    let end = exactLength ? planned : min(planned, max(spell.end, start.adding(days: 13)))
    var grant = granted ?? (missingGrant ? nil : start.adding(days: -grantedBefore))
    if let floor = grantedFrom, let day = grant, day < floor { grant = min(floor, start) }
    person.tilbud.append(SimulatedTilbud(type: type, granted: grant, start: start, end: end))
  }
}
