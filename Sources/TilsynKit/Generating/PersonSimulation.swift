/// Simulates one person's life course forward from arrival: spells, the moves between benefits with
/// their gaps, work before, between and after, and (through `SpellEvents`) the conversations, offers
/// and markings of each spell.
///
/// Determinism across periods: the life stream draws a fixed set of numbers per spell, and every event
/// kind of a spell draws from its own derived stream, so simulating further (a later period's horizon)
/// never changes what was drawn for earlier dates: two periods see the same person where they overlap.
struct PersonSimulation {
  let profile: MunicipalityProfile
  /// Nothing starting after this day is simulated (the period's last day plus a margin for the few
  /// valid rows dated after it).
  let horizon: Day
  /// Whether the municipality records `tilbud.bevilget` (else a late-starting wage subsidy cannot count).
  let recordsGrantDate: Bool
  private var events: SpellEvents

  init(profile: MunicipalityProfile, horizon: Day, recordsGrantDate: Bool) {
    self.profile = profile
    self.horizon = horizon
    self.recordsGrantDate = recordsGrantDate
    events = SpellEvents(profile: profile, horizon: horizon, recordsGrantDate: recordsGrantDate)
  }

  /// At most this many spells per person (a safety bound; real lives here have a handful).
  static let maximumSpells = 24

  mutating func simulate(_ person: inout SimulatedPerson, firstState: LifeState) {
    var rng = SeededRandom(person.seed, 0x11FE)
    let month = person.arrivalMonth
    var start = month.firstDay.adding(days: rng.below(Day.daysInMonth(year: month.year, month: month.month)))
    var state = firstState
    if rng.chance(Realism.states[state.rawValue].workedBefore) {
      let months = rng.int(in: Realism.monthsWorkedBefore)
      addWork(&person, from: start.adding(months: -months), to: start.adding(days: -1), &rng)
    }
    var stretchStart = start
    var previousEnd: Day?
    for spellIndex in 0..<PersonSimulation.maximumSpells {
      let parameters = Realism.states[state.rawValue]
      let length = parameters.duration.days(&rng)
      var next = parameters.next.pick(&rng)
      if state == .sdp && length > 154 { next = Realism.sygedagpengeAfter22Weeks.pick(&rng) }
      let gap = Realism.gapDays.pick(&rng)
      let gapDays = rng.int(in: gap)
      let comesBack = rng.chance(parameters.comesBack)
      let awayDays = rng.int(in: Realism.daysBeforeComingBack.pick(&rng))
      let fullTime = rng.chance(0.75)
      let jobEnds = rng.chance(Realism.jobEnds)
      let jobDays = rng.int(in: Realism.jobDays)

      if let previousEnd, previousEnd.days(to: start) - 1 > 28 { stretchStart = start }
      var spell = SimulatedSpell(
        state: state, start: start,
        end: state == .fp ? SimulatedPerson.openEnd : start.adding(days: length - 1))
      let spellSeed = SeededRandom.derive(person.seed, UInt64(spellIndex))
      if let changed = events.plan(&spell, stretchStart: stretchStart, seed: spellSeed, into: &person) {
        next = changed
      }
      person.spells.append(spell)
      previousEnd = spell.end
      if spell.end >= horizon { return }

      switch next {
      case .state(let following):
        let seamless = state.movesSeamlessly(to: following)
        start = spell.end.adding(days: 1 + (seamless ? 0 : gapDays))
        state = following
      case .work, .out:
        let isWork: Bool
        if case .work = next { isWork = true } else { isWork = false }
        let back = comesBack && (isWork || rng.chance(0.5))
        let returnDay = spell.end.adding(days: 1 + awayDays)
        if isWork {
          let until = back ? returnDay.adding(days: -1) : jobEnds ? spell.end.adding(days: jobDays) : SimulatedPerson.openEnd
          if fullTime {
            addWork(&person, from: spell.end.adding(days: 1), to: until, &rng)
          } else {
            person.work.append(
              WorkStretch(from: spell.end.adding(days: 1), to: until, hundredths: rng.int(in: 6_000...12_000), growthPerMonth: 0))
          }
        }
        guard back else { return }
        start = returnDay
        state = state.returnState
      }
      if start > horizon { return }
    }
  }

  private func addWork(_ person: inout SimulatedPerson, from: Day, to: Day, _ rng: inout SeededRandom) {
    let level = Double(Realism.fullTimeHundredths) * (1 + Realism.fullTimeSpread * (rng.unit() - 0.5))
    person.work.append(WorkStretch(from: from, to: to, hundredths: Int(level), growthPerMonth: 0))
  }
}

extension LifeState {
  /// The benefit someone who comes back after work or a break arrives on.
  var returnState: LifeState {
    switch self {
    case .dp: .dp
    case .khj, .kha, .ovg: .khj
    case .uhu, .uha: .uhu
    default: .sdp
    }
  }
}
