/// Plans the events of one spell: the early effort of its first six months (`EarlyEffort.swift`),
/// the follow-up of long-term recipients (`FollowUp.swift`), Flere skal med markings, annual
/// fremdriftsvurderinger and fleksjob hours. Each kind draws from its own stream derived from the
/// spell's seed, and nothing is planned after the horizon.
struct SpellEvents {
  let profile: MunicipalityProfile
  let horizon: Day
  let recordsGrantDate: Bool
  /// Scratch space for planned days, kept between spells.
  var days: [Day] = []

  /// Stream keys of the event kinds of a spell. The `reform…` streams plan the early effort of spells
  /// under the 2025 reform (`ReformEarlyEffort.swift`); they are new keys, so no earlier stream moves.
  enum Stream: UInt64 {
    case decisions = 1, conversations, offers, followUp, reviews, flereSkalMed, exemption, hours
    case reformDecisions, reformConversations, reformAkasse, reformOffers
  }

  /// Plans `spell`'s events into `person`. Returns a new next step when the spell was cut short (a
  /// Flere skal med case treated in the rehabiliteringsteam moves on).
  mutating func plan(
    _ spell: inout SimulatedSpell, stretchStart: Day, seed: UInt64, into person: inout SimulatedPerson
  ) -> NextStep? {
    var changed: NextStep?
    if spell.state == .kha {
      changed = planFlereSkalMed(&spell, stretchStart: stretchStart, seed: seed, &person)
    }
    if spell.state.isEarlyEffortGroup { planEarlyEffort(spell, seed: seed, &person) }
    planFollowUp(spell, seed: seed, &person)
    switch spell.state {
    case .kha: planReviews(spell, stretchStart: stretchStart, seed: seed, &person)
    case .rf:
      // The rehabiliteringsteam recommends the ressourceforløb shortly before it starts.
      var rng = SeededRandom(seed, Stream.reviews.rawValue)
      let day = spell.start.adding(days: -rng.int(in: 0...30))
      if day <= horizon { person.samtaler.append(SimulatedSamtale(day: day, type: .rehabiliteringsteam, heldBy: .jobcenter)) }
    case .fj: planFleksjobHours(spell, seed: seed, &person)
    default: break
    }
    return changed
  }

  /// The last day on which events of the spell can happen.
  func lastEventDay(_ spell: SimulatedSpell) -> Day { min(spell.end, horizon) }

  /// Flere skal med gruppe 2 (SPEC 4.3): long-term kontanthjælp recipients are marked `FSM2_REHAB`
  /// (some also `FSM2_STEPUP`); where the marking is concentrated, few cases reach the
  /// rehabiliteringsteam, so many stay on kontanthjælp for more than nine months after the marking.
  private func planFlereSkalMed(
    _ spell: inout SimulatedSpell, stretchStart: Day, seed: UInt64, _ person: inout SimulatedPerson
  ) -> NextStep? {
    var rng = SeededRandom(seed, Stream.flereSkalMed.rawValue)
    guard rng.chance(profile.flereSkalMedMarking) else { return nil }
    let marked = stretchStart.adding(days: rng.int(in: Realism.fsm2MarkedAfterDays))
    let stepUp = rng.chance(Realism.fsm2StepUp)
    let treated = rng.chance(profile.flereSkalMedTreated)
    let treatedAfter = rng.int(in: 30...300)
    let leavesAfter = rng.int(in: 20...90)
    let markingEnds = rng.chance(0.4)
    let next = Realism.afterRehabiliteringsteam.pick(&rng)
    guard marked >= spell.start, marked <= spell.end, marked <= horizon else { return nil }
    var changed: NextStep?
    let rehabDay = marked.adding(days: treatedAfter)
    if treated && rehabDay <= spell.end {
      if rehabDay <= horizon {
        person.samtaler.append(SimulatedSamtale(day: rehabDay, type: .rehabiliteringsteam, heldBy: .jobcenter))
      }
      let leaves = rehabDay.adding(days: leavesAfter)
      if leaves < spell.end {
        spell.end = leaves
        changed = next
      }
    }
    let to: Day? = markingEnds && spell.end < SimulatedPerson.openEnd ? spell.end : nil
    person.markings.append(SimulatedMarking(type: .fsm2Rehab, from: marked, to: to))
    if stepUp {
      let from = marked.adding(days: treatedAfter / 4)
      if from <= horizon && to.map({ from <= $0 }) ?? true {
        person.markings.append(SimulatedMarking(type: .fsm2Stepup, from: from, to: to))
      }
    }
    return changed
  }

  /// Fremdriftsgaranti (SPEC 4.4): a yearly review of aktivitetsparate kontanthjælp recipients, due
  /// from one year's seniority, held at the municipality's propensity; placed at 11–12 months of
  /// seniority and yearly after, so that a due person's last review falls in the 12 months before E.
  /// Someone who becomes aktivitetsparat with a year's seniority already gets a review soon after.
  private func planReviews(_ spell: SimulatedSpell, stretchStart: Day, seed: UInt64, _ person: inout SimulatedPerson) {
    var rng = SeededRandom(seed, Stream.reviews.rawValue)
    let last = lastEventDay(spell)
    var anniversary = 11
    var skipped = false
    while true {
      let day = stretchStart.adding(months: anniversary).adding(days: rng.int(in: 0...30))
      let entry = spell.start.adding(days: rng.int(in: 14...45))
      let propensity = profile.reviewShare(MunicipalityProfile.halfYear(day))
      let held = rng.chance(propensity)
      let entryHeld = rng.chance(propensity)
      anniversary += 12
      if day < spell.start {
        skipped = true
        continue
      }
      if skipped && entry.adding(days: 60) < day && entry <= last && entryHeld {
        person.samtaler.append(SimulatedSamtale(day: entry, type: .fremdriftsvurdering, heldBy: .jobcenter))
      }
      skipped = false
      if day > last { return }
      if held { person.samtaler.append(SimulatedSamtale(day: day, type: .fremdriftsvurdering, heldBy: .jobcenter)) }
    }
  }

  /// Fleksjob hours: most holders work 14–30 hours a week, about a third few hours (≤ 43.3 a month),
  /// and some of those add hours month by month (SPEC 4.5 `timeprogression_andel`).
  private func planFleksjobHours(_ spell: SimulatedSpell, seed: UInt64, _ person: inout SimulatedPerson) {
    var rng = SeededRandom(seed, Stream.hours.rawValue)
    let few = rng.chance(Realism.fewHoursFleksjobShare)
    let hundredths = rng.int(in: few ? Realism.fewHoursHundredths : Realism.fleksjobHundredths)
    let growth = few && rng.chance(Realism.progressingShare) ? rng.int(in: Realism.progressionPerMonth) : 0
    person.work.append(WorkStretch(from: spell.start, to: spell.end, hundredths: hundredths, growthPerMonth: growth))
  }

  /// `count` distinct days spread over [first, last] (one in each equal slot), earliest first.
  static func spreadDays(_ count: Int, from first: Day, to last: Day, _ rng: inout SeededRandom, into days: inout [Day]) {
    days.removeAll(keepingCapacity: true)
    let span = first.days(to: last) + 1
    guard count > 0, span > 0 else { return }
    let slots = min(count, span)
    for slot in 0..<slots {
      let low = slot * span / slots
      let high = (slot + 1) * span / slots - 1
      days.append(first.adding(days: rng.int(in: low...max(low, high))))
    }
  }
}
