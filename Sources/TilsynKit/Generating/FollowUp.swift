/// The effort after the first six months (SPEC 4.2's fokusmål): follow-up jobsamtaler every month or
/// few, offers every few months, part-time work for some. A recipient is drawn *silent* (no follow-up
/// jobsamtaler, fokusmål 2) or *passive* (neither offers nor work, fokusmål 1) at the municipality's
/// propensities for the half-year in which the spell reaches twelve months.
extension SpellEvents {
  mutating func planFollowUp(_ spell: SimulatedSpell, seed: UInt64, _ person: inout SimulatedPerson) {
    guard let interval = Realism.states[spell.state.rawValue].followUpDays else { return }
    var rng = SeededRandom(seed, Stream.followUp.rawValue)
    let halfYear = MunicipalityProfile.halfYear(spell.start.adding(months: 12))
    let silent = rng.chance(profile.silentShare(halfYear))
    let passive = rng.chance(profile.passiveShare(halfYear))
    let works = !passive && rng.chance(Realism.longTermWorkShare)
    let partTime = !passive && rng.chance(Realism.states[spell.state.rawValue].partTimeWhileOn)
    let sickness = spell.state == .sdp
    let offers = !passive && (!sickness || rng.chance(0.15))
    // The follow-up starts after D6 for spells in the early-effort cohorts, so it never counts there;
    // sygedagpenge follow-up starts after eight weeks.
    let phaseStart = spell.state.isEarlyEffortGroup ? spell.start.adding(months: 6).adding(days: 1) : spell.start.adding(days: 56)
    let last = lastEventDay(spell)

    if !silent {
      var day = phaseStart.adding(days: rng.int(in: 0...(interval.upperBound / 2)))
      while day <= last {
        let other = rng.chance(sickness ? 0.5 : Realism.otherConversationShare)
        let joint = rng.chance(spell.state == .dp ? Realism.jointConversationShare.dagpenge : Realism.jointConversationShare.others)
        person.samtaler.append(SimulatedSamtale(day: day, type: other ? .andet : .jobsamtale, heldBy: joint ? .faelles : .jobcenter))
        day = day.adding(days: rng.int(in: interval))
      }
    }
    if offers {
      var day = phaseStart.adding(days: rng.int(in: 30...200))
      while day <= last {
        let type = Realism.longTermOffers.pick(&rng)
        let length = rng.int(in: Realism.offerDays(type))
        addOffer(type, start: day, spell: spell, length: length, &rng, &person)
        day = day.adding(days: length + rng.int(in: Realism.longTermOfferGap))
      }
    }
    if works || partTime {
      let from = (works ? phaseStart : spell.start).adding(days: rng.int(in: 0...90))
      let to = min(spell.end, from.adding(days: rng.int(in: 90...540)))
      if from <= last && from <= to {
        person.work.append(WorkStretch(from: from, to: to, hundredths: rng.int(in: Realism.partTimeHundredths), growthPerMonth: 0))
      }
    }
  }
}
